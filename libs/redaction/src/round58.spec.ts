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
  it('"Mina" before the name of a page on Mina sidor ("Mina utbetalningar", "Mina beslut")', () => {
    expect(one('sv', 'Under Mina sidor och sen Mina utbetalningar står beloppet.')).toContain('Mina utbetalningar');
  });

  it("a form's own four-figure number, after an account named in the sentence", () => {
    expect(one('sv', 'Ditt nya konto anmäler du på blankett 5730, den finns på webben.')).toContain('blankett 5730');
    // (An account number said after "blankett" is still one.)
    expect(one('sv', 'Kontot står på blanketten, 8327 123 456 7.')).not.toContain('456');
  });

  it("Försäkringskassan's line for employers, a public number", () => {
    expect(one('sv', 'Arbetsgivare ringer 0771-17 90 00.')).toContain('0771-17 90 00');
  });

  it('islands abroad, and the year one moved there said as a word', () => {
    expect(one('sv', 'Vi flyttade till Teneriffa tvåtusenelva och har bott där sen dess.')).toContain('Teneriffa tvåtusenelva');
    // (A flat's number said like a year is still part of the address.)
    const lines = call('sv', 'agent: Och lägenhetsnumret?', 'caller: Lägenhet nittonhundratre.');
    expect(lines[1]).not.toContain('nittonhundratre');
  });
});
