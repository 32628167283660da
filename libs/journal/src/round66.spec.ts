import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 66, from tuning set 58 (what is true and what is only said). Sentences written for these tests, not from any eval
// set. Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];

describe('the errand line is the caller\'s errand, not what a relative on the line says', () => {
  it('"[dottern:] …" after the caller\'s sentence stays out of the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ringer om min garantipension, jag har flyttat hem från Norge. [dottern:] Du har ju bott där i tjugo år.',
      'agent: Hur länge bodde du i Norge?',
      'caller: Elva år. [dottern:] Jaha, då minns jag fel.',
      'agent: Då skickar jag en blankett om bosättning utomlands.',
      'caller: Tack.',
    ]);
    expect(errandLine(d)).toMatch(/Norge/u);
    expect(errandLine(d)).not.toMatch(/\[dottern:\]|tjugo|20 år/u);
  });

  it('"[son:] Hi." after the caller\'s sentence stays out of the errand line', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I got married in January and I think it affects my housing supplement. [son:] Hi there.',
      'agent: It does. From which date do you live together?',
      'caller: From the first of February.',
      'agent: Then I register that now.',
      'caller: Thanks.',
    ]);
    expect(errandLine(d)).toMatch(/housing supplement/u);
    expect(errandLine(d)).not.toMatch(/\[son:\]|Hi there/u);
  });
});

describe('"by post" is the way a thing is sent, not a deadline', () => {
  it('"I\'ve sent the decision by post now" is done on the call\'s day, not due by it', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I never got my decision on guarantee pension.',
      'agent: I can see it went out last month. I have sent a copy of the decision by post now.',
      'caller: Thank you.',
      'agent: It should arrive within a week.',
      'caller: Good, bye.',
    ]);
    const sent = followUps(d).find((s) => /by post/u.test(s.text));
    expect(sent?.followUp?.dueDate).toBe('2026-03-09');
    expect(sent?.followUp?.preposition).toBe('on');
  });
});

describe('a value the caller takes back in the next turn and the agent says back is the value the note states', () => {
  it('"tre tusen … Nej, vänta. Tvåtusenfemhundra räcker." "Tvåtusenfemhundra kronor då.": the errand line says 2 500', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill ha mer skatt dragen på pensionen, tre tusen extra i månaden.',
      'agent: Det kan jag lägga in. Tre tusen kronor extra i månaden?',
      'caller: Nej, vänta. Jag har räknat igen och tvåtusenfemhundra räcker.',
      'agent: Tvåtusenfemhundra kronor extra i månaden då. Det gäller från aprilutbetalningen.',
      'caller: Bra, tack.',
    ]);
    expect(errandLine(d)).toMatch(/2 500/u);
    expect(errandLine(d)).not.toMatch(/3 000/u);
  });

  it('"from the tenth of May … hang on, it says June. The tenth of June." "The tenth of June, then.": the errand line says June', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I am moving to a new flat, from the tenth of May, and I want to report it for my housing supplement.',
      'agent: Do you have the contract in front of you?',
      'caller: Yes... oh, hang on, it says June. The tenth of June.',
      'agent: The tenth of June, then. I have registered the new address.',
      'caller: Thank you.',
    ]);
    expect(errandLine(d)).toMatch(/10 June/u);
    expect(errandLine(d)).not.toMatch(/May/u);
    // (Guard: a month said alone, "I moved in May", is not swapped for the agent's day: only a day of the month is.)
    const month = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My rent went up in May and I want to report it for my housing supplement.',
      'agent: Do you have the notice from the landlord?',
      'caller: Yes... hang on, let me find it. It is from the first of June.',
      'agent: The first of June, then. I have registered the new rent.',
      'caller: Thank you.',
    ]);
    expect(noteText(month)).toMatch(/in May/u);
  });

});
