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
    // (The provider said again beside the address is part of it, round 47: it fails closed.)
    expect(en('It is anna dash berg at sign outlook, just outlook.')).toBe('It is [EPOST].');
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

// Round 24's review (a helper that had not written the rules, about 110 probes side by side): privacy regressions fixed
// before the held-out run.
describe('round 24 review', () => {
  it('"giltigt" keeps only a card\'s last month after "till", never an identifier after the bare word', () => {
    const lines = call('sv', 'agent: Vad är kortnumret?', 'caller: 4571 9173.', 'caller: Är det giltigt? 4227 7387.');
    expect(lines[2]).toBe('Är det giltigt? [KORTNUMMER].');
    expect(sv('Passet är giltigt, nummer 87 65 43 21.')).toBe('Passet är giltigt, nummer [ID-NUMMER].');
  });
  it("the caller's own clearing number, asked for or read back, stays redacted", () => {
    const lines = call('sv', 'agent: Vad har du för clearingnummer?', 'caller: Det är 8300.', 'caller: Och sen kontot, 123 456 789-0.');
    expect(lines[1]).toBe('Det är [BANKKONTO].');
    expect(sv('Min bank är Swedbank. Clearing är 8200.')).toBe('Min bank är Swedbank. Clearing är [BANKKONTO].');
    expect(call('sv', 'agent: Ditt clearingnummer är 3300, stämmer det?')[0]).toBe('Ditt clearingnummer är [BANKKONTO], stämmer det?');
  });
  it('"snabel-a" and a provider without a local part read with dots or spelled is no address', () => {
    expect(sv('Har du en adress med snabel-a hotmail?')).toBe('Har du en adress med snabel-a hotmail?');
  });
});

// After heldout-2026-12x's first run, from tuning-13's and tuning-38's e-mail misses (so not in 12x's figures).
describe('e-mail addresses said without their "at" or with a two-word domain', () => {
  it('a local part read with "punkt" where the sentence names an e-mail is an address', () => {
    expect(sv('Min mejl är anna punkt lind.')).toBe('Min mejl är [EPOST].');
    expect(sv('Min sons mejl, jonas punkt f r a n c k, nej vänta.')).toBe('Min sons mejl, [EPOST], nej vänta.');
    expect(sv('Mejlen kom i går, punkt slut.')).toBe('Mejlen kom i går, punkt slut.');
    expect(sv('Mejlen, det är punkt två i brevet.')).toBe('Mejlen, det är punkt två i brevet.');
  });
  it('a firm of two words before the domain ending', () => {
    expect(en('His email is jon dot reyes at lakeside consulting dot se.')).toBe('His email is [EPOST].');
  });
});
