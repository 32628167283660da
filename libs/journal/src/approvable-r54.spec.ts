import { describe, expect, it } from 'vitest';
import { draft, texts } from './testing/drafts.js';

// Round 54, from tuning set 46 (follow-ups: calls the agent told the caller to make).
// Sentences written for these tests, not from any eval set.

describe('the caller calls the party the agent told them to contact', () => {
  it('"Kontakta kommunen …" … "Jag ringer dem i morgon." is the caller\'s task, with the party named', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag undrar om bostadstillägget räcker till hemtjänsten.',
      'agent: Bostadstillägget gäller bara hyran.',
      'caller: Okej. Men nu har jag ingen hemtjänst längre.',
      'agent: Vi behöver ett intyg om avgiften. Det bästa är att du kontaktar kommunen och ber om det.',
      'caller: Jaha. Då ringer jag dem i morgon.',
      'agent: Bra.',
      'caller: Tack.',
    ]);
    const task = texts(d, 'followUp').find((t) => /ringer/u.test(t));
    expect(task).toBe('Kunden ringer kommunen i morgon.');
    expect(d.sections.find((s) => s.key === 'followUp')!.sentences.find((s) => s.text === task)?.followUp?.dueDate).toBe('2026-03-10');
  });

  it('English: "You need to ask Skatteverket …" … "I\'ll ring them on Monday." names Skatteverket', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. My tax went up this year and I want it lowered.',
      'agent: We follow the table we are given. You need to ask Skatteverket for a new one.',
      "caller: Right. I'll ring them on Monday.",
      'agent: Good.',
      'caller: Thanks, bye.',
    ]);
    const task = d.sections.find((s) => s.key === 'followUp')!.sentences.find((s) => /Skatteverket/u.test(s.text));
    expect(task?.text).toBe('The caller will ring Skatteverket on Monday.');
    expect(task?.followUp?.dueDate).toBe('2026-03-16');
  });

  it('"Ring banken …" … "Ja, jag ringer dem nu då." is the caller\'s task on the day of the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pension har inte kommit in på kontot.',
      'agent: Den betalades ut i går men kom tillbaka. Ring banken och fråga om kontot är stängt.',
      'caller: Ja, jag ringer dem nu då.',
      'agent: Bra.',
      'caller: Tack.',
    ]);
    const task = d.sections.find((s) => s.key === 'followUp')!.sentences.find((s) => /banken/u.test(s.text) && /Kunden ringer/u.test(s.text));
    expect(task?.text).toBe('Kunden ringer banken nu.');
    expect(task?.followUp?.dueDate).toBe('2026-03-09');
  });

  it('a referral of a matter this agency does not handle stays the caller\'s own plan', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. My housing allowance from the council has stopped and I want to know why.',
      "agent: That's paid by the council, not by us. Call the council and ask them.",
      "caller: Okay. I'll call them tomorrow.",
      'agent: Good.',
      'caller: Thanks, bye.',
    ]);
    expect(texts(d, 'followUp').join(' ')).not.toMatch(/call/u);
  });

  it('a call elsewhere the agent never asked for stays the caller\'s own plan (round 35)', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. My pension payment is late this month.',
      'agent: It was paid yesterday, so it should be in your account today.',
      "caller: Okay. I'll ring the bank on Monday then.",
      'agent: Good.',
      'caller: Thanks, bye.',
    ]);
    expect(texts(d, 'followUp').join(' ')).not.toMatch(/bank/u);
  });
});
