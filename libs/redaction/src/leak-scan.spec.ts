import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';

const guard = (text: string) => guardText(text, { lang: 'sv' });

describe('guardText, the last line of defence', () => {
  it('removes a run of six or more digits or number words that redaction kept', () => {
    // (Pieces whose check digit does not hold: pieces that make a valid personnummer are redacted before the scan, round 53.)
    expect(guard('Kunden uppgav 4109 03 och 4622.')).toEqual({ text: 'Kunden uppgav [ID-NUMMER] och 4622.', leaks: 1 });
    expect(guard('Kunden uppgav 4109 03 och 4621.')).toEqual({ text: 'Kunden uppgav [PERSONNUMMER] och [PERSONNUMMER].', leaks: 0 });
    expect(guard('Kunden läste upp sju tre fyra, åtta åtta nio.')).toEqual({ text: 'Kunden läste upp [ID-NUMMER].', leaks: 1 });
  });

  it('masks numbers listed with commas and no unit after the last, or a list of long numbers', () => {
    expect(guard('Kunden läste 52, 03, 14 och 4563.')).toEqual({ text: 'Kunden läste [ID-NUMMER] och 4563.', leaks: 1 });
    expect(guard('Kunden sa 1952, 0314 eller 12 procent.').leaks).toBe(1);
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
    // A unit after the list's last number counts for them all (the pension's partial withdrawals).
    'Kunden kan ta ut 25, 50, 75 eller 100 procent.',
  ])('keeps amounts, dates, case numbers and the agency number: %s', (text) => expect(guard(text)).toEqual({ text, leaks: 0 }));
});

describe('guardText on a note, as the UI guard reads drafts', () => {
  it('leaves "kundens fru" and "hens fru" before a verb alone (a relation, as "min fru" is), and still masks a name after the title', () => {
    expect(guard('Kundens fru jobbar kvar i Sverige till mars.').text).toBe('Kundens fru jobbar kvar i Sverige till mars.');
    expect(guard('Kunden och hens fru funderar på att flytta till Turkiet.').text).toBe('Kunden och hens fru funderar på att flytta till Turkiet.');
    expect(guard('Kundens fru Anna jobbar kvar.').text).toBe('Kundens fru [NAMN] jobbar kvar.');
    expect(guard('Tack fru Andersson.').text).toBe('Tack fru [NAMN].');
  });
});

describe('guardText: a surname after "fru" stays masked whatever comes before it', () => {
  it.each(['Kundens fru Berg jobbar deltid.', 'grannens fru Holm hjälper mig', 'Han bor kvar med sin fru Holm i huset.'])('%s', (text) => {
    expect(guard(text).text).toMatch(/\[NAMN\]/u);
    expect(guard(text).text).not.toMatch(/Berg|Holm/u);
  });
});
