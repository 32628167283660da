import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 39, from tuning set 34 (follow-ups vs information, "on" a day vs "by" a deadline, who acts).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('what the agency needs back by a day, said "vi behöver den senast …" / "we need it back by …"', () => {
  it('is the caller\'s task to send it, by that day, beside the caller\'s own day before it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett brev om bostadstillägget, ni vill ha hyresavier.',
      'agent: Ja, det stämmer. Det gäller din nya hyra.',
      'caller: Och hur bråttom är det?',
      'agent: Vi behöver dem senast fredag den tjugonde mars.',
      'caller: Då skickar jag dem på tisdag.',
      'agent: Bra. Tack för samtalet.',
    ], '2031-03-10');
    const deadline = followUps(d).find((s) => s.followUp?.preposition === 'by');
    expect(deadline?.text).toMatch(/^Kunden behöver skicka in dem senast fredag den 20 mars/u);
    expect(deadline?.followUp?.dueDate).toBe('2031-03-20');
    const plan = followUps(d).find((s) => s.followUp?.preposition === 'on');
    expect(plan?.text).toMatch(/^Kunden skickar dem på tisdag/u);
    expect(plan?.followUp?.dueDate).toBe('2031-03-11');
  });

  it('names the form the agent sends when it is "den"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag undrar varför min garantipension är så låg.',
      'agent: Den är räknad på tio års bosättning. Jag skickar en blankett om utlandsvistelser i dag.',
      'caller: Hur lång tid har jag på mig?',
      'agent: Vi behöver den senast torsdag den tjugosjätte mars.',
      'caller: Okej, tack.',
    ], '2031-03-10');
    const deadline = followUps(d).find((s) => s.followUp?.preposition === 'by');
    expect(deadline?.text).toMatch(/^Kunden behöver skicka in blanketten senast torsdag den 26 mars/u);
    expect(deadline?.followUp?.dueDate).toBe('2031-03-26');
  });

  it('a fronted object, "Intygen behöver vi senast …", is a deadline too', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har sökt bostadstillägg och ni saknar något.',
      'agent: Ja, vi saknar kontoutdrag för ditt sparkonto.',
      'caller: Det är banken som tar fram dem.',
      'agent: Kontoutdragen behöver vi senast måndag den trettionde mars.',
      'caller: Jag skickar dem så fort de kommer.',
    ], '2031-03-10');
    const deadline = followUps(d).find((s) => s.followUp?.dueDate === '2031-03-30');
    expect(deadline?.followUp?.preposition).toBe('by');
    expect(deadline?.followUp?.kind).toBe('awaitDocument');
  });

  it('in English, "we need it back by …" is written as the caller sending the document back', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I got a life certificate from you and I live in Spain now.',
      'agent: Yes, it has to be signed by you and certified by a witness, for example a notary.',
      'agent: We need it back by Friday the twentieth of March.',
      'caller: All right, thanks.',
    ], '2031-03-10');
    const deadline = followUps(d).find((s) => s.followUp?.preposition === 'by');
    expect(deadline?.text).toMatch(/^The caller needs to send the (?:life )?certificate back by Friday 20 March/u);
    expect(deadline?.followUp?.dueDate).toBe('2031-03-20');
  });
});

describe('"we need it by …" of a document the agency never sent', () => {
  it('is written as the caller sending it, not sending it back', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I get a small pension from Canada as well.',
      'agent: Then we need the latest letter from the Canadian pension office with the amount.',
      'agent: We need it by Monday the thirtieth of March.',
      'caller: Okay, thanks.',
    ], '2031-03-10');
    const deadline = followUps(d).find((s) => s.followUp?.preposition === 'by');
    expect(deadline?.text).toMatch(/^The caller needs to send (?:the letter|it) by Monday 30 March/u);
    expect(deadline?.text).not.toMatch(/ back /u);
  });
});

describe('a call-back the agent books on a day ("I\'m booking a call-back …", "jag bokar en återuppringning …")', () => {
  it('is a call-back follow-up on that day', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My pension stopped and nobody can tell me why.',
      'agent: I\'m sorry. I can see the case is with a specialist team.',
      'agent: I\'m booking a call-back from a caseworker on Tuesday the seventeenth, at nine.',
      'caller: Fine. Thanks.',
    ], '2031-03-10');
    const call = followUps(d).find((s) => s.followUp?.kind === 'callBack');
    expect(call?.followUp?.dueDate).toBe('2031-03-17');
    expect(call?.followUp?.preposition).toBe('on');
  });

  it('in Swedish too', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pension har slutat komma och ingen kan säga varför.',
      'agent: Jag förstår. Ärendet ligger hos en specialistgrupp.',
      'agent: Jag bokar en återuppringning från en handläggare på tisdag den sjuttonde klockan nio.',
      'caller: Bra. Tack.',
    ], '2031-03-10');
    const call = followUps(d).find((s) => s.followUp?.kind === 'callBack');
    expect(call?.followUp?.dueDate).toBe('2031-03-17');
  });
});

describe('a step someone else takes, said by the caller after the agent offers to send ("My partner will sign it on Friday")', () => {
  it('is that person\'s step on its day, not a date for the agent\'s offer', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, Tom.',
      'caller: Hi. We want the whole child allowance paid to me, not split.',
      'agent: Then you both sign a notification. You can use the e-service, or I can post a form.',
      'caller: Post it, please. My partner will sign it when he\'s home on Thursday, and I\'ll post it after that.',
      'agent: I\'ll post the form today.',
      'caller: Thank you.',
    ], '2031-03-10');
    const partner = followUps(d).find((s) => /partner will sign/u.test(s.text));
    expect(partner?.followUp?.dueDate).toBe('2031-03-13');
    expect(followUps(d).filter((s) => s.followUp?.dueDate === '2031-03-13')).toHaveLength(1);
  });

  it('in Swedish: "Min sambo skriver under den på torsdag"', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Vi vill att hela barnbidraget betalas till mig.',
      'agent: Då skriver ni båda under en anmälan. Du kan använda e-tjänsten, eller så kan jag posta en blankett.',
      'caller: Posta den, tack. Min sambo skriver under den på torsdag när han är hemma.',
      'agent: Jag postar blanketten i dag.',
      'caller: Tack.',
    ], '2031-03-10');
    const partner = followUps(d).find((s) => /sambo skriver under/u.test(s.text));
    expect(partner?.followUp?.dueDate).toBe('2031-03-13');
  });
});

describe('the agent saying what day the call is on ("Yes, today is the payment day")', () => {
  it('is no follow-up', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, it is payday today, right? Nothing has come in.',
      'agent: Yes, today is the payment day.',
      'agent: I can see the payment went out this morning.',
      'caller: Okay, I will wait then. Thanks.',
    ], '2031-03-18');
    expect(followUps(d).some((s) => /today is the payment day/iu.test(s.text))).toBe(false);
  });

  it('in Swedish: "Ja, i dag är det utbetalningsdag"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, det är väl utbetalning i dag? Jag har inte fått något.',
      'agent: Ja, i dag är det utbetalningsdag.',
      'agent: Jag ser att pengarna gick ut i morse.',
      'caller: Okej, då väntar jag. Tack.',
    ], '2031-03-18');
    expect(followUps(d).some((s) => /utbetalningsdag/iu.test(s.text))).toBe(false);
  });
});
