import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';

// Round 67, from tuning set 59 (upset callers and the agent's promises). Sentences written for these tests, not from any
// eval set. Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];

describe('a mark the agent sets on the case in the call is a step done that day', () => {
  it('"Jag sätter en prioritetsmarkering på ärendet nu." is a follow-up on the call\'s day', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har väntat i åtta veckor på beslut om bostadsbidrag, det är ju helt orimligt.',
      'agent: Jag förstår. Ansökan kom in i januari och är inte handlagd än. Jag sätter en prioritetsmarkering på ärendet nu.',
      'caller: Okej. Tack då.',
      'agent: Ingen orsak.',
      'caller: Hej då.',
    ]);
    const flag = followUps(d).find((s) => /prioritetsmarkering/u.test(s.text));
    expect(flag?.followUp?.dueDate).toBe('2026-03-09');
    expect(flag?.followUp?.preposition).toBe('on');
  });

  it('"I\'ll put a priority flag on it" is a follow-up on the call\'s day', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My application for housing supplement has been sitting with you for ten weeks.',
      'agent: I can see it. It is still in the queue, I am sorry. I\'ll put a priority flag on it so it is handled sooner.',
      'caller: Fine. Thanks.',
      'agent: You are welcome.',
      'caller: Bye.',
    ]);
    const flag = followUps(d).find((s) => /priority flag/u.test(s.text));
    expect(flag?.followUp?.dueDate).toBe('2026-03-09');
  });
});

describe('the agent\'s step and a call-back on a day in one sentence are two follow-ups', () => {
  it('"Jag ber en kollega räkna om beloppet, och så ringer jag dig på torsdag." → the question on the call\'s day, the call on Thursday', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min ålderspension är lägre i mars och ingen har förklarat varför.',
      'agent: Jag ser en ändring här men inte orsaken. Jag ber en kollega räkna om beloppet, och så ringer jag dig på torsdag den tolfte.',
      'caller: Ja, gör det.',
      'agent: Då säger vi så.',
      'caller: Hej då.',
    ]);
    const asked = followUps(d).find((s) => /kollega/u.test(s.text));
    const call = followUps(d).find((s) => s.followUp?.kind === 'callBack');
    expect(asked?.followUp?.dueDate).toBe('2026-03-09');
    expect(asked?.text).not.toMatch(/ringer/u);
    expect(call?.followUp?.dueDate).toBe('2026-03-12');
    expect(call?.text).toMatch(/^Handläggaren ringer kunden/u);
  });

  it('a call-back promised after looking into it stays one follow-up (guard)', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min ålderspension är lägre i mars och ingen har förklarat varför.',
      'agent: Jag tittar på det, och så ringer jag dig på torsdag den tolfte.',
      'caller: Ja, gör det.',
      'agent: Då säger vi så.',
      'caller: Hej då.',
    ]);
    expect(followUps(d).some((s) => /^Handläggaren tittar på det\.$/u.test(s.text))).toBe(false);
  });
});

describe('the caller\'s charge against the agency as the errand is what the caller says', () => {
  it('"Ni har tagit tvåtusen kronor av min pension" → "Kunden uppger att myndigheten har tagit …"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Ni har tagit tvåtusen kronor av min pension i mars. Det är ju rent fusk.',
      'agent: Jag förstår att du är upprörd. Det är skatten som har ändrats, enligt Skatteverkets tabell.',
      'caller: Jaha. Det visste jag inte.',
      'agent: Du kan ansöka om jämkning hos Skatteverket.',
      'caller: Okej, tack.',
    ]);
    expect(errandLine(d)).toMatch(/Kunden uppger att myndigheten har tagit/u);
  });

  it('"You lost my application" → "The caller says that the agency lost …"', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. You lost my application for guarantee pension, I sent it in January.',
      'agent: Let me look. It came in on the twentieth of January and is being handled.',
      'caller: Oh. Good.',
      'agent: You will get a decision in March.',
      'caller: Thank you.',
    ]);
    expect(errandLine(d)).toMatch(/The caller says that the agency lost/u);
  });
});
