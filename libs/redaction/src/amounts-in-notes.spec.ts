import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call } from './testing/dialogues.js';

/**
 * Amounts under placeholders in notes: sums said with their thousands word (or written with their thousands apart, as the draft
 * writes them) beside an amount's cue were taken for identifiers or addresses, in the dialogue's redaction, which the note
 * carries, and in the last scan of the draft (`guardText`). Sentences written for these tests, not taken from any set.
 */
const agent = (lang: 'sv' | 'en', text: string): string => call(lang, `agent: ${text}`)[0]!;
const guarded = (lang: 'sv' | 'en', text: string): string => guardText(text, { lang }).text;

describe('amounts in notes: a sum before tax', () => {
  it('a sum said with thousands before "före skatt" is no identifier, even after "slutar"', () => {
    const line = 'Slutar du vid sextiofem blir det ungefär nitton tusen fyrahundra före skatt.';
    expect(agent('sv', line)).toBe(line);
    expect(agent('sv', 'Slutar du nu får du runt tolv tusen efter skatt.')).toContain('tolv tusen efter skatt');
  });

  it('the same sum as the draft writes it, in digits, passes the last scan', () => {
    const line = 'Slutar kunden vid 65 blir det ungefär 19 400 före skatt i månaden.';
    expect(guarded('sv', line)).toBe(line);
    expect(guarded('sv', 'Inkomsten blev 340 000 före skatt.')).toBe('Inkomsten blev 340 000 före skatt.');
    expect(guarded('en', 'The income came to four hundred and sixty thousand before tax.')).toContain('four hundred and sixty thousand before tax');
  });

  it('an identifier said beside the same cue is still redacted', () => {
    expect(agent('sv', 'Mitt personnummer är nitton sextio noll fyra tolv, trettiotre fyrtiofem, före skatt.')).not.toMatch(/nitton|sextio|tolv|fyrtiofem/);
    expect(agent('sv', 'Mitt personnummer är nittontusen sexhundra, före skatt.')).not.toMatch(/nittontusen/);
    // (A run with no thousands, or a valid personal number, is scanned away whatever follows it.)
    expect(guarded('sv', 'Inkomsten blev 420000 före skatt.')).not.toContain('420000');
    expect(guarded('sv', 'Inkomsten blev 850312 före skatt.')).not.toContain('850312');
    expect(guarded('sv', 'Det blir 19850312-1234 före skatt.')).not.toContain('1234');
    expect(guarded('en', 'It is 070 123 456 before tax.')).not.toContain('123');
  });
});

describe('amounts in notes: a subtraction said with "minus"', () => {
  it('a sum with thousands, "minus", and another sum are two numbers', () => {
    const line = 'Eleven thousand three hundred and fifty minus one thousand four hundred, unless anything changes.';
    expect(agent('en', line)).toBe(line);
    expect(guarded('en', 'It is 11 350 minus 1 400, unless anything changes.')).toBe('It is 11 350 minus 1 400, unless anything changes.');
    expect(agent('sv', 'Sextontusen femhundra minus fjorton tre, ja, tvåhundra.')).toContain('Sextontusen femhundra minus fjorton tre');
    expect(guarded('sv', 'Det blir 8 300 minus 1 000, om inget ändras.')).toBe('Det blir 8 300 minus 1 000, om inget ändras.');
  });

  it('a personal number or a clearing read with "minus" stays one number', () => {
    expect(agent('en', 'My personal number is 850312 minus 1234.')).not.toMatch(/850312|1234/);
    expect(guarded('en', 'It is 850312 minus 1234.')).not.toMatch(/850312|1234/);
    // (Four figures with thousands and a digit after "minus": a Swedbank clearing with its check digit.)
    expect(agent('sv', 'Clearingnumret är åttatusen trehundrafemtio minus fyra, och kontot nittiotre tjugoett.')).not.toMatch(/fyra,/);
  });
});

describe('amounts in notes: a sum after "as"', () => {
  it('"as" before a sum written with its thousands apart is no Finnish flat', () => {
    expect(guarded('en', 'The housing cost now counts as 7 400 instead of 6 250, from April.')).toBe('The housing cost now counts as 7 400 instead of 6 250, from April.');
    expect(guarded('en', 'It is paid as 8 100 after tax.')).toBe('It is paid as 8 100 after tax.');
  });

  it('a Finnish flat after "as" is still an address', () => {
    expect(guarded('en', 'The address is Hämeenkatu 14 as 7, 33100 Tampere.')).not.toMatch(/Hämeenkatu|as 7/);
  });
});
