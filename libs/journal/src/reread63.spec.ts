import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// The closing re-read of stop 63 (findings 1 and 2 on drafting round 91). Sentences written for these tests, not from any
// eval set. Each call below marked "re-read" is a probe of the re-read (/work/reread63/probes/j1.ts, j2.ts, j3.ts); the others
// are this fix's own. Every test not marked "guard" failed before the fix.

type Call = ['sv' | 'en', string[]];
const note = ([language, lines]: Call) => noteText(draft(language, lines));

describe("ownedAfterCallerPutRight rewrites only the agent's value the caller put right and the agent owned", () => {
  const pension = (caller: string, agent: string, language: 'sv' | 'en' = 'sv'): Call =>
    language === 'sv'
      ? ['sv', ['caller: Hej, jag ringer om min pension.', 'agent: Din pension blir 4 100 kronor i månaden.', `caller: ${caller}`, `agent: ${agent}`]]
      : ['en', ['caller: Hi, I am calling about my pension.', 'agent: Your pension will be 4 100 kronor a month.', `caller: ${caller}`, `agent: ${agent}`]];

  it('re-read: "Min syster får 4 700 kronor." "Det stämmer, hon har …" keeps the caller\'s pension at 4 100', () => {
    const text = note(pension('Min syster får 4 700 kronor.', 'Det stämmer, hon har 4 700 kronor eftersom hon har jobbat längre.'));
    expect(text).toMatch(/pension blir 4 100 kronor/u);
    expect(text).not.toMatch(/pension blir 4 700/u);
    expect(text).toMatch(/[Hh]on har 4 700 kronor eftersom/u);
  });

  it('re-read: "My sister gets 4 700 kronor." "That\'s right, she gets …" keeps 4 100', () => {
    const text = note(pension('My sister gets 4 700 kronor.', "That's right, she gets 4 700 kronor because she worked longer.", 'en'));
    expect(text).toMatch(/pension will be 4 100 kronor/u);
    expect(text).not.toMatch(/pension will be 4 700/u);
  });

  it('re-read: the application sent on 5 March leaves the decision sent on 3 March', () => {
    const text = note(['sv', ['caller: Hej, jag ringer om beslutet om bostadsbidrag.', 'agent: Beslutet skickades den 3 mars.', 'caller: Jag skickade in ansökan den 5 mars.', 'agent: Det stämmer, den 5 mars kom din ansökan in till oss.']]);
    expect(text).toMatch(/Beslutet skickades den 3 mars/u);
    expect(text).not.toMatch(/Beslutet skickades den 5 mars/u);
  });

  it('re-read: "Sorry, yes, the fifth of March is when your application reached us." leaves the decision on 3 March', () => {
    const text = note(['en', ['caller: Hi, I am calling about my housing allowance.', 'agent: The decision was sent on the third of March.', 'caller: I sent the application on the fifth of March.', 'agent: Sorry, yes, the fifth of March is when your application reached us.']]);
    expect(text).toMatch(/decision was sent on 3 March/u);
    expect(text).not.toMatch(/decision was sent on 5 March/u);
  });

  it('"Nej, min syster får 4 700 kronor." "Du har rätt, hon får …": another person\'s amount, even after "nej" and a strong owning', () => {
    const text = note(pension('Nej, min syster får 4 700 kronor.', 'Du har rätt, hon får 4 700 kronor.'));
    expect(text).toMatch(/pension blir 4 100 kronor/u);
    expect(text).not.toMatch(/pension blir 4 700/u);
  });

  it('"No, my sister gets 4 700 kronor." "You\'re right, she gets …" keeps 4 100', () => {
    const text = note(pension('No, my sister gets 4 700 kronor.', "You're right, she gets 4 700 kronor.", 'en'));
    expect(text).toMatch(/pension will be 4 100 kronor/u);
  });

  it('"Jag trodde 4 700 kronor." "Du har rätt, 4 700 kronor.": no correction form from the caller, no rewrite', () => {
    const text = note(pension('Jag trodde 4 700 kronor.', 'Du har rätt, 4 700 kronor.'));
    expect(text).toMatch(/pension blir 4 100 kronor/u);
  });

  it('a bare "Det stämmer" / "That\'s right" owns nothing: the agent\'s line stays beside the caller\'s', () => {
    const sv = note(pension('Nej, det står 4 700 kronor i brevet.', 'Det stämmer, 4 700 kronor.'));
    expect(sv).toMatch(/pension blir 4 100 kronor/u);
    expect(sv).toMatch(/[Dd]et står 4 700 kronor i brevet/u);
    const en = note(pension('No, the letter says 4 700 kronor.', "That's right, 4 700 kronor.", 'en'));
    expect(en).toMatch(/pension will be 4 100 kronor/u);
    expect(en).toMatch(/letter says 4 700 kronor/u);
  });

  it('guard: "Nej, det står 4 700 kronor i brevet." "Du har rätt, jag läste fel, …" still puts the pension right', () => {
    const text = note(pension('Nej, det står 4 700 kronor i brevet.', 'Du har rätt, jag läste fel, 4 700 kronor.'));
    expect(text).toMatch(/pension blir 4 700 kronor/u);
    expect(text).not.toMatch(/4 100/u);
  });

  it('guard: the value asked back, "Fyratusen sjuhundra?" "Förlåt, du har rätt, jag läste fel." puts it right', () => {
    const text = note(pension('Fyratusen sjuhundra?', 'Förlåt, du har rätt, jag läste fel. Fyratusen sjuhundra.'));
    expect(text).toMatch(/pension blir 4 700 kronor/u);
    expect(text).not.toMatch(/4 100/u);
  });

  it('guard: "Four thousand seven hundred?" "Sorry, I misread." puts it right', () => {
    const text = note(pension('Four thousand seven hundred?', 'Sorry, I misread. Four thousand seven hundred.', 'en'));
    expect(text).toMatch(/pension will be 4 700 kronor/u);
    expect(text).not.toMatch(/4 100/u);
  });
});

describe("a caller's own correction opening with \"Alltså\", \"Så\" or \"Då\" is read as one", () => {
  const death = (day: string, correction: string, agent = 'Jag beklagar.'): Call => [
    'sv',
    [`caller: Hej, jag ringer om efterlevandepension. Min man dog ${day}.`, `agent: ${agent}`, `caller: ${correction}`],
  ];

  it('re-read: "Alltså i januari, inte december. Det var precis efter nyår." → dog i januari', () => {
    const text = note(death('i december', 'Alltså i januari, inte december. Det var precis efter nyår.'));
    expect(text).toMatch(/dog i januari/u);
    expect(text).not.toMatch(/december/u);
  });

  it('re-read: "Alltså, nej, i januari, inte december." → dog i januari', () => {
    const text = note(death('i december', 'Alltså, nej, i januari, inte december.'));
    expect(text).toMatch(/dog i januari/u);
    expect(text).not.toMatch(/december/u);
  });

  it('re-read: "Så den andra, inte den första." after "Jag beklagar." → dog den 2 december', () => {
    const text = note(death('den första december', 'Så den andra, inte den första.'));
    expect(text).toMatch(/dog den 2 december/u);
    expect(text).not.toMatch(/1 december/u);
  });

  it('"Då i januari, inte december." after "Jag beklagar." → dog i januari', () => {
    const text = note(death('i december', 'Då i januari, inte december.'));
    expect(text).toMatch(/dog i januari/u);
    expect(text).not.toMatch(/december/u);
  });

  it('guard: "Så, nej förlåt, han dog i januari, inte december." after a turn about the month after → dog i januari', () => {
    const text = note(death('i december', 'Så, nej förlåt, han dog i januari, inte december.', 'Pensionen räknas från månaden efter dödsfallet.'));
    expect(text).toMatch(/dog i januari/u);
  });

  it('guard: "Så januari, inte december?" after "Bidraget gäller från januari." keeps the application in december', () => {
    const text = note(['sv', ['caller: Hej, jag ringer om bostadsbidrag. Jag ansökte i december.', 'agent: Bidraget gäller från januari.', 'caller: Så januari, inte december?']]);
    expect(text).toMatch(/ansökte i december/u);
    expect(text).not.toMatch(/ansökte i januari/u);
  });

  it('guard: without an opener, "I januari, inte december." still puts the day right', () => {
    expect(note(death('i december', 'I januari, inte december. Det var precis efter nyår.'))).toMatch(/dog i januari/u);
  });
});
