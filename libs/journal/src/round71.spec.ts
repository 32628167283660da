import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp').map((x) => ({ text: x.text, ...x.followUp }));

// Round 71, from tuning set 63 (long, wandering calls). Sentences written for these tests, not from any eval set.

describe('the caller\'s charge that the agency takes too much is the caller\'s view, not a fact', () => {
  it('"ni tar ju alldeles för mycket i avgift!" is written as what the caller thinks', () => {
    const note = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har en fråga om min pension, den kom i fredags.',
      'agent: Jag ser att den betalades ut som vanligt, nittontusen efter skatt.',
      'caller: Men avgiften, ni tar ju alldeles för mycket i avgift!',
      'agent: Avgiften för premiepensionen är densamma för alla i fonden.',
      'caller: Jaså. Tack ändå.',
    ]));
    expect(note).toMatch(/Kunden anser att myndigheten tar ju alldeles för mycket i avgift|Kunden anser att myndigheten tar alldeles för mycket i avgift/u);
    expect(note).not.toMatch(/^- (?:Avgiften, )?[Mm]yndigheten tar .*för mycket/mu);
  });

  it('"you pay me far too little!" is written as what the caller feels', () => {
    const note = noteText(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I have a question about my guarantee pension.',
      'agent: Yes, I can see it. It is four thousand two hundred kronor a month.',
      'caller: The guarantee pension, you pay me far too little!',
      'agent: It depends on how many years you have lived in Sweden.',
      'caller: I see. Thank you anyway.',
    ]));
    expect(note).toMatch(/The caller feels that the agency pays/u);
  });

  it('guard: an account of an overpayment inside a longer sentence is left as the caller told it', () => {
    const note = noteText(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag betalade tillbaka i maj eftersom ni betalade ut för mycket i våras.',
      'agent: Det stämmer, återbetalningen är registrerad.',
      'caller: Bra, då vet jag. Tack.',
    ]));
    expect(note).not.toMatch(/anser att/u);
  });

  it('guard: a question whether the agency takes too much is not made an opinion', () => {
    const note = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Drar ni för mycket skatt på min pension?',
      'agent: Skatten följer skattetabellen som du har valt.',
      'caller: Okej, tack.',
    ]));
    expect(note).not.toMatch(/anser att/u);
  });
});

describe('follow-ups: the day a task is done or given', () => {
  it('"Jag har beställt intyget nu, det kommer fram inom några dagar" is done on the call day, not due by it', () => {
    const tasks = followUps(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag behöver en blankett för att ansöka om bostadstillägg.',
      'agent: Jag har beställt intyget nu, det kommer fram inom några dagar.',
      'caller: Vad bra, tack.',
    ]));
    const sent = tasks.find((t) => /beställt intyget/u.test(t.text));
    expect(sent).toMatchObject({ dueDate: '2026-03-09', preposition: 'on' });
  });

  it('"A case officer will call you" … "When?" "Thursday the twelfth of March, in the morning." dates the call-back', () => {
    const tasks = followUps(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I would like to start working a little while on sickness compensation.',
      'agent: A case officer will call you and go through it.',
      'caller: When?',
      'agent: Thursday the twelfth of March, in the morning.',
      'caller: Good, thank you.',
    ]));
    const callBack = tasks.find((t) => /case officer will call/u.test(t.text));
    expect(callBack).toMatchObject({ dueDate: '2026-03-12', preposition: 'on' });
    expect(callBack?.text).toMatch(/Thursday 12 March, in the morning\.$/u);
  });

  it('guard: a day that answers another question than when leaves the promise undated', () => {
    const tasks = followUps(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill veta mer om vilande sjukersättning.',
      'agent: Jag bokar en tid så att en handläggare ringer dig och går igenom det.',
      'caller: Och när fick ni mitt läkarintyg?',
      'agent: Den andra mars, det är registrerat.',
      'caller: Okej, tack.',
    ]));
    const call = tasks.find((t) => /ringer kunden/u.test(t.text));
    expect(call?.dueDate).toBeUndefined();
  });
});
