import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 31, from the blind tuning set tuning-45 (dates of birth beside dates and years to keep).
 * Sentences written for these tests, not taken from any eval set.
 */
describe('once the call has a date of birth', () => {
  it('a year said short with its apostrophe or dash is another ("frun är -49", "my son\'s the \'75")', () => {
    const said = call('sv', 'agent: Vilket år är du född?', 'caller: Nittonhundrafyrtiosex.', 'agent: Och din fru?', 'caller: Hon är -49.');
    expect(said[1]).toBe('[FÖDELSEDATUM].');
    expect(said[3]).not.toMatch(/49/);
    const en1 = call('en', 'agent: And your date of birth?', 'caller: The third of May, nineteen fifty-one.', 'agent: Thank you.', "caller: My son's the '75, don't mix us up.");
    expect(en1[3]).not.toMatch(/75/);
  });
  it('and a year denied beside it ("född 1938, inte 1939")', () => {
    expect(call('sv', 'agent: När är du född?', 'caller: Jag är född 1938, inte 1939.')[1]).toBe('Jag är född [FÖDELSEDATUM], inte [FÖDELSEDATUM].');
  });
  it('but a dash before a percentage or inside a word is no birth year', () => {
    const said = call('sv', 'agent: Vilket år är du född?', 'caller: Nittonhundrafyrtiosex.', 'agent: Tack.', 'caller: Det blev -20 procent, och hus-50 står det på lappen.');
    expect(said[3]).toBe('Det blev -20 procent, och hus-50 står det på lappen.');
  });
});

describe('a rule\'s year bounds who it applies to', () => {
  it('"född 1938 eller tidigare", "born 1945 or earlier" are kept', () => {
    expect(sv('Det gäller den som är född 1938 eller tidigare, stämmer det?')).toBe('Det gäller den som är född 1938 eller tidigare, stämmer det?');
    expect(en('For those born 1945 or earlier it is different.')).toBe('For those born 1945 or earlier it is different.');
  });
  it('but one\'s own birth year is still redacted', () => {
    expect(sv('Jag är född 1938 och bor i Umeå.')).toBe('Jag är född [FÖDELSEDATUM] och bor i Umeå.');
  });
});

describe('a rule\'s year only where it is said of anyone (round 31, checked before stopping)', () => {
  it('"Hon är född 1938 och senare flyttade hon hit" keeps no birth year', () => {
    expect(sv('Hon är född 1938 och senare flyttade hon hit.')).toBe('Hon är född [FÖDELSEDATUM] och senare flyttade hon hit.');
  });
});

describe('round 30 and 31 review (75 probes side by side)', () => {
  it('a rule\'s year only where the bound ends the phrase ("som är född 1938 och efter kriget" is her year)', () => {
    expect(sv('Det gäller min mamma som är född 1938 och efter kriget flyttade hon hit.')).toBe('Det gäller min mamma som är född [FÖDELSEDATUM] och efter kriget flyttade hon hit.');
    expect(en("It's my father who was born in 1944 and after the war he moved to Leeds.")).not.toMatch(/1944/);
  });
  it('a spelled street does not take a sum said after it', () => {
    expect(sv('Jag bor på Lindvägen 3, L-I-N-D, och 1500 kronor i hyra.')).toMatch(/1500 kronor i hyra/);
  });
  it('a house letter only after a correction or alone in its turn, a floor only of one\'s home', () => {
    const said = call('sv', 'agent: Vilken adress har du?', 'caller: Storgatan 18 A.', 'agent: Vi har 18 B här.', 'caller: Nej, 18 A. Min son går i klass 9 B, och kassan är på tredje våningen på Åhléns.');
    expect(said[3]).toMatch(/klass 9 B/);
    expect(said[3]).toMatch(/tredje våningen på Åhléns/);
    expect(said[3]).not.toMatch(/18 A/);
  });
  it('a short year only after a word that says whose it is, a denied year only beside a birth date', () => {
    const said = call('sv', 'agent: När är du född?', 'caller: Jag är född 1938.', 'agent: Tack.', 'caller: Pengarna kom i mars -23, och frun är -48, det var inte 2023 utan 2024.');
    expect(said[3]).toMatch(/mars -23/);
    expect(said[3]).toMatch(/inte 2023/);
    expect(said[3]).not.toMatch(/-48/);
  });
});
