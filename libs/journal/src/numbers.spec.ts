import { describe, expect, it } from 'vitest';
import { inDigits } from './numbers.js';

describe('amounts and dates in digits, as a case file writes them', () => {
  it('writes Swedish amounts, measures, days and years in digits; small counts and number words that make no number stay words', () => {
    expect(inDigits('Kunden ska betala tillbaka fjortontusen åttahundratrettio kronor.', 'sv')).toBe('Kunden ska betala tillbaka 14 830 kronor.');
    expect(inDigits('Hyran är nio tusen tvåhundra kronor i månaden.', 'sv')).toBe('Hyran är 9 200 kronor i månaden.');
    expect(inDigits('Från ettusen åttahundranittio kronor, i fyrtioett år.', 'sv')).toBe('Från 1 890 kronor, i 41 år.');
    expect(inDigits('Betald senast den tjugoåttonde februari, från första mars.', 'sv')).toBe('Betald senast den 28 februari, från 1 mars.');
    expect(inDigits('De var tre syskon och det tar två månader.', 'sv')).toBe('De var tre syskon och det tar två månader.');
    expect(inDigits('Han är tjugofyra, hon är tolv. Man kan ta ut tjugofem, femtio eller hundra procent.', 'sv')).toBe(
      'Han är 24, hon är tolv. Man kan ta ut 25, 50 eller 100 procent.',
    );
    expect(inDigits('Det var tjugo nitton, i augusti nittio åtta.', 'sv')).toBe('Det var tjugo nitton, i augusti 98.');
    // A year said in halves in one word.
    expect(inDigits('Tjugonitton, då jobbade jag på två ställen; inte tjugofyra.', 'sv')).toBe('2019, då jobbade jag på två ställen; inte 24.');
    // A number broken off is left as said.
    expect(inDigits('Tvåtusen tre... och åttahundranittio.', 'sv')).toBe('Tvåtusen tre... och 890.');
  });

  it('writes English amounts and days in digits', () => {
    expect(inDigits('It is about twenty-two thousand kronor a month, or fifteen hundred.', 'en')).toBe('It is about 22 000 kronor a month, or 1 500.');
    expect(inDigits('He died on the third of October; one of them has one thousand eight hundred kronor.', 'en')).toBe(
      'He died on 3 October; one of them has 1 800 kronor.',
    );
    expect(inDigits('Within three to five working days, for eleven years.', 'en')).toBe('Within three to five working days, for 11 years.');
    expect(inDigits('The caller is sixty-six; rights for twenty twenty-five, from nineteen eighty-five.', 'en')).toBe(
      'The caller is 66; rights for 2025, from 1985.',
    );
  });
});

describe('"two thousand …" as a year or an amount (round 23)', () => {
  it('a year after "including", after a year and "and", opening a sentence', () => {
    expect(inDigits('Up to and including two thousand one. For two thousand two and two thousand three, nothing.', 'en')).toBe(
      'Up to and including 2001. For 2002 and 2003, nothing.',
    );
    expect(inDigits('Two thousand one to two thousand three.', 'en')).toBe('2001 to 2003.');
  });
  it('an amount said with hundreds after "of" stays an amount ("of two thousand four hundred kronor" had read "2004 100")', () => {
    expect(inDigits('A deduction of two thousand four hundred kronor.', 'en')).toBe('A deduction of 2 400 kronor.');
    expect(inDigits('I got like... two thousand four hundred and sixty less.', 'en')).toBe('I got like... 2 460 less.');
  });
});
