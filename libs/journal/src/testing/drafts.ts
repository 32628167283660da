/**
 * Helpers for the journal's spec files (excluded from the library build): a call written as
 * `agent: …` / `caller: …` lines, its draft, and the sentences of one section.
 */
import type { JournalDraft, Segment, Transcript } from '@samtal/contracts';
import { draftJournal } from '../draft.js';

export const call = (language: 'sv' | 'en', lines: string[]): Transcript => ({
  language,
  source: 'sidecar',
  segments: lines.map((line, index): Segment => {
    const [speaker, ...text] = line.split(': ');
    return {
      index,
      speaker: speaker as Segment['speaker'],
      text: text.join(': '),
    };
  }),
});

export const draft = (
  language: 'sv' | 'en',
  lines: string[],
  callDate = '2026-03-09',
) => draftJournal(call(language, lines), { callDate });

export const section = (d: JournalDraft, key: string) =>
  d.sections.find((s) => s.key === key)!.sentences;

export const texts = (d: JournalDraft, key: string) =>
  section(d, key).map((s) => s.text);

export const sentence = (d: JournalDraft, key: string, text: string) =>
  section(d, key).find((s) => s.text === text);

/** Every sentence of the note, all sections, as one text. */
export const noteText = (d: JournalDraft) =>
  d.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');

/** The errand line ("Ärende: …" / "Reason for the call: …") as one text. */
export const errandLine = (d: JournalDraft) => texts(d, 'reason').join(' ');
