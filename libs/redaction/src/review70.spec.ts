import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The review of round 70: the age kept with "this year" let the birth year said after it show, and kept a two-digit birth
 * year as an age; a number's end named after "should end"/"ska sluta"/"the end is" took years, amounts and times; the IBAN
 * read-on went on past a whole IBAN and a short reference. Sentences from the review's probes.
 */
describe('review 70: the birth year around an age kept with "this year"', () => {
  it('the birth year said again after the age is still the date of birth', () => {
    expect(one('en', "Her birthday's the 9th of May, that's 65 this year, so 1961.")).not.toContain('1961');
    expect(one('en', "Born the 12th, that's 67 this year, meaning March 1959.")).not.toContain('1959');
    expect(one('en', "Born 2nd February, that's 77 this year, and the year, 1949.")).not.toContain('1949');
    expect(one('en', "My dad's date of birth is the 4th of the 10th, that's 46 this year... no, 1946.")).not.toContain('1946');
    expect(one('en', "My date of birth is the fourth of October, that's seventy-nine this year, so nineteen forty-six.")).not.toContain('forty-six');
    // (The age itself is still kept.)
    expect(one('en', "Her birthday's the 9th of May, that's 65 this year, so 1961.")).toContain('65 this year');
  });

  it('a two-digit birth year is not kept as an age after "the year", under a year question, or with an age run on after it', () => {
    expect(call('en', 'agent: Your date of birth?', "caller: It's the ninth of May, and the year, that's 61 this year I'm 65.")[1]).not.toMatch(/\b61\b/);
    expect(call('en', 'agent: What year were you born?', "caller: Um, that's 61 this year I'm sixty-five.")[1]).not.toMatch(/\b61\b/);
    expect(one('en', "Date of birth the 4th of the 10th, that's 46 this year I was born.")).not.toMatch(/\b46\b/);
  });
});

describe('review 70: a number\'s end named after "should end", "ska sluta", "the end is"', () => {
  it('a year, an amount or a time after the cue, with a number earlier in the turn, stays', () => {
    expect(one('en', 'My phone is 07735 824196 and the contract should end 2027.')).toContain('should end 2027');
    expect(one('sv', 'Kortet är 4539 1488 0343 6467 och avtalet ska sluta 2027.')).toContain('sluta 2027');
    expect(one('sv', 'Mitt nummer är 070 174 06 33, och jag ska sluta 1630 idag.')).toContain('1630 idag');
    expect(one('en', 'My phone is 07735 824196 and the bill should end with 450.')).toContain('with 450');
    expect(one('en', 'Personal number 610509-2388, and the end is 2027 for the benefit.')).toContain('2027 for');
  });

  it('the question\'s cue does not carry across another question of the agent\'s', () => {
    expect(call('sv', 'agent: Och ditt personnummer?', 'caller: 610509-2388.', 'agent: När slutar avbetalningen?', 'caller: Den ska sluta 2027.')[3]).toContain('2027');
    expect(call('sv', 'agent: Ditt telefonnummer?', 'caller: 070 174 06 33.', 'agent: Och när slutar sjukpenningen?', 'caller: Den ska sluta 2026, i december.')[3]).toContain('2026');
  });

  it('after a turn with a number in it, a year, an amount or a time stays, and so do its repeats', () => {
    expect(call('en', "agent: So that's 07735 824196. And when does the contract end?", 'caller: It should end 2027, I think.')[1]).toContain('2027');
    expect(call('sv', 'agent: Personnummer 610509-2388. Och hur mycket är kvar?', 'caller: Det ska sluta på 3 400, ungefär.')[1]).toContain('3 400');
    expect(call('sv', 'agent: Så 070 174 06 33. Och när på dagen?', 'caller: Det ska sluta 1630, alltså halv fem.')[1]).toContain('1630');
    expect(call('en', "agent: That's 07735 824196. What's your case about?", 'caller: The end is 2024, they closed it in 2024.')[1]).toBe('The end is 2024, they closed it in 2024.');
    expect(call('en', 'agent: Your phone is 07735 824196?', 'caller: Yes. And the claim should end 112, Universal Credit 112 days.')[1]).toContain('end 112');
    expect(call('sv', 'agent: Kortnummer 4539 1488 0343 6467?', 'caller: Ja. Och avbetalningen ska sluta på 1 500 spänn.')[1]).toContain('1 500 spänn');
  });
});

describe('review 70: the IBAN read-on', () => {
  it('does not go on into a year or an amount after a short lettered reference', () => {
    expect(one('sv', 'Det står SE12 4455 på brevet, sen 2026 och 3400 kronor.')).toContain('sen 2026');
    expect(one('sv', 'Det står SE12 4455 på brevet, sen 3400.')).toContain('sen 3400');
    expect(one('en', 'I have SE45 5000 written down, then 2026, that was the year I opened it.')).toContain('then 2026');
    expect(one('sv', 'Det är SE45 5000, sen ringde jag 2024 och fick 1 500.')).toContain('jag 2024');
    expect(one('sv', 'Det står SE12 4455, sen 1 200, sen 2026.')).toMatch(/sen 1 200, sen 2026/);
  });

  it('stops once the IBAN is whole', () => {
    const out = one('en', 'I have SE45 5000 0000 0583 9825 7466, then 2026 was when it started.');
    expect(out).toContain('then 2026');
    expect(out).not.toContain('7466');
  });
});

describe('review 70: shared leaks', () => {
  it("a UK postcode's inward half said alone in the turn of the whole postcode is the postcode", () => {
    expect(one('en', 'It should end in 4AB, LS6 4AB.')).not.toContain('4AB');
  });

  it('the last four of a personal number put right after "sorry" are its last four', () => {
    expect(one('en', "My personal number is six one oh five oh nine, and that's 238 this year, sorry, two three eight eight.")).not.toContain('two three eight eight');
    // (Not an amount put right with no personal number before it.)
    expect(one('en', 'I paid 400, sorry, 4000.')).toContain('4000');
  });
});
