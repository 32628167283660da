import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, noteText, section } from './testing/drafts.js';

// Round 42, from tuning set 36 (corrections, follow-ups' days and prepositions). Sentences written for these tests, not
// from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('a sum named as wrong before the right one is said ("it\'s not twelve, … the total is …")', () => {
  it('the wrong sum is in no section of the note, said alone or in a sentence', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I've had a letter saying I have to pay back twelve thousand. Twelve thousand kronor!",
      'agent: Let me look. What is it about?',
      "caller: Wait, it's not twelve, I was reading the wrong line. Twelve hundred is the monthly bit. The total is fourteen thousand six hundred.",
      'agent: Yes, fourteen thousand six hundred for the housing supplement, because your pension went up in March.',
      'caller: Right.',
    ], '2035-05-12');
    const note = noteText(d);
    expect(note).not.toMatch(/12 000|twelve thousand/iu);
    expect(note).toMatch(/14 600/u);
  });

  it('in Swedish, "det är inte nio, jag läste fel"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett brev om att jag ska betala tillbaka niotusen för bostadstillägget. Niotusen kronor!',
      'agent: Jag ska titta. Vad står det mer?',
      'caller: Vänta, det är inte nio, jag läste fel rad. Niohundra är per månad. Totalt står det tiotusen åttahundra.',
      'agent: Ja, tiotusen åttahundra, eftersom din hyra sänktes i januari.',
      'caller: Okej.',
    ], '2035-05-12');
    const note = noteText(d);
    expect(note).not.toMatch(/9 000|niotusen/iu);
    expect(note).toMatch(/10 800/u);
  });
});

describe("a sending given its day in the sentence after it (\"It'll go out in Monday's post\")", () => {
  it('is dated that day, not the day of the call', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. I need to change my bank account but I can't log in.",
      "agent: Then I'll send you the form for changing the account. It'll go out in Monday's post, our post has gone for today.",
      'caller: Fine, thank you.',
    ], '2035-05-11');
    const task = followUps(d).find((s) => /form/u.test(s.text));
    expect(task?.followUp?.dueDate).toBe('2035-05-14');
    expect(task?.followUp?.preposition).toBe('on');
  });

  it('"måndagens post" is Monday, and "gått för i dag" dates nothing', () => {
    expect(findDates('Den går ut med måndagens post, posten har gått för i dag.', 'sv', '2035-05-11')).toEqual([{ text: 'måndag', date: '2035-05-14' }]);
  });
});

describe('a week narrowed to a day ("this week, probably Wednesday")', () => {
  it('the day is the date, on it, not the week\'s Friday by which', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. I'd like to apply for my pension from March.",
      'agent: Then you send us the application form. Send it by the end of January to be sure of the first payment in March.',
      "caller: I'll send it this week, probably Thursday when my son can help.",
      'agent: Good.',
    ], '2035-01-08');
    const dated = followUps(d).map((s) => `${s.followUp?.preposition} ${s.followUp?.dueDate}`);
    expect(dated).toContain('on 2035-01-11');
    expect(dated).not.toContain('by 2035-01-12');
  });

  it('in Swedish, "i veckan, troligen på onsdag" is that Wednesday', () => {
    expect(findDates('Jag gör det i veckan, troligen på onsdag.', 'sv', '2035-01-08')).toEqual([{ text: 'på onsdag', date: '2035-01-10' }]);
  });
});

describe('a part of the day said without a day ("It\'s booked for the morning")', () => {
  it('is no due date', () => {
    expect(findDates("It's booked for the morning.", 'en', '2035-01-08')).toEqual([]);
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: My statement is missing a year.',
      "agent: Someone from our income team will call you back on Thursday the tenth. It's booked for the morning.",
      'caller: Okay.',
    ], '2035-01-08');
    expect(followUps(d).every((s) => s.followUp?.dueDate !== '2035-01-09')).toBe(true);
  });
});
