import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { inDigits } from './numbers.js';
import { draft, noteText, texts } from './testing/drafts.js';

/**
 * Issue 14, eighth round (part a): self-corrections, the errand line. Each mechanism is shown on
 * sentences of its kind written for this spec (not a tuning call), with the opposite case.
 */

const u = (segmentIndex: number, text: string) => ({ segmentIndex, speaker: 'caller' as const, text, words: [], isQuestion: false });

describe('self-corrections', () => {
  it('takes a number with "actually" after it as a correction ("Well, nine actually")', () => {
    const said = statementsOf([u(1, 'I lived in Norway for seven years.'), u(1, 'Well, nine actually, I forgot the time in Bergen.')], 'en').map((s) => s.text);
    expect(said.join(' ')).toMatch(/nine years/u);
    expect(said.join(' ')).not.toMatch(/seven/u);
    // "actually" after a word that is no number corrects nothing.
    const kept = statementsOf([u(1, 'I lived in Norway for seven years.'), u(1, 'Well, fine actually, it was cold.')], 'en').map((s) => s.text).join(' ');
    expect(kept).toContain('seven years');
  });

  it('does so in Swedish ("Nej, elva faktiskt")', () => {
    const said = statementsOf([u(1, 'Jag jobbade där i åtta år.'), u(1, 'Elva faktiskt, jag glömde sommarjobben.')], 'sv').map((s) => s.text).join(' ');
    expect(said).toMatch(/elva år/u);
    expect(said).not.toMatch(/åtta/u);
  });

  it('replaces a sentence restated in full after a weak marker ("he came in 2012, sorry, his permit is from 2013")', () => {
    const said = statementsOf([u(1, 'He came in 2012, sorry, his work permit is from 2013.')], 'en').map((s) => s.text);
    expect(said).toEqual(['His work permit is from 2013.']);
    // What is added ("also") is no correction.
    const added = statementsOf([u(1, 'He came in 2012, sorry, he also worked in Denmark in 2014.')], 'en').map((s) => s.text).join(' ');
    expect(added).toContain('2012');
    const sv = statementsOf([u(1, 'Hon kom hit 2009, förlåt, hennes uppehållstillstånd är från 2010.')], 'sv').map((s) => s.text);
    expect(sv).toEqual(['Hennes uppehållstillstånd är från 2010.']);
  });

  it('writes a year after a preposition as a year, and "a hundred" as one hundred', () => {
    expect(inDigits('I worked there from eighty-nine to two thousand and four.', 'en')).toBe('I worked there from 89 to 2004.');
    expect(inDigits('They cut it from a hundred and ten hours to ninety hours.', 'en')).toBe('They cut it from 110 hours to 90 hours.');
    expect(inDigits('It costs two thousand and forty kronor.', 'en')).toBe('It costs 2 040 kronor.');
  });
});

describe('the errand line', () => {
  it('leaves out what the caller says before "det är inte därför jag ringer"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min hund har varit sjuk hela veckan, men det är inte därför jag ringer.',
      'agent: Nej?',
      'caller: Jag vill veta hur mycket jag får i änkepension.',
    ]);
    expect(texts(d, 'reason').join(' ')).toMatch(/änkepension/u);
    expect(texts(d, 'reason').join(' ')).not.toMatch(/hund/u);
  });

  it('takes the errand named as the real one ("the actual reason I\'m calling") over a question asked first', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Hi. First, is it true that the app works abroad?',
      'agent: Yes, it does.',
      "caller: Good. So, the actual reason I'm calling, I want to change the account my pension is paid to.",
    ]);
    expect(texts(d, 'reason')[0]).toMatch(/change the account/u);
    expect(texts(d, 'reason')[0]).not.toMatch(/actual reason/u);
    // Without such a marker, the first question stays the errand.
    const plain = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Hi. Is it true that the app works abroad?', 'agent: Yes, it does.']);
    expect(texts(plain, 'reason')[0]).toMatch(/app works abroad/u);
  });

  it('takes the answer to "Vad kan jag hjälpa dig med?" after small talk as the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, ursäkta, jag sitter i bilen så det brusar lite.',
      'agent: Inga problem. Vad kan jag hjälpa dig med?',
      'caller: Jag har fått ett beslut om bostadstillägg som jag inte förstår.',
    ]);
    expect(texts(d, 'reason')[0]).toMatch(/beslut om bostadstillägg/u);
    expect(texts(d, 'reason')[0]).not.toMatch(/bilen/u);
  });

  it('does not take a relative\'s benefit, told by a caller who does not call for the relative, as the errand', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Lena.',
      'caller: Hej. Min syster har garantipension och hon fick svar på en vecka. Jag har väntat på min sjukpenning i fem veckor.',
    ]);
    expect(texts(d, 'reason')[0]).toMatch(/sjukpenning/u);
    // A caller who calls for the relative: the relative's benefit is the errand.
    const forHer = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Hej, jag ringer för min mammas räkning. Min mamma har bostadstillägg och det har slutat komma.']);
    expect(noteText(forHer)).toMatch(/bostadstillägg/u);
  });

  it('keeps what a repeated call is about ("This is the third time I\'m calling about …") and the answer to "What is it about?"', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      "caller: This is the fourth time I'm calling about my husband's housing supplement. Nobody calls back.",
      'agent: I am sorry. What is it about?',
      'caller: It was stopped in October and we do not know why.',
    ]);
    const reason = texts(d, 'reason')[0] ?? '';
    expect(reason).toMatch(/housing supplement/u);
    expect(reason).toMatch(/stopped in October/u);
    expect(reason).not.toMatch(/fourth time|calls back/u);
  });
});
