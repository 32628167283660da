import { describe, expect, it } from 'vitest';
import { callDateOf, findDates } from './dates.js';

// 2026-03-20 is a Friday.
const sv = (text: string) => findDates(text, 'sv', '2026-03-20');
const en = (text: string) => findDates(text, 'en', '2026-03-20');

describe('findDates', () => {
  it.each([
    ['Jag ringer upp dig den 15 april.', 'den 15 april', '2026-04-15'],
    ['Beslutet kommer den femtonde april.', 'den femtonde april', '2026-04-15'],
    ['Skicka in den senast 1:a juni.', '1:a juni', '2026-06-01'],
    ['Vi hörs i morgon.', 'i morgon', '2026-03-21'],
    ['Jag skickar brevet i dag.', 'i dag', '2026-03-20'],
    ['Du får svar om två veckor.', 'om två veckor', '2026-04-03'],
    ['Beslut inom ungefär tre veckor.', 'inom ungefär tre veckor', '2026-04-10'],
    ['Jag ringer nästa måndag.', 'nästa måndag', '2026-03-23'],
    // Said on a Friday, "på fredag" is the next one.
    ['Vi hörs på fredag.', 'på fredag', '2026-03-27'],
    // A date earlier in the year than the call is next year's.
    ['Pengarna kommer den 18 mars.', 'den 18 mars', '2027-03-18'],
  ])('resolves Swedish %j', (text, phrase, date) => {
    expect(sv(text)).toEqual([{ text: phrase, date }]);
  });

  it.each([
    ["I'll call you back next Monday.", 'next Monday', '2026-03-23'],
    ['You will get a decision in two weeks.', 'in two weeks', '2026-04-03'],
    ['Please send it by the 15th of April.', '15th of April', '2026-04-15'],
    ['I will send it tomorrow.', 'tomorrow', '2026-03-21'],
  ])('resolves English %j', (text, phrase, date) => {
    expect(en(text)).toEqual([{ text: phrase, date }]);
  });

  it('finds no day where none was said', () => {
    expect(sv('Jag flyttade i februari.')).toEqual([]); // a month without a day
    expect(sv('Handläggningstiden är ungefär fyra veckor.')).toEqual([]); // a duration
    expect(sv('Jag hoppas att du må bra.')).toEqual([]); // "må" is not Monday
    expect(en('Send us a life certificate once a year.')).toEqual([]);
    expect(en("I'll correct it now.")).toEqual([]);
  });
});

describe('callDateOf', () => {
  it("takes the calendar day in the agency's time zone", () => {
    expect(callDateOf(new Date('2026-03-19T23:30:00Z'))).toBe('2026-03-20');
    expect(callDateOf(new Date('2026-03-19T23:30:00Z'), 'UTC')).toBe('2026-03-19');
  });
});

describe('ordinals that count, and years with no number', () => {
  it('are no dates ("den sjätte dagen", "the years you lived abroad")', () => {
    expect(findDates('att lägga till den sjätte dagen, och hen ringer upp dig senast fredag nästa vecka', 'sv', '2026-11-10')).toEqual([{ text: 'fredag nästa vecka', date: '2026-11-20' }]);
    expect(findDates('Fill in the years you lived abroad too.', 'en', '2026-11-12')).toEqual([]);
  });
  it('while a day of a month still is', () => {
    expect(findDates('senast den sjätte december', 'sv', '2026-11-10')).toEqual([{ text: 'den sjätte december', date: '2026-12-06' }]);
  });
});

describe('a day just gone, said in the past tense without a year', () => {
  it('is that day, not next year\'s', () => {
    expect(findDates('Det nya kontot registrerades den 12 november.', 'sv', '2026-11-19')).toEqual([{ text: 'den 12 november', date: '2026-11-12' }]);
    expect(findDates('The account was registered on 12 November.', 'en', '2026-11-19')[0]?.date).toBe('2026-11-12');
  });
  it('while one said of what is to come is next year\'s', () => {
    expect(findDates('I need it by 12 November.', 'en', '2026-11-19')[0]?.date).toBe('2027-11-12');
  });
});

describe('a day of the month said after its month (round 28)', () => {
  it('"I maj kommer pengarna fredagen den sextonde" is 16 May, not this month\'s 16th', () => {
    expect(findDates('I maj kommer pengarna fredagen den sextonde, eftersom den artonde är en söndag.', 'sv', '2031-04-08')[0]?.date).toBe('2031-05-16');
    expect(findDates('In May it comes on Friday the sixteenth.', 'en', '2031-04-08')[0]?.date).toBe('2031-05-16');
    // (Without the month, this month's; "may" as a verb names no month. Round 70: the weekday said must fit, 16 April
    // 2031 is a Wednesday; "fredagen den sextonde" alone is now 16 May, the next Friday the 16th.)
    expect(findDates('Pengarna kommer onsdagen den sextonde.', 'sv', '2031-04-08')[0]?.date).toBe('2031-04-16');
    expect(findDates('You may get it on Wednesday the sixteenth.', 'en', '2031-04-08')[0]?.date).toBe('2031-04-16');
  });
});

describe('a day before "at the latest" (round 36)', () => {
  it('is that day, not the last of its month', () => {
    expect(findDates('I will ring you by Monday the fifth of October at the latest.', 'en', '2026-09-28')[0]?.date).toBe('2026-10-05');
    expect(findDates('Send it by 5 October at the latest.', 'en', '2026-09-28')[0]?.date).toBe('2026-10-05');
  });
  it('while a month alone still ends on its last day', () => {
    expect(findDates('Send it October at the latest.', 'en', '2026-09-28')[0]?.date).toBe('2026-10-31');
  });
});
