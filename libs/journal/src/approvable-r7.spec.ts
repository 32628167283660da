import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { draft, noteText, texts } from './testing/drafts.js';

/**
 * Issue 14, seventh round: self-corrections, the errand line and follow-ups. Each mechanism is shown
 * on sentences of its kind (not on a call of a tuning set), with the opposite case.
 */

describe('self-corrections', () => {
  it('replaces a phrase restated with its preposition ("to ninety. No, to eighty-four.")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: My daughter is disabled and she gets help at home.',
      'agent: What is it about?',
      'caller: They cut her hours from forty a week to thirty. No, to twenty-eight. And nobody explains why.',
    ]);
    expect(noteText(d)).toContain('to 28');
    expect(noteText(d)).not.toMatch(/\bto 30\b|\bthirty\b/u);
  });

  it('does so in Swedish ("på telefonen, nej, på datorn") and keeps a "nej" that restates nothing', () => {
    const u = (segmentIndex: number, text: string) => ({ segmentIndex, speaker: 'caller' as const, text, words: [], isQuestion: false });
    const said = statementsOf([u(1, 'Jag har BankID på telefonen, nej, på datorn.')], 'sv').map((s) => s.text);
    expect(said).toEqual(['Jag har BankID på datorn.']);
    const kept = statementsOf([u(1, 'Jag har fått ett brev om att min pension stoppas. Nej, i så fall vill jag veta varför.')], 'sv').map((s) => s.text).join(' ');
    expect(kept).toContain('stoppas');
  });

  it('corrects the day said last, and the month said alone goes ("i augusti, andra augusti, nej, tredje")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Min man dog i augusti, andra augusti, nej, tredje. Nu undrar jag vad som händer med hans pension.',
    ]);
    expect(noteText(d)).toContain('den 3 augusti');
    expect(noteText(d)).not.toMatch(/2 augusti|andra augusti|i augusti, /u);
  });

  it('keeps what the correction goes on to say ("i maj, och jag undrar …") and the end of a range ("1996, to 2003")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Det gäller min pension. Jag fyller sextiofyra i mars, nej förresten, i maj, och jag undrar vad jag får om jag börjar vid sextiofem.',
    ]);
    expect(noteText(d)).toContain('64 i maj');
    expect(noteText(d)).toMatch(/undrar vad hen får/u);
    expect(noteText(d)).not.toContain('mars');
    const range = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I have a question about my income pension.',
      'agent: Of course.',
      'caller: I worked in Sweden from 1987, no, 1988, to 1994. And the forecast is very small.',
    ]);
    expect(noteText(range)).toContain('from 1988 to 1994');
    expect(noteText(range)).not.toContain('1987');
  });
});

describe('the errand line', () => {
  it('is not talk about the call ("tredje gången jag ringer", "the third number I have been given", "ringing from")', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Det här är andra gången jag ringer om det här, så jag hoppas att det går bättre nu.',
      'agent: Vad gäller det?',
      'caller: Jag bad er i oktober att ändra mitt kontonummer. Men pengarna gick till det gamla kontot.',
    ]);
    expect(texts(sv, 'reason')[0]).toMatch(/^Kunden bad myndigheten i oktober att ändra (?:sitt|kundens) kontonummer/u);
    const en = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Hello. This is the second number I have been given today, so I hope you can help.',
      'agent: What is it about?',
      'caller: My sickness benefit. I sent the certificate and nothing has happened.',
    ]);
    expect(texts(en, 'reason')[0]).not.toMatch(/second number/u);
    expect(texts(en, 'reason')[0]).toMatch(/nothing has happened/u);
    const from = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Hello. I am ringing from Scotland. My wife passed away in May and I wonder what happens to her pension.']);
    expect(texts(from, 'reason')[0]).not.toMatch(/Scotland/u);
  });

  it('leaves out an errand taken back and a power of attorney, and says "Det är att jag inte kan …" as a statement', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag ringer om min pension. Eller nej, det är inte det egentligen, den kommer som den ska. Det är att jag inte kan logga in.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden kan inte logga in.']);
    const poa = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag ringer för min pappa. Jag har fullmakt, den ska finnas hos er.',
      'agent: Ja, jag ser den. Vad gäller det?',
      'caller: Han har fått ett brev om att hans bostadstillägg ska sänkas.',
    ]);
    expect(texts(poa, 'reason')[0]).toMatch(/brev om att hans bostadstillägg ska sänkas/u);
    expect(texts(poa, 'reason')[0]).not.toMatch(/fullmakt/u);
  });

  it('keeps an errand that is not taken back', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag ringer om min utbetalning. Den har inte kommit den här månaden.']);
    expect(texts(d, 'reason')[0]).toMatch(/utbetalning/u);
  });

  it('takes what a bare subject is about ("My parental benefit. I applied …") and "I\'ve got a question" as an errand', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Hi, I am calling about my son.',
      'agent: What is it about?',
      'caller: His assistance allowance. They cut his hours last month.',
    ]);
    expect(texts(d, 'reason')[0]).toMatch(/cut his hours/u);
    const q = draft('en', ['agent: Swedish Pensions Agency, Sam.', "caller: Hello. I live in Spain, I moved two years ago. And I've got a question about the tax on my pension."]);
    expect(texts(q, 'reason')[0]).toMatch(/question about the tax on their pension/u);
  });

  it('leaves the caller’s irritation at the end of the errand to sentiment', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag har fått ett brev från er om komplettering och jag blir lite irriterad.']);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev från myndigheten om komplettering.']);
  });
});

describe('follow-ups: how long the post takes', () => {
  it('is no task of its own ("Blanketten kommer inom några dagar", "It will arrive within a week")', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag behöver en blankett för att byta konto.',
      'agent: Jag skickar blanketten hem till dig. Blanketten kommer inom några dagar.',
    ]);
    expect(texts(sv, 'followUp').some((t) => /^Blanketten kommer/u.test(t))).toBe(false);
    expect(texts(sv, 'followUp').some((t) => /skickar blanketten/u.test(t))).toBe(true);
    const en = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I need a statement of my payments.',
      'agent: I can send you a statement by post. It will arrive within a week.',
    ]);
    expect(texts(en, 'followUp').some((t) => /^It will arrive|^The statement will arrive/u.test(t))).toBe(false);
  });
});
