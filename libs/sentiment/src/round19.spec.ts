import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 19 (from journal calls-tuning-59: neutral calls that alerted on "I was so angry when I called" said as the call
// closed, and on "And then what? Do I get …?" read as the failure told again): sentences written for these tests, each
// fix against an opposite that must not change.

describe('round 19: anger told as the state the caller called in is over', () => {
  it('"jag var så arg när jag ringde", "I was so upset when I called" make peace', () => {
    expect(score('Tack för hjälpen. Jag var rätt sur när jag ringde.', 'sv').label).toBe('positive');
    expect(score('Jag var så förbannad när jag ringde.', 'sv').score).toBeGreaterThan(0);
    expect(score('Thanks for that. I was really upset when I called.', 'en').label).toBe('positive');
    expect(score('I was so angry when I rang.', 'en').score).toBeGreaterThan(0);
  });
  it('but anger said to last, or anger now, stays negative', () => {
    expect(score('Jag var arg när jag ringde och jag är fortfarande arg.', 'sv').label).toBe('negative');
    expect(score('Jag är så arg.', 'sv').label).toBe('negative');
    expect(score('I was angry when I called and I still am.', 'en').label).toBe('negative');
    expect(score('I am so angry.', 'en').label).toBe('negative');
  });
  it('so a caller who complains once and closes on it does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Ni har skickat ett inkassobrev för en skuld jag redan har betalat. Hur kan ni göra så?'],
      ['agent', 'Jag ser att betalningen kom in i fredags, brevet gick ut samma dag. Jag stoppar ärendet nu.'],
      ['caller', 'Så det är betalt då?'],
      ['agent', 'Ja, allt är betalt och ärendet är avslutat.'],
      ['caller', 'Okej. Behöver jag göra något mer?'],
      ['agent', 'Nej, ingenting.'],
      ['caller', 'Okej. Tack för att du kollade. Jag var så arg när jag ringde.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});

describe('round 19: "and then what?" before a question about the next step is a question', () => {
  it('"And then what? Will I …?" is no complaint', () => {
    expect(complains('And then what? Will I get a letter?', 'en')).toBe(false);
    expect(complains('And then what? Do I have to call again?', 'en')).toBe(false);
  });
  it('but "And then what, another eight months?" and "And then what? Nothing." still are', () => {
    expect(complains('And then what, another eight months?', 'en')).toBe(true);
    expect(complains('And then what? Nothing, as usual.', 'en')).toBe(true);
  });
  it('so a caller who asks it after one complaint and closes calmly does not alert', () => {
    const result = call(
      'en',
      ['caller', 'Hi. My child allowance stopped and you did not even tell me. That is outrageous.'],
      ['agent', 'I see a letter went out in May about the school certificate. I will send a new request today.'],
      ['caller', 'I never got it.'],
      ['agent', 'I understand. Send the certificate back and it will be handled.'],
      ['caller', 'And then what? Do I get May and June too?'],
      ['agent', 'Yes, both months are paid once it is in.'],
      ['caller', "Okay. I'll send it this week."],
      ['agent', 'Good.'],
      ['caller', 'Fine. Thank you, I suppose.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
