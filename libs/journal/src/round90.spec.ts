import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 90, from tuning set 80 (from sickness or activity compensation to old-age pension, and disability). Sentences
// written for these tests, not from any eval set. Call date Monday 9 March 2026.

const DAY = '2026-03-09';

describe('the agent\'s own amount put right in a later turn is not kept beside the right one', () => {
  it('"Förlåt, jag läste fel rad. Kravet gäller tretusen femhundra kronor." → no 5 300', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag har fått ett brev om återkrav av aktivitetsersättning.',
        'agent: Jag ser det. Det gäller ett extrajobb i mars. Kravet gäller femtusen trehundra kronor.',
        'caller: Femtusen? Jag tjänade bara sextusen totalt.',
        'agent: Förlåt, jag läste fel rad. Kravet gäller tretusen femhundra kronor.',
        'caller: Okej. Hur lång tid har jag på mig att svara?',
        'agent: Svara senast den tjugonde mars.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/5 300/u);
    expect(noteText(d)).toMatch(/Kravet gäller 3 500 kronor/u);
  });

  it('"You\'re right, I\'m sorry, one thousand four hundred. I swapped the digits." → no 4 100, no "The caller is right"', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Tom.',
        'caller: Hi, [NAMN]. I got a decision that I have to pay back activity compensation.',
        'agent: The decision is from the fourth of March. It says four thousand one hundred kronor should be repaid.',
        'caller: Four thousand one hundred? My letter says one thousand four hundred.',
        "agent: You're right, I'm sorry, one thousand four hundred. I swapped the digits.",
        'caller: Okay. Can I ask for a review?',
        'agent: Yes, within two months.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/4 100|is right|swapped/u);
    expect(noteText(d)).toMatch(/1 400 kronor should be repaid/u);
  });

  it('guard: "You\'re right, I\'m sorry we did not call you back." is no correction and keeps the amount said', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Tom.',
        'caller: Hi, [NAMN]. You promised to call me back about the repayment of two thousand kronor.',
        "agent: You're right, I'm sorry we did not call you back. The repayment is two thousand kronor.",
        'caller: Okay.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/2 000/u);
  });
});

describe('a caller\'s "Oh, wait, …" is a pause, not a request to wait', () => {
  it('"Oh, wait, I sent it to Försäkringskassan by mistake." → no "asking the agency to wait"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I sent my application for housing supplement in February and have heard nothing.',
        'agent: Let me look. I cannot find it.',
        'caller: Oh, wait, I sent it to Försäkringskassan by mistake.',
        'agent: Then please send a new one to us.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/to wait/u);
  });

  it('"Oh wait, from the first of June." in the next turn puts the first of May right', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I want my old-age pension from the first of May.',
        'agent: Okay, I can register that now.',
        'caller: Oh wait, from the first of June. My job ends later.',
        'agent: Fine, I will register it.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/1 May/u);
    expect(noteText(d)).toMatch(/1 June/u);
  });

  it('"Vänta, från första juni." puts "från första maj" right', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Jag vill ta ut ålderspension från första maj.',
        'agent: Okej, det kan jag registrera nu.',
        'caller: Vänta, från första juni. Mitt jobb slutar senare.',
        'agent: Bra, då registrerar jag det.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/1 maj|första maj/u);
  });

  it('guard: "I can wait until the first of June" is no correction of the first of May (so on the base too)', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I want my old-age pension from the first of May.',
        'agent: Okay. The decision may take a few weeks.',
        'caller: That is fine, I can wait until the first of June for the money.',
        'agent: Good.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/1 May/u);
  });
});

describe('who is who when a parent or an adult child calls for the person the errand concerns', () => {
  it('"ringer för mitt vuxna barn" → the caller is the customer\'s parent, the child the customer', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, jag heter [NAMN] och ringer för mitt vuxna barn, som har merkostnadsersättning. Jag har fullmakt.',
        'agent: Jag ser fullmakten. Vad gäller det?',
        'caller: Ersättningen har sänkts. Mitt barn behöver hjälp med maten varje dag.',
        'agent: Då kan ni begära omprövning. Jag skickar en blankett till dig i dag.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/^Kundens förälder ringer/u);
    expect(noteText(d)).not.toMatch(/kundens (?:vuxna )?barn/iu);
  });

  it('"I\'m calling for my parent" → "The customer\'s child is calling for the customer", the parent the customer', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        "caller: Hello, my name is [NAMN]. I'm calling for my parent, who cannot speak on the phone. I have a power of attorney.",
        'agent: I can see the power of attorney. How can I help?',
        'caller: My parent turns sixty-six in May. Does the pension come automatically?',
        'agent: Yes, it starts automatically in May.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/^The customer's child is calling/u);
    expect(noteText(d)).not.toMatch(/the caller's parent/iu);
  });

  it('guard: "Jag ringer om mitt barn" about the caller\'s own omvårdnadsbidrag keeps the caller the customer (so on the base too)', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Maria.',
        'caller: Hej, [NAMN]. Jag ringer om mitt barn, som har fått en diagnos. Kan jag få omvårdnadsbidrag?',
        'agent: Ja, du kan ansöka om omvårdnadsbidrag på Mina sidor.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).not.toMatch(/förälder ringer|ringer för kunden/u);
  });
});
