import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 28, from the blind tuning set tuning-42 (identifiers said aloud in hard ways beside numbers that must be kept).
 * Sentences written for these tests, not taken from any eval set.
 */
describe('one number read in pieces is one placeholder', () => {
  it('"87 04 30, ehm, 28 61": the pause between the pieces goes with them', () => {
    expect(redact('Mitt personnummer 52 11 04, ehm, 31 27, och jag betalar 400 kronor i månaden.', { lang: 'sv' }).text).toBe(
      'Mitt personnummer [PERSONNUMMER], och jag betalar 400 kronor i månaden.',
    );
    expect(call('sv', 'agent: Och ditt telefonnummer?', 'caller: Noll sjuttio, fyrahundra, eh, tolv trettiofyra.')[1]).toBe('[TELEFON].');
  });
  it('but two numbers with words between stay two', () => {
    expect(call('sv', 'agent: Kontonumret?', 'caller: 8327 och sen 903 417 258, det är Swedbank.')[1]).not.toMatch(/\d{3}/);
  });
});

describe('the last digits read on with "och sist", "and last"', () => {
  it('are part of the number asked for', () => {
    expect(call('sv', 'agent: Och kontonumret?', 'caller: Trettio noll noll, tjugoett åttiosju, och sist sjuttioåtta.')[1]).not.toMatch(/sjuttioåtta/);
  });
});

describe('public numbers and sums beside a card', () => {
  it('the police number is kept after "block the card"; a refund in thousands is no card number', () => {
    const lines = call(
      'en',
      'caller: They took my card number, four nine eight seven, six five oh one.',
      'agent: Call your bank now and block the card. And report it to the police on 114 14.',
      "caller: Okay. They said I'd get eight thousand five hundred back.",
    );
    expect(lines[1]).toMatch(/114 14/);
    expect(lines[2]).toMatch(/eight thousand five hundred/);
  });
  it('an allow-listed number under a personnummer question is still redacted', () => {
    expect(call('sv', 'agent: Ditt personnummer?', 'caller: 202100-6255.')[1]).toBe('[PERSONNUMMER].');
  });
});

describe('Norwegian and Danish streets', () => {
  it('"Thereses gate 18, 0358 Oslo", "Strandvej 12": the street, its number and the postcode', () => {
    expect(en('Is your address still Thereses gate 18, 0358 Oslo?')).toBe('Is your address still [ADRESS], [POSTNUMMER] Oslo?');
  });
});

describe('over-redactions the judged tuning-19 notes showed', () => {
  const sv = (text: string) => redact(text, { lang: 'sv' }).text;
  it('"Kristi himmelsfärd" is a holiday; "född före 1945" a rule about a range of years', () => {
    expect(sv('Jag ringer på fredag, i morgon är det Kristi himmelsfärd.')).toBe('Jag ringer på fredag, i morgon är det Kristi himmelsfärd.');
    expect(sv('Det gäller bara den som är född före 1945.')).toBe('Det gäller bara den som är född före 1945.');
    expect(sv('Jag är född 1945.')).toBe('Jag är född [FÖDELSEDATUM].');
  });
  it('a country and a year in words is when one came, not where one lives', () => {
    expect(sv('Jag kom till Sverige nittonhundranittioett.')).toBe('Jag kom till Sverige nittonhundranittioett.');
  });
});
