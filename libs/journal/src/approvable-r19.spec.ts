import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './register.js';
import { draft, section } from './testing/drafts.js';

// Round 19 (issue 14), from the follow-ups the evaluator missed in the blind tuning sets 15 and 16 (the caller's
// return of a form, dated by a condition said as the agency's receiving it), and from the false statements the caseworker-style judges found in the blind tuning sets 13–16
// (`eval/judged-tuning-*/`): a caller's "you" that means anyone ("they cut it if you keep working") was written as the
// agency, so the note said the agency works or retires. Sentences written for these tests, not taken from any eval set.

const all = (d: ReturnType<typeof draft>) => d.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');

describe("a caller's \"you\" after \"if\"/\"when\" before what anyone does in life is not the agency", () => {
  it.each([
    ['My neighbour says they lower it if you keep working.', "The caller's neighbour says they lower it if the caller keeps working."],
    ['He told me it stops when you retire.', 'He told the caller it stops when the caller retires.'],
    ['She said the moment you take any pension they cut it.', 'She said the moment the caller takes any pension they cut it.'],
  ])('%s', (said, written) => expect(toThirdPerson(said, 'caller', 'en')).toBe(written));

  it('Swedish: "om du jobbar kvar", "när du gifter dig"', () => {
    expect(toThirdPerson('Min granne sa att de drar av om du jobbar kvar.', 'caller', 'sv')).toBe('Kundens granne sa att de drar av om kunden jobbar kvar.');
    expect(toThirdPerson('Hon sa att den försvinner när du gifter dig.', 'caller', 'sv')).toBe('Hon sa att den försvinner när kunden gifter sig.');
  });

  it('the caller\'s "you" that is the agency stays the agency', () => {
    expect(toThirdPerson('You took too much tax in January.', 'caller', 'en')).toBe('The agency took too much tax in January.');
    expect(toThirdPerson('If you send it today I can sign it.', 'caller', 'en')).toBe('If the agency sends it today the caller can sign it.');
    expect(toThirdPerson('Kan du skicka den till mig?', 'caller', 'sv')).toBe('Kan myndigheten skicka den till kunden?');
  });

  it('in a note, the verbs after "they … and" agree: "if they work and take pension"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, how can I help?',
      'caller: Hi. I am 64 and I want to take out half my pension from May.',
      'agent: You can apply on My Pages.',
      'caller: Okay. My cousin told me there is extra tax if you work and take pension.',
      'agent: No, that is not right. The tax depends on your total income.',
    ]);
    expect(all(d)).not.toMatch(/the agency (?:works|work|takes)/i);
    expect(all(d)).not.toMatch(/they work and takes/);
  });
});

describe("the caller's return of a form, dated by the agency's receiving it", () => {
  it('"If we have it back by the thirtieth of April, …" is the caller\'s task by that day', () => {
    const d = draft(
      'en',
      [
        'agent: Pensions Agency, how can I help?',
        'caller: My life certificate got lost in the post.',
        "agent: I'll send a new life certificate today. If we have it back by the thirtieth of April, the payments continue.",
        'caller: Okay, thank you.',
      ],
      '2027-03-22',
    );
    const returned = section(d, 'followUp').find((f) => /^The caller returns/.test(f.text));
    expect(returned?.text).toBe('The caller returns the life certificate by 30 April.');
    expect(returned?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2027-04-30', preposition: 'by' });
  });
  it('a return the caller already promised takes the deadline: "Om blanketten är här senast den femte februari …"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten.',
        'caller: Jag har bytt bank och det gamla kontot stängs.',
        'agent: Då behöver du anmäla det nya kontot. Jag skickar en blankett för byte av konto hem till dig i dag.',
        'caller: Och när måste den vara inne?',
        'agent: Om blanketten är här senast den femte februari går februariutbetalningen till det nya kontot.',
        'caller: Okej, jag skickar den direkt.',
      ],
      '2027-01-19',
    );
    const tasks = section(d, 'followUp').filter((f) => f.followUp?.kind === 'awaitDocument' && /^Kunden/.test(f.text));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.followUp).toMatchObject({ dueDate: '2027-02-05', preposition: 'by' });
  });
});
