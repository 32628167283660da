import type { CallSentiment, DialogueTurn, JournalDraft, Language, Transcript } from '@samtal/contracts';
import { draftJournal, draftJournalWithLlm, type LlmSummarizer, type Taxonomy } from '@samtal/journal';
import { hasTimes, mergeSpans, redact, timeSpansOf, type TimeSpan } from '@samtal/redaction';
import { scoreCall, type AlertThresholds } from '@samtal/sentiment';

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

/** How drafts are made: the same for the journal service and `samtal process`. */
export interface DraftSettings {
  /** Topics to choose from; the built-in pensions taxonomy when absent. */
  taxonomy?: Taxonomy;
  /** Draft with an LLM (falling back to the extractive draft); extractive only when absent. */
  llm?: LlmSummarizer;
  alerts?: Partial<AlertThresholds>;
}

export interface DraftOptions extends DraftSettings {
  /** The call's date (YYYY-MM-DD), the reference for "på fredag" and "om två veckor". */
  callDate: string;
  /** The recording's length, for the silence share. */
  durationMs?: number;
  /** Told (content-free) why an LLM draft was replaced by the extractive one. */
  onLlmFallback?: (reason: string) => void;
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
export async function draftCall(transcript: Transcript, options: DraftOptions): Promise<DraftResult> {
  const { transcript: redacted, audioRedaction } = redactTranscript(transcript);
  const dialogue = redacted.segments.map(({ index, speaker, startMs, endMs, text }) => ({ index, speaker, startMs, endMs, text }));
  const journal = { callDate: options.callDate, taxonomy: options.taxonomy };
  const draft = options.llm
    ? await draftJournalWithLlm(redacted, { ...journal, llm: options.llm, onFallback: options.onLlmFallback })
    : draftJournal(redacted, journal);
  const sentiment = scoreCall(redacted, { durationMs: options.durationMs, alerts: options.alerts });
  const lang = transcript.language;
  return { redacted, dialogue, draft: redactDerived(draft, lang), sentiment: redactDerived(sentiment, lang), audioRedaction };
}
