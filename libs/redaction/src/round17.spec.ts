import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/** Round 17, from the kept words the tuning sets still lost, and tuning-26 (names and what sits beside them). */
describe('a street named without a number', () => {
  it('is kept where it is an office, a hospital or a workplace', () => {
    expect(sv('Jag var på Försäkringskassan på Kungsgatan i Uppsala i oktober.')).toBe('Jag var på Försäkringskassan på Kungsgatan i Uppsala i oktober.');
    expect(sv('Sjukhuset ligger på Sjukhusvägen, men det är inte min adress.')).toBe('Sjukhuset ligger på Sjukhusvägen, men det är inte min adress.');
    expect(en('Yes, he works at our warehouse on Exportgatan in Hisings Backa.')).toBe('Yes, he works at our warehouse on Exportgatan in Hisings Backa.');
  });
  it('is an address where the sentence says it is a home or where post goes', () => {
    expect(sv('Jag bor på Storgatan, mitt emot kyrkan.')).toBe('Jag bor på [ADRESS], mitt emot kyrkan.');
    expect(sv('Mamma har en lägenhet på Storgatan.')).toBe('Mamma har en lägenhet på [ADRESS].');
    expect(sv('Skicka det till mig på Kvarngatan.')).toBe('Skicka det till mig på [ADRESS].');
    expect(en('We moved last spring, we live on Hagagatan now.')).toBe('We moved last spring, we live on [ADRESS] now.');
  });
});
