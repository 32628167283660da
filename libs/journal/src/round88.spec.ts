import { describe, expect, it } from 'vitest';
import { draft, noteText, section, texts } from './testing/drafts.js';

// Round 88, from tuning set 78 (choosing when and how to draw the pension). Sentences written for these tests, not from
// any eval set. Call date Monday 12 January 2026.

const DAY = '2026-01-12';

describe('a month named wrong corrects the sentence it was said in, not every sentence with that month', () => {
  it('"jag slutar sista februari, inte mars" corrects the last day at work, not the birthday month', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Jag fyller sextiofem i mars och undrar när jag kan börja ta ut pensionen.',
        'agent: Du kan börja tidigast månaden efter att vi har fått ansökan.',
        'caller: Jag har sagt upp mig från min anställning till sista mars.',
        'agent: Då har du ingen lön efter det.',
        'caller: Förlåt, jag sa fel, jag slutar sista februari, inte mars.',
        'agent: Då kan du söka nu.',
        'caller: Tack.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/fyller 65 i mars/u);
    expect(note).not.toMatch(/fyller 65 i februari/u);
    expect(note).toMatch(/sista februari/u);
  });

  it('"I\'m leaving work at the end of April, not May" leaves "I turn sixty-five in May" as it was', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN]. I turn sixty-five in May and wonder when I can start drawing my pension.',
        'agent: You can start the month after we get the application at the earliest.',
        "caller: I've handed in my notice, I'm leaving work at the end of May.",
        'agent: Then you have no salary after that.',
        "caller: Sorry, I got that wrong, I'm leaving work at the end of April, not May.",
        'agent: Then you can apply now.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/turns? 65 in May/u);
    expect(note).not.toMatch(/turns? 65 in April/u);
    expect(note).toMatch(/end of April/u);
  });
});

describe('a month named wrong with the reason said after it: the month said first is not kept', () => {
  it('"…, inte december, jag är född i oktober." → no "fyller 67 i december" said first', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Jag fyller sextiosju i december och undrar om jag ska vänta med pensionen.',
        'agent: Varje år du väntar blir beloppet högre.',
        'caller: Förresten fyller jag sextiosju i oktober, inte december, jag är född i oktober.',
        'agent: Det spelar ingen roll, du söker när du vill börja.',
        'caller: Tack.',
      ],
      DAY,
    );
    const note = noteText(d);
    // (The correcting sentence stays as said, with its reason: "… 67 i oktober, inte december, hen är född i oktober.")
    expect(note).not.toMatch(/67 i december/u);
    expect(note).toMatch(/67 i oktober/u);
  });

  it('"…, not December, my birthday is in October." → no "turn 67 in December"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN]. I turn sixty-seven in December and wonder whether to wait with my pension.',
        'agent: Every year you wait, the amount gets higher.',
        'caller: By the way, I turn sixty-seven in October, not December, my birthday is in October.',
        'agent: That makes no difference, you apply when you want to start.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).not.toMatch(/67 in December/u);
    expect(note).toMatch(/67 in October/u);
  });
});

describe("the caller keeps one of the two things the agent's act named: the act is done on that one", () => {
  it('"Bara inkomstpensionen, tack." after "… av inkomstpensionen och premiepensionen från maj"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Jag tar ut en fjärdedel och vill ta ut hälften i stället.',
        'agent: Då ändrar jag uttaget till hälften av inkomstpensionen och premiepensionen från maj.',
        'caller: Bara inkomstpensionen, tack. Premiepensionen väntar jag med.',
        'agent: Det går bra.',
        'caller: Tack.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/hälften av inkomstpensionen från maj/u);
    expect(note).not.toMatch(/inkomstpensionen och premiepensionen/u);
  });

  it('"Just the income pension, please." after "… the income pension and the premium pension from May"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        "caller: Hi, [NAMN]. I'm drawing a quarter and want to draw half instead.",
        "agent: Then I'll change it to half of the income pension and the premium pension from May.",
        "caller: Just the income pension, please. I'll wait with the premium pension.",
        'agent: That works.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/half of the income pension from May/u);
    expect(note).not.toMatch(/income pension and the premium pension/u);
  });
});

describe('a withdrawal paused or changed while the caller listens is a step done in the call', () => {
  it('"Då pausar jag uttaget av inkomstpensionen från mars." → a follow-up dated the call', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Jag har fått ett nytt jobb och vill pausa min pension.',
        'agent: Från vilken månad?',
        'caller: Från mars.',
        'agent: Då pausar jag uttaget av inkomstpensionen från mars.',
        'caller: Tack, hej.',
      ],
      DAY,
    );
    const paused = section(d, 'followUp').find((s) => /pausar uttaget av inkomstpensionen från mars/u.test(s.text));
    expect(paused?.followUp?.dueDate).toBe(DAY);
  });

  it('"Then I pause the income pension from March." → a follow-up dated the call', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        "caller: Hi, [NAMN]. I've got a new job and want to pause my pension.",
        'agent: From which month?',
        'caller: From March.',
        'agent: Then I pause the income pension from March.',
        'caller: Thanks, bye.',
      ],
      DAY,
    );
    const paused = section(d, 'followUp').find((s) => /pauses the income pension from March/u.test(s.text));
    expect(paused?.followUp?.dueDate).toBe(DAY);
  });
});

describe('guards (pass before and after)', () => {
  it('a bare "Nej, i april, inte mars." still corrects the one sentence that said March', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Jag vill börja ta ut min pension i mars.',
        'agent: Det går bra.',
        'caller: Nej förresten, i april, inte mars.',
        'agent: Då blir det april.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/mars/u);
  });

  it("the agent's information with two pensions is not changed by the caller's \"Bara inkomstpensionen?\"", () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN]. Vad visar prognosen?',
        'agent: Prognosen gäller inkomstpensionen och premiepensionen tillsammans.',
        'caller: Bara inkomstpensionen?',
        'agent: Nej, båda.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(texts(d, 'agentActions').join(' ')).toMatch(/inkomstpensionen och premiepensionen/u);
  });
});
