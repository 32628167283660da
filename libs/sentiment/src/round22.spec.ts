import { describe, expect, it } from 'vitest';
import { call, rulesAlerts } from './testing/rounds.js';

// Sentiment round 22 (calls-tuning-62): the learned model alone alerted on a satisfied call (t62-en-06, p 0.407 over the
// floor 0.40) that closed "Great, thanks for your patience." after a few procedural turns: "your" and "for" weigh towards
// anger in the model trained on sets 2 to 47, and it had never seen "patience". Retraining on sets 2 to 62 was tried and
// not kept (out of fold it lost angry calls, and it broke "Toppen, tack." makes peace); these pin the rules' side.
const modelAlert = (result: ReturnType<typeof call>) => result.alerts.find((a) => a.kind === 'callerSoundsAngry');

describe('sentiment round 22: a satisfied closing after procedural turns', () => {
  it('does not alert on a satisfied caller who signs during the call and thanks the agent for their patience', () => {
    const result = call(
      'en',
      ['agent', 'Pensionsmyndigheten.'],
      ['caller', 'Hi. I changed my fund last month but the old one is still there.'],
      ['agent', 'The change was never signed.'],
      ['caller', 'Oh. Someone came to the door, I remember now. Can I do it again?'],
      ['agent', "Yes, log in and I'll guide you."],
      ['caller', "Right, I'm logged in. Same fund, and now I'm signing. There."],
      ['agent', "It's signed."],
      ['caller', 'Great, thanks for your patience.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });

  it('still alerts on a caller who ends angry about the same errand', () => {
    const result = call(
      'en',
      ['agent', 'Pensionsmyndigheten.'],
      ['caller', 'My fund switch is still not done. This is the third time I call.'],
      ['agent', 'The change was never signed.'],
      ['caller', 'I signed it. Your system is a joke.'],
      ['agent', 'I can help you sign it again.'],
      ['caller', "No. I'm not doing this again. Ridiculous."],
      ['agent', 'I understand.'],
      ['caller', "You don't. Forget it, I'll complain."],
    );
    expect(modelAlert(result)).toBeDefined();
  });
});
