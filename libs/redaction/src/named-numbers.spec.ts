import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Numbers an identifier word names, wherever it stands (from tuning-13 and tuning-15's misses):
 * a cue wins over the case-number shape, and a name said after the number counts as one before it.
 */
describe('a giro that begins like a year', () => {
  it('is redacted under its cue, not kept as a case number', () => {
    expect(en('Our plusgiro is fine and the bankgiro is 1987-6341, for the church.')).toBe('Our plusgiro is fine and the bankgiro is [BANKGIRO], for the church.');
    expect(sv('bankgiro: 1987-6341')).toBe('bankgiro: [BANKGIRO]');
  });
  it('still keeps case numbers', () => {
    expect(sv('Ärendenummer 2026-441983.')).toBe('Ärendenummer 2026-441983.');
    expect(sv('Ditt ärende har nummer 2026-441 983.')).toBe('Ditt ärende har nummer 2026-441 983.');
  });
});

describe('an identifier named right after its number', () => {
  it('takes the number', () => {
    expect(sv('Det är hon som betalar, ett tjugo nittioåtta, noll, alltså plusgiro.')).toBe('Det är hon som betalar, [PLUSGIRO], alltså plusgiro.');
    expect(en('It is 5402-9911, that is the bankgiro.')).toBe('It is [BANKGIRO], that is the bankgiro.');
  });
  it('still keeps an amount named after it, and a case number', () => {
    expect(sv('Jag fick 12 400 kronor, alltså pensionen.')).toBe('Jag fick 12 400 kronor, alltså pensionen.');
    expect(sv('Det var 2026-0412345, alltså ärendet.')).toBe('Det var 2026-0412345, alltså ärendet.');
  });
});
