import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 48, from tuning set 40 (the caller's own tasks tonight, whose task a day belongs to, relatives and sums corrected).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the caller\'s own act tonight', () => {
  it('"Jag skriver omprövningen i kväll" is the caller\'s task on the day of the call', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Jag har fått ett beslut om att jag ska betala tillbaka aktivitetsersättning, och det är fel.',
      'agent: Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Du kan begära omprövning inom två månader från att du fick beslutet.',
      'caller: Jag skriver omprövningen i kväll. Det här ska ni inte komma undan med.',
      'agent: Jag förstår.',
      'caller: Hej då.',
    ], '2046-11-06');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^Kunden skriver omprövningen i kväll/u), due: '2046-11-06', preposition: 'on' });
  });

  it('"Jag gör anmälan i kväll när barnen har somnat" is the caller\'s task that day; "Jag tänkte … i kväll, men nej" is none', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Vi har fått tvillingar och jag vill anmäla barnbidraget.',
      'agent: Grattis. Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Du gör anmälan i appen, det tar några minuter.',
      'caller: Jag gör anmälan i kväll när barnen har somnat. Jag tänkte ringa banken i kväll också, men nej, det får vänta.',
      'agent: Bra.',
      'caller: Tack, hej.',
    ], '2046-11-07');
    const tasks = followUps(d);
    expect(tasks).toContainEqual({ text: expect.stringMatching(/^Kunden gör anmälan i kväll/u), due: '2046-11-07', preposition: 'on' });
    expect(tasks.some((t) => /banken/u.test(t.text))).toBe(false);
  });

  it('"I will write a complaint tonight" is the caller\'s task on the day of the call', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Finally, an hour in the queue. My pension in October was lower than in September and nobody told me why.',
      'agent: Sorry about the wait. Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. In September there was a back payment, so October is the normal amount.',
      'caller: So September was the odd one. And I want to complain about the queue. I will write a complaint tonight.',
      'agent: You can do that on our website.',
      'caller: Goodbye.',
    ], '2046-11-08');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^The caller will write a complaint tonight/u), due: '2046-11-08', preposition: 'on' });
  });
});

describe('a pause after a comma', () => {
  it('"i övermorgon, öh... torsdag" leaves no ",." in the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ringer för min pappa, han behöver söka bostadstillägg.',
      'agent: Jag kan skicka en ansökan till honom i dag.',
      'caller: Bra. Jag åker till honom i övermorgon, öh... torsdag, då fyller vi i den tillsammans.',
      'agent: Bra.',
      'caller: Tack.',
    ], '2046-11-06');
    expect(noteText(d)).toMatch(/i övermorgon/u);
    expect(noteText(d)).not.toMatch(/,\./u);
  });
});

describe('whose task a day belongs to', () => {
  it('"I\'ll do it tonight" dates no task of the agency\'s said before it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: My pension is not in my account. It is payday.',
      'agent: Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: It went to the account you registered last week, and the bank says it does not exist. When the bank returns the money, we pay it again.',
      'caller: Unbelievable. I will do it tonight, when my grandson is here.',
      'agent: I understand.',
      'caller: Bye.',
    ], '2046-11-18');
    const again = followUps(d).find((t) => /pays it again/u.test(t.text));
    expect(again?.due).toBeUndefined();
  });

  it('"Det gör jag i morgon" after the caller\'s own question takes up no step the agent told', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ska gå i pension efter nyår.',
      'agent: Grattis. Personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Om du slutar sista december väljer du januari. Beslut kommer inom några veckor.',
      'caller: Januari. Och pensionen från kommunen, den söker jag hos KPA, va? Det gör jag i morgon.',
      'agent: Ja, hos KPA.',
      'caller: Tack.',
    ], '2046-11-09');
    const tasks = followUps(d);
    expect(tasks.some((t) => t.due === '2046-11-10')).toBe(false);
    expect(noteText(d)).not.toMatch(/januari i morgon/u);
  });

  it('"den artonde betalas till det gamla kontot" is a payment as usual, no task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har bytt bank och vill ändra kontot för pensionen.',
      'agent: Det gör du på Mina sidor. Personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Ändringen gäller från nästa månad.',
      'caller: Och i november då, den kommer på gamla kontot?',
      'agent: Ja, den artonde november betalas till det gamla kontot.',
      'caller: Okej, tack.',
    ], '2046-11-02');
    expect(followUps(d).some((t) => /gamla kontot/u.test(t.text))).toBe(false);
  });
});

describe('what the agent sets up in the call', () => {
  it('"Jag lägger upp avbetalningsplanen nu" is the agent\'s task on the day of the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett återkrav på garantipensionen och kan inte betala allt på en gång.',
      'agent: Vi kan göra en avbetalningsplan. Personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Hur mycket kan du betala i månaden?',
      'caller: Åttahundra.',
      'agent: Åttahundra i månaden. Jag lägger upp avbetalningsplanen nu. Du får ett brev med inbetalningsuppgifter.',
      'caller: Tack.',
    ], '2046-11-15');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^Handläggaren lägger upp avbetalningsplanen/u), due: '2046-11-15', preposition: 'on' });
  });
});

describe('corrected on the spot', () => {
  it('"Det gäller min pappa. Eller... min svärmor" is about the mother-in-law', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, det gäller min pappa. Eller... min svärmor, alltså min frus mamma. Hon har flyttat till ett boende och vi undrar om bostadstillägget.',
      'agent: Har du fullmakt för henne?',
      'caller: Ja.',
    ], '2046-11-12');
    const errand = texts(d, 'reason').join(' ');
    expect(errand).toMatch(/svärmor/u);
    expect(noteText(d)).not.toMatch(/pappa/u);
  });

  it('"It\'s about my son. Or, no, my daughter." is about the daughter', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I am calling about my son. Or, no, my daughter. She gets child pension and she has turned eighteen.',
      'agent: Is she still at school?',
      'caller: Yes, upper secondary.',
    ], '2046-11-13');
    expect(noteText(d)).toMatch(/daughter/u);
    expect(noteText(d)).not.toMatch(/\bson\b/u);
  });

  it('a round sum the agent then reads exactly ("Tolvtusen." … "Jag ser skulden, tolvtusen sexhundra") is the exact sum', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har fått en skuld på bostadstillägget. Tolvtusen. Jag kan inte betala allt på en gång.',
      'agent: Vi kan göra en avbetalningsplan. Personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Jag ser skulden, tolvtusen sexhundra. Hur mycket kan du betala i månaden?',
      'caller: Sexhundra.',
    ], '2046-11-14');
    expect(noteText(d)).toMatch(/12 600/u);
    expect(noteText(d)).not.toMatch(/12 000/u);
  });
});
