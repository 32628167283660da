import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 36, from tuning set 31 (follow-ups: who, what and when; false statements).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe("the agent's promise after \"but\" keeps its own day", () => {
  it('a call-back asked for is dated by the promise, not by the payment day told before it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I have asked Skatteverket for a new tax table. Can you ring me when it has arrived?',
      'agent: The payment on Wednesday the twenty-fifth is already done, but I will look on Friday the twentieth and ring you then.',
      'caller: Lovely, thanks.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-20');
  });

  it('in Swedish too: "…, men jag ringer dig på fredag"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Kan du ringa mig när den nya skattetabellen har kommit?',
      'agent: Utbetalningen onsdagen den tjugofemte är redan klar, men jag tittar fredagen den tjugonde och ringer dig då.',
      'caller: Bra, tack.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-20');
  });
});
