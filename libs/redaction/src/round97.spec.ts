import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Round 97 (tuning-107: money and the bank — accounts in one breath or in pieces, clearing numbers, IBANs, bankgiros, OCR
 * numbers, payment plans). Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside
 * it show what stays kept or redacted.
 */

describe('round 97: a number word before a plural noun of digits counts them; it is none of the number read before it', () => {
  it('keeps "fyra siffror", "fyra eller fem siffror", "four digits" after a clearing number read in words', () => {
    expect(one('sv', 'Clearingnumret är sju tre noll två, fyra siffror har det.')).toBe('Clearingnumret är [BANKKONTO], fyra siffror har det.');
    expect(one('sv', 'Min clearing är åtta tre sex ett, fyra eller fem siffror beroende på banken.')).toBe('Min clearing är [BANKKONTO], fyra eller fem siffror beroende på banken.');
    expect(one('en', 'The sort code is eight three six one, four digits with no check digit.')).toBe('The sort code is [BANKKONTO], four digits with no check digit.');
  });
  it('(review of round 97) reads a count that does not agree with the digits before it as their last digit, as before the round', () => {
    expect(one('sv', 'Clearingnumret är sju tre noll två, sex siffror har kontot sen.')).not.toContain('sex');
    expect(one('en', 'The sort code is eight three six one, five digits with the check digit.')).not.toContain('five');
  });
  it('redacts a checksum-valid card read before its count, after a keeping cue too (the count no longer hides it in a longer run)', () => {
    expect(one('sv', 'Referensen är 4024 0071 8801 2347, sexton siffror.')).toBe('Referensen är [KORTNUMMER], sexton siffror.');
    expect(one('en', 'The reference is 4024 0071 8801 2347, sixteen digits.')).toBe('The reference is [KORTNUMMER], sixteen digits.');
  });
  it('still redacts the number before the count, and a count with no number before it stays a count', () => {
    expect(one('sv', 'Kortet är fyra fem tre två, ett åtta sju sex, fem fem noll två, nio nio fyra sju, sexton siffror.')).toBe('Kortet är [KORTNUMMER], sexton siffror.');
    expect(one('sv', 'Kontonumret har tolv siffror och börjar med noll.')).toBe('Kontonumret har tolv siffror och börjar med noll.');
    expect(one('sv', 'Clearingnumret är sju tre noll två sex.')).not.toContain('sex');
  });
});
