import { describe, expect, it } from 'vitest';
import { statementsOf, withoutFillers } from './discourse.js';
import { utterancesOf } from './text.js';
import { call, draft, texts } from './testing/drafts.js';

/**
 * Issue 14, third round: mechanisms that decide the errand line and keep false statements out,
 * each shown on sentences of its kind (not on a call of a tuning set).
 */

describe('the errand line: what happened, then what the caller asks', () => {
  it('puts the event told just before a question in front of it, as one sentence', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min pappa dog i november och vi är två syskon. Jag undrar vem som ska ta hand om hans sista utbetalning.',
      'agent: Jag beklagar. Det gör dödsboet.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kundens pappa dog i november och hen undrar vem som ska ta hand om hans sista utbetalning.']);
    expect(d.sections.find((s) => s.key === 'reason')!.sentences[0]!.segmentIndexes).toEqual([1]);
  });

  it('one subject for both when the event is the caller\'s own', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hi. I moved to Portugal last spring. I'd like to know if I still get my housing supplement.",
      'agent: No, it is only paid to people who live in Sweden.',
    ]);
    expect(texts(d, 'reason')).toEqual(["The caller moved to Portugal last spring and would like to know if they still get their housing supplement."]);
  });

  it('a question without an event before it stands alone', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag undrar när pensionen betalas ut i december.',
      'agent: Den betalas ut den nittonde.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden undrar när pensionen betalas ut i december.']);
  });
});

describe('corrections said with other words', () => {
  const said = (language: 'sv' | 'en', line: string) => statementsOf(utterancesOf(call(language, [line]).segments, language), language).map((s) => s.text);

  it('"eller nej", "vänta, nej", "or actually", "wait, no" and "my mistake" replace the value before them', () => {
    expect(said('sv', 'caller: Jag skickade ansökan i maj, eller nej, i april.')).toEqual(['Jag skickade ansökan i april.']);
    expect(said('sv', 'caller: Beslutet kom den tredje mars. Vänta, nej, den fjärde mars.')).toEqual(['Beslutet kom den fjärde mars.']);
    expect(said('en', 'caller: The payment stopped in May, or actually, in April.')).toEqual(['The payment stopped in April.']);
    expect(said('en', 'caller: I sent it on the third of March. Wait, no, the fourth.')).toEqual(['I sent it on the fourth of March.']);
    expect(said('en', 'caller: My rent is eight thousand kronor. My mistake, nine thousand kronor.')).toEqual(['My rent is nine thousand kronor.']);
  });

  it('a "nej" that answers, and "wait" that asks to wait, correct nothing', () => {
    expect(said('sv', 'caller: Nej, jag har inte fått något brev.')).toEqual(['Nej, jag har inte fått något brev.']);
    expect(said('en', "caller: Wait, I'll get my glasses. It says the tenth of May.")).toEqual(["Wait, I'll get my glasses.", 'It says the tenth of May.']);
  });
});

describe('an errand that only names its subject takes what the caller says next', () => {
  it('"Jag ringer om X." + what happened is one line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag ringer om min ansökan om garantipension. Jag skickade in den i januari och har inte fått något svar.',
      'agent: Jag ser att den handläggs nu.',
    ]);
    expect(texts(d, 'reason')).toEqual([
      'Kunden ringer om sin ansökan om garantipension: hen skickade in den i januari och har inte fått något svar.',
    ]);
    expect(d.sections.find((s) => s.key === 'reason')!.sentences[0]!.segmentIndexes).toEqual([1]);
  });

  it('"I\'m calling about X." + what happened is one line; a long "calling about" stands alone', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hi. I'm calling about my tax. It went up in January and I don't know why.",
      'agent: Let me check.',
    ]);
    expect(texts(d, 'reason')).toEqual(['The caller is calling about their tax: it went up in January and they do not know why.']);
    const whole = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag ringer om att min pension blev lägre i januari än i december. Jag är pensionär sedan två år.',
      'agent: Jag ska titta.',
    ]);
    expect(texts(whole, 'reason')).toEqual(['Kunden ringer om att hens pension blev lägre i januari än i december.']);
  });
});

describe('a word searched for aloud', () => {
  it('"vad heter det" and "what\'s it called" between commas are left out; the question itself stays', () => {
    expect(withoutFillers('Jag kan inte logga in på, vad heter det, Mina sidor.', 'sv')).toBe('Jag kan inte logga in på Mina sidor.');
    expect(withoutFillers("I can't log in to, what's it called, My Pages.", 'en')).toBe("I can't log in to My Pages.");
    expect(withoutFillers('Vad heter det nya kontot?', 'sv')).toBe('Vad heter det nya kontot?');
  });
});

describe('a short problem is the errand, not small talk', () => {
  it('"I can\'t log in to [NAMN]." outweighs who usually helps', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hello. My son usually does this for me, but he's away. I can't log in to [NAMN].",
      'agent: Do you have a BankID?',
    ]);
    expect(texts(d, 'reason')).toEqual(['The caller cannot log in to [NAMN].']);
  });
});
