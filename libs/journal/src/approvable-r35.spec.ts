import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { lastDocument, nameTheObject } from './objects.js';
import { draft, section } from './testing/drafts.js';

// Round 35, from tuning sets 30, 29 and 19 (follow-ups: who, what and when).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('a span "later" than something else said is no day counted from the call', () => {
  it('"a year later", "two weeks later" give no date; "next Friday" beside them still does', () => {
    expect(findDates('We can look at March and at a year later.', 'en', '2031-04-08')).toEqual([]);
    expect(findDates('The letter came two weeks later.', 'en', '2031-04-08')).toEqual([]);
    expect(findDates('Vi räknar på mars och på två veckor senare.', 'sv', '2031-04-08')).toEqual([]);
    expect(findDates('I will compare June with a year later and call you on Friday.', 'en', '2031-04-08').map((d) => d.date)).toEqual(['2031-04-11']);
  });

  it("a call-back promised next to another span keeps the call-back's own day", () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to retire in June but I would like to see the numbers.',
      'agent: I will work out the pension from June and from a year later, and I will ring you back on Friday morning.',
      'caller: Friday morning, perfect.',
    ], '2031-04-08');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-04-11');
    expect(callBack?.followUp?.preposition).toBe('on');
  });
});

describe('what the agent promises to send, with no day named, is sent on the day of the call', () => {
  it('"Jag skickar ett svarskuvert." is dated the call date, "on"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett brev om att jag ska intyga var jag bor.',
      'agent: Ja, det stämmer. Du fyller i intyget och skickar tillbaka det. Jag skickar också ett svarskuvert.',
      'caller: Tack, vad bra.',
    ], '2031-04-08');
    const sent = followUps(d).find((f) => /^Handläggaren skickar/u.test(f.text));
    expect(sent?.followUp?.dueDate).toBe('2031-04-08');
    expect(sent?.followUp?.preposition).toBe('on');
  });

  it('"I can post you the form." "Yes please." is dated the call date; an option told ("or I can post it") is not', () => {
    const taken = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. I have no BankID, how do I apply for my pension?',
      'agent: You can apply on paper. I can post you the application form.',
      'caller: Yes please, that would be lovely.',
    ], '2031-04-08');
    const sent = followUps(taken).find((f) => /^The agent will post/u.test(f.text));
    expect(sent?.followUp?.dueDate).toBe('2031-04-08');
    const option = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. Where do I find the form for housing supplement?',
      'agent: It is on our website, or the agent can post it to you.',
      'caller: Okay, I will look on the website then.',
    ], '2031-04-08');
    expect(followUps(option).filter((f) => f.followUp?.dueDate === '2031-04-08' && /post/u.test(f.text))).toEqual([]);
  });
});

describe('a document wanted back by a day, said of the document, is the caller\'s to send', () => {
  it('"It should be with us by the thirtieth of June." names the caller and the document, by that day', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. I got a letter with a certificate I have to fill in.',
      'agent: Yes, I can see we sent you that. It should be with us by the thirtieth of June.',
      'caller: Right, I will sort it out.',
    ], '2031-04-08');
    const task = followUps(d).find((f) => f.followUp?.dueDate === '2031-06-30');
    expect(task?.text).toMatch(/^The caller needs to send in the certificate\. /u);
    expect(task?.followUp?.preposition).toBe('by');
  });

  it('"Blanketten ska vara hos oss senast den 20 juni." names the caller; with no document named before, the line stays as said', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått blanketten om bostadstillägg men inte skickat den än.',
      'agent: Okej. Blanketten ska vara hos oss senast den 20 juni.',
      'caller: Då hinner jag.',
    ], '2031-04-08');
    const task = followUps(d).find((f) => f.followUp?.dueDate === '2031-06-20');
    expect(task?.text).toMatch(/^Kunden /u);
    expect(task?.followUp?.preposition).toBe('by');
    const none = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. I have a question about my pension.',
      'agent: We need it back by the thirtieth of June.',
    ], '2031-04-08');
    expect(followUps(none).some((f) => /needs to send in/u.test(f.text))).toBe(false);
  });
});

describe("the caller's own call to someone else is the caller's plan, no follow-up", () => {
  it('"I\'ll ring the bank on Monday", "Jag ringer Kronofogden i morgon" are no follow-ups; "I\'ll call you back" still asks for a call', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. The bank says you have to approve my savings payout.',
      'agent: No, that is between you and the bank. We do not approve it.',
      "caller: Right. I'll ring the bank on Monday then.",
      'agent: Anything else?',
    ], '2031-04-08');
    expect(followUps(en).some((f) => /bank/u.test(f.text))).toBe(false);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Det dras pengar från min pension och jag förstår inte varför.',
      'agent: Det är ett utmätningsbeslut från Kronofogden. Bara de kan ändra det.',
      'caller: Då ringer jag Kronofogden i morgon.',
    ], '2031-04-08');
    expect(followUps(sv).some((f) => /Kronofogden/u.test(f.text))).toBe(false);
  });

  it('"I\'ll send the form back on Monday" is still the caller\'s task', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I got the form for housing supplement.',
      'agent: Good. Fill it in and send it back to us.',
      "caller: I'll send the form back on Monday.",
    ], '2031-04-08');
    expect(followUps(d).some((f) => /^The caller/u.test(f.text) && f.followUp?.dueDate === '2031-04-14')).toBe(true);
  });
});

describe('what the agent sends is named where the task says "it"', () => {
  it('"I can make you a forecast … I will send it today" names the forecast; "en prognos … skickar den" names prognosen', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I would like to know what I get if I retire at sixty-five.',
      'agent: I can make you a pension forecast for sixty-five and sixty-seven. I will send it today.',
      'caller: Great, thanks.',
    ], '2031-04-08');
    expect(followUps(en).some((f) => /send the pension forecast today/u.test(f.text))).toBe(true);
    expect(nameTheObject('Handläggaren skickar den i dag.', ['Jag gör en prognos för dig.'], 'sv')).toBe('Handläggaren skickar prognosen i dag.');
    expect(lastDocument(['Du får ett svarskuvert med.'], 'sv')).toBe('svarskuvertet');
  });
});

describe("the agency's decision announced to the caller is its follow-up, with or without a time", () => {
  it('"När intyget har kommit in får du ett nytt beslut" and "You\'ll get a new decision" are the agency\'s decision', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fick avslag på bostadstillägget men jag har ett nytt hyresavtal nu.',
      'agent: Då kan du skicka in hyresavtalet till oss. När avtalet har kommit in får du ett nytt beslut.',
      'caller: Okej, tack.',
    ], '2031-04-08');
    expect(followUps(sv).some((f) => f.followUp?.kind === 'decision')).toBe(true);
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My rent went up last month.',
      'agent: Thank you, I have registered the new rent. You will get a new decision about your housing supplement.',
      'caller: Lovely, thanks.',
    ], '2031-04-08');
    expect(followUps(en).some((f) => f.followUp?.kind === 'decision')).toBe(true);
  });

  it('a decision after the caller\'s part in the same sentence leaves the caller\'s task; a decision after "om"/"if" is none', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Hur ansöker jag om garantipension?',
      'agent: Du fyller i blanketten och skickar in den, sen får du ett beslut.',
      'caller: Då gör jag det.',
    ], '2031-04-08');
    expect(followUps(sv).some((f) => f.followUp?.kind !== 'decision' && /^Kunden/u.test(f.text))).toBe(true);
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. Should I apply for housing supplement?',
      'agent: If you apply, you will get a decision.',
      'caller: Okay, I will think about it.',
    ], '2031-04-08');
    expect(followUps(en).some((f) => f.followUp?.kind === 'decision')).toBe(false);
  });
});
