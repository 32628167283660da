import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 83, from tuning set 73 (money owed back and payment plans): a step the agency takes only under a condition the
// agent has just named is no follow-up; the plan or slip the caller will get is the agency's sending; a task's own term
// is not overridden by a deadline said before it for something else; a document from another agency sent here is the
// caller's step towards this one. Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => s.text);
const dated = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => `${s.text} [${s.followUp?.dueDate ?? ''}]`);

describe('a step only under a condition the agent has named is no follow-up', () => {
  it('"Bara om du missar en betalning. Då skickar vi ett brev först.": no letter listed as sent', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag har en avbetalningsplan för mitt återkrav. Går skulden till Kronofogden?',
      'agent: Bara om du missar en betalning. Då skickar vi ett brev först.',
      'caller: Okej, då vet jag.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).not.toMatch(/brev/u);
  });

  it('"Only if you miss a payment. Then we send you a reminder first.": no reminder listed', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi. I have an instalment plan for my repayment. Will it go to the Enforcement Authority?',
      'agent: Only if you miss a payment. Then we send you a reminder first.',
      'caller: Okay, good to know.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).not.toMatch(/reminder/u);
  });

  it('guard: "Då skickar jag planen i dag." with no condition before it is still the agency\'s sending', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag vill dela upp mitt återkrav på bostadsbidrag.',
      'agent: Det går bra. Då skickar jag planen i dag.',
      'caller: Tack.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).toMatch(/planen/u);
  });
});

describe('the plan or slip the caller will get is the agency\'s sending', () => {
  it('"du får planen i din digitala brevlåda på torsdag": listed, on that day', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag har ett återkrav på sjukpenning och vill betala det i delar.',
      'agent: Det går att ordna. Du får planen i din digitala brevlåda på torsdag.',
      'caller: Bra, tack.',
    ], '2076-03-09');
    expect(dated(d).join(' ')).toMatch(/planen.*\[2076-03-12\]/u);
  });

  it('"You\'ll get a new payment slip in the post.": listed', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi. I lost the slip for my repayment of housing supplement.',
      'agent: No problem. You\'ll get a new payment slip in the post.',
      'caller: Thanks.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).toMatch(/payment slip/u);
  });

  it('guard: "Du får pengarna på fredag." is no sending', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. När kommer min pension?',
      'agent: Du får pengarna på fredag.',
      'caller: Tack.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).not.toMatch(/skick/u);
  });
});

describe('a task with a term of its own keeps it', () => {
  it('"Tusen senast den tjugonde april …" then "Godkänn planen inom en vecka.": the approval is due within the week', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag vill dela upp återkravet på föräldrapenning i två delar.',
      'agent: Tusen senast den tjugonde april och resten senast den tjugonde maj.',
      'caller: Hur gör jag?',
      'agent: Godkänn planen inom en vecka.',
      'caller: Okej.',
    ], '2076-03-09');
    expect(dated(d).join(' ')).toMatch(/godkänna planen.*\[2076-03-16\]/u);
    expect(noteText(d)).not.toMatch(/godkänna planen[^.]*\. \(?senast 2076-04-20/u);
  });
});

describe('a document from another agency sent here is the caller\'s step', () => {
  it('"Send the Tax Agency letter by the tenth of April.": the caller\'s task, dated', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi. You say I owe you money for housing allowance, but I reported the move in time.',
      'agent: Then we need proof. Send the Tax Agency letter by the tenth of April.',
      'caller: I will.',
    ], '2076-03-09');
    expect(dated(d).join(' ')).toMatch(/Tax Agency letter.*\[2076-04-10\]/u);
  });

  it('"Skicka in beslutet från Skatteverket senast den tionde april.": the caller\'s task, dated', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Ni säger att jag är skyldig pengar för bostadsbidrag, men jag anmälde flytten i tid.',
      'agent: Då behöver vi se det. Skicka in beslutet från Skatteverket senast den tionde april.',
      'caller: Det gör jag.',
    ], '2076-03-09');
    expect(dated(d).join(' ')).toMatch(/Skatteverket.*\[2076-04-10\]/u);
  });

  it('guard: "Ring Skatteverket och fråga." stays a referral, no task', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Varför har min folkbokföring ändrats?',
      'agent: Det vet inte vi. Ring Skatteverket och fråga.',
      'caller: Okej.',
    ], '2076-03-09');
    expect(followUps(d).join(' ')).not.toMatch(/Skatteverket/u);
  });
});

describe('a payment\'s day answered is no deadline for returning the plan', () => {
  it('"När ska första inbetalningen göras?" "Den tjugonde april.": the plan\'s return is not dated 20 April', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag vill ha en avbetalningsplan för mitt återkrav.',
      'agent: Då skickar jag en plan att skriva under.',
      'caller: När ska första inbetalningen göras?',
      'agent: Den tjugonde april, sedan den tjugonde varje månad.',
      'caller: Okej, tack.',
    ], '2076-03-09');
    expect(dated(d).join(' ')).not.toMatch(/tillbaka[^[]*\[2076-04-20\]/u);
  });
});
