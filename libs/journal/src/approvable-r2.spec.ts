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
