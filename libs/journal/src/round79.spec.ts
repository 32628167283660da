import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 79, from tuning set 70 (worried, upset and vulnerable callers): the agent's note on the case made in the call is
// its step done that day (`MARKS_NOW` in extractive.ts), and a bare "No." is kept as the answer where the agent's next
// sentence only goes to look. Sentences written for these tests, not from any eval set. Call day: Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
const dated = (d: ReturnType<typeof draft>, pattern: RegExp) =>
  followUps(d).find((s) => pattern.test(s.text));

describe('the agent notes something on the case in the call: its step, done on the call\'s day', () => {
  it('"Jag antecknar ditt klagomål på handläggningstiden.": a follow-up of the agent on 9 March', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har väntat i tio veckor på beslut om min assistansersättning och jag är så trött på det här.',
      'agent: Jag förstår. Ansökan ligger hos en utredare och beslut väntas inom fyra veckor.',
      'caller: Fyra veckor till! Jag vill klaga.',
      'agent: Jag antecknar ditt klagomål på handläggningstiden.',
      'caller: Tack, hej.',
    ]);
    const noted = dated(d, /antecknar/u);
    expect(noted?.followUp?.dueDate).toBe('2026-03-09');
    expect(noted?.followUp?.preposition).toBe('on');
  });

  it('"I\'ll note that you called and that the certificate is on its way.": a follow-up of the agent on 9 March', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I got a letter saying my sickness benefit stops because a certificate is missing. I\'m really scared.',
      'agent: I can see the letter. The doctor has not sent the new certificate yet.',
      'caller: The doctor posted it on Friday, they said.',
      'agent: Good. I\'ll note that you called and that the certificate is on its way.',
      'caller: Thank you.',
    ]);
    const noted = dated(d, /note/u);
    expect(noted?.followUp?.dueDate).toBe('2026-03-09');
  });

  it('"I\'ll also mark the case as urgent.": a follow-up of the agent on 9 March', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I applied for housing supplement in January and my rent is overdue. I could lose the flat.',
      'agent: I\'m sorry to hear that. The application is waiting for a case officer.',
      'caller: Can anything be done?',
      'agent: I\'ll also mark the case as urgent.',
      'caller: Thank you so much.',
    ]);
    const marked = dated(d, /urgent/u);
    expect(marked?.followUp?.dueDate).toBe('2026-03-09');
  });

  it('guard: "Beslutet kommer före det, och jag noterar att du har ringt.": the decision is not dated the call\'s day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar när jag får beslut om efterlevandepensionen, hyran ska betalas i april.',
      'agent: Beslutet kommer före det, och jag noterar att du har ringt.',
      'caller: Okej, tack.',
    ]);
    expect(followUps(d).some((s) => /Beslutet/u.test(s.text) && s.followUp?.dueDate === '2026-03-09')).toBe(false);
  });

  it('guard: "Jag noterar det." after a figure, and the offer "Vill du att jag noterar ditt missnöje?", are no step of their own', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min nya hyra är sjutusen kronor i månaden.',
      'agent: Jag noterar det. Vill du att jag noterar ditt missnöje i ärendet?',
      'caller: Nej, det behövs inte.',
    ]);
    expect(followUps(d).some((s) => /noterar/u.test(s.text))).toBe(false);
  });
});

describe('a bare "No." before the agent goes to look is the answer', () => {
  it('"Do you think I\'m faking it?" "No. I\'m sorry … Let me read the decision.": the note says the agent said no, never the looking as the answer', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: [NAMN], [PERSONNUMMER]. You\'ve turned down my activity compensation and I want to know why. My doctor says I can\'t work at all.',
      'agent: I\'m sorry to hear that.',
      'caller: Do you think I\'m faking it?',
      'agent: No. I\'m sorry, I know this is hard to hear. Let me read the decision.',
      'caller: Fine.',
      'agent: The decision says the medical report doesn\'t describe how long the reduced ability to work will last.',
      'caller: So what do I do?',
      'agent: You can ask for reconsideration in writing within two months.',
    ]);
    expect(noteText(d)).toMatch(/Asked whether the agency thinks the caller is faking it, the agent said no\./u);
    expect(noteText(d)).not.toMatch(/said: the caller is asked to let the agent read/u);
  });

  it('guard: "Så pensionen stoppas inte?" "Nej. Den betalas som vanligt.": a no that agrees with a negative question is not written as "svarade nej"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Någon ringde och sa att min pension skulle stoppas om jag inte loggade in. Så pensionen stoppas inte?',
      'agent: Nej. Jag ska titta. Det finns inget som tyder på det.',
      'caller: Vilken tur.',
    ]);
    expect(noteText(d)).not.toMatch(/svarade handläggaren nej/u);
  });

  it('guard: "Will I lose everything?" "No. Germany is in the EU, so …": the answer that says what is so is written as before', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I\'m moving to Germany in May. Will I lose my pension?',
      'agent: No. Germany is in the EU, so your income pension is paid to you there.',
      'caller: That\'s a relief.',
    ]);
    expect(noteText(d)).not.toMatch(/the agent said no\./u);
    expect(noteText(d)).toMatch(/Germany is in the EU/u);
  });
});
