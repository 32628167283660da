import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';

// Round 68, from tuning set 60 (work done during the call). Sentences written for these tests, not from any eval set.
// Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];

describe('the decision that comes next is a follow-up', () => {
  it('"Sen kommer beslutet" after an application taken in the call is the agency\'s decision to watch', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill söka sjukpenning men jag har inget BankID.',
      'agent: Då har jag registrerat ansökan om sjukpenning från den andra mars.',
      'caller: Vad händer nu?',
      'agent: Sen kommer beslutet med posten.',
      'caller: Okej, tack.',
    ]);
    expect(followUps(d).some((s) => s.followUp?.kind === 'decision' && /beslut/u.test(s.text))).toBe(true);
  });

  it('"A decision on the housing supplement will come." is a decision follow-up', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I moved last week and my rent is higher now.',
      'agent: I have registered the new rent from the first of March. A decision on the housing supplement will come.',
      'caller: Good. Thanks.',
      'agent: You are welcome.',
      'caller: Bye.',
    ]);
    expect(followUps(d).some((s) => s.followUp?.kind === 'decision' && /decision/u.test(s.text))).toBe(true);
  });

  it('"Beslutet kan komma …" is no promise and stays out (guard)', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar bara hur det går med min ansökan om bostadstillägg.',
      'agent: Den är inte handlagd än. Beslutet kan komma tidigast i maj.',
      'caller: Okej.',
      'agent: Något mer?',
      'caller: Nej, hej då.',
    ]);
    expect(followUps(d).some((s) => s.followUp?.kind === 'decision')).toBe(false);
  });
});

describe('a meeting booked in the call is the agent\'s step done that day', () => {
  it('"Jag kan boka ett åt dig." … "Då är det bokat." names the meeting, on the call\'s day and in the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill gärna gå igenom min pension med någon.',
      'agent: Vi har telefonmöten med pensionsrådgivare. Jag kan boka ett åt dig.',
      'caller: Ja tack.',
      'agent: Jag har en tid på fredag den trettonde klockan nio. Passar den?',
      'caller: Ja.',
      'agent: Då är det bokat.',
      'caller: Tack så mycket.',
    ]);
    const booked = followUps(d).find((s) => /bokade ett telefonmöte/u.test(s.text));
    expect(booked?.followUp?.dueDate).toBe('2026-03-09');
    expect(booked?.followUp?.preposition).toBe('on');
    expect(errandLine(d)).toMatch(/bokade ett telefonmöte/u);
  });

  it('"I can book one now." … "Booked." is the agent\'s booking of the meeting named before', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I got a letter that you want a video meeting about my activity compensation.',
      'agent: Yes, the investigator wants to plan with you. I can book one now.',
      'caller: Please do.',
      'agent: There is Wednesday the eleventh at two. Does that work?',
      'caller: Yes.',
      'agent: Booked.',
      'caller: Thanks.',
    ]);
    const booked = followUps(d).find((s) => /booked a video meeting/u.test(s.text));
    expect(booked?.followUp?.dueDate).toBe('2026-03-09');
  });

  it('"Booked." with no meeting named anywhere writes no booking (guard)', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I would like to talk to someone about my pension.',
      'agent: I can book it now.',
      'caller: Yes.',
      'agent: Booked.',
      'caller: Thanks.',
    ]);
    expect(followUps(d).some((s) => /booked/iu.test(s.text))).toBe(false);
  });
});
