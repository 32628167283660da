import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 18 (from journal calls-tuning-57: a neutral call that alerted on its caller's "still irritated, but thanks"):
// sentences written for these tests, each fix against an opposite that must not change.

describe('round 18: the comma before "men" / "but" does not end the contrast', () => {
  it('what is conceded before ", men" / ", but" weighs as it does without the comma', () => {
    expect(score('Jag är lite besviken, men tack ändå.', 'sv').score).toBe(score('Jag är lite besviken men tack ändå.', 'sv').score);
    expect(score('Det var krångligt, men nu fungerar det bra.', 'sv').score).toBe(score('Det var krångligt men nu fungerar det bra.', 'sv').score);
    expect(score("I'm still a bit annoyed, but thanks.", 'en').score).toBe(score("I'm still a bit annoyed but thanks.", 'en').score);
  });
  it('"jag är fortfarande irriterad, men tack", "I am still irritated, but thank you" close on the thanks', () => {
    expect(score('Jag är fortfarande irriterad, men tack.', 'sv').label).toBe('positive');
    expect(score("I'm still irritated, but thanks.", 'en').label).toBe('positive');
  });
  it('but thanks conceded before "men" / "but" stays anger, and a sentence without contrast is unchanged', () => {
    expect(score('Tack, men jag är fortfarande förbannad.', 'sv').label).toBe('negative');
    expect(score("Thanks, but I'm still furious.", 'en').label).toBe('negative');
    expect(score('Jag är fortfarande irriterad.', 'sv').label).toBe('negative');
    expect(score('Okej, jag är irriterad.', 'sv').label).toBe('negative');
  });
  it('so a caller who grumbles once and closes "still irritated, but thanks" does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Jag fick betala in tvåtusen kronor i kvarskatt. Jag vill att ni drar mer skatt på pensionen.'],
      ['agent', 'Det kan jag ordna. Hur mycket mer vill du ha dragit?'],
      ['caller', 'Trehundra i månaden.'],
      ['agent', 'Då är det registrerat från augusti.'],
      ['caller', 'Varför kunde ni inte ha dragit rätt från början?'],
      ['agent', 'Vi drar skatt på det vi betalar ut; har du annan inkomst räcker det inte alltid.'],
      ['caller', 'Ja, jag har ju lite hyresintäkter. Kommer julipensionen som vanligt?'],
      ['agent', 'Ja, den tjugosjätte.'],
      ['caller', 'Okej. Jag är fortfarande irriterad, men tack.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
  it('but one who closes "thanks, but I am still furious" does', () => {
    const result = call(
      'en',
      ['caller', 'Hi. I had to pay two thousand in back tax. I want you to take more tax from my pension.'],
      ['agent', 'I can do that. How much more?'],
      ['caller', 'Three hundred a month.'],
      ['agent', 'That is registered from August.'],
      ['caller', "Why couldn't you have taken the right amount from the start?"],
      ['agent', 'We tax what we pay out; with other income it is not always enough.'],
      ['caller', 'Yes, I have some rental income. Is the July pension paid as usual?'],
      ['agent', 'Yes, on the twenty-sixth.'],
      ['caller', "Okay. Thanks, but I'm still furious."],
    );
    expect(rulesAlerts(result).map((a) => a.kind)).toContain('callerEndsNegative');
  });
});
