import { describe, expect, it } from 'vitest';
import { indirectQuestion } from './indirect.js';
import { draft, noteText, section } from './testing/drafts.js';

// Round 81, from tuning set 71 (the agent cannot answer at once): a step the caller is told not to take, or is spared, is
// no follow-up; a yes/no question answered "No, …" keeps the no; a deadline said first is the caller's document by that
// day; a sending "next year" is not dated the call's day. Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('a step the caller is told not to take, or is spared, is no follow-up', () => {
  it('"Nej, skicka inte in en ny blankett." is not listed under the follow-ups', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag skickade blanketten för vård av barn förra veckan men ser den inte.',
      'agent: Jag ser den här, den kom in i fredags.',
      'caller: Ska jag skicka in den igen?',
      'agent: Nej, skicka inte in en ny blankett. Då får vi två ärenden.',
      'caller: Bra, tack.',
    ]);
    expect(followUps(d).map((f) => f.text).join(' ')).not.toMatch(/ny blankett/u);
  });

  it('the caller\'s "Då slipper jag skicka in intyget igen." is not the caller\'s task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. Jag undrar om ni har fått intyget från banken om mitt konto.',
      'agent: Ja, det registrerades i måndags.',
      'caller: Skönt, då slipper jag skicka in intyget igen.',
      'agent: Precis.',
    ]);
    expect(followUps(d).map((f) => f.text).join(' ')).not.toMatch(/slipper|skicka in intyget/u);
  });

  it('guard (both): a call-back told with what it spares, "… i stället, så slipper du köa", stays the agency\'s call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. Jag har väntat länge i kön och vill fråga om min bostadstilläggsansökan.',
      'agent: Jag kan ringa upp dig på torsdag klockan tio i stället, så slipper du köa.',
      'caller: Ja, gärna.',
    ]);
    expect(followUps(d).some((f) => f.followUp?.dueDate === '2026-03-12')).toBe(true);
  });

  it('guard (both): "Glöm inte att skicka in intyget senast fredag." stays the caller\'s task', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Vad behöver ni mer för min sjukpenning?',
      'agent: Läkarintyget. Glöm inte att skicka in intyget senast fredag.',
      'caller: Okej, det gör jag.',
    ]);
    expect(followUps(d).some((f) => /intyget/u.test(f.text) && f.followUp?.dueDate === '2026-03-13')).toBe(true);
  });
});

describe('a yes/no question answered "No, …" keeps the no', () => {
  it('"Is anything wrong with my form?" "No, it\'s fine. It\'s waiting to be handled.": the no is written, the question not quoted', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi. I sent in a form for housing supplement in February and wonder when it will be decided.',
      "agent: It hasn't been decided yet, and I can't give a date.",
      'caller: Is anything wrong with my form?',
      "agent: No, it's fine. It's waiting to be handled.",
      'caller: All right, thanks.',
    ]);
    const note = noteText(d);
    expect(note).toMatch(/Asked whether anything is wrong with the caller's form, the agent said: no, /u);
    expect(note).not.toMatch(/Is anything wrong/u);
  });

  it('"anything" is a subject: "Is anything missing from the letter?"', () => {
    expect(indirectQuestion('Is anything missing from the letter?', 'en')).toBe('whether anything is missing from the letter');
  });

  it('guard (both): "Is there anything missing?" is reported as before, "Has someone got into my account?" is left as said', () => {
    expect(indirectQuestion('Is there anything missing?', 'en')).toBe('whether there is anything missing');
    expect(indirectQuestion('Has someone got into my account?', 'en')).toBeUndefined();
  });
});

describe('a deadline said first is the caller\'s document by that day', () => {
  it('"Senast onsdag nästa vecka behöver vi dem." is a follow-up by Wednesday 18 March', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag har fått ett brev om mitt bostadsbidrag och förstår det inte.',
      'agent: Vi behöver kontoutdragen från förra året för att räkna om det.',
      'caller: Jag har dem i en pärm.',
      'agent: Bra. Senast onsdag nästa vecka behöver vi dem.',
      'caller: Okej.',
    ]);
    const due = followUps(d).find((f) => f.followUp?.dueDate === '2026-03-18');
    expect(due?.followUp?.preposition).toBe('by');
  });
});

describe('a sending said for a later time is not dated the call\'s day', () => {
  it('"We\'ll send you a new certificate form next year." has no due date', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi. I live in Portugal and sent my life certificate last month. Has it arrived?',
      'agent: Yes, it was registered on Friday.',
      'caller: And when do I need to send the next one?',
      "agent: We'll send you a new certificate form next year.",
      'caller: Good, thank you.',
    ]);
    const sent = followUps(d).find((f) => /certificate form/u.test(f.text));
    expect(sent?.followUp?.dueDate).toBeUndefined();
    expect(followUps(d).some((f) => f.followUp?.dueDate === '2026-03-09' && /form/u.test(f.text))).toBe(false);
  });

  it('guard (both): "We\'ll send you the form." with no time said is still sent on the call\'s day', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi. I need a form to apply for housing supplement on paper.',
      "agent: We'll send you the form.",
      'caller: Thank you.',
    ]);
    expect(followUps(d).some((f) => /form/u.test(f.text) && f.followUp?.dueDate === '2026-03-09')).toBe(true);
  });
});
