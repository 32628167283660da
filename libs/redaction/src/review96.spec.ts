import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Review of round 96: the reviewer's failing probes, in sentences of our own. Each `it` under "fix" failed on 5c472b3c's
 * rules; the guards beside them show what stays kept or redacted.
 */

describe('review 96 (A, fails closed): a provider named again after an address read whole is kept only as a product name', () => {
  it('fix: redacts the provider closing the second address of the turn, "…, and hers is nils berg, hotmail."', () => {
    // (Since the re-read of stop 63 the local part read before it goes with it: "and hers is [EPOST].")
    expect(one('en', "It's olle at hotmail dot com, and hers is nils berg, hotmail.")).toMatch(/hers is \[EPOST\]\.$/u);
    expect(one('en', 'Mine is bo at gmail dot com, my partner uses just kim, gmail.')).toBe('Mine is [EPOST], my partner uses just kim, [EPOST].');
    expect(one('sv', 'Det är olle snabel-a icloud punkt com, och hennes är nils punkt berg, icloud.')).not.toContain('icloud.');
    // (And, since the lead's change after the re-read of stop 63, the local part read after the provider goes with it.)
    expect(one('sv', 'Den är bo snabel-a gmail punkt com, och till min son, gmail, kim lund sjuttio.')).toBe('Den är [EPOST], och till min son, [EPOST].');
  });
  it('fix: redacts the provider before a local part, "…, or yahoo kim lund."', () => {
    expect(one('en', "It's kim at yahoo dot com, or yahoo kim lund, no dots.")).not.toContain('yahoo');
  });
  it('guard: keeps the provider written as a product with a verb after it', () => {
    expect(one('en', "It's olle at gmail dot com, and Gmail is the one I read on the phone.")).toBe("It's [EPOST], and Gmail is the one I read on the phone.");
  });
});

describe('review 96 (B): a street called by the word alone, only where it is a home', () => {
  it('fix: keeps a place in a queue, a meeting time on the square, an office on the square', () => {
    expect(one('sv', 'Jag har kölapp sju. Platsen sju.')).toBe('Jag har kölapp sju. Platsen sju.');
    expect(one('sv', 'Vi ses på Torget tio.')).toBe('Vi ses på Torget tio.');
    expect(one('sv', 'Försäkringskassan ligger på Torget 4.')).toBe('Försäkringskassan ligger på Torget 4.');
    expect(one('en', 'The council office is at Torget four.')).toBe('The council office is at Torget four.');
  });
  it('guard: still redacts the bare street closing its clause', () => {
    expect(one('sv', 'Det är Backen nio.')).toBe('Det är [ADRESS].');
  });
});

describe('review 96 (C): the spoken slash', () => {
  it('fix: keeps a claim number read with "slash"', () => {
    expect(one('en', 'Claim number 5120 slash 31, Ban Phon office has it.')).toBe('Claim number 5120 slash 31, [NAMN] office has it.');
  });
  it('fix: "one" or "ett" beside the slash, or closing an address line, is a number; "forward slash" is the slash', () => {
    expect(one('en', 'Her address is seven slash one, Thanon Sathorn.')).toBe('Her address is [ADRESS].');
    expect(one('sv', 'Hans adress är sju snedstreck ett, Thanon Sathorn.')).toBe('Hans adress är [ADRESS].');
    expect(one('en', 'His address is three hundred slash four, Moo one.')).toBe('His address is [ADRESS].');
    expect(one('en', "It's seventy-two forward slash five, Moo four.")).toBe("It's [ADRESS].");
  });
  it('guard: a fraction or a date before a word that is no line stays', () => {
    expect(one('en', 'I pay one slash four, Mu three of the rent.')).toMatch(/^I pay one slash four, .* three of the rent\.$/u);
    expect(one('sv', 'Datumet är elva snedstreck tre, Hus ett fick beskedet.')).toBe('Datumet är elva snedstreck tre, Hus ett fick beskedet.');
  });
});

describe('review 96 (D): a first name after another and "och" is a person, not after a place preposition', () => {
  it('fix: keeps places listed after "i"', () => {
    expect(one('sv', 'Vi har sommarhus i Alva och Nora.')).toBe('Vi har sommarhus i Alva och Nora.');
  });
  it('guard: the children listed stay redacted', () => {
    expect(one('sv', 'Min man Olof och barnen, Leila och Nora.')).toBe('Min man [NAMN] och barnen, [NAMN] och [NAMN].');
  });
});
