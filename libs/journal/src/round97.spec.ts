import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 97, from tuning set 86 (the agency got it wrong): a year the caller puts right after a "no" replaces the year said
// before (`yearPutRight` in discourse.ts), and an act on a thing named only by pointing back ("that request") or not promised
// is no outcome for the errand line (`POINTS_BACK`, `NOT_PROMISED` in extractive.ts). Sentences written for these tests, not
// from any eval set.

const reason = (d: ReturnType<typeof draft>) => texts(d, 'reason').join(' ');

describe('a year put right after "no" replaces the year said before', () => {
  it('"… from the school, from twenty fifty-seven. No, from the spring of twenty fifty-six.": only 2056, with its phrase', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN] speaking, how can I help?',
      'caller: Hi, [NAMN], [PERSONNUMMER]. Your letter says I studied in Norway until twenty sixty. That is wrong.',
      'agent: Let me check. We have you in Norway until twenty sixty.',
      'caller: I have a certificate from the school, from twenty fifty-seven. No, from the spring of twenty fifty-six.',
      'agent: Thank you. Please post a copy.',
      'caller: Good.',
    ]);
    expect(noteText(d)).toMatch(/certificate from the school, from the spring of 2056/u);
    expect(noteText(d)).not.toMatch(/2057/u);
  });

  it('guard: "I moved back in twenty forty-nine. No, twenty fifty-one.": the year alone was already swapped, and still is', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My guarantee pension decision counts too few years in Sweden.',
      'agent: Let me look. We have you abroad until twenty fifty-three.',
      'caller: I moved back to Sweden in twenty forty-nine. No, twenty fifty-one.',
      'agent: Then I will ask a caseworker to look at it.',
      'caller: Thank you.',
    ]);
    expect(noteText(d)).toMatch(/moved back to Sweden in 2051/u);
    expect(noteText(d)).not.toMatch(/2049/u);
  });

  it('guard: the same year said again after "no" changes nothing, and an amount corrected is left to the amount rules', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I have a question about my income pension.',
      'agent: Yes, what is it?',
      'caller: I got six thousand two hundred in twenty seventy-five. No, six thousand four hundred kronor.',
      'agent: That is what we have too.',
      'caller: Good.',
    ]);
    expect(noteText(d)).toMatch(/6 400/u);
    expect(noteText(d)).toMatch(/2075/u);
  });
});

describe('an act on a thing named only by pointing back, or not promised, is no outcome in the errand line', () => {
  it('"I have sent that request now, but I cannot promise it.": the errand line keeps the errand alone', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      "caller: Yes, [NAMN], [PERSONNUMMER]. I've just read your letter and my survivor's pension has stopped. This is absurd.",
      'agent: Let me look. The pension stopped because we have a new address abroad for you.',
      'caller: I have never lived abroad.',
      'agent: I can ask for a review. I have sent that request now, but I cannot promise it.',
      'caller: Fine.',
    ]);
    expect(reason(d)).toMatch(/survivor's pension has stopped/u);
    expect(reason(d)).not.toMatch(/request|promise/u);
    expect(texts(d, 'followUp').join(' ')).toMatch(/sent that request/u);
  });

  it('guard: "Jag har skickat den där begäran nu, men jag kan inte lova något.": the Swedish line keeps the errand alone', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN] här, vad kan jag hjälpa till med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Mitt bostadstillägg har stoppats, och jag förstår inte varför.',
      'agent: Jag tittar. Det står att du har flyttat till ett äldreboende.',
      'caller: Det har jag inte gjort.',
      'agent: Jag kan begära en rättelse. Jag har skickat den där begäran nu, men jag kan inte lova något.',
      'caller: Okej.',
    ]);
    expect(reason(d)).toMatch(/bostadstillägg har stoppats/u);
    expect(reason(d)).not.toMatch(/begäran|lova/u);
  });

  it('guard: an act that names its thing stays the errand\'s outcome ("The agent has sent a new form now.")', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I never got the form for my housing supplement.',
      'agent: Let me look. It went to your old address. I have sent a new form to your new address now.',
      'caller: Thank you.',
    ]);
    expect(reason(d)).toMatch(/sent a new form to the caller's new address/u);
  });
});

describe("the agent's figure the caller puts right, and the agent owns, is the caller's figure", () => {
  it('"Så, nu står tabell tjugonio." "Trettioett, ska det vara." "…, det är jag som läste fel. Nu står trettioett.": only 31', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN] här.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Ni har dragit för mycket skatt på min pension.',
      'agent: Jag ser det. Den nya tabellen har inte lagts in. Jag lägger in den nu. Så, nu står tabell tjugonio.',
      'caller: Trettioett, ska det vara. Jag har flyttat.',
      'agent: Förlåt, trettioett står det i beskedet, det är jag som läste fel. Nu står trettioett.',
      'caller: Bra.',
    ]);
    expect(noteText(d)).toMatch(/tabell 31/u);
    expect(noteText(d)).not.toMatch(/29/u);
  });

  it('"I have entered code thirty-two for your employer." "No, thirty-four." "You\'re right, thirty-four, my mistake.": only 34', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN] speaking.',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My employer code is wrong on my sickness benefit decision.',
      'agent: Let me fix it. I have entered code thirty-two for your employer.',
      'caller: No, thirty-four.',
      "agent: You're right, thirty-four, my mistake.",
      'caller: Thanks.',
    ]);
    expect(noteText(d)).toMatch(/code 34/u);
    expect(noteText(d)).not.toMatch(/32|thirty-two/u);
  });

  it('guard: a figure the caller answers without the agent owning a mistake stays as the agent said it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN] här.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar om min skatt.',
      'agent: Du har tabell trettiotvå hos oss.',
      'caller: Trettiotre, ska det vara.',
      'agent: Nej, Skatteverket har skickat trettiotvå. Hör med dem.',
      'caller: Okej.',
    ]);
    expect(noteText(d)).toMatch(/32/u);
  });
});

// 20 March 2026 is a Friday; Tuesday 31 March 2026, Sunday 31 January 2027; Friday 15 May 2026.
describe('a past month the sentence is about does not date a day said with a weekday it is not on', () => {
  it('"… i januari och februari betalas tillbaka senast tisdag den trettioförsta.": Tuesday 31 March, not 31 January next year', () => {
    const found = findDates('Det som dragits för mycket i januari och februari betalas tillbaka senast tisdag den trettioförsta.', 'sv', '2026-03-20');
    expect(found.map((f) => f.date)).toEqual(['2026-03-31']);
  });

  it('guard: "I maj kommer pengarna fredagen den femtonde." stays Friday 15 May (the month named, the weekday fits)', () => {
    const found = findDates('I maj kommer pengarna fredagen den femtonde.', 'sv', '2026-03-20');
    expect(found.map((f) => f.date)).toEqual(['2026-05-15']);
  });

  it('guard: "… by the end of June, the payment on Monday the seventeenth …" said 20 March: no Monday the 17th in April or May, June stays', () => {
    const found = findDates('If we have it by the end of June, the payment on Monday the seventeenth goes there.', 'en', '2026-03-20');
    expect(found.map((f) => f.date)).toContain('2026-06-17');
  });
});
