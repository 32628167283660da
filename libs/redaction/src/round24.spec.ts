import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 24, from the blind tuning set tuning-38 (identifiers in awkward spoken and written forms). Sentences written
 * for these tests, not taken from any eval set.
 */
describe('identifiers read one character at a time', () => {
  it('a code of capitals and digits read out is an id number, with digit words too', () => {
    expect(sv('Passet har nummer P 4 7 2 0 9 1 8 3.')).toBe('Passet har nummer [ID-NUMMER].');
    expect(sv('K R 8 8 3 1 0 5 6.')).toBe('[ID-NUMMER].');
    expect(en('My ID card, T 5 R 0 9 W 2 M 7, the new one.')).toBe('My ID card, [ID-NUMMER], the new one.');
    expect(en('Then it ends G K seven M P.')).toBe('Then it ends [ID-NUMMER].');
  });
  it('not an invoice or OCR number, nor "I" before a word', () => {
    expect(en('The OCR is 4 4 0 1 9 3 2 8 7, I paid it yesterday.')).toBe('The OCR is 4 4 0 1 9 3 2 8 7, I paid it yesterday.');
  });
});

describe('e-mail addresses', () => {
  it('"snabel-a" or "at sign" and a provider without its ending make an address', () => {
    expect(sv('Det är k g snabel-a telia, bara telia.')).toBe('Det är [EPOST], bara telia.');
    expect(en('It is anna dash berg at sign outlook, just outlook.')).toBe('It is [EPOST], just outlook.');
    expect(en('We can meet at Outlook Cafe.')).toBe('We can meet at Outlook Cafe.');
  });
  it('a local part spelled letter by letter belongs to the address', () => {
    expect(sv('Det är s a r a punkt l i n d snabel-a gmail punkt com.')).toBe('Det är [EPOST].');
  });
});

describe('phone numbers, cards and banks', () => {
  it('"dubbel-nio" written as one word is two nines', () => {
    expect(sv('Mitt nummer är 073-dubbel-fem 12 dubbel-noll 4.')).toBe('Mitt nummer är [TELEFON].');
  });
  it("a card's expiry said after the number is no part of it", () => {
    expect(sv('Kortet är 4571 9173 4227 7387, giltigt till noll åtta tjugoåtta.')).toBe('Kortet är [KORTNUMMER], giltigt till noll åtta tjugoåtta.');
    expect(call('sv', 'caller: Jag läste 4916 9059… eh 2981 8842, och sen 09/28 som står på.')[0]).toMatch(/och sen 09\/28 som står på\.$/);
    expect(sv('Utgångsdatum 11/27.')).toBe('Utgångsdatum 11/27.');
  });
  it("a bank's round clearing number said alone is the bank's; the caller's own is redacted", () => {
    expect(sv('Handelsbanken har väl clearing 6000 och nånting, jag vet inte.')).toBe('Handelsbanken har väl clearing 6000 och nånting, jag vet inte.');
    expect(sv('Nordea, clearing 3300, och sen är det mitt personnummer.')).toMatch(/\[BANKKONTO\]/);
  });
  it("the banks' card-blocking line is a public number", () => {
    expect(sv('Ring spärrservice på 08-411 10 11 direkt.')).toBe('Ring spärrservice på 08-411 10 11 direkt.');
  });
});
