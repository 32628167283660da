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

describe('follow-ups', () => {
  it('drops an offer taken back ("… nej förresten, det kan jag inte lova, men …") and keeps what is done instead', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag har väntat på beslut om bostadstillägg i tre månader.',
      'agent: Jag kan be en kollega ringa dig i morgon... nej förresten, det kan jag inte lova, men jag skriver en påminnelse i ärendet.',
    ]);
    const said = statementsOf([{ ...u(2, 'Jag kan be en kollega ringa dig i morgon... nej förresten, det kan jag inte lova, men jag skriver en påminnelse.'), speaker: 'agent' as const }], 'sv');
    expect(said.map((s) => s.text)).toEqual(['Jag skriver en påminnelse.']);
    expect(noteText(d)).not.toMatch(/ringa|kollega|i morgon/u);
    expect(texts(d, 'followUp').some((t) => /ring/u.test(t))).toBe(false);
    const en = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: My housing supplement has stopped.',
      "agent: I could ask a caseworker to call you on Friday. No wait, I can't promise that, but I'll mark the case as urgent.",
    ]);
    expect(noteText(en)).not.toMatch(/Friday|call you/u);
    // An offer that stands stays in the note.
    const kept = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Mitt bostadstillägg har slutat komma.', 'agent: Jag ber en kollega ringa dig i morgon.']);
    expect(noteText(kept)).toMatch(/ringa kunden i morgon/u);
  });

  it('takes the agency\'s decision within a time as a task, also after another clause; not after "om"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Min fru dog i september och jag undrar vad som händer nu.',
      'agent: Vi har fått beskedet från Skatteverket, så vi utreder det själva, och du får ett beslut inom tre veckor.',
    ]);
    expect(d.sections.find((s) => s.key === 'followUp')?.sentences.some((s) => s.followUp?.kind === 'decision')).toBe(true);
    const hypothetical = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag funderar på att söka bostadstillägg.',
      'agent: Om du ansöker i dag får du ett beslut inom sex veckor.',
    ]);
    expect(texts(hypothetical, 'followUp')).toEqual([]);
  });

  it('takes a document the agency wants back by a day as the caller\'s task by that day', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: My mother lives in Spain and her pension has stopped.',
      'agent: We never got her life certificate back. I am sending a new one today. It must be witnessed, and we need it back by the end of December.',
    ]);
    const awaited = d.sections.find((s) => s.key === 'followUp')?.sentences.find((s) => s.followUp?.kind === 'awaitDocument');
    expect(awaited?.followUp?.dueDate).toMatch(/-12-31$/u);
    // A document already received is no task.
    const got = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Did you get my certificate?', 'agent: Yes, we got it back on the second of November.']);
    expect(texts(got, 'followUp')).toEqual([]);
  });

  it('leaves out "Ring gärna igen" and "Feel free to call again"', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag undrar när pensionen betalas ut.', 'agent: Den betalas ut den 18 december. Ring gärna igen om du undrar något.']);
    expect(texts(d, 'followUp').some((t) => /ring/iu.test(t))).toBe(false);
    const en = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: When is my pension paid?', 'agent: On the eighteenth of December. Feel free to call again if anything comes up.']);
    expect(texts(en, 'followUp').some((t) => /call/iu.test(t))).toBe(false);
  });
});
