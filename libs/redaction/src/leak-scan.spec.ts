import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';

const guard = (text: string) => guardText(text, { lang: 'sv' });

describe('guardText, the last line of defence', () => {
  it('removes a run of six or more digits or number words that redaction kept', () => {
    expect(guard('Kunden uppgav 4109 03 och 4621.')).toEqual({ text: 'Kunden uppgav [ID-NUMMER] och 4621.', leaks: 1 });
    expect(guard('Kunden läste upp sju tre fyra, åtta åtta nio.')).toEqual({ text: 'Kunden läste upp [ID-NUMMER].', leaks: 1 });
  });

  it('counts what redaction already caught as no leak', () => {
    expect(guard('Kunden uppgav 19811218-9876.')).toEqual({ text: 'Kunden uppgav [PERSONNUMMER].', leaks: 0 });
  });

  it.each([
    'Bostadstillägget blir 125 000 kronor om året.',
    'Handläggaren ringer upp 2026-04-15 klockan 10.',
    'Ärendenummer 2024-118734 gäller ansökan.',
    'Ring Pensionsmyndigheten på 0771-776 776.',
    'Beslutet kom 2026-03-02.',
  ])('keeps amounts, dates, case numbers and the agency number: %s', (text) => expect(guard(text)).toEqual({ text, leaks: 0 }));
});
