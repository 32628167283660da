import { describe, expect, it } from 'vitest';
import { draft, texts } from './testing/drafts.js';

// Round 13 (issue 14). Sentences written for these tests, not taken from any eval set.

const informed = (d: ReturnType<typeof draft>) => texts(d, 'agentActions');

describe('a condition and its consequence, round 13', () => {
  it('joins a condition said alone to the consequence after it, once: no line of the bare condition', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, hej.',
      'caller: Hej, jag undrar vad jag får i pension om jag väntar.',
      'agent: Om du tar ut den från 66 blir det ungefär 12 800 kronor. Om du väntar till 67. Då blir det ungefär 13 600 kronor i månaden.',
      'caller: Okej, tack.',
    ]);
    expect(informed(d)).toContain('Om kunden väntar till 67 blir det ungefär 13 600 kronor i månaden.');
    expect(informed(d)).not.toContain('Om kunden väntar till 67.');
  });

  it('leaves a statement that only ends in a condition ("också om …") whole, and writes the "Så …" after it on its own', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, hej.',
      'caller: Hej, jag ringer om min mammas bostadstillägg, hyran har höjts.',
      'agent: All hennes inkomst räknas in, också om hon får efterlevandepension. Så bostadstillägget kan bli lägre, men det kan jag inte säga nu.',
      'caller: Okej, tack.',
    ]);
    expect(informed(d)).toEqual([
      'All hennes inkomst räknas in, också om hon får efterlevandepension.',
      'Bostadstillägget kan bli lägre, men det kan handläggaren inte säga nu.',
    ]);
  });
});
