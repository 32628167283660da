import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 60, from tuning set 52 (the errand line and the call's outcome: a caller's belief the agent puts right, a short
// question and its answer). Sentences written for these tests, not from any eval set. Call date Monday 9 March 2026.

describe('an errand the agent refutes in the next turn is the caller\'s belief, not a fact', () => {
  it('"My housing supplement for February was too low." "Let me see. It\'s the other way round …" says what the caller thought', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My housing supplement for February was too low.',
      'agent: Let me see. It\'s actually the other way round. You were paid twice for the same week, so you got too much.',
      'caller: Oh dear. What happens now?',
      'agent: You will get a letter about paying it back.',
      'caller: Okay, thanks.',
    ]);
    expect(errandLine(d)).toMatch(/^The caller thought their housing supplement for February was too low/u);
  });

  it('"… och ni har tappat bort den." "Nej då, den är inte borttappad …" keeps what the caller sent and gives the loss as believed', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag postade en ansökan om bostadstillägg i januari och ni har tappat bort den.',
      'agent: Nej då, den är inte borttappad. Den kom in i februari men saknar underskrift.',
      'caller: Jaså. Vad gör jag då?',
      'agent: Jag skickar den till dig så att du kan skriva under.',
      'caller: Bra, tack.',
    ]);
    const line = errandLine(d);
    expect(line).toMatch(/ansökan om bostadstillägg i januari/u);
    expect(line).toMatch(/trodde att myndigheten har tappat bort/u);
    expect(line).not.toMatch(/^Kunden trodde att hen postade/u);
  });

  it('"I received a letter that my tax deduction was changed." "I can\'t find any tax change for you …": the denied clause is told as believed, the letter as told', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I received a letter that my tax deduction was changed.',
      'agent: I can\'t find any tax change for you this year. Is the letter in your name?',
      'caller: Oh. No, it is my sister\'s, she lives with me.',
      'agent: Then your tax is as before.',
      'caller: Good, thanks.',
    ]);
    const line = errandLine(d);
    expect(line).toMatch(/received a letter/u);
    expect(line).toMatch(/thought their tax deduction was changed/u);
  });

  it('an errand the agent only looks into, without refuting it, stays as told', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pension kom inte i februari.',
      'agent: Jag tittar. Den betalades ut den artonde, men till ditt gamla konto.',
      'caller: Åh nej. Kan ni ändra det?',
      'agent: Du ändrar kontot själv i appen.',
      'caller: Tack.',
    ]);
    expect(errandLine(d)).not.toMatch(/trodde/u);
  });
});

describe('a short question and the fragment that answers it', () => {
  it('"When will there be a decision?" "Usually within about a month." keeps the question with the answer', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I sent in my application for guarantee pension last week and want to know it has arrived.',
      'agent: Yes, it is here and it is complete.',
      'caller: When will there be a decision?',
      'agent: Usually within about a month.',
      'caller: Fine, thanks.',
    ]);
    expect(noteText(d)).toMatch(/Asked when there will be a decision, the agent said: usually within about a month\./u);
    expect(noteText(d)).not.toMatch(/^- Usually within about a month\.$/mu);
  });

  it('"Och pengarna kommer den tjugonde, har jag förstått?" "Nej, vi betalar den tjugofemte." asks about the day, not whether the caller understood', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill begära omprövning av mitt beslut om bostadstillägg.',
      'agent: Det kan du göra på Mina sidor.',
      'caller: Och pengarna kommer den tjugonde, har jag förstått?',
      'agent: Nej, vi betalar den tjugofemte.',
      'caller: Okej, tack.',
    ]);
    const note = noteText(d);
    expect(note).not.toMatch(/om kunden har förstått/u);
    expect(note).toMatch(/På frågan om pengarna kommer den (?:tjugonde|20) svarade handläggaren: nej, myndigheten betalar den (?:tjugofemte|25)/u);
  });
});
