import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 89 (tuning-99: the self-employed, farmers and small firms). Sentences of the round's own, not the set's. Each
 * `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 89: a farm one has, named right after its word', () => {
  it('redacts the farm\'s name after "har gården", "driver gården", "our farm"', () => {
    expect(one('sv', 'Vi driver gården Ekhyddan söder om Mora.')).toBe('Vi driver gården [ADRESS] söder om Mora.');
    expect(one('sv', 'Min gård Tallbacken ligger vid sjön.')).toContain('[ADRESS]');
    expect(one('en', 'We own the farm Ashcombe, near Bath.')).toBe('We own the farm [ADRESS], near Bath.');
  });
  it('keeps the farm word without a name, and a town or an agency after it', () => {
    expect(one('sv', 'Vi har gården kvar i år.')).toBe('Vi har gården kvar i år.');
    expect(one('sv', 'Vi har gården Jordbruksverket vet om.')).toBe('Vi har gården Jordbruksverket vet om.');
    expect(one('en', 'I run the farm Monday to Friday.')).toBe('I run the farm Monday to Friday.');
  });
});

describe('round 89: a word of size or side before a farm\'s name and its property designation', () => {
  it('redacts "Stora" with the name before "Myra 4:2"', () => {
    expect(one('en', 'I rent at Stora Åkerby, Myra 4:2, 776 90 Hedemora.')).not.toContain('Stora');
  });
  it('keeps the town after the postcode', () => {
    expect(one('en', 'I rent at Stora Åkerby, Myra 4:2, 776 90 Hedemora.')).toContain('Hedemora');
  });
});

describe('round 89: a sole trader\'s firm named by a first name\'s genitive and a trade', () => {
  it('redacts the whole trading name', () => {
    expect(one('en', "Her shop is Ingrid's Bakery on the square.")).not.toMatch(/Ingrid|Bakery/u);
    expect(one('sv', 'Jag har Tovas Blommor sedan fem år.')).not.toMatch(/Tovas|Blommor/u);
    expect(one('en', 'I trade as Bramwell Joinery, an enskild firma.')).not.toContain('Joinery');
  });
  it('keeps a workplace named after a surname', () => {
    expect(one('sv', 'Han jobbar på Holmbergs Bageri i Gävle.')).toContain('Holmbergs Bageri');
  });
});

describe('round 89: a child called to and told off', () => {
  it('redacts a name that is a word too at a sentence\'s start before "sluta", "inte" in an exclamation', () => {
    expect(one('sv', 'Ville, sluta dra i sladden! Förlåt, var var vi?')).toMatch(/^\[NAMN\], sluta/u);
    expect(one('sv', 'Signe, inte på soffan! Ursäkta.')).toMatch(/^\[NAMN\], inte/u);
  });
  it('keeps the verb where no one is called', () => {
    expect(one('sv', 'Jag ville, men inte nu.')).toBe('Jag ville, men inte nu.');
    expect(one('sv', 'Ville, inte jag.')).toBe('Ville, inte jag.');
  });
});

describe('round 89: SNI codes', () => {
  it('keeps the code after a trade\'s name the recogniser reads as a place', () => {
    expect(call('sv', 'agent: Och vad ska firman göra?', 'caller: Plåtslageri, SNI 43.910. Och lite takläggning.')[1]).toContain('SNI 43.910');
    expect(one('sv', 'Jag klipper hundar, Noras Hundtrim, SNI-kod 96.090, alltså djurpensionat.')).toContain('SNI-kod 96.090');
  });
  it('still redacts the sole trader\'s trading name before it', () => {
    expect(one('sv', 'Jag klipper hundar, Noras Hundtrim, SNI-kod 96.090, alltså djurpensionat.')).not.toContain('Noras');
  });
});

describe('round 89: the Board of Agriculture\'s public line', () => {
  it('keeps 0771-223 223', () => {
    expect(one('sv', 'Har du frågor om stödet kan du ringa 0771-223 223 på vardagar.')).toContain('0771-223 223');
  });
  it('still redacts a number one digit off', () => {
    expect(one('sv', 'Ring mig på 0771-223 224 efter lunch.')).toContain('[TELEFON]');
  });
});

describe('round 89: a sum in words ending in its thousands, then a year in digits', () => {
  it('keeps both', () => {
    expect(one('sv', 'Rörelsen gav ett överskott på tvåhundrasextiotusen 2024.')).toContain('tvåhundrasextiotusen 2024');
  });
  it('still redacts a personal number read after a hundred', () => {
    expect(one('sv', 'Personnumret är nittonhundra 850312-1234.')).toContain('[PERSONNUMMER]');
  });
});
