import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 29 (from journal calls-tuning-70, worried, upset and vulnerable callers): a satisfied caller alerted because fear
// said to be less ("I feel a bit less panicked now") counted as the fear itself, and a neutral partner calling with the
// customer alerted because a fear of their own slip told as past ("We were so afraid we'd missed something"), after the
// agent's answer, counted as a fear that lasts. Sentences written for these tests, each fix against an opposite that must
// not change.

describe('round 29: fear said to be less is relief', () => {
  it('counts as relief in both languages', () => {
    expect(score('I feel a bit less panicked now.', 'en').score).toBeGreaterThan(0);
    expect(score("I'm much less worried now.", 'en').score).toBeGreaterThan(0);
    expect(score('Jag känner mig lite mindre orolig nu.', 'sv').score).toBeGreaterThan(0);
    expect(score('Nu är vi mycket mindre rädda.', 'sv').score).toBeGreaterThan(0);
  });
  it('but asked, or not less at all, it is not', () => {
    expect(score('Am I supposed to feel less worried now?', 'en').score).toBeLessThanOrEqual(0);
    expect(score("I'm no less worried than before.", 'en').score).toBeLessThanOrEqual(0);
    expect(score('Jag är inte ett dugg mindre orolig.', 'sv').score).toBeLessThanOrEqual(0);
    expect(score('I am still scared.', 'en').score).toBeLessThan(0);
  });
});

describe('round 29: a fear of our own slip, told as past after the answer', () => {
  it('is relief when we speak for the household too, and after an acknowledgment', () => {
    expect(score("Okay. We were so afraid we'd missed something.", 'en').score).toBeGreaterThan(0);
    expect(score("Right. I was scared I'd done it wrong.", 'en').score).toBeGreaterThan(0);
    expect(score('Thank you. We were so worried.', 'en').score).toBeGreaterThan(0);
    expect(score('Okej. Vi var så rädda att vi hade missat något.', 'sv').score).toBeGreaterThan(0);
    expect(score('Tack. Vi var så oroliga.', 'sv').score).toBeGreaterThan(0);
  });
  it('but a fear that came true, or one still held, is not', () => {
    expect(score("Okay. We were afraid we'd missed the deadline, and we had.", 'en').score).toBeLessThan(0);
    expect(score('We were so worried.', 'en').score).toBeLessThan(0);
    expect(score("That's what I was afraid of.", 'en').score).toBeLessThanOrEqual(0);
    expect(score('Okej. Vi är fortfarande rädda att vi har missat något.', 'sv').score).toBeLessThan(0);
  });
});

describe('round 29: calm callers who end on a fear that is over do not alert', () => {
  it('a partner speaking for the customer in hospital', () => {
    const result = call(
      'en',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'My partner is in hospital and we do not know what to apply for.'],
      ['agent', 'When did the sick leave start?'],
      ['caller', 'On Monday, two weeks ago.'],
      ['agent', 'Then the employer pays for the first days and reports it to us.'],
      ['caller', 'So there is nothing for us to send in now?'],
      ['agent', 'Not yet. Keep the certificate from the doctor.'],
      ['caller', "Okay. We were so afraid we'd missed something."],
      ['agent', "You haven't."],
      ['caller', 'Right. Thanks.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
