import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 57, from the blind tuning set tuning-68 (dates of birth said every way, and words that stay beside personal data;
 * its first run in tuning-68/before-round-57.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 57: dates of birth', () => {
  it('a named day with its "day", and the year after it ("Boxing Day thirty-four", "leap day")', () => {
    expect(one('en', 'My father was born on Boxing Day nineteen thirty-one, in Leeds.')).not.toMatch(/Boxing|thirty-one/);
    expect(one('en', 'Born? Christmas Day forty-two, my gran said.')).not.toMatch(/Christmas|forty-two/);
    expect(one('en', 'She was born on leap day, the twenty-ninth of February, fifty-six.')).not.toMatch(/leap|twenty-ninth/);
  });

  it('the date after when a newborn was born', () => {
    expect(one('sv', 'Sonen föddes i förrgår, den andra december, och nu undrar vi om föräldrapenningen.')).not.toContain('andra december');
    expect(one('en', 'Our boy was born last week, on the first of December, so what do we do now?')).not.toContain('first of December');
  });

  it('the date of a birthday past a filler ("han fyllde ju nittio den 4 mars")', () => {
    expect(one('sv', 'Han fyllde ju nittiofem den fjärde mars, så det kanske har med åldern att göra.')).not.toContain('fjärde mars');
    // (A month alone stays, as before.)
    expect(one('sv', 'Han fyllde ju nittiofem i mars, så det kanske har med åldern att göra.')).toContain('i mars');
  });

  it('the year one was born in as its number\'s noun ("jag är en fyrtiosjua")', () => {
    expect(one('sv', 'Jag är en femtiotvåa, så jag kunde ta ut pensionen tidigt.')).not.toContain('femtiotvåa');
  });

  it('a date answering a birth question asked inside the turn', () => {
    expect(one('sv', 'Min mamma är född -41... Mamma, vilken dag är du född?... Hon säger tolfte juni.')).not.toContain('tolfte juni');
  });

  it('a date in figures with dots is one sentence with what follows ("född 3.4.1945 … står det 4 mars")', () => {
    expect(one('sv', 'Jag är född 3.4.1945, men i era papper står det 4 mars, det är fel.')).not.toContain('4 mars');
  });

  it('the month before "the" of a date set against the date of birth ("not April the seventh")', () => {
    expect(one('en', 'My birthday is the fourth of July forty-nine, not April the seventh.')).not.toContain('April');
  });

  it('the age after a birth place is no date ("…, född på Gotland, åttio år")', () => {
    expect(one('sv', 'Ja, tredje maj fyrtiosex, född på Öland, åttio år.')).toContain('åttio år');
  });

  it('the day of a date of birth said back as the day a payment came is the payment\'s', () => {
    const lines = call('en', 'agent: And you were born the twelfth of March forty-eight, right?', 'caller: Yes. The pension came in on the twelfth anyway.');
    expect(lines[1]).toContain('on the twelfth');
  });
});

describe('round 57: words that stay', () => {
  it('a place abroad whose first word is no name, after "flyttade till" or "ringer från"', () => {
    expect(one('sv', 'Sen flyttade jag till Chiang Rai 2015 med min fru.')).toContain('Chiang Rai');
    expect(one('sv', 'Hej, jag ringer från Hua Hin i Thailand, hör du mig?')).toContain('Hua Hin');
  });

  it('menus and benefits that begin with a capital ("My details", "Child\'s pension")', () => {
    expect(one('en', 'I looked under My details and the account is wrong.')).toContain('My details');
    expect(one('en', "It's about her Child's pension, she turns eighteen soon.")).toContain("Child's pension");
  });

  it('the interpreter introducing herself ("Tolken här")', () => {
    expect(one('sv', 'Tolken här... han säger att han inte fått pengarna.')).toMatch(/^Tolken här/);
  });
});

describe('round 57: names', () => {
  it('a capitalised word after a care title written as one ("Nurse Ratched said")', () => {
    expect(one('en', 'Nurse Ratched said I could call about the allowance.')).not.toContain('Ratched');
    // (The relation in lower case stays as before: "min syster Anna".)
    expect(one('sv', 'Min syster Anna Berg ringer sen.')).toMatch(/^Min syster \[NAMN\]/);
  });
});

describe("round 57's review: leaks closed", () => {
  it('a year of birth before "i år"/"this year" or "år"/"year" stays hidden', () => {
    expect(one('sv', 'Hon föddes nittonhundratjugonio i år blir hon nittiosju.')).not.toContain('nittonhundratjugonio');
    expect(one('en', 'He was born in forty-one this year he would have been eighty-five.')).not.toContain('forty-one');
    expect(one('sv', 'Min fru är född 1972 år i Bangkok.')).not.toContain('1972');
    expect(one('en', 'My husband was born 1947 year.')).not.toContain('1947');
  });

  it('a birthday with the age one turned after it stays hidden, day and month', () => {
    expect(one('sv', 'Jag fyllde år i somras, sjunde juli, sextio blev jag.')).not.toContain('sjunde juli');
    expect(one('en', 'She was born on the second of June I was told, in forty-one.')).not.toContain('June');
  });

  it('a birth day said back stays hidden beside a birthday word, a life event or "come again"', () => {
    const asked = 'agent: You were born the third of May 1949?';
    expect(call('en', asked, 'caller: Come again, the third of May?')[1]).not.toContain('third');
    expect(call('en', asked, 'caller: He passed on the third, same as his birthday.')[1]).not.toContain('third');
    expect(call('en', 'agent: Born the twenty-first of June 1955?', 'caller: Salary day the twenty-first, yes that is my birthday.')[1]).not.toContain('twenty-first');
  });

  it('a person phoned, with a surname that is a town, stays a name ("ringde till Blomberg")', () => {
    expect(one('sv', 'Jag ringde till Blomberg igår men ingen svarade.')).not.toContain('Blomberg');
    expect(one('sv', 'Jag ringde från Blomberg igår, från hennes telefon.')).not.toContain('Blomberg');
  });
});

describe("round 57's review: over-redaction narrowed", () => {
  it('"är en femtiotrea" said of a thing is no year of birth', () => {
    expect(one('sv', 'Bussen är en femtiotrea, den går till Solna.')).toContain('femtiotrea');
  });
});
