import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 91 (tuning-101: cross-border and seasonal workers). Sentences of our own, of the kinds the set showed. Each `describe`
 * fixes one mechanism; the guards beside it pass under both main's rules and the round's.
 */

describe('round 91: a Finnish henkilötunnus read in pieces, its check character holding', () => {
  it('redacts the pieces, century sign and check letter included, with no cue near', () => {
    const out = one('sv', 'Nej, ett tre noll tre, åtta fem, och sen streck två fyra fem M, han kör för ett finskt åkeri.');
    expect(out).not.toMatch(/ett tre noll tre|åtta fem|två fyra fem/u);
    expect(one('en', 'Right, oh seven one one, two eight, then dash three one eight V, that is what the card says.')).not.toMatch(/oh seven one one|three one eight/u);
  });
  it('still redacts it written whole, and keeps an amount and a date beside a letter', () => {
    expect(one('sv', 'Han sa 130385-245M och la på.')).not.toContain('130385');
    expect(one('sv', 'Vi betalade 4 500 kronor den 3 mars, blankett A.')).toContain('4 500 kronor');
  });
});

describe('round 91: digits the other speaker names right after as an identifier', () => {
  it('redacts what the turn before read, named at the start of the next turn', () => {
    const out = call('sv', 'agent: Kronofogden, hej.', 'caller: Hej, jag bor i Lund, sjuttiotvå elva fyrtiofyra, eh.', 'agent: Det där är ett personnummer som inte är ditt, va?');
    expect(out[1]).not.toContain('sjuttiotvå elva fyrtiofyra');
    const en = call('en', 'agent: Pensions Agency.', 'caller: Hello, I live in Ystad, sixty-eight twelve ninety, um.', "agent: That's a coordination number, not yours.");
    expect(en[1]).not.toContain('sixty-eight twelve ninety');
  });
  it('still keeps a sum and a year when the next turn names no identifier', () => {
    const out = call('sv', 'agent: Hur mycket var det?', 'caller: Fyratusen kronor, år 2024.', 'agent: Det är ett stort belopp.');
    expect(out[1]).toContain('Fyratusen kronor');
  });
});

describe("round 91: the first piece of a person's number broken off by a taking back", () => {
  it('redacts it after its cue', () => {
    expect(one('en', 'I got my personal number in May, eight one, no, wait, I need to find the letter.')).not.toContain('eight one');
    expect(one('sv', 'Mitt personnummer är åttiotre, nej vänta, jag har det i plånboken.')).not.toContain('åttiotre');
  });
  it('still keeps an age said after the cue', () => {
    expect(one('en', "My personal number, I'm eighty-one, no, I mean I need it.")).toContain('eighty-one');
  });
});

describe('round 91: a number\'s last part said again with no number named', () => {
  it('redacts the figures after "the last bit again", "sista biten igen"', () => {
    expect(one('en', 'Sorry, the last bit again, twenty-two forty-one, yes.')).not.toContain('twenty-two forty-one');
    expect(one('sv', 'Förlåt, sista delen igen, trettiotre åttiosju.')).not.toContain('trettiotre åttiosju');
  });
  it('still keeps a sum or a year as the last part', () => {
    expect(one('en', 'The last part, 2300 kronor, was paid in May.')).toContain('2300 kronor');
    expect(one('en', 'The last bit again, 2025, was the year.')).toContain('2025');
  });
});

describe('round 91: a month before a whole date part under a coordination number\'s question', () => {
  it('keeps the month and redacts the figures', () => {
    const out = call('en', 'agent: Does he have a coordination number?', 'caller: He got it in March, seven one oh two eight three, I think.');
    expect(out[1]).toContain('in March');
    expect(out[1]).not.toContain('seven one oh two');
  });
  it('still redacts a date read before the last four under the question', () => {
    const out = call('sv', 'agent: Vad är ditt personnummer?', 'caller: Nitton hundra femtiotvå, april, tolfte, och sen tre fyra fem sex.');
    expect(out[1]).not.toMatch(/april|tolfte|tre fyra fem sex/u);
  });
});

describe('round 91: a foreign firm and a foreign agency are kept', () => {
  it('keeps a Norwegian AS named as the employer after "heter"', () => {
    expect(one('sv', 'Min arbetsgivare i Norge heter Fjordvik Transport AS, och jag jobbar natt.')).toContain('Fjordvik Transport AS');
    expect(one('sv', 'Jag har fått lön från Nordlys Montasje AS sedan maj.')).toContain('Nordlys Montasje AS');
  });
  it('keeps a nationality and a capitalised word before "Agency"', () => {
    expect(one('en', 'I called the Norwegian Labour Agency yesterday.')).toContain('Norwegian Labour Agency');
    expect(one('en', 'Then the Danish Pension Agency said no.')).toContain('Danish Pension Agency');
  });
  it('still redacts a person after "heter", and a first name before a suffix', () => {
    expect(one('sv', 'Min granne heter Olle Berg AB.')).not.toContain('Olle');
    expect(one('sv', 'Min arbetsgivare heter Anna Lindqvist AB.')).not.toContain('Anna');
  });
});

describe('round 91: a stairwell letter after a foreign street the model found', () => {
  it('redacts the letter with the address', () => {
    expect(one('sv', 'Och den i Finland, Rantapuisto 9 A.')).toBe('Och den i Finland, [ADRESS].');
    expect(one('sv', 'Hon bor i Finland nu, Kirkkopuisto 14 A.')).toBe('Hon bor i Finland nu, [ADRESS].');
  });
  it('still keeps a form named by a letter after a number', () => {
    expect(one('sv', 'Jag skickade 2 blanketter, A och B.')).toContain('A och B');
  });
});

describe("round 91: the agency's bankgiro read back by the caller as \"yours\" and confirmed", () => {
  it('keeps it', () => {
    const out = call('en', 'agent: You can pay it now.', "caller: Right. So I pay to your bankgiro, is it? 5127-4439?", 'agent: Yes, and put the case number as the reference.');
    expect(out[1]).toContain('5127-4439');
  });
  it('still redacts a bankgiro that is the caller\'s own, or one the agent does not confirm', () => {
    expect(call('en', 'agent: Where should we pay it?', 'caller: To my bankgiro, 5127-4439.', 'agent: Yes, thanks.')[1]).not.toContain('5127-4439');
    expect(call('en', 'agent: You can pay it now.', 'caller: I pay from my bankgiro, 5127-4439.', 'agent: Yes, that works.')[1]).not.toContain('5127-4439');
  });
});
