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

