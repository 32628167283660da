import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 28 (from journal calls-tuning-68, calls that follow earlier contact): a neutral caller alerted because a slip of
// their own ("I said eleven by mistake") read as a negative feeling at the end, and an angry caller held the alert only at
// the threshold because what they said of the earlier call (promises the agency does not keep, being misinformed, asking
// for it to be noted) was not read. Sentences written for these tests, each fix against an opposite that must not change.

describe('round 28: a slip the caller corrects is no feeling', () => {
  it('counts nothing in both languages', () => {
    expect(score('Ja, tolv. Jag skrev fjorton av misstag.', 'sv').score).toBe(0);
    expect(score('Förlåt, jag sa fel.', 'sv').score).toBeGreaterThanOrEqual(0);
    expect(score('Twelve, right. I said fourteen by mistake.', 'en').score).toBe(0);
  });
  it('but a mistake made by the agency stays negative', () => {
    expect(score('Ni skrev fjorton av misstag och nu får jag betala tillbaka.', 'sv').score).toBeLessThan(0);
    expect(score('You put fourteen by mistake and now I have to pay it back.', 'en').score).toBeLessThan(0);
  });
});

describe('round 28: what is said of the earlier contact', () => {
  it('is a complaint in both languages', () => {
    expect(complains('Ni lovar saker som ni aldrig håller.', 'sv')).toBe(true);
    expect(complains('You promise things you never deliver.', 'en')).toBe(true);
    expect(complains('Jag blev felinformerad förra veckan.', 'sv')).toBe(true);
    expect(complains('I was misinformed on the phone.', 'en')).toBe(true);
    expect(complains('Jag vill att det noteras att ingen ringde tillbaka.', 'sv')).toBe(true);
    expect(complains('I want it noted that nobody called me back.', 'en')).toBe(true);
  });
  it('but asked, or a plain request, it is not', () => {
    expect(complains('Blev jag felinformerad?', 'sv')).toBe(false);
    expect(complains('Was I misinformed?', 'en')).toBe(false);
    expect(complains('I want it noted on my file that my address changed.', 'en')).toBe(false);
    expect(complains('Jag vill att ni noterar mitt nya nummer.', 'sv')).toBe(false);
  });
});

describe('round 28: a calm caller who corrects their own figure does not alert', () => {
  it('ending with a slip and a thanks', () => {
    const result = call(
      'en',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'I sent the form last week and I want to check it arrived.'],
      ['agent', 'It arrived on Tuesday.'],
      ['caller', 'Good. How many days does it cover?'],
      ['agent', 'Six weekdays.'],
      ['caller', 'So six days, fine.'],
      ['agent', 'Yes, six.'],
      ['caller', 'Right, six. I wrote eight by mistake on my note.'],
      ['agent', 'You will get a decision soon.'],
      ['caller', 'Okay, thanks.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
