import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 51, from the blind tuning set tuning-62 (identifiers said the hard ways: read back wrongly and put right, in
 * pieces, a relative's first; its first run in tuning-62/before-round-51.txt). Sentences written for these tests, not
 * taken from the set.
 */
describe('round 51: identifiers put right after a read-back', () => {
  it('the piece a correction word puts right after an identifier, and the same piece said again, are part of it', () => {
    expect(one('sv', 'Så jag har 471205-3381, stämmer det? Nej, 3318 sa jag, tre tre ett åtta.')).toBe('Så jag har [PERSONNUMMER], stämmer det? Nej, [PERSONNUMMER] sa jag, [PERSONNUMMER].');
    expect(one('en', "You read it back as 690214-2471, it's 2417, two four one seven.")).toBe("You read it back as [PERSONNUMMER], it's [PERSONNUMMER].");
  });

  it('a count, a time or the agency\'s number after the correction is none', () => {
    expect(one('sv', 'Mitt nummer är 070-412 33 90, men ring inte före klockan nio.')).toBe('Mitt nummer är [TELEFON], men ring inte före klockan nio.');
    expect(one('sv', 'Det är 471205-3381, nej, det är tio siffror.')).toBe('Det är [PERSONNUMMER], nej, det är tio siffror.');
    expect(one('sv', 'Ring 070-412 33 90, inte 0771-776 776.')).toBe('Ring [TELEFON], inte 0771-776 776.');
  });
});

describe('round 51: six digits that read as a date of birth', () => {
  it('are the birth part of a personnummer (or a samordningsnummer), cue or not', () => {
    expect(one('sv', 'Inte 620917, det var min systers. Mitt börjar på 590422.')).toBe('Inte [PERSONNUMMER], det var min systers. Mitt börjar på [PERSONNUMMER].');
    expect(one('en', 'Mine starts 810672, and hers starts 590422.')).toBe('Mine starts [SAMORDNINGSNUMMER], and hers starts [PERSONNUMMER].');
  });

  it("but not a case's or a reference's number, nor six digits that are no date", () => {
    expect(one('en', 'The reference on the letter is 520314, is that my case?')).toBe('The reference on the letter is 520314, is that my case?');
    expect(one('sv', 'Ärendenummer 610203, står det.')).toBe('Ärendenummer 610203, står det.');
    expect(one('sv', 'Det blev 125000 totalt.')).toBe('Det blev 125000 totalt.');
  });
});

describe('round 51: a date set against a date of birth', () => {
  it('a day written wrongly or said and taken back, beside the date of birth, is one too', () => {
    expect(one('sv', 'Det står 4 maj i brevet, men jag är född 4 juni 1957.')).toBe('Det står [FÖDELSEDATUM] i brevet, men jag är född [FÖDELSEDATUM].');
    expect(one('en', 'I was born the ninth of May, no, sorry, the ninth of March.')).toBe('I was born [FÖDELSEDATUM], no, sorry, [FÖDELSEDATUM].');
  });

  it("another event's or a payment's date stays", () => {
    expect(one('sv', 'Jag är född 4 juni 1957. Nej, det var den 1 maj vi flyttade.')).toBe('Jag är född [FÖDELSEDATUM]. Nej, det var den 1 maj vi flyttade.');
    expect(one('sv', 'Jag är född 4 juni 1957, och pengarna kom inte den 25 april.')).toBe('Jag är född [FÖDELSEDATUM], och pengarna kom inte den 25 april.');
  });
});

describe("round 51's review: what its first version showed", () => {
  it('a date in the question does not close the window for the answer; eight digits are left to the dialogue', () => {
    expect(call('sv', 'agent: Jag ser brevet från 261124. Och de fyra sista i ditt personnummer?', 'caller: Noll sex tre noll.')[1]).toBe('[PERSONNUMMER].');
    expect(call('sv', 'agent: Vad är ditt personnummer?', 'caller: 580314-0630.', 'caller: Och min sons, 20190512 och sen sextiofyra fyrtiotre.')[2]).toBe('Och min sons, [PERSONNUMMER] och sen [PERSONNUMMER].');
  });

  it('amounts, ages and sums beside an identifier are not its pieces; a short date beside a payment is the payment\'s', () => {
    expect(one('en', 'My number is 580314-0630, the payment was not 500, it\'s 600.')).toBe('My number is [PERSONNUMMER], the payment was not 500, it\'s 600.');
    expect(one('sv', 'Mitt personnummer är 580314-0630, jag fick 9 800, inte 8 900.')).toBe('Mitt personnummer är [PERSONNUMMER], jag fick 9 800, inte 8 900.');
    expect(one('sv', 'Pengarna kom 251124.')).toBe('Pengarna kom 251124.');
  });

  it("a meeting's date beside a date of birth stays", () => {
    expect(one('sv', 'Jag är född 4 juni 1957. Mötet är inte 12 mars.')).toBe('Jag är född [FÖDELSEDATUM]. Mötet är inte 12 mars.');
  });
});
