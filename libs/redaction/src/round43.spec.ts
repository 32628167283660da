import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 43, from the blind tuning set tuning-54 (identifiers said the hard ways where the last held-out run missed; its first
 * run in tuning-54/before-round-43.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 43: a card read group by group', () => {
  it('sixteen digits in groups of four whose Luhn check holds are a card, named or not', () => {
    expect(en('First group 4539, second 1488, third 0343, last group 6467.')).toBe('First group [KORTNUMMER], second [KORTNUMMER], third [KORTNUMMER], last group [KORTNUMMER].');
    expect(sv('Det är fyra fem tre nio, sen ett fyra åtta åtta, vänta, noll tre fyra tre och sist sex fyra sex sju.')).not.toMatch(/sex fyra sex sju/);
  });

  it('where the turn names a card, eight digits or more in groups of four are, but not a bankgiro nor sums', () => {
    expect(en('My Visa is 4111 2222, er, 3333 4444, do you need the code?')).toBe('My Visa is [KORTNUMMER], er, [KORTNUMMER], do you need the code?');
    expect(en("We don't take cards, you pay to our bankgiro 5050-1055.")).toBe("We don't take cards, you pay to our bankgiro 5050-1055.");
    expect(sv('Jag betalade 1200 kronor och 3400 kronor med kortet.')).toBe('Jag betalade 1200 kronor och 3400 kronor med kortet.');
  });
});

describe('round 43: foreign identity numbers and IBANs in pieces', () => {
  it('a National Insurance number whose letters are written joined by a dash', () => {
    expect(en('National Insurance, N-E, three four, seven one, two two, C.')).toBe('National Insurance, [ID-NUMMER].');
  });

  it('an IBAN begun and read on after a pause takes its country, check digits and bank code', () => {
    expect(en('New IBAN is IE29 AIBK... 9311 5212 3456 78.')).toBe('New IBAN is [IBAN].');
  });

  it("a British driving licence's surname letters and its closing initials and check characters", () => {
    expect(en('The licence number is MORGA 657054 SM 9IJ, a UK licence.')).toBe('The licence number is [ID-NUMMER], a UK licence.');
  });
});

describe('round 43: numbers kept by what is said beside them', () => {
  it("a card's or a passport's expiry and a sum after its currency", () => {
    expect(sv('Kortet går ut 2028, nummer 4539 1488 0343 6467.')).toBe('Kortet går ut 2028, nummer [KORTNUMMER].');
    expect(sv('Passet går ut 2030, passnumret är AB4716298.')).toBe('Passet går ut 2030, passnumret är [ID-NUMMER].');
    expect(en("That's already gone to the old account, SEK 7,840.")).toBe("That's already gone to the old account, SEK 7,840.");
    // (An agency's own number under an identifier's cue stays redacted: it may be the caller's.)
    expect(sv('Mitt personnummer är 0771-776 776.')).toBe('Mitt personnummer är [PERSONNUMMER].');
    // (A checksum-valid identifier stays redacted whatever is said beside it.)
    expect(sv('Det går ut 2028, personnummer 19811218-9876.')).toBe('Det går ut 2028, personnummer [PERSONNUMMER].');
  });

  it('a day with its month after a card\'s last digits is a date, not more of the card', () => {
    expect(call('en', 'caller: They took £42.50 from the card ending 3352 on 2 October.')[0]).toBe('They took £42.50 from the card ending [KORTNUMMER] on 2 October.');
  });
});

describe('round 43 after its blind review (171 probes; 26 new leaks, 14 over-redactions)', () => {
  it('no sum is kept where an account, a document or a number is named, or the currency is the sum before', () => {
    expect(sv('Jag har ett dollarkonto USD 12345678.')).not.toMatch(/12345678/);
    expect(en('Account GBP 12345678.')).not.toMatch(/12345678/);
    expect(sv('Ring mig på 08-123 456, det kostade 50 kr 08-123 456.')).not.toMatch(/08-123 456\./);
  });

  it("no personal number's last digits are kept as an expiry, and an expiry needs a card or document", () => {
    expect(sv('Personnumret tar slut på 2019.')).not.toMatch(/2019/);
    expect(en('My social security, last four, valid 2034.')).not.toMatch(/2034/);
  });

  it('a date after a number only in the same turn and only a day of a month; "kort" as "short" names no card', () => {
    expect(call('sv', 'caller: Personnumret 850312-12', 'caller: 34 mars')[1]).not.toMatch(/34/);
    expect(call('en', 'caller: My number is 07700 900 1', 'caller: 23 may I ask why?')[1]).not.toMatch(/23/);
    expect(sv('En kort fråga, jag betalade 1200, sen 3400.')).toBe('En kort fråga, jag betalade 1200, sen 3400.');
    expect(sv('Kortet, klockan 1430 och 1530.')).toBe('Kortet, klockan 1430 och 1530.');
  });
});

