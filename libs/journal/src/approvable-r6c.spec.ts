import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

/**
 * Issue 14, sixth round, third part: follow-ups. Each mechanism is shown on sentences of its kind
 * (not on a call of a tuning set).
 */

describe('follow-ups: a written request the caller is told to send', () => {
  it('is a document the agency awaits ("Du skriver och förklarar …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag har fått ett återkrav och jag tycker att det är fel.',
      'agent: Du har rätt att begära omprövning av beslutet.',
      'caller: Hur gör jag?',
      'agent: Du skriver och förklarar varför du tycker att beslutet är fel. Begäran ska ha kommit in till oss senast den tolfte april.',
      'caller: Okej, jag skriver i dag.',
    ]);
    const written = section(d, 'followUp').find((s) => s.text.startsWith('Kunden skriver'));
    expect(written?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-04-12', preposition: 'by' });
  });

  it('is so in English ("You write to us and explain …")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I got a repayment decision and I think it is wrong.',
      'agent: You have the right to request a review of the decision.',
      'caller: How do I do that?',
      'agent: You write to us and explain why you think the decision is wrong. The request must reach us by the twelfth of April.',
      'caller: Okay, I will write today.',
    ]);
    const written = section(d, 'followUp').find((s) => /^The caller writes/u.test(s.text));
    expect(written?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-04-12', preposition: 'by' });
  });
});
