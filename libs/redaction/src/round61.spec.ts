import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 61, from the blind tuning set tuning-72 (personal numbers said the hard ways, addresses abroad and at home, dates of
 * birth, kept words; its first run in tuning-72/before-round-61.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 61: dates of birth', () => {
  it('the year said after a birth date with "men året...", "but the year..."', () => {
    expect(one('sv', 'Jag är född tredje april, men året... nittonhundrasextioåtta, och pengarna kom i går.')).not.toContain('sextioåtta');
    expect(one('en', 'I was born on the third of April, but the year... nineteen sixty-eight, and the money came yesterday.')).not.toContain('sixty-eight');
  });

  it('the month and day said again in figures after the birth date ("…, so oh four oh three")', () => {
    expect(one('en', 'I was born the third of April, so oh four oh three, and then the last four.')).not.toContain('oh four oh three');
  });
});

describe('round 61: identifiers', () => {
  it('the last digits after "the last..." with "four" left unsaid before a pause', () => {
    expect(one('en', 'Nineteen eighty-one, oh six, twelve, and the last... ah, four four zero two.')).not.toContain('four four zero two');
  });

  it('a postcode read back in figures after it was said in words', () => {
    const sv = call('sv', 'agent: Och postnumret?', 'caller: Noll fyra sju... sex ett.', 'agent: Jag läser: 04761. Stämmer det?');
    expect(sv[2]).not.toContain('04761');
    const en = call('en', 'agent: And the postcode?', 'caller: four one five five... dash... six two two.', 'agent: I have 4155-622, is that right?');
    expect(en[2]).not.toContain('4155-622');
  });
});

describe('round 61: addresses', () => {
  it('"mitt husnummer är 40", "gatan är Koivukuja": the house number and the street named on their own', () => {
    const text = one('sv', 'Mitt husnummer är 17, och gatan är Rantakatu.');
    expect(text).not.toContain('17');
    expect(text).not.toContain('Rantakatu');
    expect(one('en', 'The street is Rantakatu, number nine.')).not.toContain('Rantakatu');
  });

  it('"postleitzahl" names a postcode', () => {
    expect(one('sv', 'Det är i Kiel, Lindenweg sju, postleitzahl... två fyra ett ett fyra.')).not.toContain('två fyra ett ett fyra');
  });
});

describe('round 61: names and words that stay', () => {
  it('a frequent first name that a village bears too, said apart ("hon sitter här, Ulrika...")', () => {
    expect(one('sv', 'Det är min frus, hon sitter bredvid, Ulrika, och hon vill fråga.')).not.toContain('Ulrika');
  });

  it('a town after "outside", "Mobilt BankID" and the tax SINK stay (guards)', () => {
    expect(one('en', 'He lives on a farm outside Nora now.')).toContain('Nora');
    expect(one('sv', 'Jag har Mobilt BankID från Swedbank.')).toContain('Mobilt BankID');
    expect(one('en', 'The tax is SINK, twenty-five percent.')).toContain('SINK');
  });
});

describe("round 61's review: leaks of the first version closed", () => {
  it('a name after "outside", "utanför" is no place unless a known place stands alone there', () => {
    expect(one('en', "I waited outside Lindqvist's house.")).not.toContain('Lindqvist');
    expect(one('en', "I waited outside Åsa Berg's flat.")).not.toMatch(/Åsa|Berg/);
    expect(one('en', "We met outside Zhang Wei's door.")).not.toMatch(/Zhang|Wei/);
    expect(one('sv', 'Jag väntade utanför Lindqvists hus.')).not.toContain('Lindqvist');
  });

  it('a village after "till", "förbi" stays a place; a postcode\'s figures as an amount or a case number stay', () => {
    expect(one('sv', 'Vi åkte till Nora i somras.')).toContain('Nora');
    const lines = call('sv', 'agent: Och postnumret?', 'caller: Fyra ett två sex tre.', 'agent: Tack. Ärendenumret är 41263, och det blir 41263 kronor.');
    expect(lines[2]).toContain('Ärendenumret är 41263');
    expect(lines[2]).toContain('41263 kronor');
  });

  it('a year after a birth date that is another event\'s stays', () => {
    expect(one('sv', 'Jag är född femte mars, men året 2010 flyttade jag till Malmö.')).toContain('2010 flyttade');
  });
});
