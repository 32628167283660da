import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 16, from tuning-25's misses (whole calls: data in pieces, said again, and what sits beside it). */
describe('an IBAN whose country code and check digits are said apart from the rest', () => {
  it('takes "ES60," before the account digits, and a British bank code between them', () => {
    expect(call('sv', 'agent: och kontot, är det ett spanskt konto?', 'caller: ja, ES60, 0049 1500')).toEqual([
      'och kontot, är det ett spanskt konto?',
      'ja, [IBAN]',
    ]);
    expect(call('en', 'agent: and a bank account for the survivor’s pension?', 'caller: GB76 BARC, 2003 5388')).toEqual([
      'and a bank account for the survivor’s pension?',
      '[IBAN]',
    ]);
  });
});

describe('a giro written as two words', () => {
  it('"plus giro" names a plusgiro read in English words', () => {
    expect(en('plus giro six six one eight oh, dash one')).toBe('plus giro [PLUSGIRO]');
  });
});

describe("the agency's own giro in the agent's turn", () => {
  it('"vårt bankgiro", "to bankgiro … " after paying, and "that\'s ours" are kept', () => {
    expect(call('sv', 'agent: Du kan betala till vårt bankgiro 5051-6905 med OCR-numret på fakturan.')).toEqual([
      'Du kan betala till vårt bankgiro 5051-6905 med OCR-numret på fakturan.',
    ]);
    expect(call('en', 'agent: no, by bank transfer to bankgiro 5051-6905')).toEqual(['no, by bank transfer to bankgiro 5051-6905']);
    expect(call('en', "agent: unfortunately not, it's bankgiro 5050-1055, that's ours")).toEqual(["unfortunately not, it's bankgiro 5050-1055, that's ours"]);
  });
  it('but a caller\'s "vårt bankgiro" (their firm\'s) and a payment out to the caller are redacted', () => {
    expect(call('sv', 'caller: Vårt bankgiro är 5431-0941.')).toEqual(['Vårt bankgiro är [BANKGIRO].']);
    expect(call('sv', 'agent: Vi betalar ut till ditt bankgiro 5431-0941.')).toEqual(['Vi betalar ut till ditt bankgiro [BANKGIRO].']);
  });
});

describe("an agency's postal address", () => {
  it('after "har adressen", and a postcode right after its name, is kept', () => {
    expect(sv('Pensionsmyndigheten har adressen Box 38190, 100 64 Stockholm, men jag skickade till Östersund')).toBe(
      'Pensionsmyndigheten har adressen Box 38190, 100 64 Stockholm, men jag skickade till Östersund',
    );
    expect(sv('Adressen är Pensionsmyndigheten, 839 88 Östersund.')).toBe('Adressen är Pensionsmyndigheten, 839 88 Östersund.');
  });
  it("but a caller's box and postcode are not", () => {
    expect(sv('Min adress är Box 2041, 123 45 Farsta.')).toBe('Min adress är [ADRESS], [POSTNUMMER] Farsta.');
  });
});

describe("another agency's public number", () => {
  it("Migrationsverket's is kept", () => {
    expect(sv('Deras nummer är 0771-235 235.')).toBe('Deras nummer är 0771-235 235.');
  });
});

describe("a name's other part right beside it", () => {
  it('a surname that is a month or a place, after a first name, is part of the name', () => {
    expect(call('sv', 'agent: Försäkringskassan, Linnea Juni')).toEqual(['Försäkringskassan, [NAMN]']);
    expect(sv('mm, mamma heter Maj, Maj Berg, och bor på Vintergatan 3, port 2')).toBe('mm, mamma heter [NAMN], [NAMN], och bor på [ADRESS]');
  });
  it('a first name said alone with a surname the call already named', () => {
    expect(call('en', "agent: what's her name?", 'caller: Grace, Grace Okafor', 'agent: and you?', 'caller: Chidi Okafor')).toEqual([
      "what's her name?",
      '[NAMN], [NAMN]',
      'and you?',
      '[NAMN]',
    ]);
  });
  it('but not a place after "in", a function word, a firm or an English month', () => {
    expect(en("It's Flat 3, 42 Station Road, Leeds.")).toMatch(/^It's /u);
    expect(en('I met Anna in June.')).toBe('I met [NAMN] in June.');
    expect(sv('Jag bor i Lind utanför Kramfors.')).toBe('Jag bor i Lind utanför Kramfors.');
  });
});

describe('a name someone goes by', () => {
  it('"she goes by Gosia" is a name', () => {
    expect(en('Małgorzata Nowak, she goes by Gosia')).toBe('[NAMN], she goes by [NAMN]');
  });
});

describe('a firm with its company form', () => {
  it('is no address (the learned recogniser took "… HB" for one)', () => {
    expect(sv('det är vårt handelsbolag, Mahmouds Städ HB, organisationsnummer nittiosex nittiosju fyrtioett, noll tre åtta noll')).toBe(
      'det är vårt handelsbolag, Mahmouds Städ HB, organisationsnummer [ORGANISATIONSNUMMER]',
    );
    expect(en('our firm, Dnipro Translations HB, organisation number seven one six four one nine, nine five three six')).toBe(
      'our firm, Dnipro Translations HB, organisation number [ORGANISATIONSNUMMER]',
    );
  });
});

describe('an address abroad or in a home', () => {
  it('the town after a postcode is no name, nor part of the address', () => {
    expect(en('Via dei Mille 38, scala C, 00185 Roma')).toMatch(/ Roma$/u);
    expect(en('Amagerbrogade 140, 3. tv, 2300 København S')).toMatch(/\[(?:ADRESS|POSTNUMMER)\] København S$/u);
  });
  // (Since round 26 the home's name is kept, as the blind sets since tuning-27 mark it: many live there; the room is the address.)
  it('a room in a care home named as an "omsorgsboende" is the address, the home kept', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(sv('Mamma bor på Solbackens omsorgsboende, rum 12.')).toBe('Mamma bor på [ADRESS].');
    expect(en('She moved to a care home, Lindängens vård- och omsorgsboende, room 22.')).toBe('She moved to a care home, [ADRESS].');
  });
});
