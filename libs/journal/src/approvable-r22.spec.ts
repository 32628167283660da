import { describe, expect, it } from 'vitest';
import { draft, errandLine } from './testing/drafts.js';

// Round 22 (issue 14), from a caseworker-style judgement of the blind tuning-19's drafts (`eval/judged-tuning-19/`).
// Sentences written for these tests, not taken from any eval set.

const followUps = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];

describe('the date of a task', () => {
  it('"I morgon är det nationaldagen, så jag skickar beräkningen på onsdag": the task\'s own day, not the holiday', () => {
    const d = draft(
      'sv',
      ['agent: Pensionsmyndigheten.', 'caller: Kan ni skicka en beräkning?', 'agent: Ja. I morgon är det nationaldagen, så jag skickar beräkningen till dig på onsdag.'],
      '2028-06-05',
    );
    expect(followUps(d).map((f) => f.followUp?.dueDate)).toContain('2028-06-07');
    expect(followUps(d).map((f) => f.followUp?.dueDate)).not.toContain('2028-06-06');
  });
});

describe('a claim the caller checks is what the errand asks', () => {
  it('"The bank said I would lose it. Is that true?" after the event', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      "caller: Hi. My wife died in March. The bank said I'd lose her pension now. Is that true?",
      'agent: I am sorry. You do not lose anything of your own.',
    ]);
    expect(errandLine(d)).toMatch(/wife died in March/);
    expect(errandLine(d)).toMatch(/bank said .*lose .*if that is right/);
  });
});

describe('a deadline reads as one in the note', () => {
  it('"(senast 2028-06-30)" for a task by a day, "(2028-06-07)" for one on it', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten.',
        'caller: Jag vill söka ålderspension.',
        'agent: Jag skickar en blankett i dag. Den behöver vara här senast den 30 juni.',
      ],
      '2028-06-05',
    );
    expect(d.text).toMatch(/\(senast 2028-06-30\)/);
    expect(d.text).toMatch(/\(2028-06-05\)/);
  });
});

describe('the errand line\'s edges', () => {
  it('"Jag ringer för min mamma, [NAMN]." then the answer to "Vad gäller det?": the answer, not the name', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer för min pappa, [NAMN]. Jag har fullmakt.',
      'agent: Ja, den finns här. Vad gäller det?',
      'caller: Han har flyttat till ett äldreboende och hyran är mycket högre nu.',
      'agent: Då ska han anmäla den nya hyran.',
    ]);
    expect(errandLine(d)).toMatch(/^Kundens barn ringer: .*flyttat till ett äldreboende/); // (Round 61: "kunden" is the person called for, "den som ringer" the caller; round 75: the caller named once by their relation to the customer.)
  });
  it('". ja, jag såg …" left by a filler and a pause: the line begins with the caller', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej. Eh... ja, jag såg ett brev från er i går om min premiepension.', 'agent: Jag tittar.']);
    expect(errandLine(d)).toMatch(/^Kunden såg ett brev/);
  });
});

describe('"det jag vill är att …": what the caller wants', () => {
  it('"Det jag skulle vilja är att ta ut halva pensionen" → "Kunden vill ta ut halva pensionen"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej. Jag har jobbat på bageriet i trettio år. Det jag skulle vilja är att ta ut halva pensionen från juni.',
      'agent: Det går bra.',
    ]);
    expect(errandLine(d)).toMatch(/^Kunden vill ta ut halva pensionen/);
  });
});
