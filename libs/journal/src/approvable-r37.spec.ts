import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

// Round 37, from tuning set 32 (facts said and then corrected or refined in other words).
// Sentences written for these tests, not from any eval set.

describe('a correction that concludes with "så från …" keeps the date it comes to', () => {
  it('the month of the event before it is not taken for the start', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ta ut min pension. Jag tänkte börja i juni... nej förresten, efter att jag har fyllt sextiofem i augusti, så från september då.',
      'agent: Okej. Då ansöker du på Mina sidor.',
      'caller: Bra, tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/börja i september/u);
    expect(text).not.toMatch(/börja i (?:juni|augusti)/u);
  });

  it('in English too: "…, so from September"', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to take out my pension. I was going to start in June... no wait, after I turn sixty-five in August, so from September then.',
      'agent: Fine. Then you apply on My Pages.',
      'caller: Good, thanks.',
    ], '2031-03-10'));
    expect(text).toMatch(/start in September/u);
    expect(text).not.toMatch(/start in (?:June|August)/u);
  });
});

describe('a date corrected to a time told by an event ("after midsummer") takes the date\'s place', () => {
  it('the wish keeps its verb, not a fragment "after midsummer."', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I live in Umeå. I want to start my pension in June... no, actually, after midsummer. We always go to the lake then.',
      'agent: Fine. Then you apply on My Pages.',
      'caller: Good, thanks.',
    ], '2031-03-10');
    const text = noteText(d);
    expect(text).toMatch(/start their pension after midsummer/u);
    expect(text).not.toMatch(/in June/u);
  });

  it('in Swedish too: "i juni... nej förresten, efter midsommar"', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag bor i Umeå. Jag vill börja ta ut min pension i juni... nej förresten, efter midsommar. Då är vi alltid vid sjön.',
      'agent: Okej. Då ansöker du på Mina sidor.',
      'caller: Bra, tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/pension efter midsommar/u);
    expect(text).not.toMatch(/i juni/u);
  });
});

describe('"Anyway." said alone after small talk: what follows is the errand', () => {
  it('the aside before it is not the errand line', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello, sorry, I was on hold for ages. Happy Easter, by the way.',
      'agent: Happy Easter. How can I help?',
      'caller: Well, my name is [NAMN]. I moved here from Cork years ago, that is why English, sorry. Anyway. I want to start my pension in the autumn.',
      'agent: Then you apply on My Pages.',
      'caller: Thanks.',
    ], '2031-03-10');
    const reason = section(d, 'reason').map((s) => s.text).join(' ');
    expect(reason).toMatch(/start their pension in the autumn/u);
    expect(reason).not.toMatch(/Cork/u);
  });

  it('in Swedish: "Hur som helst."', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, förlåt, jag har suttit i kö länge. Glad påsk förresten.',
      'agent: Glad påsk. Vad gäller det?',
      'caller: Ja, jag heter [NAMN]. Jag flyttade hit från Finland för länge sen, det är därför jag pratar så här, förlåt. Hur som helst. Jag vill börja ta ut min pension i höst.',
      'agent: Då ansöker du på Mina sidor.',
      'caller: Tack.',
    ], '2031-03-10');
    const reason = section(d, 'reason').map((s) => s.text).join(' ');
    expect(reason).toMatch(/ta ut sin pension i höst/u);
    expect(reason).not.toMatch(/Finland/u);
  });
});

describe('a rough "since …" said again at once with a date keeps the date', () => {
  it('sv: "sen, eh, påsk ungefär. Sen den tolfte april."', () => {
    const text = noteText(draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, jag är sjukskriven och har inte fått någon sjukpenning. Jag har varit sjuk sen, eh, påsk ungefär. Sen den tolfte april.',
      'agent: Vi saknar ditt läkarintyg.',
      'caller: Okej, tack.',
    ], '2031-05-10'));
    expect(text).toMatch(/sjuk sedan den 12 april/u);
    expect(text).not.toMatch(/påsk/u);
  });

  it('en: "since, um, Easter or so. Since the twelfth of April."', () => {
    const text = noteText(draft('en', [
      'agent: Försäkringskassan, Tom.',
      'caller: Hi, I am off sick and have not got any sickness benefit. I have been sick since, um, Easter or so. Since the twelfth of April.',
      'agent: We are missing your medical certificate.',
      'caller: Okay, thanks.',
    ], '2031-05-10'));
    expect(text).toMatch(/sick since 12 April/u);
    expect(text).not.toMatch(/Easter/u);
  });
});

describe('a remark on the weather is small talk', () => {
  it('sv: "Det är kallt va, minus tjugo här i morse." is not in the note', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Det är kallt va, minus tjugo här i Kiruna i morse. Jag vill veta när mitt bostadstillägg kommer.',
      'agent: Det betalas ut den tjugosjätte.',
      'caller: Bra, tack.',
    ], '2031-01-10'));
    expect(text).not.toMatch(/kallt|minus/u);
    expect(text).toMatch(/bostadstillägg/u);
  });

  it("en: \"It's freezing today, isn't it, minus twenty here.\" is not in the note", () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. It's freezing today, isn't it, minus twenty here in Kiruna. I want to know when my housing supplement comes.",
      'agent: It is paid on the twenty-sixth.',
      'caller: Good, thanks.',
    ], '2031-01-10'));
    expect(text).not.toMatch(/freezing|minus/u);
    expect(text).toMatch(/housing supplement/u);
  });
});
