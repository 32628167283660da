import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 56, from tuning set 48 (follow-ups: who does what, and when).
// Sentences written for these tests, not from any eval set. Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('one sentence with two doers is two follow-ups, each dated by its own clause', () => {
  it('"jag skickar intyget i dag, och sen skriver du under det" lists the agent and the caller apart', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Lena.',
      'caller: Hej. Jag behöver ett intyg om min sjukpenning till banken.',
      'agent: Det ordnar vi. Jag skickar intyget i dag, och sen skriver du under det och lämnar det till banken.',
      'caller: Bra, tack.',
    ]);
    const agent = followUps(d).find((f) => /^Handläggaren skickar intyget/u.test(f.text));
    const caller = followUps(d).find((f) => /^Kunden skriver under/u.test(f.text));
    expect(agent?.followUp?.dueDate).toBe('2026-03-09');
    expect(caller?.text).not.toMatch(/skickar/u);
    expect(caller?.followUp?.dueDate).toBeUndefined();
  });

  it('English: "I\'ll call you on Thursday …, and you\'ll also get a written reply within about three weeks" gives the reply no day', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My pension was paid to the wrong account and I want to complain.',
      "agent: I've registered the complaint. I'll call you on Thursday when I've checked with the payments team, and you'll also get a written reply within about three weeks.",
      'caller: Okay, thanks.',
    ]);
    const call = followUps(d).find((f) => /^The agent will call/u.test(f.text));
    const reply = followUps(d).find((f) => /written reply/u.test(f.text));
    expect(call?.text).not.toMatch(/written reply/u);
    expect(call?.followUp?.dueDate).toBe('2026-03-12');
    expect(reply?.text).toMatch(/^The caller will get a written reply/u);
    expect(reply?.followUp?.dueDate).toBeUndefined();
  });

  it('English: "The decision comes within a few weeks, and the first payment is on …" dates only the payment', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. I applied for my old-age pension last week. When will I hear?',
      'agent: The decision comes within a few weeks, and the first payment is on Friday 17 April.',
      'caller: Lovely, thank you.',
    ]);
    const decision = followUps(d).find((f) => /^The decision/u.test(f.text));
    const payment = followUps(d).find((f) => /^The first payment/u.test(f.text));
    expect(decision?.followUp?.dueDate).toBeUndefined();
    expect(payment?.followUp?.dueDate).toBe('2026-04-17');
  });
});

describe('what the agent sends now and its arrival are two follow-ups', () => {
  it('"jag beställer blanketten nu, så kommer den inom några dagar" dates the order on the call day, names the form and gives its arrival no day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill söka bostadstillägg men jag har ingen dator.',
      'agent: Då beställer jag blanketten nu, så kommer den inom några dagar.',
      'caller: Tack så mycket.',
    ]);
    const order = followUps(d).find((f) => /beställer blanketten/u.test(f.text));
    const arrival = followUps(d).find((f) => /^Blanketten kommer/u.test(f.text));
    expect(order?.text).not.toMatch(/dagar/u);
    expect(order?.followUp?.dueDate).toBe('2026-03-09');
    expect(arrival?.followUp?.dueDate).toBeUndefined();
  });
});

describe('a second clause that is no task of its own stays with the first (guards)', () => {
  it('an option ("and you can also apply on My Pages") and what the agency needs back are not split off', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to apply for housing supplement but I have no computer.',
      "agent: I'll post you the form today, and you can also apply on My Pages if your son helps you.",
      'caller: Thanks. And when do you need it?',
      'agent: Please send the form back, and we need it by the thirtieth of March.',
      'caller: Okay.',
    ]);
    const texts = followUps(d).map((f) => f.text);
    expect(texts.some((t) => /^The caller can also apply/u.test(t))).toBe(false);
    expect(texts.some((t) => /^The agency needs it/u.test(t))).toBe(false);
  });

  it('English: "… on 18 October, and you\'ll also get the difference then" dates the second task by the first clause\'s day', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My pension went up but I was paid the old amount in September.',
      "agent: The first payment with the new amount is on the eighteenth of March, and you'll also get the difference for February then.",
      'caller: Great, thanks.',
    ]);
    const difference = followUps(d).find((f) => /difference/u.test(f.text));
    expect(difference?.text).toMatch(/^The caller will get the difference/u);
    expect(difference?.followUp?.dueDate).toBe('2026-03-18');
  });
});
