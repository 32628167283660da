import { describe, expect, it } from 'vitest';
import { indirectQuestion } from './indirect.js';
import { draft, errandLine, section } from './testing/drafts.js';

// Round 80, from tuning set 69 (short and simple calls): the errand line says what was asked, reported and with the month
// named; the day the agent gives for the payment asked about is the agency's follow-up even when the question is the
// errand line's own. Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('a question with a benefit named without "my" or "the" is reported in the errand line', () => {
  it('"When does housing supplement come this month?": the line says the caller asks when housing supplement comes, in March', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello. When does housing supplement come this month?',
      'agent: It comes on Wednesday the twenty-fifth of March.',
      'caller: Lovely, thank you.',
    ]);
    expect(errandLine(d)).toMatch(/asks when housing supplement comes in March/u);
  });

  it('"Is child allowance taxed?" is reported as whether child allowance is taxed', () => {
    expect(indirectQuestion('Is child allowance taxed?', 'en')).toBe('whether child allowance is taxed');
  });

  it('guard (both): "Is paying late a problem?" is not rebuilt word by word', () => {
    expect(indirectQuestion('Is paying late a problem?', 'en')).toBeUndefined();
    expect(indirectQuestion('When will mine arrive?', 'en')).toBeUndefined();
  });

  it('guard (both): "When is my pension paid?" is reported as before', () => {
    expect(indirectQuestion('When is my pension paid?', 'en')).toBe('when my pension is paid');
  });
});

describe('a question announced with "Quick question:" is the errand, not the agent\'s answer', () => {
  it('"Quick question: when is child allowance paid?" "It\'s paid on Friday the twentieth of March.": the line reports the question', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi. Quick question: when is child allowance paid?',
      "agent: It's paid on Friday the twentieth of March.",
      'caller: Perfect, thanks.',
    ]);
    expect(errandLine(d)).toMatch(/asks when child allowance is paid/u);
    expect(errandLine(d)).not.toMatch(/20 March/u);
  });
});

describe('the payment day asked for in the errand line is the agency\'s payment on that day', () => {
  it('"When does activity compensation come this month?" "It\'s paid on Wednesday the twenty-fifth of March.": a payment on 25 March', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi. When does activity compensation come this month?',
      "agent: It's paid on Wednesday the twenty-fifth of March.",
      'caller: Good, that was all.',
    ]);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2026-03-25');
    expect(paid?.text).toMatch(/^Activity compensation is paid on Wednesday 25 March\.$/u);
  });

  it('guard (both): a payment day already passed ("When did it come?" "It was paid on Friday the sixth of March.") is no follow-up', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi. When did my pension come last time?',
      'agent: It was paid on Friday the sixth of March.',
      'caller: Okay, thanks.',
    ]);
    expect(followUps(d).filter((f) => f.followUp?.dueDate === '2026-03-06')).toEqual([]);
  });
});

describe('"den här månaden", "nästa månad", "this month" in the errand line are named months', () => {
  it('"jag undrar när bostadstillägget kommer nästa månad" on 9 March: "… i april"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag undrar när bostadstillägget kommer nästa månad.',
      'agent: Det betalas ut den sjuttonde april.',
      'caller: Tack, då vet jag.',
    ]);
    expect(errandLine(d)).toMatch(/kommer i april/u);
    expect(errandLine(d)).not.toMatch(/nästa månad/u);
  });
});

describe('a day of next month said as a date is left as said; the year turns', () => {
  it('guard (both): "… den artonde nästa månad?" keeps the day with "nästa månad", no "artonde i april"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. Jag undrar om bostadstillägget kommer den artonde nästa månad.',
      'agent: Ja, det gör det.',
      'caller: Bra, tack.',
    ]);
    expect(errandLine(d)).not.toMatch(/(?:artonde|18) i april/u);
  });

  it('"den här månaden" on 9 December is December, "next month" is January (monthNamed, new in dates.ts)', async () => {
    const { monthNamed } = await import('./dates.js');
    expect(monthNamed('Kunden undrar varför pensionen är lägre den här månaden.', 'sv', '2026-12-09')).toBe('Kunden undrar varför pensionen är lägre i december.');
    expect(monthNamed('The caller asks about it for next month.', 'en', '2026-12-09')).toBe('The caller asks about it for January.');
    expect(monthNamed('The caller asks whether it comes on the twentieth next month.', 'en', '2026-12-09')).toBe('The caller asks whether it comes on the twentieth next month.');
    expect(monthNamed('It runs out at the end of this month.', 'en', '2026-12-09')).toBe('It runs out at the end of December.');
    expect(monthNamed('Det tar slut i slutet av den här månaden.', 'sv', '2026-12-09')).toBe('Det tar slut i slutet av december.');
  });
});
