import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 99 (a privacy reviewer's probes against 4c5706c1's rules). Each `describe` is one mechanism: the tests
 * that redact or keep failed on the round's rules; the guards beside them pass on both.
 */

describe('review 99: "eget"/"own" gives the agency\'s giro keep no owner, nor does English "er" (fails closed)', () => {
  it('redacts a giro after "my er own", "my, um, er own", "my own, er own" and "my er"', () => {
    expect(one('en', 'It goes to my er own bankgiro 5402-9681.')).toBe('It goes to my er own bankgiro [BANKGIRO].');
    expect(one('en', 'So I pay to my, um, er own bankgiro 5402-9681?')).toBe('So I pay to my, um, er own bankgiro [BANKGIRO]?');
    expect(one('en', 'It is my own, er own bankgiro 5402-9681.')).toBe('It is my own, er own bankgiro [BANKGIRO].');
    expect(one('en', 'I have my er bankgiro 5402-9681 for the firm.')).toBe('I have my er bankgiro [BANKGIRO] for the firm.');
  });
  it('redacts "ert eget"/"your own" relayed, or with the owner named after the figures', () => {
    expect(one('sv', 'Min revisor sa att ni ska använda ert eget bankgiro 5402-9681 för firman.')).toBe('Min revisor sa att ni ska använda ert eget bankgiro [BANKGIRO] för firman.');
    expect(one('sv', 'Han sa till oss: ni får sätta in på ert eget bankgiro 5402-9681.')).toBe('Han sa till oss: ni får sätta in på ert eget bankgiro [BANKGIRO].');
    expect(one('en', 'My accountant said, you pay into your own bankgiro 5402-9681.')).toBe('My accountant said, you pay into your own bankgiro [BANKGIRO].');
    expect(one('en', "They told us to use your own bankgiro 5402-9681, meaning ours, the firm's.")).toBe("They told us to use your own bankgiro [BANKGIRO], meaning ours, the firm's.");
    expect(one('sv', 'Ska jag betala till ert eget bankgiro eller till företagets, 5402-9681?')).toBe('Ska jag betala till ert eget bankgiro eller till företagets, [BANKGIRO]?');
  });
  it('guard: the caller\'s "ert bankgiro" and "your bankgiro" right before the figures still keep the agency\'s giro', () => {
    expect(one('sv', 'Jag betalar till ert bankgiro 5050-1055, stämmer det?')).toBe('Jag betalar till ert bankgiro 5050-1055, stämmer det?');
    expect(one('en', 'I pay to your bankgiro 5050-1055, right?')).toBe('I pay to your bankgiro 5050-1055, right?');
  });
});

describe("review 99: a count put right only by a lone number, a plain word after its comma, no birth or date word (countPutRight)", () => {
  it('keeps the question open where a filler, a link word, another number or a birth word is in the turn', () => {
    const sv = (last: string) => call('sv', 'agent: Vi behöver ditt personnummer först.', 'caller: 521209-9070.', 'agent: Tack. Jag ser fyrtiofem år med inkomst.', `caller: ${last}`)[3];
    expect(sv('Nej, femtiotre, eh, tolv noll nio, nittio sjuttio.')).toBe('Nej, [PERSONNUMMER].');
    expect(sv('Nej, femtiotvå, det är mitt födelseår, fyrtiofem stämmer.')).not.toContain('femtiotvå');
    expect(call('sv', 'agent: Personnummer?', 'caller: 531209-9070.', 'agent: Tack. Du har tjugo år med inkomst.', 'caller: Nej, femtiotre, och tolv noll nio, nittio sjuttio.')[3]).not.toContain('femtiotre');
    expect(call('en', 'agent: Your personal number, please?', 'caller: 521209-9070.', 'agent: Thanks. I see twelve years in Sweden.', 'caller: No, fifty-three, then twelve oh nine, ninety seventy.')[3]).not.toContain('fifty-three');
    expect(call('en', 'agent: Your personal number, please?', 'caller: 531209-9070.', 'agent: Thanks. You are seventy-two years old, then.', 'caller: No, seventy-three, uh, fifty-three is the year.')[3]).not.toContain('fifty-three');
  });
  it('guard: "Nej, tjugoåtta, resten var i Danmark." and "No, fourteen, the rest was in Norway." still put the count right', () => {
    expect(call('sv', 'agent: Vi behöver ditt personnummer först.', 'caller: 521209-9070.', 'agent: Tack. Jag ser fyrtiofem år med inkomst.', 'caller: Nej, tjugoåtta, resten var i Danmark.')[3]).toBe('Nej, tjugoåtta, resten var i Danmark.');
    expect(call('en', 'agent: Your personal number, please?', 'caller: 521209-9070.', 'agent: Thanks. I see twelve years in Sweden.', 'caller: No, fourteen, the rest was in Norway.')[3]).toBe('No, fourteen, the rest was in Norway.');
  });
});

describe('review 99: "slutar på"/"should end" with the end, or the birth year, of the identifier just read (endsOfNumberNamedBefore)', () => {
  const account = (lang: 'sv' | 'en', ask: string, last: string) => call(lang, `agent: ${ask}`, 'caller: 8327-9, 123 456 789.', `agent: ${last}`)[2];
  it('redacts the figures past the vetoes where they are that end ("ungefär", a claim\'s word, a year\'s shape)', () => {
    expect(account('sv', 'Ditt kontonummer?', 'Tack. Det ska sluta på 789, ungefär som jag har här.')).toBe('Tack. Det ska sluta på [BANKKONTO], ungefär som jag har här.');
    expect(account('sv', 'Ditt kontonummer?', 'Det slutar på 789, ungefär så?')).toBe('Det slutar på [BANKKONTO], ungefär så?');
    expect(account('en', 'Your account?', 'And the claim should end 789?')).toBe('And the claim should end [BANKKONTO]?');
    expect(call('sv', 'agent: Ditt personnummer?', 'caller: 850625-3395.', 'agent: Ska det sluta på 1985? Nej, 3395.')[2]).toBe('Ska det sluta på [PERSONNUMMER]? Nej, [PERSONNUMMER].');
  });
  it('guard: other figures after the same vetoes stay kept', () => {
    expect(account('sv', 'Ditt kontonummer?', 'Det ska sluta på 3 400, ungefär.')).toBe('Det ska sluta på 3 400, ungefär.');
    expect(account('en', 'Your account?', 'And the claim should end 112, right?')).toBe('And the claim should end 112, right?');
  });
});

describe('review 99: a date part that is a payment\'s, a sick leave\'s, a decision\'s or a calendar date\'s (datePartsNamed)', () => {
  const pnr = (lang: 'sv' | 'en', number: string, last: string) => call(lang, `agent: ${lang === 'sv' ? 'Personnummer?' : 'Personal number?'}`, `caller: ${number}.`, `agent: ${last}`)[2];
  it('keeps the day or month with a month name after it or such a word in its clause', () => {
    for (const [lang, number, line] of [
      ['sv', '850625-3395', 'Tack. Dagen är tjugofem för utbetalningen, den kommer varje månad.'],
      ['en', '850625-3395', 'Thanks. The payment day is the twenty-fifth, so the day is twenty-five each month.'],
      ['sv', '460325-1234', 'Tack. Du har varit sjukskriven sedan dag tjugofem, dagen är tjugofem i perioden.'],
      ['en', '460325-1234', 'Thanks. Your sick pay started, the day is twenty-five of your sick leave.'],
      ['en', '460325-1234', 'The month is three, that is March, when your pension starts.'],
      ['sv', '551225-7618', 'Tack. Dagen är 25 december i år för utbetalningen, nej förlåt, den 23:e.'],
      ['en', '551225-7618', 'The day is 25 December this year, so the payment comes on the 23rd.'],
      ['sv', '850625-3395', 'Tack, och månaden är sex, alltså juni, då kom beslutet.'],
    ] as const) {
      expect(pnr(lang, number, line)).toBe(line);
    }
  });
  it("guard: the day said back alone, or with the payment in another clause, is still the number's", () => {
    expect(pnr('sv', '850625-3395', 'Dagen är tjugofem, och utbetalningen kommer den tjugofemte.')).toBe('Dagen är [PERSONNUMMER], och utbetalningen kommer den tjugofemte.');
    expect(pnr('en', '850625-3395', "And the day's twenty-five, and you were born in June?")).toBe("And the day's [PERSONNUMMER], and you were born in June?");
  });
});

describe("review 99: the speaker's identifier named right after figures a reference's word leads", () => {
  it('redacts "Referens … , det är mitt bankgiro."', () => {
    expect(one('sv', 'Referens 5 4 0 2 9 6 8 1, det är mitt bankgiro.')).toBe('Referens [BANKGIRO], det är mitt bankgiro.');
  });
  it('guard: "…, det är inte mitt personnummer" and a reference with nothing after it stay kept', () => {
    expect(one('sv', 'Ärendenumret är 2026-114 387, det är inte mitt personnummer.')).toBe('Ärendenumret är 2026-114 387, det är inte mitt personnummer.');
    expect(one('sv', 'Referens 5 4 0 2 9 6 8 1.')).toBe('Referens 5 4 0 2 9 6 8 1.');
  });
});
