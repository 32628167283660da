import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, errandLine, section } from './testing/drafts.js';

// Round 85, from tuning set 75 (parents and children at Försäkringskassan). Sentences written for these tests, not from
// any eval set. Call date Monday 5 April 2077 unless said.

const DAY = '2077-04-05';
const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp').map((s) => `${s.text} (${s.followUp?.dueDate ?? ''})`).join(' ');

describe("the caller's identification is no reason for the call", () => {
  it('"Hello, [NAMN], personal number [PERSONNUMMER]. I missed …": the Reason line is what was missed, not the number', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        "caller: Hello, [NAMN], personal number [PERSONNUMMER]. I missed the deadline for my son's school certificate.",
        'agent: I see it. We asked for it by the twenty-sixth of March.',
        'caller: Can I still send it?',
        'agent: Yes, send it by Friday the sixteenth of April.',
        'caller: Thank you, I will.',
      ],
      DAY,
    );
    const line = errandLine(d);
    expect(line).not.toMatch(/personal number|PERSONNUMMER/iu);
    expect(line).toMatch(/missed the deadline/u);
  });

  it('guard: "My name is [NAMN]. I got a letter about …" keeps the letter as the reason', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, my name is [NAMN]. I got a letter about my child benefit being split.',
        'agent: I see it. The other parent asked for the split on the first of April.',
        'caller: Okay, thank you.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/letter about/u);
  });
});

describe('the end of a period just gone is that day, not a deadline next year', () => {
  it('"alltså till och med tjugoåttonde mars" said on 5 April is 28 March 2077', () => {
    expect(findDates('Den räcker för de första sju dagarna, alltså till och med tjugoåttonde mars.', 'sv', DAY).map((d) => d.date)).toEqual(['2077-03-28']);
  });

  it('guard: "up to and including the second of April" said on 5 April is 2 April 2077', () => {
    expect(findDates('The note covers up to and including the second of April.', 'en', DAY).map((d) => d.date)).toEqual(['2077-04-02']);
  });

  it('no follow-up is dated a year ahead by a period that ended last week', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått ett brev om min ansökan om vab.',
        'agent: Du har sökt från tjugotredje mars till och med första april. Skolans intyg räcker till och med tjugonionde mars.',
        'caller: Vad behöver jag då?',
        'agent: Be läkaren skriva ett intyg om att barnet var sjukt. Skicka det senast fredag den sextonde april.',
        'caller: Okej, det gör jag.',
      ],
      DAY,
    );
    const text = followUps(d);
    expect(text).not.toMatch(/2078/u);
    expect(text).toMatch(/2077-04-16/u);
  });

  it('guard: "till och med den tionde maj" ahead of the call stays ahead', () => {
    expect(findDates('Intyget gäller till och med den tionde maj.', 'sv', DAY).map((d) => d.date)).toEqual(['2077-05-10']);
  });

  it('guard: "senast den tjugoåttonde mars" said on 20 March stays this March', () => {
    expect(findDates('Skicka det senast den tjugoåttonde mars.', 'sv', '2077-03-20').map((d) => d.date)).toEqual(['2077-03-28']);
  });
});
