import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, noteText, section } from './testing/drafts.js';

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp').map((x) => ({ text: x.text, ...x.followUp }));

// Round 72, from tuning set 64 (the agent does things during the call). Sentences written for these tests, not from any
// eval set. The call day is Monday 9 March 2026 (the helper's default).

describe('an act the agent tells as done during the call is a task done on the call day', () => {
  it('"Så, nu är adressen ändrad." after the offer is the outcome, dated the call day', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har flyttat till Luleå och breven kommer till fel ställe.',
      'agent: Jag kan lägga in den nya adressen åt dig. Vilken är den?',
      'caller: Storgatan tolv i Luleå.',
      'agent: Tack. Så, nu är adressen ändrad.',
      'caller: Bra, tack.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/adressen ändrad/u), dueDate: '2026-03-09', preposition: 'on' }));
  });

  it('"I\'ll register that … ends on Friday the thirteenth. There, it\'s done." is done today, not a task on the 13th', () => {
    const tasks = followUps(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My child is well again, so I need to stop the care allowance.',
      'agent: I\'ll register that your care allowance ends on Friday the thirteenth. There, it\'s done.',
      'caller: Thank you.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^The agent registered that the caller's care allowance ends/u), dueDate: '2026-03-09' }));
    expect(tasks.some((t) => t.dueDate === '2026-03-13')).toBe(false);
    expect(noteText(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. My child is well again, so I need to stop the care allowance.',
      'agent: I\'ll register that your care allowance ends on Friday the thirteenth. There, it\'s done.',
      'caller: Thank you.',
    ]))).not.toMatch(/will register/u);
  });

  it('"Done. I\'ve cancelled it." names what from the offer asked before it', () => {
    const tasks = followUps(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I sent in a request for a pension forecast twice by mistake.',
      'agent: I see two requests. Shall I cancel the second request now?',
      'caller: Yes, please.',
      'agent: Done. I\'ve cancelled it.',
      'caller: Great.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: 'The agent cancelled the second request.', dueDate: '2026-03-09', preposition: 'on' }));
  });
});

describe('a day of this month already passed, on its weekday, is that day', () => {
  it('"torsdag den femte" said on Monday 9 March is 5 March, not 5 April (a Sunday)', () => {
    expect(findDates('Gör en ny anmälan för torsdag den femte.', 'sv', '2026-03-09').map((d) => d.date)).toEqual(['2026-03-05']);
  });

  it('the caller\'s app step for that day, asked "Gör jag det i dag?", is dated the day the agent answers', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag anmälde vab på fel dag.',
      'agent: Jag kan inte flytta dagen här. Gör en ny anmälan i appen för torsdag den femte.',
      'caller: Okej. Gör jag det i dag?',
      'agent: Helst i dag, ja.',
      'caller: Då gör jag det. Tack.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Kunden ska göra en ny anmälan i appen för torsdag den femte, helst i dag\.$/u), dueDate: '2026-03-09', preposition: 'on' }));
  });
});

describe('the caller\'s "No, …" to a yes/no question stays in the answer', () => {
  it('"Are you getting married?" "No, just living together." keeps the no', () => {
    const note = noteText(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I am moving in with my partner in April. Does that matter for my guarantee pension?',
      'agent: It can. Are you getting married?',
      'caller: No, just living together.',
      'agent: Living together counts like marriage for the guarantee pension.',
      'caller: I see. Thank you.',
    ]));
    expect(note).not.toMatch(/they said: just living together/u);
  });
});

describe('guards: what is not done during the call stays as it was', () => {
  it('a state told as how things go, "It is registered a few days after we get it", is no act done today', () => {
    const tasks = followUps(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I posted the form yesterday. When is it registered?',
      'agent: I can check that next week. It is registered a few days after we get it.',
      'caller: Thank you.',
    ]));
    expect(tasks.some((t) => /registered a few days/u.test(t.text) && t.dueDate === '2026-03-09')).toBe(false);
  });

  it('an act told of a day before the call, or denied, is no act done today', () => {
    const tasks = followUps(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Har ni fått min ansökan?',
      'agent: Ja, vi har registrerat ansökan i februari. Men nu är beslutet inte klart ännu.',
      'caller: Okej, tack.',
    ]));
    expect(tasks.some((t) => t.dueDate === '2026-03-09')).toBe(false);
  });
});
