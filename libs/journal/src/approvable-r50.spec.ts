import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, noteText } from './testing/drafts.js';

// Round 50, from tuning set 42 (the call's outcome and its amounts and dates; follow-ups with their day).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('what the agent did during the call', () => {
  it('"Jag kan registrera uttaget nu i telefon." "Ja, gör det." "Klart." is told as done on the day of the call, not as an offer', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [PERSONNUMMER]. Jag vill börja ta ut min premiepension.',
      'agent: Från vilken månad?',
      'caller: Från april.',
      'agent: Jag kan registrera uttaget nu i telefon.',
      'caller: Ja, gör det.',
      'agent: Klart. Du får ett beslut med posten inom två veckor.',
      'caller: Tack.',
    ], '2047-01-15');
    expect(noteText(d)).not.toMatch(/kan registrera/u);
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren registrerade uttaget i telefon.', due: '2047-01-15', preposition: 'on' });
  });

  it('"Fyrahundra kronor i månaden, registrerat." is the agent\'s act with its amount, and the offer of another sum goes', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [PERSONNUMMER]. Jag har fått ett återkrav på barnbidrag och kan inte betala allt på en gång.',
      'agent: Du kan betala av. Jag kan registrera det nu, till exempel trehundra i månaden.',
      'caller: Fyrahundra går bra.',
      'agent: Fyrahundra kronor i månaden, registrerat. Du får ett besked med inbetalningskort.',
      'caller: Tack.',
    ], '2047-01-16');
    expect(noteText(d)).not.toMatch(/300/u);
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren har registrerat 400 kronor i månaden.', due: '2047-01-16', preposition: 'on' });
  });

  it('"You can ask us to take extra tax." … "Done. Two thousand kronor extra from …" says what was done', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi, [PERSONNUMMER]. I got a big tax bill last year and I want to avoid it.',
      'agent: Then you can ask us to take extra tax. How much?',
      'caller: Two thousand a month.',
      'agent: Done. Two thousand kronor extra from the next payment. You will get a letter about it.',
      'caller: Great, thanks.',
    ], '2047-01-17');
    expect(followUps(d)).toContainEqual({
      text: 'The agent registered during the call that the agency will take extra tax: 2 000 kronor extra from the next payment.',
      due: '2047-01-17',
      preposition: 'on',
    });
  });

  it('"I can register the new account for you now if you confirm …" "Yes please." "Done." drops the condition met', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi, [PERSONNUMMER]. I have a new bank and the website keeps logging me out.',
      'agent: I can register the new account for you now if you confirm your address.',
      'caller: Yes please.',
      'agent: Done. It applies from the March payment.',
      'caller: Thanks.',
    ], '2047-01-18');
    expect(followUps(d)).toContainEqual({ text: 'The agent registered the new account.', due: '2047-01-18', preposition: 'on' });
    expect(noteText(d)).not.toMatch(/if they confirm|can register/u);
  });

  it('"Jag kan skicka ett nytt besked." "Skicka det då." is the agent\'s sending on the day of the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [PERSONNUMMER]. Min pension blev lägre i januari och jag förstår inte varför.',
      'agent: Det är den årliga omräkningen, den gäller alla.',
      'caller: Det är inte rimligt.',
      'agent: Jag kan skicka ett nytt pensionsbesked som visar beräkningen.',
      'caller: Skicka det då.',
    ], '2047-01-19');
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren skickar ett nytt pensionsbesked som visar beräkningen.', due: '2047-01-19', preposition: 'on' });
  });
});

describe('the days of the follow-ups', () => {
  it('"the twentieth next month" and "den artonde nästa månad" are that day of the next month', () => {
    expect(findDates('It starts with the payment on the twentieth next month.', 'en', '2047-01-10').map((d) => d.date)).toEqual(['2047-02-20']);
    expect(findDates('Ja, den artonde nästa månad.', 'sv', '2047-12-03').map((d) => d.date)).toEqual(['2048-01-18']);
  });

  it('"Call your bank right after this" is a task on the day of the call', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi, [PERSONNUMMER]. A man rang and said he was from you, and I gave him a code from my BankID.',
      'agent: We never ask for that. Call your bank right after this and block your BankID.',
      'caller: I will. Thanks.',
    ], '2047-01-22');
    expect(followUps(d).find((f) => /bank/u.test(f.text))?.due).toBe('2047-01-22');
  });
});

describe('the topic', () => {
  it('"Jag vill söka pension" is old-age pension, not payment and tax', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [PERSONNUMMER]. Jag vill söka pension. Jag fyller sextiosju i augusti.',
      'agent: Från vilken månad?',
      'caller: Från september.',
      'agent: Då får du ett brev där du kontrollerar kontonummer och skatt.',
      'caller: Tack.',
    ], '2047-01-23');
    expect(d.topic.key).toBe('ålderspension');
  });
});
