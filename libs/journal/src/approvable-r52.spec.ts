import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 52, from tuning set 44 (the act done in the call told as done; no power of attorney, only general information).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the act told as it is done, with "nu/now"', () => {
  it('"Då registrerar jag ansökan nu." is the application registered during the call, dated the call\'s day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ska sluta jobba i mars, hur gör jag med pensionen?',
      'agent: Du behöver ansöka. Vi kan göra det nu på telefon om du vill.',
      'caller: Ja tack, från april.',
      'agent: Då registrerar jag ansökan nu. Du får ett beslut hem.',
      'caller: Tack.',
    ], '2047-03-04');
    expect(noteText(d)).not.toMatch(/registrerar ansökan nu/u);
    expect(followUps(d)).toContainEqual({ text: 'Handläggaren registrerade ansökan under samtalet.', due: '2047-03-04', preposition: 'on' });
  });

  it('"I\'m ordering the statement for last year now." and "I\'ve ticked that you want …" are acts done, not open tasks', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi. I live in Chile and I can't log in, I need my statement for my taxes.",
      'agent: I can post it to you. Which year?',
      'caller: Last year.',
      "agent: I'm ordering the statement for last year now. It goes out today.",
      'caller: And every year?',
      "agent: Yes, I've ticked that you want paper statements every year.",
      'caller: Thanks.',
    ], '2047-03-05');
    expect(noteText(d)).not.toMatch(/is ordering|has ticked/u);
    expect(followUps(d)).toContainEqual({ text: 'The agent ordered the statement for last year during the call.', due: '2047-03-05', preposition: 'on' });
    expect(followUps(d)).toContainEqual({ text: 'The agent registered during the call that the caller wants paper statements every year.', due: '2047-03-05', preposition: 'on' });
  });

  it('"The application is registered now." is the agent\'s act, not information given', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. My husband died in May. Can our son get anything?',
      'agent: He can get child pension. I can take the application over the phone now.',
      'caller: Yes please.',
      "agent: The application is registered now. You'll get a decision within a few weeks.",
      'caller: Thank you.',
    ], '2047-03-06');
    expect(noteText(d)).not.toMatch(/is registered now/u);
    expect(followUps(d)).toContainEqual({ text: 'The agent registered the application during the call.', due: '2047-03-06', preposition: 'on' });
  });

  it('"Vill du att vi drar extra skatt?" … "Åttahundra kronor i månaden." … "Jag lägger in det nu." names what was registered', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fick betala tillbaka skatt i våras.',
      'agent: Vill du att vi drar extra skatt?',
      'caller: Ja. Kanske åttahundra?',
      'agent: Åttahundra kronor i månaden. Från nästa utbetalning?',
      'caller: Ja.',
      'agent: Jag lägger in det nu.',
      'caller: Tack.',
    ], '2047-03-07');
    expect(noteText(d)).not.toMatch(/Myndigheten drar extra skatt\./u);
    expect(followUps(d)).toContainEqual({
      text: 'Handläggaren registrerade under samtalet att myndigheten ska dra extra skatt: 800 kronor i månaden.',
      due: '2047-03-07',
      preposition: 'on',
    });
  });

  it('"Men jag registrerar nu att du begär omprövning, så …" and "Omprövningen är registrerad nu." make one done line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Ni har sänkt mitt bostadstillägg och det är fel.',
      'agent: Jag förstår. Men jag registrerar nu att du begär omprövning, så behöver du inte skriva det själv.',
      'caller: Jaha. Och sen?',
      'agent: Sen skickar du in ditt hyresavtal.',
      'caller: Okej.',
      'agent: Omprövningen är registrerad nu.',
      'caller: Hej.',
    ], '2047-03-08');
    expect(noteText(d)).not.toMatch(/registrerar nu|är registrerad nu/u);
    expect(followUps(d).filter((f) => /registrerade/u.test(f.text))).toEqual([
      { text: 'Handläggaren registrerade under samtalet att kunden begär omprövning.', due: '2047-03-08', preposition: 'on' },
    ]);
  });
});

describe('no power of attorney: only general information', () => {
  it('"Do you have a power of attorney for your father?" "No." … "I can only give general information." is in the note', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi. I'm calling about my father. I don't know if he gets housing supplement.",
      'agent: Do you have a power of attorney for your father, or are you his guardian?',
      'caller: No, we never arranged that.',
      "agent: Then I can't look at his case, I'm sorry. I can only give general information.",
      'caller: Okay.',
      'agent: Housing supplement depends on his pension and his rent.',
      'caller: Thanks.',
    ], '2047-03-11');
    // (Round 75: the father called for is "the customer".)
    expect(noteText(d)).toMatch(/The caller has no power of attorney for the customer, so the agent could only give general information\./u);
  });

  it('"Har du fullmakt för din mamma?" "Nej." … "Jag kan ge allmän information." is in the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ringer om min mamma, hon har fått ett brev hon inte förstår.',
      'agent: Har du fullmakt för din mamma?',
      'caller: Nej, det har jag inte.',
      'agent: Då kan jag inte titta i hennes ärende. Jag kan ge allmän information.',
      'caller: Okej.',
      'agent: Ett beslut brukar gå att överklaga inom två månader.',
      'caller: Tack.',
    ], '2047-03-12');
    expect(noteText(d)).toMatch(/Den som ringer har ingen fullmakt för sin mamma, så handläggaren kunde bara ge allmän information\./u);
  });
});
