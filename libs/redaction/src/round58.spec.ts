import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 58, from the blind tuning set tuning-69 (names said the hard ways, e-mail and phones in speech, bank details in
 * pieces, words that stay; its first run in tuning-69/before-round-58.txt). Sentences written for these tests, not taken
 * from the set.
 */
describe('round 58: leaks closed', () => {
  it('a foreign name in the genitive, with its marks ("Lucía\'s card")', () => {
    expect(one('en', "Hang on, that's Lucía's card, not mine.")).not.toContain('Lucía');
  });

  it('the short form of a name said right after it ("my brother Desmond, Des, …")', () => {
    expect(one('en', "I'm calling about my cousin Reginald, Reg, he's in a home now.")).not.toContain('Reg,');
  });

  it('"point" as German and French speakers say the dot of an e-mail address', () => {
    expect(one('en', "It's anna point berg at web point de.")).not.toMatch(/anna|berg|web/);
    // (Not "point" in a sentence: "at that point is when …".)
    expect(one('en', 'At that point is when the payments stopped.')).toBe('At that point is when the payments stopped.');
  });

  it("a surname's particles said as words inside an e-mail address", () => {
    expect(one('en', 'The email is jan dot de vries at ziggo dot nl, all lower case.')).not.toMatch(/jan|vries/);
  });
});

describe('round 58: words that stay', () => {
  it("Försäkringskassan's line for employers, a public number", () => {
    expect(one('sv', 'Arbetsgivare ringer 0771-17 90 00.')).toContain('0771-17 90 00');
  });

  it('islands abroad after a verb of living or moving, and the year one moved there said as a word', () => {
    expect(one('sv', 'Vi flyttade till Teneriffa tvåtusenelva och har bott där sen dess.')).toContain('Teneriffa tvåtusenelva');
    // (A flat's number said like a year is still part of the address.)
    const lines = call('sv', 'agent: Och lägenhetsnumret?', 'caller: Lägenhet nittonhundratre.');
    expect(lines[1]).not.toContain('nittonhundratre');
  });
});

describe("round 58's review: leaks closed", () => {
  it('an account after "blanketten" and four figures stays hidden (no form-number rule)', () => {
    expect(one('sv', 'Kontonumret står på blanketten 8327, 123 456 7.')).not.toContain('456');
    expect(one('en', 'The account is on the form 5213-1234567.')).not.toContain('1234567');
  });

  it('a domain with the word "point" in it stays an e-mail address', () => {
    expect(one('en', "It's john at blue point dot com.")).not.toContain('john');
    expect(one('en', "It's pierre point dupont at skynet point be.")).not.toMatch(/pierre|dupont/);
  });

  it('a surname that is an island stays a name', () => {
    expect(call('sv', 'agent: Och efternamnet?', 'caller: Madeira.')[1]).not.toContain('Madeira');
    expect(one('sv', 'Jag heter Rui Madeira och bor i Lissabon.')).not.toContain('Madeira');
  });

  it('"Mina" after a relation stays a name before any word', () => {
    expect(one('sv', 'Min syster Mina beslut var att flytta.')).not.toContain('Mina');
  });
});

describe("round 58's review: over-redaction narrowed", () => {
  it('"at that point" before "at" and a firm is no e-mail address', () => {
    expect(one('en', 'At that point nobody at Telia knew.')).toBe('At that point nobody at Telia knew.');
  });
});
