import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round twelve, part a: identifiers and dates of birth. Sentences of each mechanism's kind
 * (numbers invented, check digits valid where they must be); the "still …" ones guard what must be kept.
 */

describe('an IBAN whose country code is spelled as one word', () => {
  it('takes "N-O", "D-E" with the digits read after them', () => {
    expect(one('en', 'N-O eight nine, six zero one one, two three four five, six seven eight')).toBe('[IBAN]');
    expect(one('sv', 'kontot är N-O åttionio, sextio elva, tjugotre fyrtiofem, sexhundrasjuttioåtta')).toBe('kontot är [IBAN]');
  });
  it('takes the code at the end of one turn with the pieces read over the next turns', () => {
    const out = call('en', 'agent: what account shall we pay into?', 'caller: a German one, D-E one seven', 'agent: mm', 'caller: one zero zero two, zero zero three zero', 'caller: zero four zero zero, five zero zero six, zero zero seven seven, eight eight');
    expect(out[1]).not.toMatch(/D-E|one seven/);
    expect(out[3]).not.toMatch(/zero/);
    expect(out[4]).not.toMatch(/eight/);
  });
  it('still keeps a spelled abbreviation before an amount', () => {
    expect(one('en', 'the D-E office paid me two hundred euros')).toBe('the D-E office paid me two hundred euros');
  });
});

describe('an IBAN with its mod-97 check digits but not its country\'s format', () => {
  it('takes a lower-case code and its pieces when only the check digits hold', () => {
    expect(one('en', 'de one seven, one zero zero two, zero zero three zero, zero four zero zero, five zero zero six, zero zero seven seven, eight eight')).toBe('[IBAN]');
  });
  it('still keeps "se" before a number that does not check', () => {
    expect(one('sv', 'se 12 kronor och 40 öre')).toBe('se 12 kronor och 40 öre');
  });
});

describe('a document number: capitals and six to nine digits in one word', () => {
  it('takes it named or not', () => {
    expect(one('en', 'K7730192, that is on my residence card')).toBe('[ID-NUMMER], that is on my residence card');
    expect(one('sv', 'hans pass har nummer XB4471203')).toBe('hans pass har nummer [ID-NUMMER]');
  });
  it('still keeps a form number with fewer digits', () => {
    expect(one('sv', 'jag fyllde i blankett FK5071 i går')).toBe('jag fyllde i blankett FK5071 i går');
  });
});

describe('a date of birth with a two-digit year after an apostrophe', () => {
  it('takes the month, the year and the day said after them', () => {
    expect(one('en', "he was born in March '61, the ninth")).toBe('he was born [FÖDELSEDATUM]');
    expect(one('en', "born in October '38, on the twentieth I think")).not.toMatch(/October|38|twentieth/);
  });
  it('still keeps a year of a letter or a payment', () => {
    expect(one('en', "the letter came in March '25, the ninth")).toBe("the letter came in March '25, the ninth");
  });
});

describe('an age and the month of a birthday before "född"', () => {
  it('keeps the age and the month, and takes the year after "född"', () => {
    expect(one('sv', 'han fyller sjuttio i maj, född -56')).toBe('han fyller sjuttio i maj, född [FÖDELSEDATUM]');
    expect(one('en', 'she turns eighty in May, born in forty-six')).toBe('she turns eighty in May, born [FÖDELSEDATUM]');
  });
  it('still takes a whole date before "född"', () => {
    expect(one('sv', 'tredje maj femtiosex är han född')).toBe('[FÖDELSEDATUM] är han född');
  });
});

describe('the place of birth between the cue and the date', () => {
  it('takes the year and the day and month said after it', () => {
    expect(one('sv', 'jag är född i Umeå, nittonhundrafyrtiosex, den sjätte juli')).not.toMatch(/nittonhundra|sjätte|juli/);
    expect(one('en', 'I was born in Leeds in nineteen fifty-two, on the eighth of March')).not.toMatch(/nineteen|eighth|March/);
  });
  it('still keeps a later event\'s date after the place', () => {
    expect(one('sv', 'jag är född i Polen men kom hit i maj, den fjärde')).toBe('jag är född i Polen men kom hit i maj, den fjärde');
    expect(one('en', 'I was born in Chile and came here on the fourth of May')).toBe('I was born in Chile and came here on the fourth of May');
  });
});

describe('an age before a date of birth said on its own', () => {
  it('keeps the age and takes the year', () => {
    expect(one('sv', 'han är sjuttiofyra, född nittonhundrafemtiotvå')).toBe('han är sjuttiofyra, född [FÖDELSEDATUM]');
  });
});

describe('a month said as its number and "månaden"', () => {
  it('takes the year after "åttonde månaden" in the answer', () => {
    const out = call('sv', 'agent: vilket datum är du född?', 'caller: tolfte', 'agent: och månaden?', 'caller: fjärde månaden, femtioett');
    expect(out[1]).toBe('[FÖDELSEDATUM]');
    expect(out[3]).toBe('[FÖDELSEDATUM]');
  });
  it('still keeps a payment in a month said so', () => {
    expect(one('sv', 'pensionen betalas ut i andra månaden, den tjugosjunde')).toBe('pensionen betalas ut i andra månaden, den tjugosjunde');
  });
});
