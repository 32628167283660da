import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

// Round 43, from tuning set 36 (conditions and hedges turned into tasks, acts taken back). Sentences written for these
// tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('an answer to "and if …?" holds only under that condition', () => {
  it('"And if it isn\'t there by Friday?" "Then call us …" is no plain follow-up; the line keeps the condition', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. My pension isn't in my account in Spain yet.",
      'agent: It was sent today, as planned. Payments abroad usually take one to three bank days.',
      "caller: Okay, I'll stop worrying then. And if it isn't there by Friday?",
      'agent: Then call us and we can trace it with the bank.',
      'caller: Okay, thanks.',
    ], '2035-05-14');
    expect(followUps(d).map((s) => s.text).join(' ')).not.toMatch(/trace/u);
    expect(noteText(d)).toMatch(/If [^.]*Friday[^.]*trace it/u);
  });

  it('in Swedish, "Och om ingen ringer då?" "Då ringer du oss igen …" is no follow-up', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag väntar på besked om mitt bostadstillägg.',
      'agent: Jag har bokat en tid där en handläggare ringer dig på torsdag.',
      'caller: Och om ingen ringer då?',
      'agent: Då ringer du oss igen och hänvisar till det här samtalet.',
      'caller: Okej.',
    ], '2035-05-13');
    expect(followUps(d).map((s) => s.text).join(' ')).not.toMatch(/hänvisar/u);
  });
});

describe('a plan under a decision the caller has not made, and advice timed from that decision', () => {
  it('"Jag söker väl i så fall … i oktober" and "ansök gärna … innan du vill …" are neither fact nor task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag funderar på att gå i pension men har inte bestämt mig. Vad får jag om jag tar ut hela från december?',
      'agent: Om du tar ut hela din allmänna pension från december blir det ungefär femtontusen i månaden före skatt.',
      'caller: Okej. Då får jag fundera. Jag söker väl i så fall på Mina sidor nån gång i november.',
      'agent: Ja, ansök gärna minst en månad innan du vill ha första utbetalningen.',
      'caller: Bra. Tack.',
    ], '2035-09-10');
    expect(followUps(d)).toEqual([]);
    expect(noteText(d)).not.toMatch(/november/iu);
    expect(noteText(d)).toMatch(/15 000/u);
  });

  it('in English, "Apply a couple of months before you want it to start" is no task', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. When can I take my pension? I have not decided yet.',
      'agent: From sixty-three at the earliest. Apply a couple of months before you want it to start.',
      "caller: Okay. I'll think about it.",
    ], '2035-09-10');
    expect(followUps(d).map((s) => s.text).join(' ')).not.toMatch(/apply/iu);
  });
});

describe('an act the caller takes back ("that\'s not right, I haven\'t sent it")', () => {
  it('the errand keeps only the question, and neither the act nor the "not right" is stated', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. I'm applying for housing supplement for my father. I sent you the tenancy agreement last week, so I wonder if anything else is missing. Actually, no, that's not right, I haven't sent the agreement. What I sent was his bank statement.",
      'agent: The bank statement is here. We still need the tenancy agreement.',
      "caller: Right, I'll send it.",
    ], '2035-05-14');
    const note = noteText(d);
    expect(note).not.toMatch(/that is not right|that's not right/iu);
    expect(note).not.toMatch(/sent (?:you )?the tenancy agreement/iu);
    expect(section(d, 'reason').map((s) => s.text).join(' ')).toMatch(/anything else is missing/u);
  });

  it('in Swedish, taken back in a later turn: "den" is named, and "hur det går" says with what', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Vi skickade in en ansökan om bostadstillägg i juli och vi har inte hört nåt, så jag undrar hur det går.',
      'agent: Jag hittar ingen ansökan om bostadstillägg från juli.',
      'caller: Men vänta. Nej, det stämmer inte, jag har inte skickat den. Den ligger kvar hemma.',
      'agent: Då behöver den skickas in med hyresavtalet.',
      'caller: Okej.',
    ], '2035-09-10');
    const note = noteText(d);
    expect(note).toMatch(/Kunden har inte skickat ansökan om bostadstillägg/u);
    expect(note).not.toMatch(/skickade in en ansökan/u);
    expect(section(d, 'reason').map((s) => s.text).join(' ')).toMatch(/hur det går med ansökan om bostadstillägg/u);
  });
});
