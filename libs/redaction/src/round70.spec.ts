import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 70 (tuning-81): the end of a number named as its end ("det ska sluta …", "the end is …") after the number, in the
 * turn or right after a turn that gave it; an IBAN's groups read on after its country code; and kept: an age said with
 * "this year" after a date of birth. The keep rule has its fail-closed guards beside it. Sentences written for these tests.
 */
describe('round 70: last digits named as the end of a number', () => {
  it('digits after "det ska sluta (på)" or "it should end" behind a card in the same turn are the card', () => {
    const sv = one('sv', 'Kortet står som 4539 1488 0343 6467 hos er, men det ska sluta 64 76, siffrorna är omkastade.');
    expect(sv).not.toMatch(/64 76/);
    expect(one('sv', 'Kortet är 4539 1488 0343 6467, fast det ska sluta på 6476.')).not.toContain('6476');
    expect(one('en', 'You have the card as 4539 1488 0343 6467, but it should end 6476.')).not.toContain('6476');
  });

  it('"the end is" right after a turn that read an IBAN back is the IBAN, the same figures said again too', () => {
    const out = call('en', 'caller: It is DE89 3704 0044 0532 0130 00.', 'agent: DE89 3704 0044 0532 0103 00?', 'caller: No, the end is 3000, three zero zero zero.');
    expect(out[2]).not.toMatch(/3000|three zero/);
    const sv = call('sv', 'caller: Kontot är 8327-9, 934 211 708-4.', 'agent: 8327-9, 934 211 780-4?', 'caller: Nej, slutet är 7084.');
    expect(sv[2]).not.toContain('7084');
  });

  it('guards: an amount or a case number after "the end is" stays', () => {
    // (No identifier in the turn before: nothing to take the end of.)
    expect(call('en', 'agent: Your case is open.', 'caller: Good, the end is 2027 for the decision.')[1]).toContain('2027');
    // (An amount: a unit after it.)
    expect(call('en', 'agent: The card is 4539 1488 0343 6467?', 'caller: Yes, and the end is 400 pounds a month.')[1]).toContain('400 pounds');
  });
});

describe('round 70: an IBAN read on in groups', () => {
  it('groups read on after an IBAN begun with its country code, no cue word before it, are the IBAN', () => {
    const out = one('en', 'I read SE45 5000, then you wrote 0000 0583, right, then 9825 7466.');
    expect(out).not.toMatch(/0583|7466/);
  });

  it('an amount said after the IBAN is still an amount', () => {
    expect(one('en', "It's DE89 3704 0044 0532 0130 00, and then 250 pounds went missing.")).toContain('250 pounds');
  });
});

describe('round 70: words kept', () => {
  it('an age said with "this year" after a date of birth is kept', () => {
    expect(one('en', "She was born the ninth of May, sixty-one, that's sixty-five this year.")).toContain('sixty-five this year');
    expect(one('en', "Born 9 May 1961, that's 65 this year.")).toContain('65 this year');
    expect(one('sv', 'Hon är född nionde maj sextioett, det blir sextiofem i år.')).toContain('sextiofem i år');
  });

  it('guards: the date itself, said again after "that\'s", and a personal number stay redacted', () => {
    const again = one('en', "She was born the ninth of May, that's nineteen sixty-one.");
    expect(again).not.toMatch(/sixty-one/);
    const pnr = one('en', "She was born 9 May 1961, that's 610509-2385 this year on the form.");
    expect(pnr).not.toContain('610509');
    // (Only a count under 120, alone: a year said with "this year" is no age.)
    expect(one('en', "She was born the ninth of May, that's nineteen sixty-one, this year.")).not.toMatch(/sixty-one/);
  });
});
