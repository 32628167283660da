import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, texts } from './testing/drafts.js';

// Round 46, from tuning set 38 (whose statement it is, the errand after a story or a death, answers as fragments,
// steps booked for a later day). Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the errand answered after the agent asks for it', () => {
  it('"What\'s it about?" is the agent asking for the errand: the answer is the line, not the power of attorney told first', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I'm ringing about my father. I've got power of attorney, you should have it on file. He's eighty-eight.",
      'agent: Can I have his personal identity number?',
      'caller: [PERSONNUMMER].',
      "agent: Yes, I can see you're registered. What's it about?",
      'caller: His tax. Far too much tax is taken off his pension every month.',
      'agent: He has no tax table registered, so the highest rate is used. I will register the right table today.',
      'caller: Good. Thanks.',
    ], '2035-05-14');
    expect(errandLine(d)).not.toMatch(/power of attorney/u);
    expect(errandLine(d)).toMatch(/tax/u);
  });

  it('after a death told first, a bare "whether …" answer to "What would you like help with?" is what the caller wants to know', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My husband died in March. It has been a lot, the funeral and the house, and the bank keeps writing to me.',
      "agent: I'm very sorry. What would you like help with?",
      "caller: Well, whether there's anything I can get after him.",
      'agent: Can I have your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. You can get adjustment pension for twelve months. I will post you the form today.',
      'caller: Thank you.',
    ], '2035-05-14');
    expect(errandLine(d)).toMatch(/husband died in March/u);
    expect(errandLine(d)).toMatch(/want to know whether there is anything they can get after him/u);
  });

  it('"Jo, pensionen. Om jag kan ta hela. Från januari.": the fragments make one wish', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag tar ut halva pensionen sedan i våras och jobbar deltid. Men nu ska jag sluta jobba vid årsskiftet.',
      'agent: Jag förstår. Vad vill du ha hjälp med?',
      'caller: Jo, pensionen. Om jag kan ta hela. Från januari.',
      'agent: Det går bra. Jag registrerar ändringen nu.',
      'caller: Tack.',
    ], '2035-05-14');
    expect(errandLine(d)).toMatch(/undrar om hen kan ta hela pensionen från januari/u);
  });
});

describe("someone else's words are not the caller's errand", () => {
  it('"My daughter says I should just do it online. But I can\'t get in." is the caller\'s problem', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. Have you seen the markets this week? Everything I have is in one fund, all shares.',
      'agent: I see. What can I help you with today?',
      "caller: Well. My daughter says I should just do it online. But I can't get in. It says my ID is not valid.",
      'agent: Then your BankID has probably expired. Your bank can renew it.',
      'caller: Right. Thank you.',
    ], '2035-05-14');
    expect(errandLine(d)).not.toMatch(/daughter/u);
    expect(errandLine(d)).toMatch(/cannot get in/u);
  });

  it('"hans syster säger att jag har rätt till hans pension" after a death: the caller wonders, the sister\'s claim is no fact', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min sambo gick bort i maj. Och hans syster säger att jag har rätt till hans pension, att jag ska ringa er.',
      'agent: Jag beklagar. Kan jag få ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Sambor utan gemensamma barn har tyvärr inte rätt till omställningspension.',
      'caller: Jaha. Okej.',
    ], '2035-05-14');
    expect(errandLine(d)).toMatch(/sambo gick bort i maj och kunden undrar om hen har rätt till hans pension/u);
    expect(noteText(d)).not.toMatch(/syster säger att kunden har rätt/u);
  });

  it('the interpreter\'s own aside ("Tolken här: jag är inte säker …") is not the customer\'s statement', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag är tolk och tolkar för en kund i jag-form. Jag vill söka garantipension.',
      'agent: Sedan när bor du i Sverige?',
      'caller: Sedan 2011. ... Tolken här: jag är inte säker på om det var 2011 eller 2017, jag frågar igen. ... Tvåtusenelva.',
      'agent: Tack. Jag skickar en ansökan hem till dig i dag.',
      'caller: Tack.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/inte säker på om det var/u);
  });
});

describe('steps others do and steps booked for a later day', () => {
  it('"Specialisten ringer dig." is the specialist\'s call, never "Kunden ringer specialisten"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag undrar hur pensionen blir om jag går ner i tid.',
      'agent: Det kan en pensionsspecialist räkna på. Jag har bokat ett telefonmöte åt dig.',
      'caller: Bra, när då?',
      'agent: Specialisten ringer dig på torsdag klockan tio.',
      'caller: Bra. Tack.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/Kunden ringer specialisten/u);
    expect(noteText(d)).toMatch(/Specialisten ringer kunden/u);
  });

  it('"Last time a woman said someone would call me back, and nobody did.": a complaint told first, no call-back to follow up', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. Before anything, this is my third call. Last time a woman said someone would call me back, and nobody did.',
      "agent: I'm sorry about that. What's it about?",
      "caller: My pension didn't come this month.",
      'agent: It was sent to your old account. I will send it again today.',
      'caller: Fine. Thank you.',
    ], '2035-05-14');
    expect(errandLine(d)).toMatch(/pension did not come in May/u);
    expect(followUps(d).map((f) => f.text).join(' ')).not.toMatch(/call the caller back|calls the caller back/u);
  });

  it('"Jag fyller i den i helgen och postar den på måndag" after a deadline: posted on Monday, the deadline listed too', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har fått ett brev om bostadstillägget som jag ska svara på.',
      'agent: Ja, svaret ska vara inne senast den trettionde maj.',
      'caller: Okej. Jag fyller i den i helgen och postar den på måndag.',
      'agent: Bra.',
      'caller: Tack.',
    ], '2035-05-14');
    const posted = followUps(d).find((f) => /postar/u.test(f.text));
    expect(posted).toMatchObject({ due: '2035-05-21', preposition: 'on' });
    expect(followUps(d).some((f) => f.due === '2035-05-30' && f.preposition === 'by')).toBe(true);
  });

  it('"I\'ll put a note on your case …. I\'ll call you on Monday …": the call-back is a task of its own, on Monday', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, my sick pay hasn't come.",
      "agent: I'll put a note on your case that it's urgent. I'll call you on Monday and tell you if the certificate has come.",
      'caller: Great, thanks.',
    ], '2035-05-16');
    const call = followUps(d).find((f) => /call the caller on Monday/u.test(f.text));
    expect(call).toMatchObject({ due: '2035-05-21', preposition: 'on' });
    expect(texts(d, 'followUp').length).toBe(2);
  });
});
