import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 94 (tuning-104: the agency's own side of the call — holds, transfers, colleagues, reference numbers). Sentences of
 * the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 94: an address given after the word and a comma, the house number first', () => {
  it('redacts "my new address, 31 Westgate"', () => {
    expect(one('en', 'Right, and my new address, 31 Westgate, PH2 8NS, Perth.')).toBe('Right, and my new address, [ADRESS], [POSTNUMMER], Perth.');
    expect(one('en', 'His old address, 7 Southgate, is the one on file.')).toContain('[ADRESS]');
  });
  it('keeps a count after the word and a comma', () => {
    expect(one('en', 'I wrote to the old address, 2 weeks ago now.')).toBe('I wrote to the old address, 2 weeks ago now.');
  });
});

describe('round 94: a name begun with a stutter', () => {
  it('redacts "D-Diana", "K-Karin" as the names', () => {
    expect(one('en', "I'll check with D-Diana in the pensions team, bear with me.")).toBe("I'll check with [NAMN] in the pensions team, bear with me.");
    expect(one('sv', 'Jag stämmer av med K-Karin på ekonomi, vänta lite.')).toBe('Jag stämmer av med [NAMN] på ekonomi, vänta lite.');
  });
  it('keeps an agency or a word said with a stutter', () => {
    expect(one('sv', 'F-Försäkringskassan skickade ett brev.')).toBe('F-Försäkringskassan skickade ett brev.');
    expect(one('en', 'That was a b-big payment.')).toBe('That was a b-big payment.');
  });
});

describe('round 94: "your call", the call being had, names no number to call', () => {
  it('keeps the diary number the call is logged under', () => {
    expect(one('en', "I've logged your call under Dnr 2025/33107, so quote that.")).toBe("I've logged your call under Dnr 2025/33107, so quote that.");
  });
  it('still redacts a number to call', () => {
    expect(one('en', 'Give me a call on 070-174 06 17 tomorrow.')).toContain('[TELEFON]');
    expect(one('en', 'Please return the call on 0701740617.')).toContain('[TELEFON]');
    expect(one('en', "Sorry, the call dropped, it's me again, seventy-nine oh four twelve.")).toContain('[');
  });
});

describe("round 94: a decision's number, its subject at the start of the sentence", () => {
  it('keeps "Beslutet … och har nummer C 5521-3308" and "The decision … and has number"', () => {
    expect(one('sv', 'Beslutet skickades ut i måndags och har nummer C 5521-3308.')).toBe('Beslutet skickades ut i måndags och har nummer C 5521-3308.');
    expect(one('en', 'The decision went out last week and has number R 6630-1945.')).toBe('The decision went out last week and has number R 6630-1945.');
  });
  it('still redacts a person\'s number after another subject, and a valid personnummer', () => {
    expect(one('sv', 'Beslutet kom i går och hon har nummer 4471 2209 8812.')).toContain('[ID-NUMMER]');
    expect(one('en', 'The decision went out last week and has number 811218-9876.')).toContain('[PERSONNUMMER]');
  });
});

describe('round 94: an errand number and an OCR number named in English', () => {
  it('keeps "the errand number T 4410-26"', () => {
    expect(one('en', 'Quote the errand number T 4410-26 when they pick up.')).toBe('Quote the errand number T 4410-26 when they pick up.');
  });
  // (Review 94: an answer in number words is no longer kept; the leak scan redacted it again on every screen anyway.)
  it('redacts the OCR number read in pieces as the answer to a question for it (review 94: fails closed)', () => {
    expect(call('en', 'agent: Which OCR number did you pay to?', 'caller: Um, four one seven seven, two nine oh, three three one.')[1]).toBe('Um, [ID-NUMMER].');
  });
  it('still redacts a personal number, or one begun with a date, given for it', () => {
    expect(call('en', 'agent: Which OCR number did you pay to?', 'caller: Eight one one two one eight, nine eight seven six.')[1]).toContain('[PERSONNUMMER]');
    expect(call('en', 'agent: Which OCR number did you pay to?', 'caller: Five two oh one three oh, one two three.')[1]).toContain('[ID-NUMMER]');
  });
});

describe('round 94: a case or decision number given as the answer to a question for it', () => {
  // (Review 94: neither is kept any more, a personal number or a phone without its first figures reads the same.)
  it('redacts one read in number words, and one with a one-letter series (review 94: fails closed)', () => {
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Ja, det är sjuttiotre, noll fyra, fem fem ett nio.')[1]).toBe('Ja, det är [ID-NUMMER].');
    expect(call('sv', 'agent: Har du beslutsnumret framför dig?', 'caller: M 6120-4471.')[1]).toBe('[ID-NUMMER].');
  });
  it('still redacts a date-begun number, a phone number and an identifier series', () => {
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Ja, det är femtiotvå, noll ett, trettio, ett två.')[1]).toContain('[');
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Noll sju noll, ett sju fyra, noll sex sjutton.')[1]).toContain('[TELEFON]');
    expect(call('en', 'agent: Do you have the case number?', 'caller: NI 123456-78.')[1]).toContain('[');
  });
});

describe("round 94: the other speaker's kept case number read back", () => {
  // (Review 94: eight figures are a phone without its 0 too; only five or six of no identifier's shape are read back kept.)
  it('redacts eight figures said back in words, and the case with them (review 94: fails closed)', () => {
    const out = call('sv', 'agent: Hänvisa till ärende 6294-1183 när de svarar.', 'caller: Sex två nio fyra, ett ett åtta tre, uppfattat.');
    expect(out).toEqual(['Hänvisa till ärende [ID-NUMMER] när de svarar.', '[ID-NUMMER], uppfattat.']);
  });
  it('still redacts a read-back that is not the same number, and one begun with a date', () => {
    expect(call('sv', 'agent: Hänvisa till ärende 6204-1183 när de svarar.', 'caller: Sex två noll fyra, ett ett åtta tre, uppfattat.')[1]).toContain('[');
    const out = call('sv', 'agent: Hänvisa till ärende 6294-1183 när de svarar.', 'caller: Åttioett tolv arton, nittioåtta sjuttiosex, uppfattat.');
    expect(out[1]).toContain('[PERSONNUMMER]');
  });
});

describe("round 94: Arbetsförmedlingen's public number", () => {
  it('keeps it in words and in figures', () => {
    expect(one('en', "You can ring them on zero seven seven one, four one six, four one six.")).toBe("You can ring them on zero seven seven one, four one six, four one six.");
    expect(one('sv', 'Arbetsförmedlingen nås på 0771-416 416.')).toBe('Arbetsförmedlingen nås på 0771-416 416.');
  });
  it("still redacts the caller's own number beside it", () => {
    expect(one('sv', 'Du når mig på noll sju noll, ett sju fyra, noll sex fyrtiofyra.')).toContain('[TELEFON]');
  });
});

describe('round 94: "one moment" after a card read by mistake', () => {
  it('keeps "One moment" as words', () => {
    const out = call('en', 'caller: The card is, um, five five two one, eight eight four oh...', 'agent: One moment, please stop there.');
    expect(out[0]).toContain('[KORTNUMMER]');
    expect(out[1]).toBe('One moment, please stop there.');
  });
  it('still reads "one" as a digit before a number', () => {
    expect(call('en', 'agent: Your phone number?', 'caller: Oh seven oh, one seven four, oh six one one.')[1]).toContain('[TELEFON]');
  });
});
