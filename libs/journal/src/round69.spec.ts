import { describe, expect, it } from 'vitest';
import { draft, errandLine as lineOf } from './testing/drafts.js';

const errandLine = (language: 'sv' | 'en', lines: string[]) => lineOf(draft(language, lines));

// Round 69, from tuning set 61 (calls with more than one errand, and calls the agency makes). Sentences written for these
// tests, not from any eval set. Call date Monday 9 March 2026.

describe('a call the agency makes: the errand is why the agent called', () => {
  it('"Jag ringer om din ansökan …" gives "Utgående samtal: handläggaren ringde om kundens ansökan …"', () => {
    const line = errandLine('sv', [
      'agent: Hej, det är Eva från Pensionsmyndigheten. Jag söker [NAMN].',
      'caller: Ja, det är jag.',
      'agent: Jag ringer om din ansökan om garantipension. Vi saknar ett intyg från banken.',
      'caller: Jaha, jag trodde banken hade skickat det.',
      'agent: Nej, du behöver skicka det själv.',
      'caller: Okej, det gör jag.',
    ]);
    expect(line).toMatch(/^Utgående samtal: handläggaren ringde om kundens ansökan om garantipension; /u);
    expect(line).toMatch(/intyg från banken/u);
    expect(line).not.toMatch(/trodde/u);
  });

  it('"I promised to call you back about …" gives "Outbound call: the agent called back as promised about …"', () => {
    const line = errandLine('en', [
      'agent: Hello, it is Eva from Försäkringskassan, I promised to call you back about your parental benefit.',
      'caller: Oh, yes. Thanks for calling.',
      'agent: The days are approved and paid on the twenty-fifth.',
      'caller: Good, that is a relief.',
      'agent: Anything else?',
      'caller: No, thanks.',
    ]);
    expect(line).toMatch(/^Outbound call: the agent called back as promised about the caller's parental benefit\./u);
    expect(line).not.toMatch(/relief/u);
  });

  it('an agent who greets with name and agency and asks how to help takes an inbound call (guard)', () => {
    const line = errandLine('sv', [
      'agent: Hej, det är Eva på Pensionsmyndigheten, vad kan jag hjälpa dig med?',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar när min pension betalas ut i april.',
      'agent: Den betalas ut den tjugoandra april.',
      'caller: Tack.',
      'agent: Något mer?',
      'caller: Nej.',
    ]);
    expect(line).not.toMatch(/Utgående/u);
    expect(line).toMatch(/pension/u);
  });
});

describe('a second errand the caller adds joins the line', () => {
  it('"Och en sak till medan jag har dig." then the errand: "Dessutom: …"', () => {
    const line = errandLine('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill veta hur det går med min ansökan om bostadstillägg.',
      'agent: Den är under handläggning, inget saknas.',
      'caller: Bra. Och en sak till medan jag har dig. Jag vill ha min pension till ett nytt konto.',
      'agent: Det ändrar du på Mina sidor.',
      'caller: Okej, tack.',
    ]);
    expect(line).toMatch(/Dessutom: Kunden vill ha sin pension till ett nytt konto\./u);
  });

  it('"While I have you, …" with a question reported: "Also: The caller asks …"', () => {
    const line = errandLine('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I want to know how my housing supplement application is going.',
      'agent: It is being processed, nothing is missing.',
      'caller: Good. While I have you, when is the April pension paid?',
      'agent: On the twenty-second.',
      'caller: Thanks.',
    ]);
    expect(line).toMatch(/Also: The caller asks when the April pension is paid/u);
  });

  it('a question the rules cannot report stays out of the line (guard)', () => {
    const line = errandLine('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill anmäla vab för i dag.',
      'agent: Det har jag registrerat nu.',
      'caller: Och om jag ändå har dig, hur många dagar har vi kvar på honom?',
      'agent: Hundra dagar.',
      'caller: Tack.',
    ]);
    expect(line).not.toMatch(/uppger att hur/u);
  });
});

describe('a question with "which" and a two-word noun is reported whole', () => {
  it('"Which tax table am I on?" → "… which tax table they are on"', () => {
    const line = errandLine('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, [NAMN], [PERSONNUMMER]. Which tax table am I on?',
      'agent: Table thirty-two.',
      'caller: Thanks.',
      'agent: Anything else?',
      'caller: No.',
    ]);
    expect(line).toMatch(/which tax table (?:they are|the caller is) on/u);
  });
});

describe("the agent's act said in the present is the errand's outcome", () => {
  it('"Då lägger jag in det nu." goes into the line without its "nu"', () => {
    const line = errandLine('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill ha ett högre skatteavdrag på min pension, jag fick kvarskatt.',
      'agent: Hur mycket mer i månaden?',
      'caller: Fyrahundra kronor.',
      'agent: Då lägger jag in fyrahundra kronor extra nu.',
      'caller: Tack.',
    ]);
    expect(line).toMatch(/handläggaren lägger in 400 kronor extra\.$/u);
  });

  it('an act said after the caller asked something new is not the first errand\'s outcome (guard)', () => {
    const line = errandLine('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar när sjukpenningen betalas ut.',
      'agent: Den betalas ut den tjugofemte.',
      'caller: Bra. Kan jag få bostadsbidrag nu när jag har mindre inkomst?',
      'agent: Det kan prövas. Jag skickar en länk till ansökan i appen nu.',
      'caller: Tack.',
    ]);
    expect(line).not.toMatch(/länk/u);
  });
});
