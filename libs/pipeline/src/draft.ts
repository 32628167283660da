import type { CallSentiment, DialogueTurn, JournalDraft, Transcript } from '@samtal/contracts';
import { draftJournal, draftJournalWithLlm, type LlmSummarizer, type Taxonomy } from '@samtal/journal';
import { redact } from '@samtal/redaction';
import { scoreCall, type AlertThresholds } from '@samtal/sentiment';

export interface DraftResult {
  /** The transcript with personal data replaced by placeholders. */
  redacted: Transcript;
  dialogue: DialogueTurn[];
  draft: JournalDraft;
  sentiment: CallSentiment;
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
export async function draftCall(transcript: Transcript, options: DraftOptions): Promise<DraftResult> {
  const redacted = redactTranscript(transcript);
  const dialogue = redacted.segments.map(({ index, speaker, startMs, endMs, text }) => ({
    index,
    speaker,
    startMs,
    endMs,
    text,
  }));
  const journal = { callDate: options.callDate, taxonomy: options.taxonomy };
  const draft = options.llm
    ? await draftJournalWithLlm(redacted, {
        ...journal,
        llm: options.llm,
        onFallback: options.onLlmFallback,
      })
    : draftJournal(redacted, journal);
  const sentiment = scoreCall(redacted, {
    durationMs: options.durationMs,
    alerts: options.alerts,
  });
  return { redacted, dialogue, draft, sentiment };
}
