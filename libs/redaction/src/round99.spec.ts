import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 99 (tuning-109: many numbers to keep beside a few to hide — case and form numbers, OCR, amounts, the agency's own
 * numbers, and among them personal numbers read in pieces). Sentences of the round's own, not the set's. Each `describe`
 * fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 99: a part of a personal number just read, named by its date word ("the day\'s …", "dagen är …")', () => {
  it('redacts the day and the month said back after a co-ordination number read in pieces', () => {
    expect(call('en', 'agent: And your co-ordination number?', 'caller: Nineteen eighty-two, eleven, sixty-three, then thirty forty-eight.', "agent: So the day's sixty-three, and the month is eleven?")[2]).toBe(
      "So the day's [SAMORDNINGSNUMMER], and the month is [SAMORDNINGSNUMMER]?",
    );
    expect(call('en', 'agent: And your co-ordination number?', 'caller: 821163-3048.', 'agent: The day is sixty-three, thanks.')[2]).toBe('The day is [SAMORDNINGSNUMMER], thanks.');
  });
  it('redacts "Dagen är sextioåtta" after a number read in pieces', () => {
    expect(call('sv', 'agent: Och ditt personnummer?', 'caller: Sjuttiotre, noll fyra, sextioåtta, sen trettioett tolv.', 'agent: Dagen är sextioåtta, stämmer det?')[2]).toBe(
      'Dagen är [PERSONNUMMER], stämmer det?',
    );
  });
  it('keeps a day counted or a day that is no part of the number', () => {
    const lines = call('en', 'agent: And your co-ordination number?', 'caller: 821163-3048.', 'agent: Thanks. Sick pay runs from day 11, and the day is twenty-five for the payment.');
    expect(lines[2]).toBe('Thanks. Sick pay runs from day 11, and the day is twenty-five for the payment.');
    expect(one('sv', 'Jag fick sjuklön från dag två till dag fjorton, mitt personnummer är 880202-0803.')).toBe('Jag fick sjuklön från dag två till dag fjorton, mitt personnummer är [PERSONNUMMER].');
  });
  it('keeps "the day" after a number that is no valid personal number', () => {
    expect(call('en', 'agent: The case number?', 'caller: Twenty twenty-six, eleven, sixty-three, then forty-four.', 'agent: And the day is sixty-three?')[2]).toBe('And the day is sixty-three?');
  });
});

describe('round 99: English "er" set off by commas is a pause between the pieces of a number', () => {
  it('redacts the first piece before ", er," with the rest', () => {
    expect(one('en', 'Her number is 71, er, twelve oh three, I think.')).toBe('Her number is [ID-NUMMER], er, [ID-NUMMER], I think.');
    expect(one('en', 'My phone is oh seven three, er, five five one, two two oh nine.')).not.toMatch(/oh seven three|\d/);
  });
  it('keeps a sum and a count with "er" between', () => {
    expect(one('en', 'It came to 71, er, kronor, and 12, er, 40 percent of it.')).toBe('It came to 71, er, kronor, and 12, er, 40 percent of it.');
  });
});

describe("round 99: a reference's word and only figures after it are no address nor postcode the model found", () => {
  it('keeps "OCR 7 7 1 …" after a place word', () => {
    expect(one('sv', 'Jag vill inte skicka pengarna till fel ställe, OCR 7 7 1 0 5 3 2 8.')).toBe('Jag vill inte skicka pengarna till fel ställe, OCR 7 7 1 0 5 3 2 8.');
    expect(one('sv', 'Skicka inte till fel ställe, OCR 6 6 1 2.')).toBe('Skicka inte till fel ställe, OCR 6 6 1 2.');
  });
  it('still redacts a valid personal number after "OCR", and an address before it', () => {
    expect(one('sv', 'Betala inte till fel ställe, OCR 9 4 1 1 0 6 3 9 9 4.')).toContain('[PERSONNUMMER]');
    expect(one('sv', 'Betala inte till fel ställe, OCR 9 4 1 1 0 6 3 9 9 4.')).not.toMatch(/\d/);
    expect(one('sv', 'Jag bor på Storgatan 5, OCR 5 5.')).toContain('[ADRESS]');
  });
});

describe('round 99, its review: "eget"/"own" between the owner and the giro\'s word gives no keep (fails closed)', () => {
  it('redacts "ert eget bankgiro" and "your own bankgiro" said by the caller', () => {
    expect(one('sv', 'Mitt konto är 8327-9, 123 456 789, och ni har ert eget bankgiro 5402-9681, det är inte samma.')).toBe(
      'Mitt konto är [BANKKONTO], och ni har ert eget bankgiro [BANKGIRO], det är inte samma.',
    );
    expect(one('en', 'I pay to your own bankgiro 5402-9681, right?')).toBe('I pay to your own bankgiro [BANKGIRO], right?');
  });
  it('still redacts "mitt eget", "my own" and the agent\'s "your own"', () => {
    expect(one('sv', 'Jag betalar till mitt eget bankgiro 5402-9681.')).toBe('Jag betalar till mitt eget bankgiro [BANKGIRO].');
    expect(one('en', 'I pay to my own bankgiro 5402-9681.')).toBe('I pay to my own bankgiro [BANKGIRO].');
    expect(call('en', 'agent: Pay it from your own bankgiro 5402-9681.')[0]).toBe('Pay it from your own bankgiro [BANKGIRO].');
  });
});
