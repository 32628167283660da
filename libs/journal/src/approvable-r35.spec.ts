import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
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
