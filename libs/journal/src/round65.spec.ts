import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 65, from tuning set 57 (what the call settled and what is left). Sentences written for these tests, not from any
// eval set. Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
const doneToday = (d: ReturnType<typeof draft>, pattern: RegExp) =>
  followUps(d).find((s) => pattern.test(s.text) && s.followUp?.dueDate === '2026-03-09');

describe('a form sent or ordered while the caller listens is done in the call', () => {
  it('"Jag har skickat en ny blankett nu" is a follow-up dated the call\'s day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har aldrig fått blanketten om efterlevandepension som jag bad om.',
      'agent: Jag ser att den gick till din gamla adress. Jag har skickat en ny blankett nu, till adressen på Storgatan.',
      'caller: Tack, då väntar jag på den.',
      'agent: Den bör komma inom en vecka.',
      'caller: Bra, hej då.',
    ]);
    expect(doneToday(d, /har skickat en ny blankett/u)).toBeDefined();
  });

  it('"I\'ve ordered a copy of the decision" is a follow-up dated the call\'s day', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I never got the decision on my guarantee pension.',
      'agent: I can see it went to a digital mailbox. I have ordered a paper copy of the decision for you.',
      'caller: Thank you, that helps.',
      'agent: It should arrive in a few days.',
      'caller: Good, bye.',
    ]);
    expect(doneToday(d, /has ordered a paper copy/u)).toBeDefined();
    // (Guard: "I've ordered it now" after the offer is the offer's task, not a second line "The agent has ordered it".)
    const offered = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I need a pension certificate for my landlord.',
      'agent: I can order a pension certificate for you by post.',
      'caller: Yes, please.',
      "agent: I've ordered it now.",
      'caller: Thanks, bye.',
    ]);
    expect(followUps(offered).some((s) => /has ordered it/u.test(s.text))).toBe(false);
  });
});

describe('a day before the call said with "från"/"from" is when the registered thing counts', () => {
  it('"I\'ve registered that you live apart from the second of March" is still done in the call', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My wife moved into a nursing home last week and I have housing supplement.',
      'agent: When did she move?',
      'caller: On the second of March.',
      'agent: I\'ve registered that you live apart from the second of March.',
      'caller: Thank you.',
    ]);
    expect(doneToday(d, /registered that the caller lives? apart/u)).toBeDefined();
    // (Guard: "jag har registrerat" with a day before the call and no "från" stays a thing of the past.)
    const earlier = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar om min nya adress har kommit in.',
      'agent: Ja, jag har registrerat den den andra mars när du ringde förra gången.',
      'caller: Vad bra, tack.',
      'agent: Var så god.',
      'caller: Hej då.',
    ]);
    expect(followUps(earlier).some((s) => s.followUp?.dueDate === '2026-03-09')).toBe(false);
  });
});

describe('the errand line says what the call settled', () => {
  it('"Då har jag registrerat ansökan …" goes beside the errand in the Ärende line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag går i pension i vår och vill ansöka om ålderspension.',
      'agent: Jag kan ta ansökan här i telefon. Från vilken månad?',
      'caller: Från maj, hela.',
      'agent: Då har jag registrerat ansökan om hel ålderspension från maj. Beslutet kommer med posten inom ungefär fyra veckor.',
      'caller: Tack så mycket.',
    ]);
    expect(errandLine(d)).toMatch(/ålderspension.*; handläggaren har registrerat ansökan om hel ålderspension från maj\./u);
    // (Guard: a step only promised for later is no outcome of the call.)
    const later = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I want to apply for housing supplement.',
      'agent: I will send you the application form tomorrow.',
      'caller: Thank you.',
      'agent: Send it back with your rental contract.',
      'caller: I will, bye.',
    ]);
    expect(errandLine(later)).not.toMatch(/;/u);
  });
});

describe('a relative on the line who names the wrong value corrects the caller', () => {
  it('"[sonen:] Du flyttade första februari, inte i mars." puts the right month in the errand line, and no "myndigheten flyttade"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har flyttat till en ny lägenhet i mars och har bostadstillägg. [sonen:] Du flyttade första februari, inte i mars.',
      'agent: Hej båda två. Stämmer det, första februari?',
      'caller: Ja, han har rätt.',
      'agent: Då ändrar jag det. Du får en blankett om ändrade uppgifter.',
      'caller: Tack.',
    ]);
    expect(errandLine(d)).toMatch(/1 februari/u);
    expect(noteText(d)).not.toMatch(/\[sonen:\]|Myndigheten flyttade/u);
  });
});
