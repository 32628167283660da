import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, errandLine as lineOf } from './testing/drafts.js';

const errandLine = (language: 'sv' | 'en', lines: string[]) => lineOf(draft(language, lines));

// Round 70, from tuning set 62 (callers who have it wrong, and what is true). Sentences written for these tests, not from
// any eval set. Call date Monday 9 March 2026.

describe('an errand the agent refutes: the caller\'s belief, and what is true beside it', () => {
  it('"Ni har avslagit min ansökan" against "Det finns inget beslut" is told as believed, with the agent\'s words', () => {
    const line = errandLine('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Ni har avslagit min ansökan om bostadsbidrag, och jag fattar inte varför.',
      'agent: Jag kollar. Det finns inget beslut ännu, ansökan ligger kvar för handläggning.',
      'caller: Jaha. Men jag fick ett brev.',
      'agent: Brevet gällde bara att vi tagit emot ansökan.',
      'caller: Okej, tack.',
    ]);
    expect(line).toMatch(/^Kunden trodde att myndigheten har avslagit/u);
    expect(line).toMatch(/handläggaren förklarade: Det finns inget beslut ännu/u);
  });

  it('"I applied in January" against "I can\'t find an application" is told as believed', () => {
    const line = errandLine('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I applied for my old age pension in January and nothing has happened.',
      'agent: I can\'t find an application from you. There is a saved forecast from January.',
      'caller: Oh. I thought that was the application.',
      'agent: It is easy to mix them up. I can take the application now.',
      'caller: Yes, please.',
    ]);
    expect(line).toMatch(/^The caller thought they applied for their old age pension in January/u);
  });

  it('"Beloppet är 3 200 kronor, inte 5 000" makes the caller\'s 5 000 a belief, beside the right amount', () => {
    const line = errandLine('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ska betala tillbaka fem tusen i föräldrapenning.',
      'agent: Jag ser återkravet. Beloppet är tre tusen tvåhundra kronor, inte fem tusen.',
      'caller: Jaha, då läste jag fel.',
      'agent: Det ska betalas senast den trettionde april.',
      'caller: Tack.',
    ]);
    expect(line).toMatch(/^Kunden trodde att hen ska betala tillbaka 5 000/u);
    expect(line).toMatch(/3 200 kronor/u);
  });

  it('a "No, …" to the caller\'s tag question puts what is true beside the question, as its own sentence', () => {
    const line = errandLine('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag fyller sextiofem i augusti och då måste jag väl sluta jobba?',
      'agent: Nej, du kan arbeta och ta ut pension samtidigt.',
      'caller: Jaså, det visste jag inte.',
      'agent: Det påverkar inte din inkomstpension.',
      'caller: Tack så mycket.',
    ]);
    expect(line).toMatch(/\? Handläggaren förklarade: Kunden kan arbeta och ta ut pension samtidigt\./u);
  });

  it('"…, haven\'t I?" "No, you haven\'t": the tagged statement is the caller\'s belief, with what is true beside it', () => {
    const line = errandLine('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I forgot to send my payslip last week, so I have lost my parental benefit, haven\'t I?',
      'agent: No, you haven\'t. Payslips are accepted up to ninety days afterwards.',
      'caller: That is a relief.',
      'agent: Send it in the app.',
      'caller: I will, thanks.',
    ]);
    expect(line).toMatch(/thought they had lost their parental benefit; the agent explained: Payslips are accepted up to 90 days afterwards\./u);
    expect(line).not.toMatch(/have not|haven't/u);
  });

  it('an agreeing "Nej, det stämmer" adds nothing (guard)', () => {
    const line = errandLine('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har inte fått något beslut om bostadstillägg än, eller hur?',
      'agent: Nej, det stämmer. Det tar ungefär åtta veckor.',
      'caller: Okej.',
      'agent: Något mer?',
      'caller: Nej, tack.',
    ]);
    expect(line).not.toMatch(/förklarade|trodde/u);
  });

  it('a caller\'s question answered without a no keeps its line as before (guard)', () => {
    const line = errandLine('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. When is my pension paid in April?',
      'agent: It is paid on the eighteenth of April.',
      'caller: Thank you.',
      'agent: Anything else?',
      'caller: No, thanks.',
    ]);
    expect(line).not.toMatch(/explained|thought/u);
  });
});

describe('a weekday and a day of the month with no month name', () => {
  it('"Friday the seventeenth" said in a month whose 17th is a Tuesday is the next month\'s Friday 17th', () => {
    // (17 March 2026 is a Tuesday, 17 April 2026 a Friday; the call is on Monday 9 March 2026.)
    expect(findDates('It changes from the April payment on Friday the seventeenth.', 'en', '2026-03-09').map((d) => d.date)).toEqual(['2026-04-17']);
    expect(findDates('Det ändras från utbetalningen fredag den sjuttonde.', 'sv', '2026-03-09').map((d) => d.date)).toEqual(['2026-04-17']);
  });

  it('a weekday that fits this month keeps it, and one that fits neither month stays in this one (guard)', () => {
    expect(findDates('Vi ringer tisdag den sjuttonde.', 'sv', '2026-03-09').map((d) => d.date)).toEqual(['2026-03-17']);
    expect(findDates('Come in on Saturday the twelfth.', 'en', '2026-03-09').map((d) => d.date)).toEqual(['2026-03-12']);
  });
});
