import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 53, from the blind tuning set tuning-64 (identifiers said the hard ways; its first run in
 * tuning-64/before-round-53.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 53: identifiers said in pieces', () => {
  it('pieces that together make a personal number whose check digit holds are one, a month said as one digit word with its zero', () => {
    expect(one('sv', 'Min mamma, hennes är nittonhundrafyrtioett, fyra tolv, och sen trettioåtta sextiosex.')).toBe('Min mamma, hennes är [PERSONNUMMER], och sen [PERSONNUMMER].');
    expect(one('sv', 'Eh, nitton femtioåtta... tre fjorton... och tjugotre åttioåtta, tror jag.')).toBe('Eh, [PERSONNUMMER]... och [PERSONNUMMER], tror jag.');
  });

  it('but not digits read one by one, nor an address and its postcode', () => {
    expect(one('en', "It's five four one nine one, the postcode.")).toBe("It's [POSTNUMMER], the postcode.");
  });

  it('a number said in named halves is one number', () => {
    expect(one('sv', 'Första halvan är noll sju tre, fyra fyra två... och andra halvan noll nio, femtiosex.')).toBe('Första halvan är [TELEFON]... och andra halvan [TELEFON].');
    expect(one('en', 'The first half is oh seven oh double two... the second half three four, five six seven.')).toBe('The first half is [TELEFON]... the second half [TELEFON].');
  });

  it("an extension asked for further on in the phone's sentence", () => {
    expect(one('sv', 'Ring växeln, 08-123 45 67, och be om anknytning tjugotre fyrtio, det är jag.')).toBe('Ring växeln, [TELEFON], och be om anknytning [TELEFON], det är jag.');
  });

  it('a postcode abroad read digit by digit before its town', () => {
    expect(one('sv', 'Hon bor på Storgata 5, det är noll två fem noll Oslo.')).not.toContain('noll två fem noll');
  });

  it("a street abroad with its number said in the country's language, a postcode after it", () => {
    expect(one('sv', 'Hon bor på Calle de las Rosas once, 29680 Estepona.')).toBe('Hon bor på [ADRESS], [POSTNUMMER] Estepona.');
  });

  it("an IBAN's country read in the spelling alphabet", () => {
    expect(one('en', 'My German IBAN is Delta Echo eight nine, three seven zero four, zero zero four four, zero five three two, zero one three zero zero zero.')).toBe('My German IBAN is [IBAN].');
  });
});

describe("round 53: what is the agency's or no one's", () => {
  it("the agency's giro named as its own once is the agency's wherever it recurs in the call", () => {
    expect(call('sv', 'agent: Betala till vårt bankgiro, 5051-6905, märk det med OCR-numret.', 'caller: Okej, 5051-6905 alltså.', 'agent: Ja, till 5051-6905.')).toEqual([
      'Betala till vårt bankgiro, 5051-6905, märk det med OCR-numret.',
      'Okej, 5051-6905 alltså.',
      'Ja, till 5051-6905.',
    ]);
  });
});

describe("round 53's review: leaks and over-redaction closed", () => {
  it("a giro with an owner, negated, asked about, paid from, or the household's, is never the agency's", () => {
    expect(one('sv', 'Mitt bankgiro hos Skatteverket är 1234-5674.')).toBe('Mitt bankgiro hos Skatteverket är [BANKGIRO].');
    expect(call('sv', 'agent: Vårt bankgiro är 5051-6905 och ditt är 1234-5674, eller hur?', 'caller: Ja, mitt bankgiro är 1234-5674.')[1]).toBe('Ja, mitt bankgiro är [BANKGIRO].');
    expect(call('sv', 'agent: Det där är inte vårt bankgiro, 1234-5674, det är någon annans.', 'caller: Men jag fick ett sms om att betala till bankgiro 1234-5674.')).toEqual([
      'Det där är inte vårt bankgiro, [BANKGIRO], det är någon annans.',
      'Men jag fick ett sms om att betala till bankgiro [BANKGIRO].',
    ]);
    expect(call('sv', 'caller: Vi har ett gemensamt bankgiro, vårt bankgiro är 2345-6785.', 'agent: Okej, vårt bankgiro, 2345-6785, noterat.')[1]).toBe('Okej, vårt bankgiro, [BANKGIRO], noterat.');
    expect(call('sv', 'agent: Utbetalningen i vår bankgiro 2345-6785 gick igenom.', 'caller: Ja bankgiro 2345-6785.')[1]).toBe('Ja bankgiro [BANKGIRO].');
  });

  it("a word of an e-mail address stays redacted wherever it recurs, after an article too", () => {
    expect(call('sv', 'caller: Min mejl är lena.lund@gmail.com.', 'agent: Är det lund med u?', 'caller: Ja, det lund med u.')[2]).toBe('Ja, det [NAMN] med u.');
  });

  it('halves of a year, sums and lists in figures are no number', () => {
    expect(one('sv', 'Första halvan av året fick jag 0 kronor, andra halvan 1 850 och sen 2 200.')).toBe('Första halvan av året fick jag 0 kronor, andra halvan 1 850 och sen 2 200.');
    expect(one('en', 'In the first half I paid 0, in the second half 1,850 and 2,200.')).toBe('In the first half I paid 0, in the second half 1,850 and 2,200.');
    expect(one('sv', 'Beslutet kom 2025-04-15, och sen 1 800 i månaden.')).toBe('Beslutet kom 2025-04-15, och sen 1 800 i månaden.');
    expect(one('sv', 'Fakturanumren är 6503, 2200 och 45.')).toBe('Fakturanumren är 6503, 2200 och 45.');
  });
});
