import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 30 (from journal calls-tuning-72: callers who speak for someone else, or with help): sentences written for
// these tests, each fix against an opposite that must not change.

describe('round 30: a helper who shares the anger, "can you not just", a trait of the customer', () => {
  it('"can you not just" / "could you not just" is the rhetorical "can\'t you just"', () => {
    expect(complains('Can you not just fix it on your side?', 'en')).toBe(true);
    expect(complains('Could you not just send the form again?', 'en')).toBe(true);
  });
  it('a feeling named and shared by the caller ("… is upset, and so am I", "… är arg, och det är jag också") is a complaint', () => {
    expect(complains('My father is upset, and so am I.', 'en')).toBe(true);
    expect(complains('Mamma är arg, och det är jag också.', 'sv')).toBe(true);
    expect(score('Good. My father is upset, and so am I.', 'en').score).toBeLessThan(0);
  });
  it('a trait said of the customer ("Han är envis.", "She is stubborn.") is no feeling', () => {
    expect(score('Han är envis.', 'sv').score).toBe(0);
    expect(score("She's so stubborn.", 'en').score).toBe(0);
  });
  it('the opposites stay: a real question, a question about a shared feeling, shared relief, a trait said of the agency', () => {
    expect(complains('Can you not hear me? The line is bad.', 'en')).toBe(false);
    expect(complains('Is she upset, and so am I supposed to fix it?', 'en')).toBe(false);
    expect(complains('My father is relieved, and so am I.', 'en')).toBe(false);
    expect(complains('Pappa är lättad, och det är jag också.', 'sv')).toBe(false);
    expect(score('Ni är envisa och dumma.', 'sv').label).toBe('negative');
    expect(score('Han är arg.', 'sv').label).toBe('negative');
  });
  it('so a helper who relays a stubborn customer calmly does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej, jag ringer för min bror, som sitter bredvid mig. Han säger ja till att vi pratar.'],
      ['agent', 'Tack. Vad gäller det?'],
      ['caller', 'Bostadstillägget. Kommer det i oktober?'],
      ['agent', 'Ja, den artonde.'],
      ['caller', 'Han vill fylla i blanketten själv. Han är envis.'],
      ['agent', 'Det går bra, jag skickar den.'],
      ['caller', 'Han nickar. Då vet vi vad som gäller.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
  it('but a support worker who ends angry with the customer does', () => {
    const result = call(
      'en',
      ['caller', 'Hello, I have a power of attorney for my client. The housing allowance was refused.'],
      ['agent', 'I can see the decision. The income was over the limit.'],
      ['caller', 'It was not. Nobody asked for the payslips.'],
      ['agent', 'You can ask for a reconsideration in writing.'],
      ['caller', 'Can you not just add the payslips now?'],
      ['agent', 'Not to a decision already made.'],
      ['caller', 'Then I will write. This was handled badly.'],
      ['agent', 'I have noted that.'],
      ['caller', 'Good. My client is upset, and so am I.'],
      ['agent', 'I am sorry.'],
      ['caller', 'At least that. But this is a mess.'],
    );
    expect(rulesAlerts(result).map((a) => a.kind)).toContain('callerEndsNegative');
  });
});
