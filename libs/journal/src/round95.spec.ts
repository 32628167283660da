import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

const whole = noteText;

// Round 95, from tuning sets 82 (numbers that change during the call) and 83 (decisions): the agent's own figure, put right
// by the agent in the agent's next turn, is the figure the note states (`agentPutsOwnRight` in discourse.ts).
// Sentences written for these tests, not from any eval set.

describe("the agent's own figure, put right by the agent in the next turn, is the one the note states", () => {
  it('"Du får tillbaka tretusen tvåhundra kronor." "Tretusen två?" "Förlåt, det är tretusen tvåhundrasextio kronor.": 3 260, no 3 200', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar hur mycket skatt jag får tillbaka på pensionen.',
      'agent: Jag ser din kontrolluppgift. Du får tillbaka tretusen tvåhundra kronor.',
      'caller: Tretusen två?',
      'agent: Förlåt, det är tretusen tvåhundrasextio kronor. Jag avrundade.',
      'caller: Okej, tack.',
    ]);
    expect(whole(d)).toMatch(/3 260/u);
    expect(whole(d)).not.toMatch(/3 200/u);
  });

  it('"The supplement is one thousand one hundred kronor a month." "Is that from March?" "Sorry, wait. I read last year\'s line. From March it\'s one thousand two hundred and forty kronor.": 1 240 stands', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I wanted to know my housing supplement after the new rent.',
      'agent: Let me look. The supplement is one thousand one hundred kronor a month.',
      'caller: Is that from March?',
      "agent: Sorry, wait. I read last year's line. From March it's one thousand two hundred and forty kronor.",
      'caller: Good, thank you.',
    ]);
    expect(whole(d)).toMatch(/1 240/u);
    expect(whole(d)).not.toMatch(/1 100/u);
  });

  it('"Tillägget höjs med sexhundra i månaden." "Sexhundra? Jag trodde fyrahundra." "Sexhundrafyrtio, faktiskt, före skatt.": the rise is 640', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått ett nytt beslut om bostadstillägg.',
      'agent: Ja, jag ser det. Tillägget höjs med sexhundra i månaden från april.',
      'caller: Sexhundra. Jag trodde att det var fyrahundra.',
      'agent: Sexhundrafyrtio, faktiskt, före skatt. Det kommer med utbetalningen i april.',
      'caller: Vad bra.',
    ]);
    expect(whole(d)).toMatch(/640/u);
    expect(whole(d)).not.toMatch(/(?<![\d ])600(?![\d])/u);
  });

  it('"Your pension goes up by three hundred and ten a month." "The letter says four hundred and ten." "You\'re right, four hundred and ten.": 410, no 310', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      "caller: Hi, [NAMN], [PERSONNUMMER]. I got a new decision and I'm not sure I follow it.",
      'agent: I see it. Your pension goes up by three hundred and ten a month from May.',
      'caller: The letter says four hundred and ten.',
      "agent: You're right, four hundred and ten. I looked at the wrong row.",
      'caller: Fine, thanks.',
    ]);
    expect(whole(d)).toMatch(/410/u);
    expect(whole(d)).not.toMatch(/310/u);
  });
});

describe('guards: two figures, an apology, another thing, a figure of another size', () => {
  it('"Det är nio tusen kronor före skatt." "Och efter skatt?" "Förlåt, efter skatt blir det sjutusen tvåhundra kronor.": both stand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Vad får jag i pension från juni?',
      'agent: Det är niotusen kronor i månaden före skatt.',
      'caller: Och efter skatt?',
      'agent: Förlåt, efter skatt blir det sjutusen tvåhundra kronor.',
      'caller: Tack.',
    ]);
    expect(whole(d)).toMatch(/9 000/u);
    expect(whole(d)).toMatch(/7 200/u);
  });

  it('"You had one thousand eight hundred kronor in March." "And now?" "I\'m sorry. Your supplement is two thousand kronor from April.": an apology, no rewrite', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. What is my housing supplement now?',
      'agent: Let me look. You had one thousand eight hundred kronor in March.',
      'caller: And now?',
      "agent: I'm sorry. Your supplement is two thousand kronor from April.",
      'caller: Thanks.',
    ]);
    expect(whole(d)).toMatch(/1 800/u);
    expect(whole(d)).toMatch(/2 000/u);
  });

  it('"Återkravet är fyratusen kronor." "Kan jag dela upp det?" "Förlåt, avbetalningen blir femhundra kronor i månaden.": a figure of another size stands beside', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått ett återkrav.',
      'agent: Ja, jag ser det. Återkravet är fyratusen kronor.',
      'caller: Kan jag dela upp det?',
      'agent: Förlåt, avbetalningen blir i så fall femhundra kronor i månaden.',
      'caller: Okej.',
    ]);
    expect(whole(d)).toMatch(/4 000/u);
    expect(whole(d)).toMatch(/500/u);
  });

  it('"Det blir åttahundra kronor mer." "Åttahundra?" "Ja, åttahundra kronor. Förlåt att det tog tid.": nothing changes', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Hur mycket höjs min pension?',
      'agent: Det blir åttahundra kronor mer i månaden.',
      'caller: Åttahundra?',
      'agent: Ja, åttahundra kronor. Förlåt att det tog tid.',
      'caller: Tack.',
    ]);
    expect(whole(d)).toMatch(/800/u);
  });
});

describe('a percentage put right by a bare number, and a sum that puts right no percentage', () => {
  it('"Tjugoåtta procent. Nej, det står trettio på beskedet.": 30 procent, no 28', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill ändra skatten på min pension.',
      'agent: Vilken skatt har du i dag?',
      'caller: Tjugoåtta procent. Nej, det står trettio på beskedet.',
      'agent: Ja, trettio procent enligt tabellen. Vill du dra mer?',
      'caller: Ja, gärna.',
    ]);
    expect(whole(d)).toMatch(/30 procent/u);
    expect(whole(d)).not.toMatch(/28 procent/u);
  });

  it('"Trettio procent, tror jag." … "Tre och femtio då. Eller nej, säg fyrahundra jämnt.": the 400 is kronor, the rate stays 30 procent', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill dra mer skatt på min pension.',
      'agent: Det går bra. Vad drar du i dag?',
      'caller: Trettio procent, tror jag.',
      'agent: Ja, trettio procent enligt tabellen. Du kan lägga till ett fast belopp varje månad.',
      'caller: Tre och femtio då. Eller nej, säg fyrahundra jämnt.',
      'agent: Fyrahundra kronor extra i månaden. Jag lägger in det nu.',
      'caller: Tack.',
    ]);
    expect(whole(d)).not.toMatch(/400 procent/u);
    expect(whole(d)).toMatch(/30 procent/u);
  });

  it('guard: "Tjugofem procent från juni. Nej... femtio kanske, jag vet inte." … "Vi säger tjugofem.": a doubt puts nothing right', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill börja ta ut lite pension.',
      'agent: Hur mycket vill du ta ut?',
      'caller: Jag tar ut tjugofem procent från juni. Nej... femtio kanske, jag vet inte.',
      'agent: Med tjugofem procent blir det ungefär tretusen kronor, med femtio ungefär sextusen.',
      'caller: Vi säger tjugofem ändå.',
    ]);
    expect(whole(d)).not.toMatch(/tar ut 50 procent/u);
  });

  it('guard: "Halv pension. Nej, förlåt, sjuttiofem procent.": a share said in words is still put right by a percentage', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill börja ta ut min pension från maj.',
      'agent: Hur mycket vill du ta ut?',
      'caller: Halv pension. Nej, förlåt, sjuttiofem procent.',
      'agent: Då registrerar jag sjuttiofem procent från maj.',
      'caller: Tack.',
    ]);
    expect(whole(d)).toMatch(/75 procent/u);
  });
});

describe('what the caller told someone stays as told; the correction puts right the fact', () => {
  it('"I told the insurance company the fourth. No, it was the fifth, the Sunday.": no "told … the fifth"', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My wife died in March and I was told to call you.',
      'agent: I am so sorry. Which day was it?',
      'caller: I told the insurance company the fourth of March. No, it was the fifth, the Sunday.',
      'agent: Thank you. I can see the fifth of March registered here.',
      'caller: Good.',
    ]);
    expect(whole(d)).not.toMatch(/told the insurance company (?:the )?(?:fifth|5)/iu);
  });

  it('"Jag sa den tolfte till banken. Nej, det var den trettonde.": no "sa den 13 … till banken"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min man dog i maj och jag ska ringa er, sa de.',
      'agent: Jag beklagar. Vilken dag var det?',
      'caller: Jag sa den tolfte maj till banken. Nej, det var den trettonde, en lördag.',
      'agent: Tack. Jag ser den trettonde maj här.',
      'caller: Bra.',
    ]);
    expect(whole(d)).not.toMatch(/sa den (?:13|trettonde)/iu);
  });
});
