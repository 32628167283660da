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
