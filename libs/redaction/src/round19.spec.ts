import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { guardText } from './leak-scan.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 19, from the blind tuning set tuning-33 (what must be kept, among personal data). */
describe('institutions and firms are no one’s name', () => {
  it('"X & Y" is a firm, unless the caller says it is their own', () => {
    expect(sv('Johnson & Johnson gjorde den där höftleden, sa doktorn.')).toBe('Johnson & Johnson gjorde den där höftleden, sa doktorn.');
    expect(en("And her employer, it's Johnson & Johnson, pays the first two weeks?")).toBe("And her employer, it's Johnson & Johnson, pays the first two weeks?");
    expect(sv('Jag heter Deniz Kaya och firman Sundström & Kaya Städ är min enskilda firma.')).toContain('[NAMN] & [NAMN] är'); // (the trade with it since round 82)
  });
  it('capitalised words before an English institution noun, and a church or school by its ending', () => {
    expect(en('We moved to Lund in 2003, Lund University hired my husband.')).toBe('We moved to Lund in 2003, Lund University hired my husband.');
    expect(en('The Migration Agency gave me an LMA card.')).toBe('The Migration Agency gave me an LMA card.');
    expect(sv('Det är Vasakyrkan som har begravningen, på lördag klockan elva.')).toBe('Det är Vasakyrkan som har begravningen, på lördag klockan elva.');
    expect(sv('Det är Sahlgrenska som har remissen, ortopeden alltså.')).toBe('Det är Sahlgrenska som har remissen, ortopeden alltså.');
  });
  it('a pronoun before a verb of saying is no name ("He" and "Hon" are in the name lists)', () => {
    expect(en('He said he was born in November.')).toBe('He said he was born in November.');
    expect(en('You said you worked for a company in Sweden?')).toBe('You said you worked for a company in Sweden?');
    expect(en('Karin said it was fine.')).toBe('[NAMN] said it was fine.');
  });
});

describe('a town and a year after a move', () => {
  it('"flyttade vi till Falun nittiotvå" says when, not where one lives; a village with its number is an address', () => {
    expect(sv('Och sen flyttade vi till Falun nittiotvå, eh, 1992 alltså.')).toBe('Och sen flyttade vi till Falun nittiotvå, eh, 1992 alltså.');
    expect(sv('Vi flyttade till Norrbyn tjugotvå.')).toBe('Vi flyttade till [ADRESS].');
  });
});

describe('the call’s memory fails closed', () => {
  it('a surname found in the call is redacted inside a firm’s name too', () => {
    expect(
      call('sv', 'caller: Han heter Gunnar Lindqvist.', 'caller: Alltså inte Lindqvist Bygg, det är ett annat.'),
    ).toEqual(['Han heter [NAMN].', 'Alltså inte [NAMN] Bygg, det är ett annat.']);
  });
});

describe('an account read back and confirmed', () => {
  const account = ['agent: Då behöver jag ett kontonummer.', 'caller: Det är Swedbank, clearing 8214-9.', 'caller: Och sen, eh, 934 567 281, och sen 3 på slutet.', 'agent: Så 8214-9, 934 567 281-3?'];
  it('"Precis." closes the question: a sum said later is kept', () => {
    const lines = call('sv', ...account, 'caller: Precis.', 'agent: Bra. Utbetalningen kommer den 18:e februari.', 'caller: Och det blir ungefär tolv tusen?');
    expect(lines.slice(1, 4).join(' ')).not.toMatch(/\d{3}/u);
    expect(lines.at(-1)).toBe('Och det blir ungefär tolv tusen?');
  });
  it('a correction after the read-back is still read under the question', () => {
    const lines = call('sv', ...account, 'caller: Nej, 934 567 218, och 3 på slutet.');
    expect(lines.at(-1)).not.toMatch(/\d{3}/u);
  });
});

/** From the review of round 19's first version: people the new firm and institution rules must not keep. */
describe('people beside "&" and institution nouns stay redacted', () => {
  it('first names joined by "&", or with a surname after them, are people', () => {
    expect(sv('Mina föräldrar Kerstin & Lars Holm bor kvar där.')).toBe('Mina föräldrar [NAMN] & [NAMN] bor kvar där.');
    expect(en('The tenants are John & Mary Smith.')).not.toContain('Smith');
    expect(en('My kids Liam & Noah are at home.')).not.toMatch(/Liam|Noah/u);
    expect(sv('Jag heter Annelie Hallberg och jobbar på Hallberg & Lind.')).not.toContain('Hallberg');
  });
  it('a first name before or as the word before "Church" or "Union" is a person', () => {
    expect(en('My neighbour, Peter Church, helped me.')).toBe('My neighbour, [NAMN], helped me.');
    expect(en('I spoke with Charlotte Church yesterday.')).not.toContain('Church');
    expect(en('Peter Smith works at the Smith Foundation.')).not.toContain('Smith');
  });
  it('a move earlier in the sentence does not make a village address a year', () => {
    expect(sv('Vi flyttade i mars och bor nu i Berga sextiofyra.')).not.toContain('sextiofyra');
  });
});

/** Found by the UI-facing check on the tuning sets after round 19. */
describe('what the draft and the call’s memory show', () => {
  it('a word after a line’s bullet starts a sentence: "- The pension …" in a rendered note keeps its "The"', () => {
    expect(guardText('The caller said:\n- The pension was 11 600 in October.\n- Karin called.', { lang: 'en' }).text).toBe(
      'The caller said:\n- The pension was 11 600 in October.\n- [NAMN] called.',
    );
  });
  it('a remembered name in the English genitive ("Boonmee\'s") is redacted too', () => {
    expect(call('en', 'caller: Nattaya, and this is about my mother, Boonmee Srisai.', "agent: So Boonmee's pension will come on the 19th as usual.")).toEqual([
      '[NAMN], and this is about my mother, [NAMN].',
      'So [NAMN] pension will come on the 19th as usual.',
    ]);
  });
});
