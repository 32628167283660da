import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';

// Round 16 (issue 14), from a caseworker-style judgement of tuning-14's drafts (`eval/judged-tuning-14/`): the errand
// line named the background, a relative who interprets was made the customer, a correction replaced the wrong number.
// Sentences written for these tests, not taken from any eval set.

const all = (d: ReturnType<typeof draft>) => d.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');

describe('the errand line', () => {
  it('"jag undrar väl om …" states the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Min fru dog i oktober. Jag vet inte riktigt. Jag undrar väl om jag kan få någon pension efter henne.',
      'agent: Det kan du ha rätt till.',
    ]);
    expect(errandLine(d)).toMatch(/undrar väl om hen kan få någon pension efter henne/);
  });
  it('"det jag behöver är att …" is what the caller needs; "what I need is to know if …" what they want to know', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Min pappa har bytt bank och kontot är stängt. Så det jag behöver är att byta till hans nya konto.',
      'agent: Det kan vi ordna.',
    ]);
    expect(errandLine(sv)).toMatch(/^Kunden behöver byta till/);
    const en = draft('en', [
      'agent: Pensions Agency.',
      "caller: Hi. I've lost my job. What I need is to know if I can get unemployment benefit and keep my pension.",
      'agent: The a-kassa decides that.',
    ]);
    expect(errandLine(en)).toMatch(/wants to know if (?:they|the caller) can get unemployment benefit/);
  });
  it('"det här blir lite rörigt" is talk about the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Det här blir lite rörigt kanske. Jag har jobbat deltid i tio år och undrar hur det påverkar min pension.',
      'agent: Du tjänar in pension på all lön.',
    ]);
    expect(errandLine(d)).not.toMatch(/rörigt/);
  });
  it('after "jag ringer för min mamma", the answer to "Vad gäller det?" a turn or two later says what it is about', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer för min mamma. Hon sitter här bredvid mig.',
      'agent: Okej. Kan du fråga henne om det går bra att jag pratar med dig?',
      'caller: Hon säger ja, det går bra. Hennes personnummer är [PERSONNUMMER].',
      'agent: Tack. Vad gäller det?',
      'caller: Hennes bostadstillägg har sänkts och vi förstår inte varför.',
      'agent: Jag tittar.',
    ]);
    expect(errandLine(d)).toMatch(/bostadstillägg har sänkts/);
  });
});

describe('who is who', () => {
  it('a daughter who calls for her mother and interprets for her: the mother\'s facts stay the mother\'s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer för min mamma. Jag tolkar åt henne, hon pratar inte så mycket svenska.',
      'agent: Kan du fråga om det går bra att jag pratar med dig?',
      'caller: Hon säger ja, det går bra.',
      'agent: Vad gäller det?',
      'caller: Hennes garantipension är väldigt låg.',
      'agent: Hon kan ha rätt till äldreförsörjningsstöd. Jag skickar en ansökan till henne i dag.',
    ]);
    expect(all(d)).toMatch(/Kundens mamma kan ha rätt till äldreförsörjningsstöd/);
    expect(all(d)).not.toMatch(/Kunden kan ha rätt till äldreförsörjningsstöd/);
  });
});

describe('corrections and dates', () => {
  it('a year corrects the year said, not the age before it', () => {
    const d = draft('sv', [
      'agent: Vad gäller det?',
      'caller: Jag är snickare, sextio år, och jag skadade knät på jobbet 2021, nej, 2020 var det, och sen dess har det inte blivit bra.',
      'agent: Det är Försäkringskassan som handlägger arbetsskador.',
    ]);
    expect(all(d)).toMatch(/60 år/);
    expect(all(d)).toMatch(/2020/);
    expect(all(d)).not.toMatch(/2020 år|2021/);
  });
  it('"Thirty-two, actually, …" corrects the number said before it, with a comma before "actually" too', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      'caller: I was laid off in March, after twenty-one years at the plant. Twenty-two, actually, I started there in two thousand three.',
      'agent: I see.',
    ]);
    expect(all(d)).toMatch(/after 22 years/);
    expect(all(d)).not.toMatch(/21 years/);
  });
  it('"the day it arrives" is no date', () => {
    const d = draft(
      'en',
      ['agent: Pensions Agency.', "caller: My life certificate didn't arrive.", "agent: I'll send a new one today.", "caller: Thank you, I'll send it back the day it arrives."],
      '2027-01-22',
    );
    const followUps = d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
    expect(followUps.some((f) => f.followUp?.dueDate === '2027-01-23')).toBe(false);
  });
});

describe('what the agency denied is not a fact', () => {
  it('"Så ni har alltså tappat bort …" "Vi har inte tappat något.": the caller\'s claim about the agency goes, the rest of the turn stays', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag jobbade på ett sågverk i fyra år. Så ni har alltså slarvat bort fyra år av mitt liv.',
      'agent: Vi har inte slarvat bort något. Uppgifterna kommer från Skatteverket.',
    ]);
    expect(all(d)).not.toMatch(/Myndigheten har alltså slarvat bort/);
    expect(all(d)).toMatch(/sågverk i fyra år/);
  });
});
