import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 97: the reviewer's failing probes (its own generated sentences, none from a tuning set). Each `it` under "fix"
 * failed on 3aa28997's rules; the guards beside them show what stays kept or redacted.
 */

describe('review 97 (A, fails closed): a count before "siffror"/"digits" eats no identifier\'s digit', () => {
  it('fix (high): redacts a personnummer at the end of an OCR whose check digit runs on into the count', () => {
    expect(one('sv', 'OCR-numret är ett sex fyra sex noll sju ett fem fyra noll åtta sju siffror.')).toBe('OCR-numret är [PERSONNUMMER] siffror.');
    expect(one('sv', 'OCR-numret är ett sex fyra sex noll sju ett fem fyra noll åtta, sju siffror.')).toBe('OCR-numret är [PERSONNUMMER] siffror.');
    expect(one('en', 'The OCR is one six four six zero seven one five four zero eight seven digits.')).toBe('The OCR is [PERSONNUMMER] digits.');
  });
  it('fix: redacts the whole last four after "slutar på", "ends in" and a question for the last part', () => {
    expect(one('sv', 'Det slutar på fyra noll åtta sju siffror.')).toBe('Det slutar på [ID-NUMMER] siffror.');
    expect(one('sv', 'Det slutar på fyra noll åtta, sju siffror.')).toBe('Det slutar på [ID-NUMMER] siffror.');
    expect(one('en', 'It ends in four zero eight seven digits.')).toBe('It ends in [ID-NUMMER] digits.');
    expect(one('sv', 'Det slutar på sex fem fyra tre siffror.')).toBe('Det slutar på [ID-NUMMER] siffror.');
    expect(call('sv', 'agent: Och sista delen?', 'caller: fyra noll åtta sju siffror.')[1]).toBe('[ID-NUMMER] siffror.');
    expect(call('en', 'agent: And the last four?', 'caller: Four zero eight seven digits.')[1]).toBe('[ID-NUMMER] digits.');
  });
  it('fix: leaves no check digit or last digit after the placeholder', () => {
    expect(one('sv', 'Det är personnumret, fyra sex noll sju ett fem fyra noll åtta sju siffror har jag skrivit.')).toBe('Det är personnumret, [PERSONNUMMER] siffror har jag skrivit.');
    expect(one('sv', 'Personnumret är fyra sex noll sju ett fem fyra noll åtta sju eller åtta siffror, jag vet inte.')).toBe('Personnumret är [PERSONNUMMER] eller åtta siffror, jag vet inte.');
    expect(one('sv', 'Samordningsnumret är åtta fem noll tre sju två ett två tre åtta siffrorna stämmer va?')).toBe('Samordningsnumret är [SAMORDNINGSNUMMER] siffrorna stämmer va?');
    expect(one('sv', 'Numret är noll sju noll ett två tre fyra fem sex sju eller åtta siffror, jag vet inte.')).toBe('Numret är [TELEFON] eller åtta siffror, jag vet inte.');
    expect(one('sv', 'Organisationsnumret är fem fem sex sex sju sju åtta åtta nio nio siffrorna stämmer va?')).toBe('Organisationsnumret är [ORGANISATIONSNUMMER] siffrorna stämmer va?');
    expect(one('sv', 'Personnumret är fyra sex noll sju ett fem, fyra noll åtta, sju siffror.')).toBe('Personnumret är [PERSONNUMMER] siffror.');
    expect(one('sv', 'Kontonumret är åtta tre två sju ett två tre fyra fem sex sju eller åtta siffror efter clearing.')).not.toMatch(/sju eller/u);
  });
  it('guard: a count that agrees with the digits read before it, and eats no identifier, stays a count', () => {
    expect(one('sv', 'Mitt personnummer är fyra sex noll sju ett fem fyra noll åtta sju, tio siffror.')).toBe('Mitt personnummer är [PERSONNUMMER], tio siffror.');
    expect(one('en', 'My phone number is zero seven zero one two three four five six seven, ten digits.')).toBe('My phone number is [TELEFON], ten digits.');
    expect(one('sv', 'Kontonumret har tolv siffror och börjar med noll.')).toBe('Kontonumret har tolv siffror och börjar med noll.');
  });
});

describe('review 97 (B): a surname after "eller"/"or" and a town is a name again (round 97\'s rule taken out)', () => {
  it('fix: redacts the lone surname after a town and "eller"/"or"', () => {
    expect(one('sv', 'Pengarna kom från Kalmar eller Blomberg, det stod på kontoutdraget.')).toBe('Pengarna kom från Kalmar eller [NAMN], det stod på kontoutdraget.');
    expect(one('sv', 'Jag pratade med handläggaren i Växjö eller Rosenberg, han som ringde i går.')).not.toContain('Rosenberg');
    expect(one('sv', 'Jag bor hos Eva i Växjö eller Blomberg.')).toBe('Jag bor hos [NAMN] i Växjö eller [NAMN].');
    expect(one('en', 'I spoke to the officer in Leeds, I think, or Murphy.')).toBe('I spoke to the officer in Leeds, I think, or [NAMN].');
    expect(call('en', 'agent: Who signed the power of attorney?', 'caller: Someone from Leeds or Hudson.')[1]).toBe('Someone from Leeds or [NAMN].');
    expect(call('en', 'agent: And your surname?', 'caller: It is in Leeds, or Preston.')[1]).not.toContain('Preston');
  });
  it('guard: a town after a place preposition is still kept', () => {
    expect(one('sv', 'Banken ligger i Kalmar.')).toBe('Banken ligger i Kalmar.');
  });
});
