import { describe, expect, it } from 'vitest';
import { findNumberRuns } from './numbers.js';
import { redact } from './redact.js';
import { tokenize } from './tokens.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 13, from tuning-20's misses (identifiers without an easy shape, and what looks like them). */
describe('a bank account read with a pause and named by its bank after it', () => {
  it('takes the whole account', () => {
    expect(sv('Mm, 5357 … 10 448 27, det är SEB.')).toBe('Mm, [BANKKONTO], det är SEB.');
    expect(sv('Mm, 5357... 10 448 27, det är SEB.')).toBe('Mm, [BANKKONTO], det är SEB.');
    expect(en('It is 8327-9, 4 417 802-6, at Swedbank.')).toBe('It is [BANKKONTO], at Swedbank.');
  });
  it('does not join a number begun again after a pause', () => {
    const text = 'sen fyrtionio... fyrtionio trettiotre';
    expect(findNumberRuns(text, tokenize(text), 'sv').map((run) => run.digits)).toEqual(['49', '4933']);
  });
});

describe("an amount named by its own noun after a card in an earlier clause", () => {
  it('is kept', () => {
    expect(sv('Referensnumret står på inbetalningskortet, och beloppet sjutusen femhundra.')).toBe('Referensnumret står på inbetalningskortet, och beloppet sjutusen femhundra.');
  });
  it('while a card number the card names is still redacted', () => {
    expect(sv('Kortet slutar på sjuttiofem noll noll.')).toBe('Kortet slutar på [KORTNUMMER].');
  });
});

describe('an IBAN read aloud with its bank code spelled', () => {
  it('is an IBAN written out when its own check digits hold though the bank\'s inner one does not', () => {
    expect(en("It's NO16 1503 2046 781, at DNB in Bergen.")).toBe("It's [IBAN], at DNB in Bergen.");
  });
  it('is one IBAN when its check digits hold', () => {
    expect(en('Okay so it is g b two nine, n w b k, six oh one six, one three three one, nine two six eight, one nine.')).toBe('Okay so it is [IBAN].');
  });
});

describe('a bank named with capitalised words', () => {
  it('is no person', () => {
    expect(sv('Kontot är i Spanien, det är Banco Santander.')).toBe('Kontot är i Spanien, det är Banco Santander.');
    expect(en("It's Frankfurter Sparkasse, the BIC is HELADEF1822.")).toBe("It's Frankfurter Sparkasse, the BIC is HELADEF1822.");
  });
  it('while a person called Bank is still a person', () => {
    expect(sv('Det är Anna Bank.')).toBe('Det är [NAMN].');
  });
});

describe('a word that is also a property of every object', () => {
  it('is no repeater ("constructor" before a phone number read it as nothing)', () => {
    expect(en('The constructor 0701234567 is mine.')).toBe('The constructor [TELEFON] is mine.');
  });
});
