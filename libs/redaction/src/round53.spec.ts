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
    expect(one('en', 'The bankgiro for Pensionsmyndigheten is 5051-6905.')).toBe('The bankgiro for Pensionsmyndigheten is 5051-6905.');
  });

  it('a word of an e-mail address used as an ordinary word after its article', () => {
    expect(one('en', "It's ivy dot long at mail dot com, and it's been a long wait.")).toBe("It's [EPOST], and it's been a long wait.");
  });
});
