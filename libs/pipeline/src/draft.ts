import type { CallSentiment, DialogueTurn, JournalDraft, Language, Transcript } from '@samtal/contracts';
import { draftJournal } from '@samtal/journal';
import { hasTimes, mergeSpans, redact, timeSpansOf, type TimeSpan } from '@samtal/redaction';
import { scoreCall } from '@samtal/sentiment';

export interface DraftResult {
  /** The transcript with personal data replaced by placeholders. */
  redacted: Transcript;
  dialogue: DialogueTurn[];
  draft: JournalDraft;
  sentiment: CallSentiment;
  /**
   * The stretches of the call audio that say what was redacted, to mask in a copy of the
   * recording; null when some redacted text has no times, so the audio cannot be masked safely.
   */
  audioRedaction: TimeSpan[] | null;
}

export interface RedactedTranscript {
  transcript: Transcript;
  audioRedaction: TimeSpan[] | null;
}

/** Redacts every utterance; everything after this point sees only the redacted text. */
export function redactTranscript(transcript: Transcript): RedactedTranscript {
  const spans: TimeSpan[] = [];
  let maskable = true;
  const segments = transcript.segments.map(({ words: _words, ...segment }, i) => {
    // The utterance before gives context: "Ditt personnummer?" makes the next "åttioett tolv arton" one.
    const context = transcript.segments[i - 1]?.text;
    const { text, entities } = redact(segment.text, { lang: transcript.language, context });
    if (entities.length > 0) {
      const original = transcript.segments[i]!;
      if (hasTimes(original)) spans.push(...timeSpansOf(original, entities));
      else maskable = false;
    }
    return { ...segment, text };
  });
  return { transcript: { ...transcript, segments }, audioRedaction: maskable ? mergeSpans(spans) : null };
}

/**
 * Defence in depth: every string in what was derived from the redacted transcript (draft
 * sentences, rendered text, topics, alerts) is redacted again before it is stored or published,
 * in case a later stage rebuilt personal data from pieces.
 */
export function redactDerived<T>(value: T, lang: Language): T {
  if (typeof value === 'string') return redact(value, { lang }).text as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDerived(item, lang)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDerived(item, lang)])) as T;
  }
  return value;
}

/** Stage 2: a transcript becomes a redacted dialogue, a draft journal note and sentiment. */
export function draftCall(transcript: Transcript): DraftResult {
  const { transcript: redacted, audioRedaction } = redactTranscript(transcript);
  const dialogue = redacted.segments.map(({ index, speaker, startMs, endMs, text }) => ({ index, speaker, startMs, endMs, text }));
  const lang = transcript.language;
  return {
    redacted,
    dialogue,
    draft: redactDerived(draftJournal(redacted), lang),
    sentiment: redactDerived(scoreCall(redacted), lang),
    audioRedaction,
  };
}
