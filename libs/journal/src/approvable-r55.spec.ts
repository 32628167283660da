import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, section } from './testing/drafts.js';

// Round 55, from tuning set 47 (corrections and who does what).
// Sentences written for these tests, not from any eval set.

describe('a correction after a second marker or an owned mistake replaces the value', () => {
  it('"Nej förresten, vänta, det var april jag menade" puts April in the errand line, not March', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ta ut min ålderspension från och med mars.',
      'agent: Det kan jag hjälpa till med. Ska jag registrera det nu?',
      'caller: Ja tack. Nej förresten, vänta, det var april jag menade. Jag har semester i mars.',
      'agent: Då blir det från och med april.',
      'caller: Tack.',
    ]);
    expect(errandLine(d)).toMatch(/från och med april/u);
    expect(errandLine(d)).not.toMatch(/mars|menade/u);
  });

  it('English: "No, sorry, I\'m reading it wrong, it says the tenth" dates the form by 10 May, not 20 May', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hello. I got a letter about my housing supplement. They want a new rental contract by the twentieth of May. No, sorry, I\'m reading it wrong, it says the tenth.',
      'agent: Yes, the tenth of May.',
      'caller: Okay, thanks.',
    ]);
    expect(noteText(d)).toMatch(/10 May/u);
    expect(noteText(d)).not.toMatch(/20 May|reading it wrong/u);
  });
});

describe("a relative on the line corrects the caller's value", () => {
  it('"Den tredje mars. [sonen:] Nej, det var den femte" keeps only the fifth', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min fru har gått bort och jag undrar om efterlevandepension. Min son sitter här bredvid.',
      'agent: Jag beklagar. När dog hon?',
      'caller: Den tredje mars. [sonen:] Nej, det var den femte, mamma dog den femte.',
      'agent: Den femte mars, då har jag det. Jag skickar en blankett i dag.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).toMatch(/5 mars/u);
    expect(noteText(d)).not.toMatch(/3 mars|\[sonen:\]/u);
  });

  it('English: "[dad:] It\'s twelve thousand four hundred" replaces the caller\'s "about twelve thousand" in the errand line', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi. I'm calling about my father's pension. He's here with me.",
      'agent: Hello to you both. What is it about?',
      "caller: His pension is small, about twelve thousand a month, and he wants to know about housing supplement. [dad:] It's twelve thousand four hundred, before tax.",
      'agent: Twelve thousand four hundred, then he may be entitled to it.',
      'caller: Thank you.',
    ]);
    expect(errandLine(d)).not.toMatch(/12 000|\[dad:\]/u);
  });
});

describe('the wrong day named, then the right one: every earlier sentence gets the right one', () => {
  it('"[sambon:] Och vi flyttar inte i mars, vi flyttar första april" corrects the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Vi ska flytta till Portugal i mars och jag undrar vad som händer med min pension.',
      'agent: Din ålderspension får du behålla i Portugal.',
      'caller: Vad bra. [sambon:] Och vi flyttar inte i mars, vi flyttar första april, då börjar hyreskontraktet.',
      'agent: Okej, från april då.',
      'caller: Tack.',
    ]);
    expect(errandLine(d)).toMatch(/april/u);
    expect(noteText(d)).not.toMatch(/i mars/u);
  });

  it('English: an answer "June. No, hang on, July." corrects "from June" said earlier', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. I want to apply for my old-age pension from June and I need the form.',
      'agent: I can post one today. Which month should it start?',
      'caller: June. No, hang on, July. My contract ends in June.',
      'agent: From July, then.',
      'caller: Thanks.',
    ]);
    expect(errandLine(d)).toMatch(/July/u);
    expect(errandLine(d)).not.toMatch(/June/u);
  });
});

describe("the caller's own request, corrected at once", () => {
  it('"Can you take two thousand a month? No, actually, let\'s say fifteen hundred." keeps no 2 000', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi. I don't want to pay back tax again. Can you take more tax from my pension?",
      'agent: Yes, we can add extra tax.',
      "caller: Can you take two thousand kronor extra a month? No, actually, let's say fifteen hundred.",
      "agent: Fifteen hundred kronor extra a month. I'm registering it now.",
      'caller: Thanks.',
    ]);
    expect(noteText(d)).not.toMatch(/2 000/u);
    expect(errandLine(d)).not.toMatch(/let's say/iu);
  });
});

describe('a vague length of time is no deadline', () => {
  it('"inom ungefär tre veckor" gives the decision no date', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har skickat in min ansökan om bostadstillägg. När får jag svar?',
      'agent: Den är registrerad. Du får ett beslut med posten inom ungefär tre veckor.',
      'caller: Tack.',
    ]);
    const decision = section(d, 'followUp').find((s) => /beslut/u.test(s.text));
    expect(decision).toBeDefined();
    expect(decision?.followUp?.dueDate).toBeUndefined();
  });

  it('English: "within a few weeks" dates nothing, and the condition after it is not its date', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: My payment is late and I want to complain.",
      "agent: I've registered a complaint now. You'll get an answer by post within a few weeks.",
      'caller: And the money comes on Monday?',
      "agent: If it hasn't arrived by Tuesday, call us and we'll check it.",
      'caller: Okay.',
    ]);
    const answer = section(d, 'followUp').find((s) => /answer/u.test(s.text));
    expect(answer).toBeDefined();
    expect(answer?.followUp?.dueDate).toBeUndefined();
    expect(answer?.text).not.toMatch(/Tuesday/u);
  });
});
