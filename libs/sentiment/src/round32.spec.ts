import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 32 (from journal calls-tuning-74: sick leave and going back to work): sentences written for these tests, each
// fix against an opposite that must not change.

describe('round 32: the days someone works are a schedule, a step already taken is an answer', () => {
  it('"does not work" said of a person\'s days or hours is their schedule, not a failure', () => {
    expect(score("She doesn't work on Fridays.", 'en').score).toBe(0);
    expect(score('My husband does not work nights any more.', 'en').score).toBe(0);
    expect(score('The client does not work full time.', 'en').score).toBe(0);
  });
  it('"det har jag redan gjort/skickat" said plainly, in answer to a step, is a fact, not telling it again', () => {
    expect(complains('Det har jag redan skickat, i tisdags.', 'sv')).toBe(false);
    expect(score('Okej. Det har jag redan gjort.', 'sv').score).toBe(0);
  });
  it('the opposites stay: a service that does not work, telling it again, a done step said in exasperation', () => {
    expect(score('The app does not work.', 'en').label).toBe('negative');
    expect(score("Your website doesn't work on weekends either.", 'en').label).toBe('negative');
    expect(complains('Det har jag redan sagt.', 'sv')).toBe(true);
    expect(complains('Men det har jag redan skickat! Två gånger.', 'sv')).toBe(true);
    expect(complains('Det har jag ju redan gjort.', 'sv')).toBe(true);
  });
  it('so a satisfied caller who says the step is already done and thanks does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Jag vill gå ner till halvtid i sjukskrivningen från mars.'],
      ['agent', 'Då behöver vi ett nytt läkarintyg.'],
      ['caller', 'Det har jag redan skickat.'],
      ['agent', 'Då ser jag det här. Du behöver också säga till arbetsgivaren.'],
      ['caller', 'Det har jag redan gjort.'],
      ['agent', 'Bra, då är allt klart.'],
      ['caller', 'Okej.'],
    );
    expect(result.caller!.end).toBeGreaterThanOrEqual(0);
    expect(rulesAlerts(result)).toEqual([]);
  });
});
