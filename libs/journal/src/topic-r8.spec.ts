import { describe, expect, it } from 'vitest';
import { draft } from './testing/drafts.js';

// Round 8 (issue 14): mechanisms any caller's wording goes through. Calls written for these tests,
// not taken from any eval set; each mechanism with its opposite case.

const topicOf = (language: 'sv' | 'en', lines: string[]) => draft(language, lines).topic.key;

describe('topic, round 8: phrases match inflected words', () => {
  it('matches a phrase whose inner verb is inflected', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Hej. Jag gick i pension i våras, och nu undrar jag om jag kan vänta med resten.',
        'agent: Ja, det går bra.',
      ]),
    ).toBe('ålderspension');
    expect(
      topicOf('en', [
        'agent: Pensions Agency, Tom speaking.',
        'caller: Hi. We moved abroad in the summer and I want to know what I need to tell you.',
        'agent: I can help with that.',
      ]),
    ).toBe('flytt utomlands');
  });

  it('still matches whole words only', () => {
    // "gick" alone is no retirement.
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Brevet gick i retur, så jag vet inte vad det gällde. Det var om min premiepension tror jag.',
        'agent: Jag tittar.',
      ]),
    ).toBe('premiepension');
  });
});

describe('topic, round 8: the caller takes back what is not the errand', () => {
  it('"det är inte det" at a clause end takes the benefit named before it back', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Min man har garantipension och den fungerar, det är inte det. Jag vill byta fond i min premiepension.',
        'agent: Det kan du göra på Mina sidor.',
      ]),
    ).toBe('premiepension');
  });

  it('"det är inte det lättaste" takes nothing back', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Det är inte det lättaste att förstå bostadstillägg. Hur räknar ni hyran?',
        'agent: Vi utgår från din boendekostnad.',
      ]),
    ).toBe('bostadstillägg');
  });
});

describe("topic, round 8: another agency's errand is other", () => {
  it('a call that another agency answers is other, whatever pension words it holds', () => {
    expect(
      topicOf('sv', [
        'agent: Försäkringskassan, du pratar med Eva.',
        'caller: Hej. Jag har skickat hyreskontraktet två gånger och vill veta om ni har fått det.',
        'agent: Ja, det kom i går.',
      ]),
    ).toBe('other');
  });

  it('the pensions agency answering keeps its topic, with Försäkringskassan named in passing', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Jag ringde Försäkringskassan först, men jag vill fråga om garantipension.',
        'agent: Då har du kommit rätt.',
      ]),
    ).toBe('garantipension');
  });
});

describe('topic, round 8: a repayment or a tax governs the benefit it names', () => {
  it('paying back a benefit is a payment errand', () => {
    expect(
      topicOf('en', [
        'agent: Pensions Agency, Tom speaking.',
        'caller: I have to pay back some of my guarantee pension and I want to split it into parts.',
        'agent: We can set up a plan.',
      ]),
    ).toBe('utbetalning och skatt');
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Skatten på min efterlevandepension är för hög tycker jag.',
        'agent: Vi tittar på skattetabellen.',
      ]),
    ).toBe('utbetalning och skatt');
  });

  it("a repayment contested is about the benefit's decision", () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Jag ska betala tillbaka bostadstillägg, men jag tycker att beslutet är fel och vill begära omprövning.',
        'agent: Då skriver du till oss inom två månader.',
      ]),
    ).toBe('bostadstillägg');
  });

  it('a repayment of something else leaves the benefit named later the errand', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Vi betalade tillbaka skulden till banken förra året. Nu vill jag ansöka om garantipension.',
        'agent: Då skickar jag en ansökan.',
      ]),
    ).toBe('garantipension');
  });
});

describe('topic, round 8: where a person comes from is no move abroad', () => {
  it('a country of origin does not make the errand a move', () => {
    expect(
      topicOf('en', [
        'agent: Pensions Agency, Tom speaking.',
        'caller: I came to Sweden from Iran thirty years ago. Now I want to start taking out my pension next spring.',
        'agent: You can apply three months before.',
      ]),
    ).toBe('ålderspension');
  });

  it('moving to that country is a move', () => {
    expect(
      topicOf('en', [
        'agent: Pensions Agency, Tom speaking.',
        "caller: I'm going to live in Iran from next spring. What happens to my payments?",
        'agent: You can keep them.',
      ]),
    ).toBe('flytt utomlands');
  });
});

describe("topic, round 8: the caller adopts the agent's question as the errand", () => {
  it('"det är därför jag ringer" makes the question before it the errand', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Hej. Jag har bara en liten inkomstpension och hyran har gått upp.',
        'agent: Har du sökt bostadstillägg?',
        'caller: Nej, det är därför jag ringer.',
        'agent: Då skickar jag en ansökan.',
      ]),
    ).toBe('bostadstillägg');
  });

  it('a plain no leaves the errand with the caller', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Hej. Jag vill veta varför min inkomstpension är lägre i prognosen i år.',
        'agent: Har du sökt bostadstillägg?',
        'caller: Nej, det har jag inte. Men prognosen sjönk med tusen kronor.',
        'agent: Jag tittar på din pensionsrätt.',
      ]),
    ).toBe('inkomstpension');
  });
});

describe('topic, round 8: a sentence saying whom the errand is for leaves it to the next', () => {
  it('a death that says who the person is does not make a survivor errand', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Det gäller min pappa som dog i våras. Ni vill ha tillbaka pengar från dödsboet.',
        'agent: Ja, det gäller pensionen för maj.',
      ]),
    ).toBe('utbetalning och skatt');
  });

  it('a survivor who asks about a survivor benefit keeps it', () => {
    expect(
      topicOf('sv', [
        'agent: Pensionsmyndigheten, Maria.',
        'caller: Det gäller min mamma. Pappa dog i våras och hon undrar om hon kan få efterlevandepension.',
        'agent: Hon kan ansöka om omställningspension.',
      ]),
    ).toBe('efterlevandepension');
  });
});
