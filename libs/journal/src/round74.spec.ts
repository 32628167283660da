import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp').map((x) => ({ text: x.text, ...x.followUp }));
const lines = (d: ReturnType<typeof draft>, key: string) => section(d, key).map((x) => x.text);

// Round 74, from tuning set 66 (decisions, conditions and rights). Sentences written for these tests, not from any eval
// set. The call day is Monday 9 March 2026 (the helper's default).

const startMonth = [
  'agent: Pensionsmyndigheten, [NAMN].',
  'caller: Hi, [NAMN], [PERSONNUMMER]. My decision says my pension starts in June, but I asked for August.',
  'agent: I see it. I can change it to August now.',
  'caller: Yes, please.',
  'agent: Done. The June payment is stopped.',
  'caller: What if it had already gone out?',
  "agent: Then we'd have to claim it back. But that's not the case here.",
  'caller: Good. And when is the first money, then?',
  'agent: The first payment would be on the eighteenth of August.',
  'caller: Thanks.',
];

describe('a condition kept with what holds under it', () => {
  it('"What if it had already gone out?" "Then we\'d have to claim it back." keeps the condition, not joined to the act before', () => {
    const info = lines(draft('en', startMonth), 'agentActions');
    expect(info).toContain('If it had already gone out, the agency would have to claim it back.');
    expect(noteText(draft('en', startMonth))).not.toMatch(/stopped, the agency would/u);
  });

  it('"The first payment would be on the eighteenth of August" is no payment to watch', () => {
    expect(followUps(draft('en', startMonth)).some((t) => t.dueDate === '2026-08-18')).toBe(false);
  });

  it('"vi hör av oss om det gör det" and "Jag kan inte lova det, men …" are no tasks', () => {
    const tasks = followUps(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ska flytta till Portugal i december och undrar vad som händer med pensionen.',
      'agent: Inkomstpensionen betalas ut var du än bor.',
      'caller: Behöver jag skicka in något intyg?',
      'agent: Inom EU behövs det oftast inte, men vi hör av oss om det gör det.',
      'caller: Och om jag inte kan betala tillbaka?',
      'agent: Du kan begära anstånd. Jag kan inte lova det, men medan vi prövar det skickas inga påminnelser.',
      'caller: Tack.',
    ]));
    expect(tasks).toEqual([]);
  });
});

describe('a right explained is information, not a task', () => {
  it('"Den ska ha kommit in till oss inom två månader från att du fick beslutet." stays among the information', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått ett beslut om bostadstillägg som jag inte håller med om.',
      'agent: Jag ser beslutet. Det är sänkt eftersom räntan på ditt konto räknas som inkomst.',
      'caller: Och om jag tycker att det är fel?',
      'agent: Då kan du begära omprövning. Den ska ha kommit in till oss inom två månader från att du fick beslutet.',
      'caller: Okej, tack.',
    ]);
    expect(followUps(d)).toEqual([]);
    expect(lines(d, 'agentActions')).toContain('Den ska ha kommit in till myndigheten inom två månader från att kunden fick beslutet.');
  });
});

describe('"Done." after an offer of a pronoun and what it becomes', () => {
  it('"I can change it to August now." "Yes, please." "Done." is the agent\'s act on the call day', () => {
    expect(followUps(draft('en', startMonth))).toContainEqual(expect.objectContaining({ text: 'The agent changed it to August.', dueDate: '2026-03-09', preposition: 'on' }));
  });
});

describe('guards', () => {
  it('the caller told to send the appeal, with its term, is still the caller\'s task', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått avslag på min omprövning och vill gå vidare.',
      'agent: Då kan du överklaga till förvaltningsrätten.',
      'caller: Hur gör jag det?',
      'agent: Överklagandet skickar du till oss, och det ska ha kommit in inom två månader från att du fick beslutet.',
      'caller: Okej, tack.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Kunden skickar överklagandet/u) }));
  });

  it('"The first payment is on the eighteenth of August." is still a payment to watch', () => {
    const tasks = followUps(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I got my decision on old-age pension. When is the first payment?',
      'agent: The first payment is on the eighteenth of August.',
      'caller: Thanks.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ dueDate: '2026-08-18', preposition: 'on' }));
  });

  it('"Jag skickar en blankett för omprövning med posten nu." is still the agent\'s task on the call day', () => {
    const tasks = followUps(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill begära omprövning av mitt beslut om garantipension.',
      'agent: Det gör du skriftligt. Jag skickar en blankett för omprövning med posten nu.',
      'caller: Tack.',
    ]));
    expect(tasks).toContainEqual(expect.objectContaining({ dueDate: '2026-03-09' }));
  });
});
