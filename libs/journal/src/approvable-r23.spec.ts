import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';
import { toThirdPerson } from './index.js';

// Round 23 (issue 14): the errand line that told only what happened (judged tuning-18, tuning-19 and heldout-2026-12v:
// "the line is background, not what the caller wants"). Sentences written for these tests, not taken from any eval set.


describe('the errand line says what the caller asks after telling what happened', () => {
  it('the question in the next turn, after a short reply, goes with the event', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fick ett beslut i fredags om bostadstillägg, det blev beviljat.',
      'agent: Vad bra. Ja, jag ser det.',
      'caller: Men när betalas pengarna för mars och april ut?',
      'agent: De kommer med pensionen i juni.',
    ]);
    expect(errandLine(d)).toMatch(/beslut i fredags om bostadstillägg/);
    expect(errandLine(d)).toMatch(/och undrar när pengarna betalas/);
  });

  it('the caller\'s own wish said in the same turn ("So I want …") joins the event without its connective', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom speaking.',
      "caller: Hello. I'm moving to Portugal in June. So I want to have my pension paid to a bank there.",
      'agent: Okay, I can help you with that.',
    ]);
    expect(errandLine(d)).toMatch(/moving to Portugal in June and want/);
    expect(errandLine(d)).not.toMatch(/ and so /);
  });

  it('a third person\'s wish or what the agency wants is not the caller\'s errand', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom speaking.',
      'caller: Hi. My father moved into a care home in May.',
      'agent: Okay.',
      'caller: And the staff there want him to sign some papers.',
      'agent: I see.',
    ]);
    expect(errandLine(d)).toMatch(/care home in May/);
    expect(errandLine(d)).not.toMatch(/want/);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Vi har fått ett brev om att dödsboet ska betala tillbaka pension.',
      'agent: Mm.',
      'caller: Ni betalade ut i november, och nu vill ni ha tillbaka det.',
      'agent: Ja, det stämmer.',
    ]);
    expect(errandLine(sv)).not.toMatch(/vill/);
  });

  it('what the caller asks after the agent has explained stays out of the line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Min pension blev lägre i mars.',
      'agent: Det beror på att skatten har höjts eftersom du har fått en inkomst från ett annat land i år.',
      'caller: Hur länge gäller den högre skatten då?',
      'agent: Resten av året.',
    ]);
    expect(errandLine(d)).toMatch(/lägre i mars/);
    expect(errandLine(d)).not.toMatch(/skatten/);
  });
});

describe('dates that are no follow-up\'s', () => {
  const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
  it('"Den artonde är en lördag, så de kommer fredagen den 17 november": the date, not the Saturday described', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: När kommer novemberpengarna?', 'agent: Den artonde är en lördag, så de kommer fredagen den sjuttonde november.'], '2028-10-13');
    expect(followUps(d).map((f) => f.followUp?.dueDate)).toContain('2028-11-17');
    expect(followUps(d).map((f) => f.followUp?.dueDate)).not.toContain('2028-10-14');
  });
  it('a day just gone said before "was" is that day, not next year\'s; "for a year" is a length of time', () => {
    const past = draft('en', ['agent: Pensions Agency.', 'caller: My pension went down.', 'agent: Your payment from us on the seventeenth of November was the same as in October.'], '2028-11-20');
    expect(followUps(past).map((f) => f.followUp?.dueDate)).not.toContain('2029-11-17');
    const length = draft('en', ['agent: Pensions Agency.', 'caller: I go to Spain every winter.', "agent: You'd have to report it if you were going to stay abroad for a year or more."], '2028-11-22');
    expect(followUps(length).map((f) => f.followUp?.dueDate)).not.toContain('2029-11-22');
  });
});

describe('the agent\'s offer to send something', () => {
  const followUps = (d: ReturnType<typeof draft>) => (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => s.text).join(' ');
  it('taken ("Ja, gör det"), it is what the agent does', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Jag förstår inte min garantipension.', 'agent: Jag kan skicka hem en beräkning så du ser hur den är räknad.', 'caller: Ja, gör det.'], '2028-10-18');
    expect(followUps(d)).toMatch(/^Handläggaren skickar hem en beräkning/);
  });
  it('declined ("No, the website\'s fine"), it is no follow-up', () => {
    const d = draft('en', ['agent: Pensions Agency.', 'caller: How do the funds work?', 'agent: I can send you a leaflet about the funds.', "caller: No, the website's fine, I'll read it there."], '2028-10-18');
    expect(followUps(d)).not.toMatch(/leaflet/);
  });
});

describe('an English caller\'s "you" that means anyone (judged tuning-20)', () => {
  it('"My boss said you lose the pension", "only if you own a house", "for your pension, your own money"', () => {
    expect(toThirdPerson('My boss said you lose the pension if you keep working.', 'caller', 'en')).not.toMatch(/agency/);
    expect(toThirdPerson('I thought that page was only if you own a house.', 'caller', 'en')).not.toMatch(/agency/);
    expect(toThirdPerson("My friend said marriage doesn't matter for your pension, it's only your own money.", 'caller', 'en')).not.toMatch(/agency/);
  });
  it('but "you lost my application" is still the agency', () => {
    expect(toThirdPerson('You lost my application!', 'caller', 'en')).toMatch(/^The agency lost/);
  });
});

describe('a phrase or a name corrected at once (tuning sets 14, 16, 20)', () => {
  const said = (d: ReturnType<typeof draft>) => d.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
  it('"sen jul, nej, sen nyår", "within two weeks, sorry, within ten working days": the phrase said last stands', () => {
    expect(said(draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Jag har bott hos min pappa sen jul, nej, sen nyår, och tagit hand om honom.']))).not.toMatch(/jul/);
    expect(said(draft('en', ['agent: Pensions Agency.', 'caller: When do I get it?', 'agent: We pay it within about two weeks, sorry, within about ten working days.']))).not.toMatch(/two weeks/);
  });
  it('"till Spanien... nej, Portugal": the name said last stands', () => {
    expect(said(draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Vi ska flytta till Spanien... nej, Portugal, Spanien var förra planen.']))).toMatch(/flytta till Portugal/);
  });
});
