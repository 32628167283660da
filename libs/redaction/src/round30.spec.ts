import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 30, from the blind tuning set tuning-44 (addresses said aloud beside places to keep).
 * Sentences written for these tests, not taken from any eval set.
 */
describe('a street spelled out is the address, with what is said after the letters', () => {
  it('"Björkvägen, B-J-Ö-R-K, vägen, tolv" is one address', () => {
    expect(sv('Björkvägen, B-J-Ö-R-K, vägen, tolv.')).toBe('[ADRESS].');
  });
  it('letters that end in the street word, and the number after them', () => {
    expect(sv('Det stavas L-I-N-D-gatan, fyrtiotvå, med ett N.')).toBe('Det stavas [ADRESS], med ett N.');
    expect(en("It's L-I-N-D-gatan, forty-two, I can spell it again.")).toBe("It's [ADRESS], I can spell it again.");
  });
  it('but a name spelled after a name stays a name', () => {
    expect(sv('Jag heter Anna, A-N-N-A, och bor här.')).toBe('Jag heter [NAMN], [NAMN], och bor här.');
  });
});

describe('once the call has an address, the rest of the home said on its own is part of it', () => {
  it('a house number with its letter, corrected; a floor', () => {
    const said = call('sv', 'agent: Vilken adress har du?', 'caller: Storgatan 18 A.', 'agent: Vi har 18 B här.', 'caller: Nej, 18 A, och jag bor 2 tr.');
    expect(said[1]).toBe('[ADRESS].');
    expect(said[2]).not.toMatch(/18 B/);
    expect(said[3]).not.toMatch(/18 A|2 tr/);
    const floor = call('en', 'agent: And your address?', 'caller: 12 Mill Road, Leeds.', 'agent: Which floor?', "caller: I'm three flights up, the third floor.");
    expect(floor[3]).not.toMatch(/three flights up|third floor/);
  });
  it('but not a sum, a count of stairs, or a floor with no address in the call', () => {
    expect(call('en', 'agent: Your address?', 'caller: Lindvägen 7, Göteborg, and the rent is 6,900 a month.')[1]).toMatch(/6,900 a month/);
    expect(call('sv', 'agent: Adressen?', 'caller: Fabriksgatan 6, och vi har 4 trappor utan hiss.')[1]).toMatch(/4 trappor utan hiss/);
    expect(sv('Kassan är på tredje våningen på Åhléns.')).toBe('Kassan är på tredje våningen på Åhléns.');
  });
});
