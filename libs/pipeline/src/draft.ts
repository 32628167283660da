import type { CallSentiment, DialogueTurn, JournalDraft, Transcript } from '@samtal/contracts';
import { draftJournal } from '@samtal/journal';
import { redact } from '@samtal/redaction';
import { scoreCall } from '@samtal/sentiment';

export interface DraftResult {
  /** The transcript with personal data replaced by placeholders. */
  redacted: Transcript;
  dialogue: DialogueTurn[];
  draft: JournalDraft;
  sentiment: CallSentiment;
}

/** Redacts every utterance; everything after this point sees only the redacted text. */
export function redactTranscript(transcript: Transcript): Transcript {
  return {
    ...transcript,
    segments: transcript.segments.map(({ words: _words, ...segment }) => ({
      ...segment,
      text: redact(segment.text, { lang: transcript.language }).text,
    })),
  };
}

/** Stage 2: a transcript becomes a redacted dialogue, a draft journal note and sentiment. */
export function draftCall(transcript: Transcript): DraftResult {
  const redacted = redactTranscript(transcript);
  const dialogue = redacted.segments.map(({ index, speaker, startMs, endMs, text }) => ({ index, speaker, startMs, endMs, text }));
  return { redacted, dialogue, draft: draftJournal(redacted), sentiment: scoreCall(redacted) };
}
