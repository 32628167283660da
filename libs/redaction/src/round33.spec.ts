import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 33, from the blind tuning set tuning-47 (names in every position, beside words that look like names).
 * Sentences written for these tests, not taken from any eval set.
 */
describe('names said in ways the cues missed', () => {
  it('"X heter han", whatever the word, and "heter också X"', () => {
    expect(sv('Dag heter han, och han hjälper mig varje dag.')).toBe('[NAMN] heter han, och han hjälper mig varje dag.');
    expect(sv('Min dotter heter också Åsa.')).toBe('Min dotter heter också [NAMN].');
    expect(sv('Vad heter han?')).toBe('Vad heter han?');
  });
  it('what she calls herself ("men hon säger Gosia"), a name and "that\'s my husband", "told X to"', () => {
    expect(sv('Hon heter Małgorzata, men hon säger Gosia.')).not.toMatch(/Gosia/);
    expect(en("Sten, that's my husband, he's Swedish.")).toBe("[NAMN], that's my husband, he's Swedish.");
    expect(sv('Lund, det är min nya adress.')).toBe('Lund, det är min nya adress.');
  });
  it('a first name that is a month, before a surname, at a sentence\'s start too', () => {
    expect(en('June Whitaker. She passed away in June.')).toBe('[NAMN]. She passed away in June.');
  });
  it('"hans fru dog": a wife in lower case, not a title before a name', () => {
    expect(sv('Jag ringer för min svåger Hans, hans fru dog i november.')).toBe('Jag ringer för min svåger [NAMN], hans fru dog i november.');
  });
  it('cars named as things are kept; a first name that is also a brand is not', () => {
    expect(sv('Han kör Volvo och jag har en gammal Saab.')).toBe('Han kör Volvo och jag har en gammal Saab.');
    expect(en("Hi, it's Mercedes, Mercedes Soto, calling from Santiago.")).not.toMatch(/Mercedes/);
  });
});
