import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, noteText } from './testing/drafts.js';

// The closing re-read of stop 65, drafting (part one): ways rounds 97 and 98 wrote a false statement into a note, outside the
// hand-over code (that is part two's). A named month still ahead keeps its day against a weekday that does not fit it
// (`dayInMonth` in dates.ts); a denied owning owns nothing, and only the sentence the caller answered takes the caller's figure
// (`OWNS_CALLERS_VALUE`, `figureOwnedAfterCallerPutRight`); a year put right is the one said after the correction's own word,
// and a correction that tells another event puts nothing right (`yearPutRight`). Sentences written for these tests, not
// from any eval set. (The call date is the helper's, 9 March 2026; 20 March 2026 is a Friday, 20 September a Sunday,
// 17 March a Tuesday, 17 August a Monday.)

describe('a named month still ahead keeps its day when the weekday said with it does not fit', () => {
  it('"Pengarna betalas ut i augusti, tisdag den sjuttonde.": 17 August, not 17 March', () => {
    expect(findDates('Pengarna betalas ut i augusti, tisdag den sjuttonde.', 'sv', '2026-03-09').map((f) => f.date)).toEqual(['2026-08-17']);
  });

  it('"We pay it in September, on Friday the twentieth.": 20 September, not 20 March', () => {
    expect(findDates('We pay it in September, on Friday the twentieth.', 'en', '2026-03-09').map((f) => f.date)).toEqual(['2026-09-20']);
  });

  it('guard: a month that has passed still leaves the day to the weekday (round 97), and a fitting weekday changes nothing', () => {
    expect(findDates('Det som dragits för mycket i januari betalas tillbaka senast fredag den tjugonde.', 'sv', '2026-03-09').map((f) => f.date)).toEqual(['2026-03-20']);
    expect(findDates('Pengarna betalas ut i augusti, måndag den sjuttonde.', 'sv', '2026-03-09').map((f) => f.date)).toEqual(['2026-08-17']);
  });
});

describe("an agent who denies the mistake does not own the caller's figure", () => {
  it('"Det var inte jag som räknade fel, …": the agent\'s table stays as said', () => {
    const d = draft('sv', [
      'agent: Skatteverket, [NAMN], vad gäller det?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar över min skattetabell.',
      'agent: Din tabell är nummer trettiofyra.',
      'caller: Trettiofem, ska det vara.',
      'agent: Det var inte jag som räknade fel, trettiofem står på det gamla beskedet men det gäller i fjol.',
      'caller: Jaha.',
    ]);
    expect(noteText(d)).toMatch(/tabell är nummer 34/u);
    expect(noteText(d)).not.toMatch(/tabell är nummer 35/u);
  });

  it('"It wasn\'t my mistake, …": the agent\'s code stays as said', () => {
    const d = draft('en', [
      'agent: Skatteverket, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I am calling about my tax table.',
      'agent: Your table is number thirty-four.',
      'caller: No, thirty-five.',
      "agent: It wasn't my mistake, thirty-five is on last year's decision.",
      'caller: I see.',
    ]);
    expect(noteText(d)).toMatch(/table is number 34/u);
    expect(noteText(d)).not.toMatch(/table is number 35/u);
  });
});

describe("only the sentence the caller answered takes the caller's figure", () => {
  it('"Du är skriven i församling nummer tjugotvå. Din tabell är trettiofyra." "Trettiofem, …": the parish stays 22', () => {
    const d = draft('sv', [
      'agent: Skatteverket, [NAMN], vad gäller det?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar över min skattetabell.',
      'agent: Du är skriven i församling nummer tjugotvå hos oss. Din tabell är trettiofyra.',
      'caller: Trettiofem, ska det vara.',
      'agent: Du har rätt, trettiofem står det i beskedet, det är jag som läste fel.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).toMatch(/församling nummer 22/u);
    expect(noteText(d)).toMatch(/tabell är 35/u);
  });

  it('"You are in parish number twenty-two. Your table is thirty-four." "No, thirty-five.": the parish stays 22', () => {
    const d = draft('en', [
      'agent: Skatteverket, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I am calling about my tax table.',
      'agent: You are registered in parish number twenty-two with us. Your table is thirty-four.',
      'caller: No, thirty-five.',
      "agent: You're right, thirty-five, I misread it.",
      'caller: Thanks.',
    ]);
    expect(noteText(d)).toMatch(/parish number 22/u);
    expect(noteText(d)).toMatch(/table is 35/u);
  });
});

describe('a year put right is the one said after the same word, and another event puts nothing right', () => {
  it('"from twenty thirty to twenty thirty-six. No, from twenty thirty-two.": 2032 to 2036', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My guarantee pension counts too few years in Sweden.',
      'agent: Let me look. Which years were you abroad?',
      'caller: I lived in Denmark from twenty thirty to twenty thirty-six. No, from twenty thirty-two.',
      'agent: Thank you, I will pass this on to a caseworker.',
      'caller: Good.',
    ]);
    expect(noteText(d)).not.toMatch(/2030 to 2032/u);
    expect(noteText(d)).toMatch(/2036/u);
  });

  it('"I got citizenship in twenty fifty-two. No, I moved here in twenty fifty-three.": both stay, each with its event', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My guarantee pension counts too few years in Sweden.',
      'agent: Let me look. What dates do you have?',
      'caller: I got Swedish citizenship in twenty fifty-two. No, I moved here in twenty fifty-three.',
      'agent: Thank you, I will pass this on to a caseworker.',
      'caller: Good.',
    ]);
    expect(noteText(d)).not.toMatch(/citizenship in 2053/u);
    expect(noteText(d)).toMatch(/2053/u);
  });
});

// Part two: the hand-over code of rounds 98 and 99 (`handedSpans` in discourse.ts). Failing safe: the customer's own words are
// never a relative's, nor a relative's the customer's. Sentences written for these tests, not from any eval set.

describe("the customer's own errand is no hand-over, and only a kin word after \"jag är\"/\"I'm\" is a relative", () => {
  it('"I have to talk to you about …" then "I\'m going back to …": the customer\'s move, with its subject', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I need to talk to you about my survivor pension.',
      'agent: Sure, tell me.',
      "caller: I'm going back to the Netherlands in June and want the money paid there.",
      'agent: Then you send us the form for payment abroad.',
      'caller: Fine, thanks.',
    ]);
    expect(noteText(d)).toMatch(/The caller is going back to the Netherlands in June/u);
    expect(noteText(d)).not.toMatch(/(?:^|\. )Back to the Netherlands/u);
  });

  it('"Jag vill fråga en sak …" then "Jag är änka …": the customer is the widow, the fact stays', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad gäller det?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill fråga en sak om min pension.',
      'agent: Ja, varsågod.',
      'caller: Jag är änka sedan i vintras och flyttar tillbaka till min hemort Luleå i juni. Påverkar det något?',
      'agent: Nej, men du behöver anmäla flytten till Skatteverket.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).toMatch(/Kunden är änka sedan i vintras/u);
  });

  it('guard: "min syster här vill fråga en sak" is still a hand-over, and the sister\'s plan is hers', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad kan jag hjälpa till med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min syster här vill fråga en sak.',
      'agent: Det går bra.',
      'caller: Hej, jag är systern. Jag flyttar till Gävle i augusti, så jag kan inte hjälpa henne med posten.',
      'agent: Då kan hon välja digital brevlåda.',
      'caller: Bra. Jag ger tillbaka luren nu.',
      'agent: Hej igen. Något mer?',
      'caller: Nej tack.',
    ]);
    expect(noteText(d)).toMatch(/Kundens syster flyttar till Gävle/u);
    expect(noteText(d)).not.toMatch(/Kunden flyttar till Gävle/u);
  });
});

describe('"jag är hennes dotter"/"I\'m his son": the relation is the kin word, not the possessive', () => {
  it('"Hi, I\'m his son. I\'m moving …": the caller\'s son moves', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN] speaking, how can I help?',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My housing supplement is late. My son is here, can I pass you over?',
      'agent: Yes, of course.',
      "caller: Hi, I'm his son. I'm moving to Bergen in November, so I can't open his letters after that.",
      'agent: Then he can choose a digital mailbox.',
      "caller: Good. I'll hand back now.",
      'agent: Hello again. Your supplement was paid today.',
      'caller: Thanks.',
    ]);
    expect(noteText(d)).toMatch(/The caller's son is moving to Bergen/u);
    expect(noteText(d)).not.toMatch(/The caller's (?:his|her)\b/u);
  });

  it('"Hej, jag är hans dotter. Jag flyttar …": kundens dotter flyttar', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad kan jag hjälpa till med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Mitt bostadstillägg har inte kommit. Min dotter är här, jag lämnar över.',
      'agent: Det går bra.',
      'caller: Hej, jag är hans dotter. Jag flyttar till Växjö i november, så jag kan inte öppna hans brev sedan.',
      'agent: Då kan han välja digital brevlåda.',
      'caller: Bra. Jag ger tillbaka luren nu.',
      'agent: Hej igen. Bostadstillägget betalades ut i dag.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).toMatch(/Kundens dotter flyttar till Växjö/u);
    expect(noteText(d)).not.toMatch(/Kundens (?:hans|hennes)\b/u);
  });
});

describe("the agent's answer about the customer's case, told to the relative, stays", () => {
  it('"Din pappa kan ta ut pensionen från 63 år, men då blir den lägre …": kept with its condition, of the customer', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad kan jag hjälpa till med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag förstår inte mitt besked. Min dotter är här, jag lämnar över.',
      'agent: Det går bra.',
      'caller: Hej, jag är dottern. Jag hjälper pappa med hans papper. Kan han få pensionen tidigare?',
      'agent: Din pappa kan ta ut pensionen från sextiotre år, men då blir den lägre varje månad.',
      'caller: Okej. Jag ger tillbaka luren nu.',
      'agent: Hej igen. Vill du ha en blankett?',
      'caller: Ja tack.',
    ]);
    expect(noteText(d)).toMatch(/Kunden kan ta ut pensionen från 63 år, men då blir den lägre varje månad/u);
    expect(noteText(d)).not.toMatch(/Kundens pappa/u);
  });

  it('guard: what the agent tells the relative of their own case still goes (round 98)', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad kan jag hjälpa till med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag förstår inte mitt besked. Min dotter är här, jag lämnar över.',
      'agent: Det går bra.',
      'caller: Hej, jag är dottern. Jag tänker själv gå i pension nästa år.',
      'agent: Då räcker det att du ansöker tre månader innan du vill börja.',
      'caller: Okej. Jag ger tillbaka luren nu.',
      'agent: Hej igen. Vill du ha en blankett?',
      'caller: Ja tack.',
    ]);
    expect(noteText(d)).not.toMatch(/tre månader innan/u);
  });
});

describe('"jag är systern" and "jag är dottern" behave alike (one kin table)', () => {
  const call = (kin: string, handed: string) =>
    draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN], vad kan jag hjälpa till med?',
      `caller: Hej, [NAMN], [PERSONNUMMER]. Jag förstår inte mitt besked. Min ${handed} är här, jag lämnar över.`,
      'agent: Det går bra.',
      `caller: Hej, jag är ${kin}. Kan hon börja ta ut pensionen tidigare?`,
      'agent: Ja, du kan hjälpa henne att ansöka om förtida uttag på Mina sidor.',
      'caller: Okej. Jag ger tillbaka luren nu.',
      'agent: Hej igen. Vill du ha en blankett?',
      'caller: Ja tack.',
    ]);
  it('the answer about the customer stays for the sister as for the daughter', () => {
    expect(noteText(call('systern', 'syster'))).toMatch(/förtida uttag/u);
    expect(noteText(call('dottern', 'dotter'))).toMatch(/förtida uttag/u);
  });
});
