import type { JournalDraft, Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { statementsOf, withoutFillers, withoutIntroduction } from './discourse.js';
import { draftJournal } from './draft.js';
import { utterancesOf } from './text.js';

/**
 * Issue 14, second round: the faults left after the first blind run (errand line, real
 * follow-ups, restarts and false starts, corrections), each with a call shaped the way
 * Whisper writes phone calls.
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
const section = (d: JournalDraft, key: string) => d.sections.find((s) => s.key === key)!.sentences;
const texts = (d: JournalDraft, key: string) => section(d, key).map((s) => s.text);

describe('discourse: restarts, false starts and the name before the errand', () => {
  it('says a restarted subject and verb once', () => {
    expect(withoutFillers('Jag är, jag är änka sen i våras.', 'sv')).toBe('Jag är änka sen i våras.');
    expect(withoutFillers("I'm, uh, I'm thinking about when to retire.", 'en')).toBe("I'm thinking about when to retire.");
    // Numbers read twice are not restarts.
    expect(withoutFillers('Det är fyra, fyra tusen.', 'sv')).toBe('Det är fyra, fyra tusen.');
  });

  it('drops a clause broken off after its auxiliary', () => {
    expect(withoutFillers('Jag är lite osäker på hur jag ska, jag har fått ett beslut om garantipension.', 'sv')).toBe(
      'Jag har fått ett beslut om garantipension.',
    );
    expect(withoutFillers('I was going to, I got a letter about my pension.', 'en')).toBe('I got a letter about my pension.');
    // A complete clause before the comma stays.
    expect(withoutFillers('Jag ringer om min pension, jag har inte fått den.', 'sv')).toBe('Jag ringer om min pension, jag har inte fått den.');
  });

  it('keeps the errand said in the same breath as the name', () => {
    expect(withoutIntroduction('Hej, jag heter [NAMN] och jag ringer för min mammas räkning.', 'sv')).toBe('Jag ringer för min mammas räkning.');
    expect(withoutIntroduction('Yeah, hi, my name is [NAMN] and I got a letter.', 'en')).toBe('I got a letter.');
    expect(withoutIntroduction('Jag heter [NAMN].', 'sv')).toBe('Jag heter [NAMN].');
  });

  it('"Den gick ner. Eller inte ner precis, den gick upp": the correction replaces the statement', () => {
    const statements = statementsOf(
      utterancesOf(call('sv', ['caller: Den gick ner i januari. Eller inte ner precis, den gick upp, men mycket mindre än jag trodde.']).segments, 'sv'),
      'sv',
    );
    expect(statements.map((s) => s.text)).toEqual(['Den gick upp, men mycket mindre än jag trodde.']);
  });
});

describe('the errand line: the errand in one third-person sentence', () => {
  it('a call for a parent says whom it is for and what it is about', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Sara här.',
      'caller: Hej, eh, jag heter [NAMN] och jag ringer för min mammas räkning. Hon har flyttat till ett särskilt boende.',
      'agent: Okej. Har du fullmakt för din mamma?',
      'caller: Ja, det har jag.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden ringer för sin mammas räkning: kundens mamma har flyttat till ett särskilt boende.']);
    expect(section(d, 'reason')[0]!.segmentIndexes).toEqual([1]);
  });

  it('a question "about my pension" takes the answer to the agent\'s "Ja?" as what it is', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, du pratar med Eva.',
      'caller: Hej, jo, eh, jag heter [NAMN]. Jag har en fråga om min inkomstpension.',
      'agent: Ja?',
      'caller: Den gick ner i januari. Eller inte ner precis, den gick upp, men mycket mindre än jag trodde.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har en fråga om sin inkomstpension: den gick upp, men mycket mindre än kunden trodde.']);
    expect(section(d, 'reason')[0]!.segmentIndexes).toEqual([1, 3]);
  });

  it('"Jag har fått ett brev här." + "Att jag ska betala tillbaka pension." is one line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, du pratar med Maria.',
      'caller: Ja hej. Eh, jag heter [NAMN] och jag, jag har fått ett brev här.',
      'agent: Okej. Vad står det i brevet?',
      'caller: Att jag ska betala tillbaka pension. Tjugotre tusen kronor.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev om att kunden ska betala tillbaka pension.']);
  });

  it('the errand said outright outweighs a worry told on the way, and "i vår" is a season', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, det är Johan.',
      'caller: Min man skötte alltid alla papper, så jag vet inte riktigt vad jag ska göra nu. Jag undrar om jag kan få efterlevandepension.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden undrar om kunden kan få efterlevandepension.']);
    const spring = draft('sv', ['caller: Jag fyller sextiofem i vår och vi vill veta när jag kan börja ta ut min pension.']);
    expect(texts(spring, 'reason')[0]).toContain('i vår');
  });

  it('"Er," is a filler in English', () => {
    const d = draft('en', ["caller: Hello. Er, I'm moving to Spain in June and I'm worried about my pension."]);
    expect(texts(d, 'reason')).toEqual(["The caller is moving to Spain in June and the caller is worried about the caller's pension."]);
  });
});
