import type { CallSentiment, DialogueTurn, JournalDraft, Transcript, TranscriptQuality, TranscriptQualityThresholds } from '@samtal/contracts';
import { assessTranscript, draftJournal, draftJournalWithLlm, markUncertain, type LlmSummarizer, type Taxonomy } from '@samtal/journal';
import { guardText, hasTimes, mergeSpans, redactDialogue, timeSpansOf, type RedactOptions, type TimeSpan } from '@samtal/redaction';
import { scoreCall, type AlertThresholds } from '@samtal/sentiment';

export interface DraftResult {
  /** The transcript with personal data replaced by placeholders. */
  redacted: Transcript;
  /** The redacted dialogue, each turn with its recognition confidence and uncertainty marks. */
  dialogue: DialogueTurn[];
  draft: JournalDraft;
  sentiment: CallSentiment;
  /** How far the recognition can be trusted (`unknown` for a sidecar transcript). */
  transcriptQuality: TranscriptQuality;
  /**
   * The stretches of the call audio that say what was redacted, to mask in a copy of the
   * recording; null when some redacted text has no times, so the audio cannot be masked safely.
   */
  audioRedaction: TimeSpan[] | null;
  /** Numbers the last leak scan removed from what reaches the UI (a count, for the log; 0 when redaction did its work). */
  leaks: number;
}

/** How drafts are made: the same for the journal service and `samtal process`. */
export interface DraftSettings {
  /** Topics to choose from; the built-in pensions taxonomy when absent. */
  taxonomy?: Taxonomy;
  /** Draft with an LLM (falling back to the extractive draft); extractive only when absent. */
  llm?: LlmSummarizer;
  alerts?: Partial<AlertThresholds>;
  /** Numbers never redacted (the agency's own public numbers); the built-in list when absent. */
  allowedNumbers?: readonly string[];
  /** The transcript-quality thresholds; the measured defaults (`DEFAULT_QUALITY_THRESHOLDS`) when absent. */
  quality?: TranscriptQualityThresholds;
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

/**
 * Redacts the transcript as one dialogue (a question reaches the answer read over several turns,
 * a name found once is redacted wherever it recurs); everything after this point sees only the
 * redacted text.
 */
export function redactTranscript(transcript: Transcript, allowedNumbers?: readonly string[]): RedactedTranscript {
  const spans: TimeSpan[] = [];
  let maskable = true;
  const redacted = redactDialogue(transcript.segments, { lang: transcript.language, allowedNumbers });
  const segments = transcript.segments.map(({ words: _words, ...segment }, i) => {
    const { text, entities } = redacted[i]!;
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
 * The last line of defence on everything UI-facing: every string of what was derived from the
 * redacted transcript (draft sentences, rendered text, dialogue, topics, alerts) is redacted again
 * and scanned for number runs that survived (`guardText`), in case a later stage rebuilt personal
 * data from pieces. `leaks` counts what the scan removed.
 */
export function guardUiFacing<T>(value: T, options: RedactOptions, tally: { leaks: number } = { leaks: 0 }): T {
  if (typeof value === 'string') {
    const guarded = guardText(value, options);
    tally.leaks += guarded.leaks;
    return guarded.text as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => guardUiFacing(item, options, tally)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, guardUiFacing(item, options, tally)])) as T;
  }
  return value;
}

/** Stage 2: a transcript becomes a redacted dialogue, a draft journal note and sentiment. */
export async function draftCall(transcript: Transcript, options: DraftOptions): Promise<DraftResult> {
  const { transcript: redacted, audioRedaction } = redactTranscript(transcript, options.allowedNumbers);
  const dialogue = redacted.segments.map(({ index, speaker, startMs, endMs, text }) => ({ index, speaker, startMs, endMs, text }));
  const journal = { callDate: options.callDate, taxonomy: options.taxonomy };
  const draft = options.llm
    ? await draftJournalWithLlm(redacted, { ...journal, llm: options.llm, onFallback: options.onLlmFallback })
    : draftJournal(redacted, journal);
  const sentiment = scoreCall(redacted, { durationMs: options.durationMs, alerts: options.alerts });
  const guard = { lang: transcript.language, allowedNumbers: options.allowedNumbers };
  const tally = { leaks: 0 };
  const guarded = guardUiFacing(dialogue, guard, tally);
  return {
    redacted: { ...redacted, segments: redacted.segments.map((segment, i) => ({ ...segment, text: guarded[i]!.text })) },
    // Marked after the guard, so word offsets point into the text the UI shows.
    dialogue: markUncertain(guarded, transcript, options.quality),
    transcriptQuality: assessTranscript(transcript, options.quality),
    draft: guardUiFacing(draft, guard, tally),
    sentiment: guardUiFacing(sentiment, guard, tally),
    audioRedaction,
    leaks: tally.leaks,
  };
}
