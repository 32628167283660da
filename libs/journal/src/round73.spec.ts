import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp').map((x) => ({ text: x.text, ...x.followUp }));

// Round 73, from tuning set 65 (someone speaks for the person the errand concerns). Sentences written for these tests,
// not from any eval set. The call day is Monday 9 March 2026 (the helper's default).

describe('an interpreter who introduces themselves with an article or as "interpreter here" relays the customer', () => {
  it('"I\'m a Somali interpreter." … "She says she never got the decision.": the customer\'s words, no "She says"', () => {
    const note = noteText(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, I\'m a Somali interpreter. The customer is here with me, [NAMN], [PERSONNUMMER].',
      'agent: Hello. May I speak with the customer through you?',
      'caller: Yes. She says she never got the decision about her parental benefit.',
      'agent: I can see the decision was sent on the second of March. She should report her new address herself.',
      'caller: She says she will do it today.',
    ]));
    expect(note).not.toMatch(/\bShe says\b/u);
    expect(note).not.toMatch(/\b(?:she|her|herself)\b/iu);
  });

  it('"Hej, tolken här." … "Hon säger att hon har flyttat.": the customer\'s words, no "Hon säger"', () => {
    const note = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, tolken här. Kunden sitter bredvid mig, [NAMN], [PERSONNUMMER].',
      'agent: Hej. Får jag prata med kunden genom dig?',
      'caller: Ja. Hon säger att hon har flyttat till Gävle och undrar om pensionen påverkas.',
      'agent: Nej, pensionen påverkas inte av en flytt inom Sverige.',
      'caller: Hon säger tack.',
    ]));
    expect(note).not.toMatch(/\bHon säger\b/u);
  });
});

describe('a thing told as sent, named by the agent\'s offer or intent a few lines back, is a task done on the call day', () => {
  it('"I can post an application form to you now." … "The form is posted now." is the outcome, not an open offer', () => {
    const tasks = followUps(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I want to apply for my pension on paper.',
      'agent: I can post an application form to you now.',
      'caller: Yes, please. How long does it take?',
      'agent: A few days by post. The form is posted now.',
      'caller: Thank you.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^The agent posted an application form/u), dueDate: '2026-03-09', preposition: 'on' }));
    expect(tasks.some((t) => /can post/u.test(t.text))).toBe(false);
  });

  it('"Jag skickar ett nytt intyg …" eight lines before "Intyget är skickat nu." is one task, done on the call day', () => {
    const tasks = followUps(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag ringer för min syster, [NAMN], [PERSONNUMMER]. Hon har en fullmakt till mig.',
      'agent: Hej. Jag ser fullmakten. Vad gäller det?',
      'caller: Intyget om hennes pension kom aldrig fram.',
      'agent: Jag skickar ett nytt intyg till adressen i Umeå nu.',
      'caller: Hur lång tid tar det?',
      'agent: Det brukar ta några dagar med posten. Det kommer i ett vanligt kuvert.',
      'caller: Och banken vill ha det före april.',
      'agent: Det hinns med god marginal. Banken kan också ringa oss.',
      'caller: Bra, jag säger det till dem.',
      'agent: Gör det. Intyget är skickat nu.',
      'caller: Tack för hjälpen.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Handläggaren skickade ett nytt intyg/u), dueDate: '2026-03-09', preposition: 'on' }));
  });

  it('guard: "The letter is sent now." after an offer of a form names no form and is no task of the form', () => {
    const tasks = followUps(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I need to change my bank account.',
      'agent: I can send you a form for a new account.',
      'caller: My bank said they already sent you a letter.',
      'agent: No letter has come in here. The letter is sent now, according to the bank?',
      'caller: Yes, they said so.',
    ]));
    expect(tasks.some((t) => /posted|sent a form/u.test(t.text) && t.dueDate === '2026-03-09')).toBe(false);
  });

  it('guard: "Intyget är skickat nu." with no offer or intent of the agent\'s before it is no task of the agent\'s', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Läkaren säger att intyget är på väg.',
      'agent: Jag ser inget nytt intyg ännu.',
      'caller: Läkaren ringde i morse. Intyget är skickat nu.',
      'agent: Då bör det komma in inom några dagar.',
      'caller: Tack.',
    ]));
    expect(tasks.some((t) => /^Handläggaren skickade/u.test(t.text))).toBe(false);
  });
});

describe('a call booked during the call is the booking, done, and the call on its day', () => {
  it('"I\'ve booked a call for Tuesday the seventeenth at eleven." is two tasks', () => {
    const tasks = followUps(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My certificate has not arrived and I don\'t know what to do.',
      'agent: A caseworker can call you when it is in, to go through the dates.',
      'caller: Yes, please.',
      'agent: I\'ve booked a call for Tuesday the seventeenth at eleven.',
      'caller: Good, thank you.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^The agent booked a call/u), dueDate: '2026-03-09', preposition: 'on' }));
    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'callBack', dueDate: '2026-03-17', preposition: 'on' }));
  });

  it('"Jag har bokat en telefontid till torsdag den tolfte klockan nio." is two tasks', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag förstår inte beslutet om mitt bostadsbidrag.',
      'agent: En handläggare kan gå igenom det med dig i telefon.',
      'caller: Ja, gärna.',
      'agent: Jag har bokat en telefontid till torsdag den tolfte klockan nio.',
      'caller: Tack.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Handläggaren bokade en telefontid/u), dueDate: '2026-03-09', preposition: 'on' }));
    expect(tasks).toContainEqual(expect.objectContaining({ kind: 'callBack', dueDate: '2026-03-12', preposition: 'on' }));
  });

  it('guard: "I haven\'t booked a call for Tuesday the seventeenth yet" books nothing', () => {
    const tasks = followUps(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. Did someone book a call for me?',
      'agent: I haven\'t booked a call for Tuesday the seventeenth yet, we need the certificate first.',
      'caller: All right.',
    ]));
    expect(tasks.some((t) => t.kind === 'callBack' && t.dueDate === '2026-03-17')).toBe(false);
  });
});
