import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 15, from tuning-24's misses (addresses and postcodes, and what looks like them). */
describe('a street with no number mentioned on the way', () => {
  it('is kept', () => {
    expect(sv('Lärkstigen 4, det är när man kommer från Storgatan, förbi ICA, till vänster.')).toBe('[ADRESS], det är när man kommer från Storgatan, förbi ICA, till vänster.');
    expect(sv('Storgatan är ju stor, men jag bor inte där, jag bor på Nygatan 2.')).toBe('Storgatan är ju stor, men jag bor inte där, jag bor på [ADRESS].');
  });
  it('but said as a sentence of its own, or after "bor på", it is an address', () => {
    expect(sv('Nej, jag har flyttat. Stationsgatan.')).toBe('Nej, jag har flyttat. [ADRESS].');
    expect(sv('Ja, Björkvägen?')).toBe('Ja, [ADRESS]?');
    expect(sv('Jag bor på Björkvägen.')).toBe('Jag bor på [ADRESS].');
  });
});

describe('addresses abroad', () => {
  it('an Italian postcode read with a zero before its town', () => {
    expect(en('In Italy, Via Roma 112, zero nine one two four, Cagliari.')).toBe('In Italy, [ADRESS], [POSTNUMMER], Cagliari.');
  });
  it('an English house number corrected after the street', () => {
    expect(en('Flat 2, 19 Marlborough Crescent, sorry, 91, nine one, Bristol.')).toBe('[ADRESS], sorry, [ADRESS], [ADRESS], Bristol.');
    expect(en("I live at 12 Kings Road, sorry, I mean it's closed.")).toBe("I live at [ADRESS], sorry, I mean it's closed.");
  });
});

describe('a first name that is also a month, after a cue and before a surname', () => {
  it('is a name', () => {
    expect(en('My wife is called Maj Berggren.')).toBe('My wife is called [NAMN].');
  });
});

describe('lines of an address abroad said with Swedish words', () => {
  it('"gata 21, hus 46" is an address', () => {
    expect(sv('Min bror bor i Irak, gata 21, hus 46, Ankawa, Erbil.')).toMatch(/^Min bror bor i Irak, \[ADRESS\]/u);
    expect(sv('Det är tre hus på gatan.')).toBe('Det är tre hus på gatan.');
  });
});

describe('the e-identification Freja', () => {
  it('is no person called Freja', () => {
    expect(en('You could also get a Freja eID with a Swedish passport, or contact Freja support.')).toBe('You could also get a Freja eID with a Swedish passport, or contact Freja support.');
    expect(en('My daughter Freja called.')).toBe('My daughter [NAMN] called.');
  });
});
