import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 25, from the blind tuning set tuning-39 (e-mail addresses said aloud, and the text around them that must be
 * kept). An address read aloud is brought nearer to its written form before it is parsed. Sentences written for
 * these tests, not taken from any eval set.
 */
describe('e-mail addresses read aloud', () => {
  it('"at-tecken", "kanelbulle" and "period" are an address\'s "at" and dots', () => {
    expect(sv('Den är lisa bindestreck maj punkt holm at-tecken telia punkt se.')).toBe('Den är [EPOST].');
    expect(sv('Det är tove punkt dahl kanelbulle gmail punkt com.')).toBe('Det är [EPOST].');
    expect(en('It is henry period stone at outlook period com.')).toBe('It is [EPOST].');
  });
  it('letters said with the spelling alphabet, or capital, or with their marks, belong to the local part', () => {
    expect(sv('Den är b som i Bertil, o som i Olof, punkt ek snabel-a live punkt se.')).toBe('Den är [EPOST].');
    expect(en('It is j for Juliet, o, e, dot lamb at gmail dot com.')).toBe('It is [EPOST].');
    expect(en('Capital J, o, e at hotmail dot com.')).toBe('[EPOST].');
  });
  it('a remark on the spelling, or "och sen" before the "at", stays inside the address', () => {
    expect(sv('Den är karlson med ett s snabel-a live punkt se.')).toBe('Den är [EPOST].');
    expect(en('It is matt with two t\'s dot rose at gmail dot com.')).toBe('It is [EPOST].');
    expect(sv('Det är vera punkt björk och sen snabel-a yahoo punkt se.')).toBe('Det är [EPOST].');
  });
  it('a domain spelled letter by letter, an ending of any country, a number of several words', () => {
    expect(sv('Den är i, d, a, snabel-a, g, m, x, punkt, d, e.')).toBe('Den är [EPOST].');
    expect(en('It is olga dash ivanova at mail dot ru.')).toBe('It is [EPOST].');
    expect(en('It is tom two thousand and one at yahoo dot com.')).toBe('It is [EPOST].');
  });
  it('a first name, or a number, before a provider without its ending, with "på" or "at"', () => {
    expect(sv('Den är stina åttiofyra på hotmail.')).toBe('Den är [EPOST].');
    expect(en('It is lars nyberg at gmail, no dot.')).toBe('It is [EPOST], no dot.');
    expect(sv('Jag har konto på hotmail.')).toBe('Jag har konto på hotmail.');
    expect(en('I was at home and then at work.')).toBe('I was at home and then at work.');
  });
  it('after a question for the address, a local part read with "punkt" is the address, spelled with commas too', () => {
    expect(call('sv', 'agent: Och vilken e-postadress har du?', 'caller: Det är bo punkt lind, eh, b, o, punkt, l, i, n, d.')).toEqual([
      'Och vilken e-postadress har du?',
      'Det är [EPOST].',
    ]);
  });
  it('"och sen" said inside an address is not remembered as a name', () => {
    const said = call('sv', 'caller: Det är vera punkt björk och sen snabel-a yahoo punkt se.', 'agent: Tack, och vart ska pengarna?');
    expect(said[1]).toBe('Tack, och vart ska pengarna?');
  });
});

describe('kept beside them', () => {
  it('an order number named as one is kept', () => {
    expect(sv('Ordernumret var A 556 120.')).toBe('Ordernumret var A 556 120.');
    expect(en('The order number is B 442 901.')).toBe('The order number is B 442 901.');
  });
});
