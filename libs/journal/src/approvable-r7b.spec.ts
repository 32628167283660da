import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, section, texts } from './testing/drafts.js';

/**
 * Issue 14, seventh round, part b: the errand line and follow-ups. Each mechanism on calls written for
 * this file (not from a tuning set), with the opposite case.
 */
const reason = (d: ReturnType<typeof draft>) => texts(d, 'reason').join(' ');

describe('dates said with a weekday and a day', () => {
  it('takes the day of "Friday the fourth of December" and of "måndag den trettionde", not the weekday alone', () => {
    expect(findDates('Please post it by Friday the fourth of December.', 'en', '2026-11-16').map((d) => d.date)).toEqual(['2026-12-04']);
    expect(findDates('Den ska vara här senast måndag den trettionde.', 'sv', '2026-11-20').map((d) => d.date)).toEqual(['2026-11-30']);
    // A day of the month already past is next month's.
    expect(findDates('Senast den tredje, tack.', 'sv', '2026-11-20').map((d) => d.date)).toEqual(['2026-12-03']);
  });

  it('keeps a weekday alone and does not read "den andra" as a day without a weekday or a deadline', () => {
    expect(findDates('I will call you on Friday.', 'en', '2026-11-16').map((d) => d.date)).toEqual(['2026-11-20']);
    expect(findDates('Du kan fylla i den andra blanketten också.', 'sv', '2026-11-20')).toEqual([]);
  });

  it('reads "this year" and "i år" as no due date', () => {
    expect(findDates('I can send a statement of your tax for this year.', 'en', '2026-11-16')).toEqual([]);
    expect(findDates('Jag skickar ett besked för i år.', 'sv', '2026-11-16')).toEqual([]);
  });
});

describe('the deadline the agent told dates the caller\u2019s own day', () => {
  it('"… senast den tolfte december …" "Då gör jag det i dag." is due by the deadline, and says no "i dag"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, jag har fått ett brev om att min ansökan saknar en underskrift.',
        'agent: Ja, jag ser det. Om du skriver under och skickar tillbaka den senast den tolfte december så behåller du ditt ansökningsdatum.',
        'caller: Okej. Då gör jag det i dag.',
      ],
      '2026-11-19',
    );
    const tasks = section(d, 'followUp');
    expect(tasks.map((t) => t.followUp?.dueDate)).toContain('2026-12-12');
    expect(tasks.map((t) => t.followUp?.dueDate)).not.toContain('2026-11-19');
    expect(tasks.map((t) => t.text).join(' ')).not.toContain('i dag');
  });

  it('keeps the caller\u2019s own day when the agent told no deadline', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, jag har fått ett brev om att min ansökan saknar en underskrift.',
        'agent: Du skriver under den och skickar tillbaka den.',
        'caller: Okej. Då gör jag det i dag.',
      ],
      '2026-11-19',
    );
    expect(section(d, 'followUp').map((t) => t.followUp?.dueDate)).toContain('2026-11-19');
  });
});

describe('the same sending said twice is one follow-up', () => {
  it('"I can send you the form." "I will send it to your address in Spain." is one task; where it goes stays in the note', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Tom.',
      'caller: Hi, I want to apply for my old-age pension, I live in Spain now.',
      'agent: I can send you the application form.',
      'agent: I will send it to your address in Spain.',
    ]);
    expect(section(d, 'followUp')).toHaveLength(1);
    expect(d.text).toContain('Spain');
  });

  it('keeps two sendings of different things', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Tom.',
      'caller: Hi, I want to apply for my old-age pension, I live in Spain now.',
      'agent: I will send you the application form.',
      'agent: And you send us a copy of your residence certificate.',
    ]);
    expect(section(d, 'followUp').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the errand line names the benefit', () => {
  it('adds the topic\u2019s name when the line does not say it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har fått ett återkrav på åttatusen kronor och jag förstår inte varför.',
      'agent: Det gäller ditt bostadstillägg, du har haft en högre inkomst än vi räknade med.',
    ]);
    expect(d.topic.key).toBe('bostadstillägg');
    expect(reason(d)).toMatch(/^Kunden ringer om bostadstillägg: hen har fått ett återkrav/u);
  });

  it('adds nothing when the line names a benefit already', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har fått ett återkrav på mitt bostadstillägg, åttatusen kronor, och jag förstår inte varför.',
      'agent: Du har haft en högre inkomst än vi räknade med.',
    ]);
    expect(reason(d)).not.toMatch(/ringer om/u);
    expect(reason(d).match(/bostadstillägg/giu)).toHaveLength(1);
  });

  it('adds nothing for a call about another agency\u2019s errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, min sjukpenning från Försäkringskassan har inte kommit.',
      'agent: Sjukpenning handläggs av Försäkringskassan.',
    ]);
    expect(reason(d)).not.toMatch(/ringer om/u);
  });
});

describe('the agency\u2019s decision on what the call awaits is a follow-up', () => {
  it('"När vi har fått in den tar ett beslut ungefär sex veckor" after a form to return: the agency decides, from a template', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, min man har gått bort och jag undrar om jag kan få efterlevandepension.',
      'agent: Jag skickar hem en ansökan till dig. Den fyller du i och skickar tillbaka.',
      'agent: När vi har fått in den tar ett beslut ungefär sex veckor.',
    ]);
    const decision = section(d, 'followUp').find((t) => t.followUp?.kind === 'decision');
    expect(decision?.text).toMatch(/^Myndigheten fattar beslut när .* har kommit in, vanligtvis inom ungefär (?:sex|6) veckor\.$/u);
  });

  it('"A decision usually takes about four weeks" with an application to send back, in English', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Tom.',
      'caller: Hi, I would like to apply for housing supplement.',
      'agent: I will send you the application form. Please send it back with your rental contract.',
      'agent: A decision usually takes about four weeks.',
    ]);
    expect(section(d, 'followUp').find((t) => t.followUp?.kind === 'decision')?.text).toBe(
      'The agency decides once the application has arrived, usually within about four weeks.',
    );
  });

  it('is no follow-up with nothing awaited, nor when the agency decides nothing ("det är inget vi beslutar om")', () => {
    const none = draft('en', [
      'agent: Swedish Pensions Agency, Tom.',
      'caller: Hi, how long does a decision on housing supplement take in general?',
      'agent: A decision usually takes about four weeks.',
    ]);
    expect(section(none, 'followUp').some((t) => t.followUp?.kind === 'decision')).toBe(false);
    const notOurs = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag undrar om den norska pensionen efter min man.',
      'agent: Jag skickar hem en blankett till dig. Den fyller du i och skickar tillbaka.',
      'agent: Den norska delen är inget vi fattar beslut om.',
    ]);
    expect(section(notOurs, 'followUp').some((t) => t.followUp?.kind === 'decision')).toBe(false);
  });
});
