import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 89 (REVIEW89.md): the new leaks and over-redactions the review found, in sentences of our own. Each
 * `describe` fixes one mechanism; the guards beside it pass before and after.
 */
const shown = (lang: 'sv' | 'en', ...lines: string[]): string[] => call(lang, ...lines).map((l) => guardText(l, { lang }).text);

describe('review of round 89: a sum before a year is split only where it is safe (NL1, high)', () => {
  it('the leak scan reads the joined number: an answer to a number question is never shown', () => {
    expect(shown('en', 'agent: And your personal number?', 'caller: Sixty thousand 2018.')[1]).not.toContain('2018');
    expect(shown('sv', 'agent: Vad har du för personnummer?', 'caller: Fyrtiotusen 2017.')[1]).not.toContain('2017');
    expect(shown('sv', 'agent: Och ditt mobilnummer?', 'caller: Niohundratusen 2018.')[1]).not.toContain('2018');
    expect(shown('en', 'agent: Which phone number can we reach you on?', 'caller: Eight hundred thousand 2016.')[1]).not.toContain('2016');
    expect(shown('sv', 'agent: Ditt personnummer, tack?', 'caller: sjuttiotvå noll fem elva, tusen 2013.')[1]).not.toContain('2013');
  });
  it('the leak scan on its own removes a sum in words joined to a year', () => {
    expect(guardText('Han sa femtiotusen 2019, inget mer.', { lang: 'sv' }).text).not.toContain('2019');
    expect(guardText('She said ninety thousand 2021 and hung up.', { lang: 'en' }).text).not.toContain('2021');
  });
  it('no split where the year is not the last part: the raw output shows no part of the number', () => {
    expect(one('sv', 'Det blir sjuttiotusen 2018 33 21, anteckna det.')).not.toMatch(/2018|33 21/u);
    expect(one('en', 'Note it down: eight thousand 2016 2016.')).not.toContain('2016');
    expect(call('sv', 'agent: Vart ska utbetalningen gå?', 'caller: Åttatusen 1991 222 333.')[1]).not.toMatch(/1991|222/u);
  });
  it('no split without a sum named before it', () => {
    expect(one('sv', 'Skriv upp: trettiotusen 2015.')).not.toContain('2015');
  });
  it('still keeps a profit or a turnover said before its year', () => {
    expect(one('sv', 'Firman gick med vinst på niohundratusen 2023.')).toContain('niohundratusen 2023');
    expect(one('sv', 'Rörelsen gav ett överskott på tvåhundrasextiotusen 2024.')).toContain('tvåhundrasextiotusen 2024');
  });
  it('still redacts an account number after a profit is named', () => {
    expect(one('sv', 'Mitt kontonummer är vinst på åttiotusen 2019.')).not.toContain('2019');
  });
});

describe('review of round 89: an SNI code trims only a span that ends inside it (NL2, low)', () => {
  it('keeps a street whose number is said after "SNI" whole', () => {
    expect(one('sv', 'Vi bor på Ängsvägen SNI 14 i Vällingby.')).not.toContain('14');
    expect(one('sv', 'Jag hyr på Bergsgatan SNI 7.')).not.toContain('SNI 7');
  });
  it('still keeps a trade\'s code after its name', () => {
    expect(one('sv', 'Jag har en takfirma, Plåtslageri SNI 43.910.')).toContain('SNI 43.910');
  });
});

describe('review of round 89: a child called to is no oath or endearment (over-redaction)', () => {
  it('keeps an oath or an endearment before "no", "don\'t", "inte"', () => {
    expect(one('en', 'Heaven, no, not again!')).toBe('Heaven, no, not again!');
    expect(one('en', 'Lord, no, please!')).toBe('Lord, no, please!');
    expect(one('en', 'Honey, don\'t touch that!')).toBe('Honey, don\'t touch that!');
    expect(one('en', 'Baby, don\'t cry!')).toBe('Baby, don\'t cry!');
    expect(one('en', 'Mercy, no!')).toBe('Mercy, no!');
    expect(one('sv', 'Fan, inte nu igen!')).toBe('Fan, inte nu igen!');
  });
  it('still redacts a child called to', () => {
    expect(one('sv', 'Ville, sluta med det där!')).toContain('[NAMN]');
    expect(one('en', 'Ollie, stop it now!')).toContain('[NAMN]');
  });
});

describe('review of round 89: a country after the farm word is no farm (over-redaction)', () => {
  it('keeps a country or region after "gården", "farm"', () => {
    expect(one('sv', 'Vi har gården Sverige runt i husbilen.')).toBe('Vi har gården Sverige runt i husbilen.');
    expect(one('en', 'Our farm Yorkshire.')).toBe('Our farm Yorkshire.');
    expect(one('sv', 'Vi har gården Norge runt med husbilen.')).toBe('Vi har gården Norge runt med husbilen.');
  });
  it('still redacts a held farm\'s name', () => {
    expect(one('sv', 'Vi driver gården Ekhyddan söder om Mora.')).toContain('[ADRESS]');
  });
});

describe('review of round 89: a size or side word before a held farm\'s name (shared leak)', () => {
  it('redacts the farm\'s whole name', () => {
    expect(one('sv', 'Vi har gården Stora Björka utanför Enköping.')).not.toContain('Björka');
    expect(one('sv', 'Vi driver gården Lilla Ängby.')).not.toContain('Ängby');
    expect(one('sv', 'Vi har gården Norra Kärr, nära sjön.')).not.toContain('Kärr');
    expect(one('sv', 'Vi har gården Gamla Skolan.')).not.toContain('Skolan');
    expect(one('en', 'We own the farm Upper Coldwell near Ross.')).not.toContain('Coldwell');
  });
  it('redacts it where the name after the size word is a place\'s too', () => {
    expect(one('sv', 'Vi har gården Östra Åby utanför Ydre.')).not.toContain('Åby');
  });
});

describe('review of round 89: a first name\'s firm after a workplace cue (shared leak)', () => {
  it('redacts the owner\'s first name', () => {
    expect(one('sv', 'Jag jobbar hos Linneas Hår.')).not.toContain('Linnea');
    expect(one('sv', 'Jag är anställd hos Johannas Blommor i Luleå.')).not.toContain('Johanna');
    expect(one('en', 'I work for Pete\'s Roofing.')).not.toContain('Steve');
    expect(one('en', 'I\'m employed by Gary\'s Landscaping.')).not.toContain('Gary');
  });
  it('still keeps an employer that is a firm', () => {
    expect(one('sv', 'Jag jobbar på Ericsson.')).toBe('Jag jobbar på Ericsson.');
    expect(one('en', 'I work for Tesco.')).toBe('I work for Tesco.');
    expect(one('sv', 'Hon jobbade på Erikssons Plåt i Växjö i tio år.')).toContain('Erikssons Plåt');
  });
});
