import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 64, from tuning set 56 (corrections and misunderstandings). Sentences written for these tests, not from any eval
// set. Call date Monday 9 March 2026.

const followUps = (d: ReturnType<typeof draft>) => (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => s.text);

describe('a correction replaces what it corrects', () => {
  it('"two weeks, not two months" through the interpreter puts the length right in the errand line', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hello, interpreter here, I will interpret. [NAMN], [PERSONNUMMER]. I am going to visit my brother in Chile for two months and I am worried my housing supplement stops.',
      'agent: How long will you be away?',
      'caller: Interpreter here, the customer corrects me: two weeks, not two months. I am going for two weeks in July.',
      'agent: For two weeks you do not need to report anything.',
      'caller: Thank you.',
    ]);
    expect(errandLine(d)).toMatch(/two weeks/u);
    expect(noteText(d)).not.toMatch(/two months/u);
  });

  it('"tre veckor, inte tre månader" said turns later corrects the caller\'s earlier sentence', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ska hälsa på min dotter i Kanada i tre månader och undrar om garantipensionen påverkas.',
      'agent: Hur länge blir du borta, sa du?',
      'caller: Förlåt, tre veckor, inte tre månader. Jag åker i juli.',
      'agent: Då behöver du inte anmäla något.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).not.toMatch(/tre månader/u);
    expect(errandLine(d)).toMatch(/tre veckor/u);
  });
});

describe('the agent negates the caller\'s own word', () => {
  it('"Aktivitetsersättningen är inte stoppad": the errand line tells the caller\'s belief, not the belief as fact', () => {
    const line = errandLine(
      draft('sv', [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Ni har stoppat min aktivitetsersättning.',
        'agent: Jag tittar. Aktivitetsersättningen är inte stoppad, den är vilande eftersom du studerar.',
        'caller: Jaha, okej.',
        'agent: Den börjar betalas igen när du slutar studera.',
        'caller: Tack.',
      ]),
    );
    expect(line).toMatch(/^Kunden trodde att/u);
  });
});

describe('the caller\'s own plan, given up or hedged', () => {
  it('"Jag tänkte ringa Skatteverket i morgon" … "Nej, då låter jag det vara" is no plan of the caller\'s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Min skatt ser konstig ut på specifikationen.',
      'agent: Du har rätt skattetabell, det är bara att juni har en annan avdragsregel.',
      'caller: Jag tänkte ringa Skatteverket i morgon och byta tabell.',
      'agent: Det behövs inte, det blir rätt från juli.',
      'caller: Nej, då låter jag det vara. Tack.',
    ]);
    expect(noteText(d)).not.toMatch(/Kunden tänkte ringa Skatteverket/u);
    expect(followUps(d).join(' ')).not.toMatch(/Skatteverket/u);
  });

  it('"If it has not come by Friday, I\'ll ring again, maybe." is no follow-up', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I have not got the decision on my housing supplement.',
      'agent: It was sent on Monday, it should arrive this week.',
      'caller: If it has not come by Friday, I\'ll ring again, maybe.',
      'agent: Do that if it has not come.',
      'caller: Thanks.',
    ]);
    expect(followUps(d).join(' ')).not.toMatch(/ring again/u);
  });
});
