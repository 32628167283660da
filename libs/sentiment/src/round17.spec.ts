import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 17 (from journal calls-tuning-56, corrections and misunderstandings: two missed angry calls, a thin one, and a
// neutral call that alerted): sentences written for these tests, each fix against an opposite that must not change.

describe('round 17: a grievance still held after the correction, of the decision or letter itself', () => {
  it('"jag tycker ändå att det är orimligt", "I still think that decision is unfair" complain', () => {
    expect(complains('Okej, jag förstår. Jag tycker ändå att det är orimligt.', 'sv')).toBe(true);
    expect(complains('Jag tycker fortfarande att beslutet var taskigt.', 'sv')).toBe(true);
    expect(complains('Fine, I get it. I still think that decision is unfair.', 'en')).toBe(true);
  });
  it('but a question, praise, someone else judged, or the round 16 form counted twice, does not', () => {
    expect(complains('Tycker du ändå att det är orimligt?', 'sv')).toBe(false);
    expect(complains('Jag tycker ändå att det är bra.', 'sv')).toBe(false);
    expect(complains('I still think my neighbour is awful.', 'en')).toBe(false);
    expect(score('Men jag tycker fortfarande att det är fel att ni inte ringer.', 'sv').complaints.filter((c) => c.startsWith('jag tycker'))).toHaveLength(1);
  });
  it('so a caller corrected who still holds the grievance ends the call negative, after a calm reply', () => {
    const result = call(
      'en',
      ['caller', 'You have stopped my pension! What is going on?'],
      ['agent', 'It is not stopped. The letter is about a review of your housing supplement.'],
      ['caller', 'A review. And what do I need to do?'],
      ['agent', 'Nothing now; we will write to you in June.'],
      ['caller', 'June. Fine. Great, lovely.'],
      ['agent', 'Is there anything else?'],
      ['caller', 'No. I still think that letter was terrible.'],
    );
    expect(rulesAlerts(result).map((a) => a.kind)).toContain('callerEndsNegative');
  });
});

describe('round 17: a cost the caller resents', () => {
  it('"men dyrt är det", "but it is expensive" are negative, not praise', () => {
    expect(score('Okej, jag förstår. Men dyrt är det.', 'sv').label).toBe('negative');
    expect(score('Fine, I understand. But it is expensive.', 'en').label).toBe('negative');
  });
  it('but a cost denied counts nothing', () => {
    expect(score('Det blir inte dyrare för mig.', 'sv').label).toBe('neutral');
    expect(score("So it isn't more expensive for me.", 'en').label).toBe('neutral');
  });
});

describe('round 17: a step the caller took the wrong way is a mistake the caller owns', () => {
  it('"då har jag ringt till fel ställe", "I posted it to the wrong office" are corrections, not anger', () => {
    expect(score('Jaha. Då har jag ringt till fel ställe. Ursäkta.', 'sv').label).toBe('neutral');
    expect(score('Jag fyllde i fel blankett.', 'sv').label).toBe('neutral');
    expect(score('Oh. I posted it to the wrong office.', 'en').label).toBe('neutral');
  });
  it('but the agency sending it wrong stays negative', () => {
    expect(score('Ni har skickat beslutet till fel adress.', 'sv').label).toBe('negative');
    expect(score('You sent the decision to the wrong address.', 'en').label).toBe('negative');
  });
  it('so a neutral caller who finds they complained to the wrong agency does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Ni har stängt av min e-legitimation, jag kommer inte in.'],
      ['agent', 'Vi stänger inte av legitimationer. Vad står det på skärmen?'],
      ['caller', 'Att den har gått ut, tror jag.'],
      ['agent', 'Då är det banken som förnyar den, inte vi.'],
      ['caller', 'Jaha. Då har jag klagat hos fel myndighet. Förlåt.'],
      ['agent', 'Ingen fara. Banken hjälper dig.'],
      ['caller', 'Ja, jag går dit i morgon.'],
      ['agent', 'Bra.'],
      ['caller', 'Okej. Tack.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
