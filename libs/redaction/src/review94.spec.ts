import { describe, expect, it } from 'vitest';
import { caseFiguresSpoken } from './identifiers.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 94: the leaks and over-redactions the review's probes found, in sentences of our own (the probe's kind,
 * not only the probe). Each `describe` is one mechanism; guards beside it pass before and after the fix.
 */

const answer = (lang: 'sv' | 'en', question: string, reply: string): string => call(lang, `agent: ${question}`, `caller: ${reply}`)[1]!;

describe('review 94 A: an answer in number words to a case or OCR question is not kept', () => {
  it('redacts a personal number without its year said in words', () => {
    expect(answer('sv', 'Vilket ärendenummer gäller det?', 'Det är elva tjugotvå, trettioett fyrtiofem.')).toBe('Det är [ID-NUMMER].');
    expect(answer('en', 'And the case number, please?', 'One one two two, three one four five.')).toBe('[ID-NUMMER].');
  });
  it('redacts a mobile without its 0, an account and a card prefix said in words', () => {
    expect(answer('sv', 'Har du målnumret?', 'Ja, sjuttiosex, fem fem fem, tolv trettiofyra.')).not.toMatch(/sjuttiosex|tolv/);
    expect(answer('en', "What's the OCR number?", 'Seven six five five five, one two three four.')).not.toMatch(/seven|four/i);
    expect(answer('sv', 'Vilket OCR-nummer betalade du till?', 'Åttiotre tjugosju, sju sex fem, fyra tre två ett.')).not.toMatch(/tjugosju|ett\./);
    expect(answer('en', 'Which decision number is it?', 'Four nine one seven, three three four four, one two three four.')).not.toMatch(/nine|three/);
  });
  it('redacts a checksum-valid organisationsnummer read in English words', () => {
    expect(answer('en', 'Which decision number is on the letter?', 'Five five six seven seven one, two two four eight.')).not.toMatch(/five|eight/i);
  });
  it('guard: a case number written in figures is still kept', () => {
    expect(answer('en', 'Do you have a case number?', 'Yes, 25-9904718.')).toBe('Yes, 25-9904718.');
  });
});

describe('review 94 A: a read-back of the case number keeps only what no identifier could be', () => {
  it('rejects figures shaped as a personal number without its year, a phone without its 0, an account, a card or a checksum', () => {
    expect(caseFiguresSpoken('11223145')).toBe(false);
    expect(caseFiguresSpoken('765551234')).toBe(false);
    expect(caseFiguresSpoken('22197740')).toBe(false);
    expect(caseFiguresSpoken('83277654321')).toBe(false);
    expect(caseFiguresSpoken('491733441234')).toBe(false);
    expect(caseFiguresSpoken('5567712248')).toBe(false);
  });
  it('guard: five or six figures of no identifier are still a case number', () => {
    expect(caseFiguresSpoken('44712')).toBe(true);
    expect(caseFiguresSpoken('993402')).toBe(true);
  });
  it('redacts the read-back of a case number that is a phone without its 0', () => {
    const out = call('sv', 'agent: Skriv att det gäller ärende 7655-51234.', 'caller: Sju sex fem fem, fem ett två tre fyra, okej.');
    expect(out[1]).not.toMatch(/sju sex/i);
  });
});

describe('review 94 B: one capital letter is no case series', () => {
  it('redacts a personal number or a phone without its 0 after a single letter', () => {
    expect(answer('en', 'Have you got the case number?', 'Sure, B 1122-3145.')).toBe('Sure, [ID-NUMMER].');
    expect(answer('sv', 'Vad är ärendenumret?', 'Det är K 7655-51234.')).toBe('Det är [ID-NUMMER].');
  });
  it('guard: two to four letters before a case number are still its series', () => {
    expect(answer('en', 'Do you have the case number?', 'Yes, FK 2291-4406.')).toBe('Yes, FK 2291-4406.');
  });
});

describe('review 94 C: "och har nummer" does not reach back across a relative clause or a person', () => {
  it('redacts the number of a person the clause is about', () => {
    expect(one('sv', 'Ärendet rör min mamma som flyttat till Umeå och har nummer 5523 1190 4471.')).toContain('[ID-NUMMER]');
    expect(one('en', 'The decision concerns my husband who works nights and has number 5523 1190 4471.')).toContain('[ID-NUMMER]');
  });
  it('guard: the decision with its own number after "och har nummer" is still kept', () => {
    expect(one('sv', 'Beslutet fattades den tredje december och har nummer B 7714-2209.')).toBe('Beslutet fattades den tredje december och har nummer B 7714-2209.');
  });
});

describe('review 94: a case named before a person or a relative clause does not keep the person\'s number (shared)', () => {
  it('redacts the number of the person the case is about', () => {
    expect(one('sv', 'Ärendet rör min mamma. Hon har nummer 5523 1190 4471.')).toContain('[ID-NUMMER]');
    expect(one('en', 'The case is about my father who is in hospital and has number 7655 51234.')).not.toContain('7655');
  });
  it('redacts a National Insurance number after "has number NI"', () => {
    expect(one('en', 'The claim was made and has number NI 654321-98.')).not.toContain('654321');
  });
  it('guard: a case and its own number are still kept', () => {
    expect(one('sv', 'Ärendet har nummer 5523 1190 4471.')).toBe('Ärendet har nummer 5523 1190 4471.');
    expect(one('en', 'The case has number 4471 2209 8812.')).toBe('The case has number 4471 2209 8812.');
  });
});

describe('review 94 D: "the call as …" files nothing', () => {
  it('redacts a phone read after "the call as well"', () => {
    expect(one('en', "Please return the call as agreed, it's six eight oh three one five.")).not.toMatch(/six eight/);
    expect(one('en', "I'll take the call as read, six eight oh three one five.")).not.toMatch(/six eight/);
  });
  it('guard: "your call under Dnr" still keeps the diary number', () => {
    expect(one('en', "I've put your call under Dnr 2025/44120.")).toBe("I've put your call under Dnr 2025/44120.");
  });
});

describe('review 94: over-redactions put right', () => {
  it('keeps a date after "my address,"', () => {
    expect(one('en', 'I moved to my new address, 20 May it was.')).toBe('I moved to my new address, 20 May it was.');
  });
  // (The re-read after review 94 chose to fail closed here: any first name in the lists said with a stutter is a name, so
  // "S-Siobhan" is redacted and a thing that is also a first name, "my T-Tesla", with it; reread62.spec.ts.)
  it('redacts a thing that is also a first name in the lists when said with a stutter (fails closed)', () => {
    expect(one('en', 'I drive my T-Tesla to work.')).toBe('I drive my [NAMN] to work.');
  });
  it('guard: a common first name said with a stutter is still a name', () => {
    expect(one('en', 'I spoke to E-Einar about it.')).toBe('I spoke to [NAMN] about it.');
  });
  it('guard: an address given after "my address," is still redacted', () => {
    expect(one('en', 'My new address, 22 Eastgate, is on the form.')).toContain('[ADRESS]');
  });
});
