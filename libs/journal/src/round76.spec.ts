import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 76, from tuning set 67 (figures: amounts, dates, periods and calculations): the day the agent gives when the
// caller asks when a payment comes is the agency's payment, a follow-up on that day, not a bare date among the
// information. Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');
const CALL_DAY = '2075-02-04';

describe('a payment day given as the answer to "when" is the agency\'s payment on that day', () => {
  it('"När betalas bostadstillägget ut?" "Måndagen den artonde mars.": a follow-up on 18 March, named by what was asked', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått beslut om bostadstillägg.',
      'agent: Det stämmer, ettusen tvåhundra kronor i månaden.',
      'caller: När betalas bostadstillägget ut?',
      'agent: Måndagen den artonde mars.',
      'caller: Tack.',
    ], CALL_DAY);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2075-03-18');
    expect(paid?.text).toBe('Bostadstillägget betalas ut måndagen den 18 mars.');
    expect(paid?.followUp?.preposition).toBe('on');
  });

  it('"When do I get the March money?" "On Monday the eighteenth of March.": on that day, not "Asked when …"', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My sickness benefit for February looks low.',
      'agent: It is twenty-eight days at six hundred kronor, before tax.',
      'caller: When do I get the March money?',
      'agent: On Monday the eighteenth of March.',
      'caller: Thanks.',
    ], CALL_DAY);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2075-03-18');
    expect(paid?.text).toBe('The March money is paid on Monday 18 March.');
    expect(section(d, 'agentActions').map((s) => s.text).join(' ')).not.toMatch(/Asked when/u);
  });

  it('"When is it paid?" "If the employer confirms the days, on …": the condition stays with the day', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I was home with my sick child for two days.',
      'agent: Yes, I see the claim. It gives two thousand kronor before tax.',
      'caller: When is it paid?',
      'agent: If the employer confirms the days, on Monday the twenty-fifth of March.',
      'caller: Thank you.',
    ], CALL_DAY);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2075-03-25');
    expect(paid?.text).toMatch(/on Monday 25 March, if the employer confirms the days\.$/u);
  });

  it('"När kommer den första?" after a decision on a pension: the first payment of that pension, on its day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått beslut om efterlevandepension. Hur länge gäller den?',
      'agent: Den gäller i tolv månader.',
      'caller: När kommer den första?',
      'agent: Måndagen den artonde mars.',
      'caller: Bra.',
    ], CALL_DAY);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2075-03-18');
    expect(paid?.text).toBe('Första utbetalningen av efterlevandepension kommer måndagen den 18 mars.');
  });

  it('"When is the first deduction?" "With the April pension, on …": a deduction is made, with what it goes with', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I have to pay back some guarantee pension.',
      'agent: Yes, three hundred a month is deducted from your pension.',
      'caller: When is the first deduction?',
      'agent: With the April pension, on Thursday the eighteenth of April.',
      'caller: Fine.',
    ], CALL_DAY);
    const paid = followUps(d).find((f) => f.followUp?.dueDate === '2075-04-18');
    expect(paid?.text).toBe('The first deduction is made with the April pension, on Thursday 18 April.');
  });
});

describe('guards: a "when" that asks no payment day', () => {
  it('"När får jag svar?" "Fredagen den åttonde februari.": no payment', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har sökt sjukpenning.',
      'agent: Ansökan är komplett.',
      'caller: När får jag svar?',
      'agent: Fredagen den åttonde februari.',
      'caller: Tack.',
    ], CALL_DAY);
    expect(followUps(d).map((f) => f.text).join(' ')).not.toMatch(/betalas|utbetalning/u);
  });

  it('"I will post a form today." "When does it come?": the letter, no payment', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I need a form for housing supplement.',
      'agent: I will post an application form to you today.',
      'caller: When does it come?',
      'agent: On Friday the eighth of February.',
      'caller: Thanks.',
    ], CALL_DAY);
    expect(followUps(d).map((f) => f.text).join(' ')).not.toMatch(/paid|payment/u);
  });

  it('"När kommer pengarna?" answered by a day before the call: no payment ahead', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar över min sjukpenning för december.',
      'agent: Den är betald.',
      'caller: När kom pengarna?',
      'agent: Den tjugofemte januari.',
      'caller: Jaha.',
    ], CALL_DAY);
    expect(followUps(d).some((f) => f.followUp?.dueDate === '2075-01-25')).toBe(false);
  });
});
