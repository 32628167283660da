import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round ten: IBANs with lower-case or spelled country codes read over runs and turns, repeaters
 * after a pause, middle names that are months, firms and nationalities, flats and postcodes after
 * an address. Sentences of each mechanism's kind; the "still …" ones guard what must be kept.
 */

describe('IBANs read with a lower-case or spelled country code', () => {
  it('checks the mod-97 digits over runs joined by pauses and "then"', () => {
    // NO93 8601 1117 947 read in words, the country in lower case.
    expect(one('en', 'it is no nine three, eight six oh one, then one one one seven, nine four seven.')).toBe('it is [IBAN].');
    // DE89 3704 0044 0532 0130 00, spelled.
    expect(one('en', 'd e eight nine, three seven oh four, double oh four four, oh five three two, oh one three oh, double oh')).toBe('[IBAN]');
  });
  it('redacts the digits of an IBAN read in the turn after its country code', () => {
    const out = call('en', 'agent: Your IBAN?', 'caller: It starts d k.', 'caller: five oh, double oh four oh, oh four four oh, one one six two, four three');
    // (The country code alone in the turn before is not yet joined: the digits are redacted all the same.)
    expect(out[2]).not.toMatch(/\b(?:five|four|one)\b/);
  });
  it('still keeps "no" and "se" where no IBAN validates', () => {
    expect(one('en', 'no, twelve of them came in May')).toBe('no, twelve of them came in May');
  });
});

describe('repeaters after a pause', () => {
  it('reads "double oh" and "quadruple eight" after a comma as part of the number', () => {
    expect(one('en', 'my card is four five three nine, quadruple one, double oh two three, four five six seven')).toBe('my card is [KORTNUMMER]');
  });
  it('still reads "one" after a word as a pronoun', () => {
    expect(one('en', 'the old one, please')).toBe('the old one, please');
  });
});

describe('names', () => {
  it('takes a month between two names as a middle name', () => {
    expect(one('sv', 'Det gäller Karin Juni Strand, min moster.')).toBe('Det gäller [NAMN], min moster.');
  });
  it('takes a month after "barnen heter"', () => {
    expect(one('sv', 'Barnen heter Juni och Elsa.')).toBe('Barnen heter [NAMN] och [NAMN].');
  });
  it('keeps firms before AB and nationalities before an acronym', () => {
    expect(one('sv', 'Jag ringer från Lindqvists Snickeri AB om en anställd.')).toBe('Jag ringer från Lindqvists Snickeri AB om en anställd.');
    expect(one('en', 'My Polish ID card expired, I am Somali by birth.')).toBe('My Polish ID card expired, I am Somali by birth.');
  });
  it('still redacts the person whose firm it is (in the firm’s name too: round 19, memory fails closed), and keeps the month after "in"', () => {
    const out = call('en', 'caller: This is Tove Lindqvist.', 'caller: Lindqvists Snickeri AB pays me since June, and June Lindqvist is my daughter.');
    expect(out[0]).toBe('This is [NAMN].');
    // (Since round 33 "June" before the surname is her first name and goes with it; "since June" stays a month.)
    expect(out[1]).toMatch(/^\[NAMN\] Snickeri AB pays me since June, and \[NAMN\]/);
  });
});

describe('flats and postcodes after an address', () => {
  it('takes "floor 3", a door letter and a spoken postcode after the street', () => {
    expect(one('en', 'Send it to Calle Luna 8, second floor, C, two eight oh one four.')).toBe('Send it to [ADRESS], [POSTNUMMER].');
    expect(one('en', 'He lives at Kungsgatan 12, floor 3, since March.')).toBe('He lives at [ADRESS], since March.');
  });
});
