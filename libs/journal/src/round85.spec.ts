import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { isInstruction } from './register.js';
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

describe('a count left that a step in the call changed', () => {
  const lines = (later: string) => [
    'agent: Försäkringskassan, Eva.',
    'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill överlåta dagar till barnets pappa.',
    'agent: Det går bra. Du har tvåhundratio dagar kvar på sjukpenningnivå.',
    'caller: Jag ger honom fyrtio dagar. Nu har jag skrivit under på Mina sidor.',
    later,
    'caller: Tack, då vet jag.',
  ];

  it('"Du har 210 dagar kvar" before the transfer and "Du har 170 dagar kvar" after it: the first is past, the second kept', () => {
    const d = draft('sv', lines('agent: Nu syns det här. Du har etthundrasjuttio dagar kvar.'), DAY);
    const text = section(d, 'agentActions').map((s) => s.text).join(' ');
    expect(text).toMatch(/Kunden hade 210 dagar kvar på sjukpenningnivå/u);
    expect(text).toMatch(/Kunden har 170 dagar kvar/u);
    expect(text).not.toMatch(/Kunden har 210/u);
  });

  it('guard: a count said as a case ("Om du ger bort fyrtio …") leaves the count that holds as it is', () => {
    const d = draft('sv', lines('agent: Om det går igenom har du etthundrasjuttio dagar kvar efter det.'), DAY);
    expect(section(d, 'agentActions').map((s) => s.text).join(' ')).toMatch(/Kunden har 210 dagar kvar på sjukpenningnivå/u);
  });
});

describe('"Gör det senast …" / "Please do it by …" is the step named before it', () => {
  it('"Var gör jag ansökan?" "På Mina sidor. Gör det senast fredag den trettionde april." → the caller applies by 30 April', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill ta ut föräldrapenning i maj.',
        'agent: Du har sextio dagar kvar på sjukpenningnivå.',
        'caller: Var gör jag ansökan?',
        'agent: På Mina sidor. Gör det senast fredag den trettionde april.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    const task = section(d, 'followUp').find((s) => /senast fredag den 30 april/u.test(s.text));
    expect(task?.text).toMatch(/^Kunden ska ansöka senast/u);
    expect(task?.followUp?.dueDate).toBe('2077-04-30');
  });

  it('"You can apply on My Pages. Please do it by Friday the thirtieth of April." → the caller is asked to apply', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. We want to take parental benefit together in May.',
        'agent: That works. You can apply on My Pages. Please do it by Friday the thirtieth of April.',
        'caller: We will, thanks.',
      ],
      DAY,
    );
    expect(section(d, 'followUp').map((s) => s.text).join(' ')).toMatch(/apply by Friday 30 April/u);
  });

  it('guard: "Gör det senast fredag" with nothing named before stays as said', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ska skicka intyget från förskolan.',
        'agent: Bra. Gör det senast fredag den sextonde april.',
        'caller: Okej.',
      ],
      DAY,
    );
    expect(section(d, 'followUp').map((s) => s.text).join(' ')).not.toMatch(/ansök/u);
  });
});

describe('"den andra föräldern" is the other parent, no second of a month', () => {
  it('"… betalas underhållsstöd till den andra föräldern …" names no date', () => {
    expect(findDates('Jag ser att det betalas underhållsstöd till den andra föräldern och att du ska betala tillbaka till oss.', 'sv', '2077-04-20')).toEqual([]);
  });

  it('no follow-up is dated by "den andra föräldern"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått en påminnelse om underhållsstödet.',
        'agent: Jag ser att det betalas underhållsstöd till den andra föräldern och att du ska betala tillbaka till oss.',
        'caller: Okej.',
        'agent: Skicka kontoutdragen senast fredag den trettionde april.',
        'caller: Det gör jag.',
      ],
      '2077-04-20',
    );
    const dates = section(d, 'followUp').map((s) => s.followUp?.dueDate).filter((x) => x);
    expect(dates).not.toContain('2077-05-02');
  });

  it('guard: "den andra maj" is still 2 May', () => {
    expect(findDates('Pengarna kommer den andra maj.', 'sv', '2077-04-20').map((x) => x.date)).toEqual(['2077-05-02']);
  });
});

describe('"Gör du den i dag gäller det från maj" is a condition, no instruction', () => {
  it('"Gör du anmälan i dag gäller det från maj." is no instruction', () => {
    expect(isInstruction('Gör du anmälan i dag gäller det från maj.', 'sv')).toBe(false);
  });

  it('the note has no "Kunden ska göra hen …" task from it', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Vi har separerat och jag vill att barnbidraget delas.',
        'agent: Det anmäler du på Mina sidor. Gör du anmälan i dag gäller det från maj.',
        'caller: Bra, tack.',
      ],
      DAY,
    );
    const text = d.sections.flatMap((x) => x.sentences.map((y) => y.text)).join(' ');
    expect(text).not.toMatch(/ska göra hen/u);
    expect(section(d, 'followUp').map((x) => x.text).join(' ')).not.toMatch(/göra/u);
  });

  it('guard: "Gör det senast fredag." and "Skicka intyget i dag." stay instructions', () => {
    expect(isInstruction('Gör det senast fredag.', 'sv')).toBe(true);
    expect(isInstruction('Skicka intyget i dag.', 'sv')).toBe(true);
  });
});
