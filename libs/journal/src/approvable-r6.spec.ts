import type { JournalDraft, Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { draftJournal } from './draft.js';
import { indirectQuestion } from './indirect.js';
import { toThirdPerson } from './register.js';
import { withoutSpokenStyle } from './spoken.js';

/**
 * Issue 14, sixth round: what a caseworker reads. Each mechanism is shown on sentences of its
 * kind (not on a call of a tuning set).
 */
const call = (language: 'sv' | 'en', lines: string[]): Transcript => ({
  language,
  source: 'sidecar',
  segments: lines.map((line, index): Segment => {
    const [speaker, ...text] = line.split(': ');
    return { index, speaker: speaker as Segment['speaker'], text: text.join(': ') };
  }),
});
const draft = (language: 'sv' | 'en', lines: string[], callDate = '2026-03-09') => draftJournal(call(language, lines), { callDate });
const texts = (d: JournalDraft, key: string) => d.sections.find((s) => s.key === key)!.sentences.map((s) => s.text);

describe('spoken style: a clause begun twice is said once', () => {
  it('drops a piece broken off and begun again', () => {
    expect(withoutSpokenStyle('Den har gått ner med, med nästan fyrtiotusen i år.', 'sv')).toBe('Den har gått ner med nästan fyrtiotusen i år.');
    expect(withoutSpokenStyle('Jag undrar om hon, om hon har rätt till bostadstillägg.', 'sv')).toBe('Jag undrar om hon har rätt till bostadstillägg.');
    expect(withoutSpokenStyle('Det står något om BankID, att den är, att den inte är giltig.', 'sv')).toBe('Det står något om BankID, att den inte är giltig.');
    expect(withoutSpokenStyle('Jag... ja, jag har funderat på det länge.', 'sv')).toBe('Jag har funderat på det länge.');
    expect(withoutSpokenStyle('My wife passed away last month, on the, on the eighteenth of October.', 'en')).toBe(
      'My wife passed away last month, on the eighteenth of October.',
    );
    expect(withoutSpokenStyle('It is about, it is about my mother.', 'en')).toBe('It is about my mother.');
  });

  it('keeps a list, a parenthesis and a pronoun that ends one clause and begins the next', () => {
    expect(withoutSpokenStyle('Vi betalade i januari, i februari och i mars.', 'sv')).toBe('Vi betalade i januari, i februari och i mars.');
    expect(withoutSpokenStyle('Du kan ansöka om bostadstillägg och, om det inte räcker, äldreförsörjningsstöd.', 'sv')).toBe(
      'Du kan ansöka om bostadstillägg och, om det inte räcker, äldreförsörjningsstöd.',
    );
    expect(withoutSpokenStyle('You need to apply for it, it is not paid automatically.', 'en')).toBe('You need to apply for it, it is not paid automatically.');
    expect(withoutSpokenStyle('Hur mycket jag får, jag har bott här i tolv år.', 'sv')).toBe('Hur mycket jag får, jag har bott här i tolv år.');
  });

  it('drops a small word left hanging before a pause, and what the speaker took back', () => {
    expect(withoutSpokenStyle('Vi har väntat i... sedan september.', 'sv')).toBe('Vi har väntat sedan september.');
    expect(withoutSpokenStyle('Fick jag kvarskatt på grund av att... ja, nej, ta bort det, jag pratar med Skatteverket i stället.', 'sv')).toBe(
      'Jag pratar med Skatteverket i stället.',
    );
  });

  it('asks with one question word: "undrar om hur mycket" is "undrar hur mycket"', () => {
    expect(withoutSpokenStyle('Han undrar om hur mycket han får.', 'sv')).toBe('Han undrar hur mycket han får.');
  });
});

describe('"Kunden uppgav": a reaction to what the agent said is no fact', () => {
  it('leaves out relief and sarcasm, keeps a reaction that carries an amount', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min man dog för tre veckor sedan och jag undrar vad jag har rätt till.',
      'agent: Du kan ha rätt till omställningspension. Den betalas i tolv månader.',
      'caller: Det var skönt att höra, jag har inte kunnat tänka klart alls.',
      'caller: Vi hade ett lån på tvåhundratusen kronor tillsammans.',
    ]);
    expect(texts(sv, 'callerSaid').join(' ')).not.toMatch(/skönt att höra|tänka klart/u);
    expect(texts(sv, 'callerSaid').join(' ')).toMatch(/200 000 kronor/u);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I am moving to Ireland in February and I wonder what happens to my pension.',
      'agent: Once a year we send you a life certificate, and you return it to show that you are alive.',
      'caller: Ha, okay, I will make sure I am alive then.',
    ]);
    expect(texts(en, 'callerSaid').join(' ')).not.toMatch(/make sure/u);
  });
});

describe('grammar of the third person in English', () => {
  it('leaves an irregular past alone and agrees a verb after "and"', () => {
    expect(toThirdPerson('I opened the app, but something felt wrong and I hung up.', 'caller', 'en')).toBe(
      'The caller opened the app, but something felt wrong and the caller hung up.',
    );
    expect(toThirdPerson('We never call and ask you to identify yourself with BankID.', 'agent', 'en')).toBe(
      'The agency never calls and asks the caller to identify themselves with BankID.',
    );
  });

  it('keeps the bare verb after a modal and "or", and turns "so am I" round', () => {
    expect(toThirdPerson('You can keep your Swedish account or have it paid to an Irish account.', 'agent', 'en')).toBe(
      'The caller can keep their Swedish account or have it paid to an Irish account.',
    );
    expect(toThirdPerson('He is upset, and so am I.', 'caller', 'en')).toBe('He is upset, and so is the caller.');
  });

  it('reports "Is that even possible?" with its verb after the subject', () => {
    expect(indirectQuestion('Is that even possible?', 'en')).toBe('whether that is even possible');
  });
});
