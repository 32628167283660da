import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

/**
 * The re-read after review 94: three leaks in sentences of our own, each fixed failing closed, with guards that the
 * kept case numbers of rounds 93 and 94 stay kept.
 */

const sv = (text: string): string => redact(text, { lang: 'sv' }).text;
const en = (text: string): string => redact(text, { lang: 'en' }).text;

describe('a person between a case word and its number (object pronouns, in-laws, neighbours, a name)', () => {
  it('redacts the number after "och har nummer" when the subject is a person', () => {
    expect(sv('Beslutet gäller henne och har nummer 6612-3408.')).not.toContain('6612');
    expect(sv('Beslutet gäller min svärdotter och har nummer 6612-3408.')).not.toContain('6612');
    expect(en('The decision is about my grandson and has number 6612-3408.')).not.toContain('6612');
    expect(en('The decision concerns them and has number 6612-3408.')).not.toContain('6612');
  });
  it('redacts a number after a case word once a person or a name stands between', () => {
    expect(sv('Ärendet gäller grannen på trean, nummer 66123408.')).not.toContain('66123408');
    expect(sv('Ärendet rör Lars Holm på boendet, nummer 66123408.')).not.toContain('66123408');
    expect(en('The case is about him at the home now, number 66123408.')).not.toContain('66123408');
  });
  it('guard: a case or decision number with no person between is kept', () => {
    expect(sv('Beslutet fattades den fjärde mars och har nummer B 6612-3408.')).toContain('6612-3408');
    expect(sv('Ärendet har nummer 6612-3408.')).toContain('6612-3408');
  });
});

describe('a first name begun with a stutter', () => {
  it('redacts a rarer first name as well as a common one', () => {
    expect(en('It was S-Siobhan who phoned me yesterday.')).not.toContain('Siobhan');
    expect(sv('Det var M-Mirja som ringde mig.')).not.toContain('Mirja');
  });
  it('guard: letters before a word that is no name stay', () => {
    expect(sv('Jag har F-skatt och använder e-tjänsten.')).toBe('Jag har F-skatt och använder e-tjänsten.');
  });
});
