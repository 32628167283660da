import type { DialogueTurn, Segment, Transcript, TranscriptQuality, TranscriptQualityThresholds } from '@samtal/contracts';

/**
 * The transcript-quality rule: whisper.cpp's confidence (the mean probability of a segment's text
 * tokens) per segment and word, judged against thresholds chosen from `npm run eval:confidence`
 * (README, "Transcript confidence"). Computed once, when the call is drafted.
 */
export const DEFAULT_QUALITY_THRESHOLDS: TranscriptQualityThresholds = {
  segmentBelow: 0.5,
  wordBelow: 0.4,
  callMeanBelow: 0.55,
  callLowShareAbove: 0.4,
};

const hasTimes = (s: Segment): s is Segment & { startMs: number; endMs: number } =>
  s.startMs !== undefined && s.endMs !== undefined && s.endMs > s.startMs;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The call's quality: `low` when the mean confidence of its speech is below `callMeanBelow` or more
 * than `callLowShareAbove` of it is in segments below `segmentBelow`; `unknown` when no segment has
 * a confidence (a sidecar transcript, an empty call). Segments weigh by their length in time (by
 * their characters when some segment has no times).
 */
export function assessTranscript(transcript: Transcript, thresholds: TranscriptQualityThresholds = DEFAULT_QUALITY_THRESHOLDS): TranscriptQuality {
  const scored = transcript.segments.filter((s) => s.confidence !== undefined && s.text.trim());
  if (transcript.source === 'sidecar' || scored.length === 0) return { level: 'unknown', meanConfidence: null, lowShare: null };
  const byTime = scored.every(hasTimes);
  const weightOf = (s: Segment) => (byTime ? s.endMs! - s.startMs! : Math.max(1, s.text.trim().length));
  const total = scored.reduce((sum, s) => sum + weightOf(s), 0);
  const mean = scored.reduce((sum, s) => sum + s.confidence! * weightOf(s), 0) / total;
  const lowShare = scored.filter((s) => s.confidence! < thresholds.segmentBelow).reduce((sum, s) => sum + weightOf(s), 0) / total;
  const low = mean < thresholds.callMeanBelow || lowShare > thresholds.callLowShareAbove;
  return { level: low ? 'low' : 'ok', meanConfidence: round3(mean), lowShare: round3(lowShare) };
}

const normalise = (word: string) => word.toLocaleLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Redaction placeholders (`[NAMN]`, `[PERSONNUMMER]`): never marked, never matched to a word. */
const PLACEHOLDER = /^\[[^\]]*\]\W*$/u;
/** How many recognised words a token may skip to find its match: a placeholder may stand for several. */
const LOOKAHEAD = 8;

/**
 * The words of a redacted turn's text that were recognised below `below`, as offsets into that
 * text (`end` exclusive). The recognised words are matched to the text's words in order; a
 * word redaction replaced has no match, so nothing of the original text is carried.
 */
export function uncertainWordSpans(text: string, words: readonly { text: string; confidence?: number }[], below: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let next = 0;
  for (const match of text.matchAll(/\S+/gu)) {
    const token = normalise(match[0]);
    if (!token || PLACEHOLDER.test(match[0])) continue;
    for (let j = next; j < Math.min(words.length, next + LOOKAHEAD); j++) {
      if (normalise(words[j]!.text) !== token) continue;
      const confidence = words[j]!.confidence;
      if (confidence !== undefined && confidence < below) spans.push({ start: match.index, end: match.index + match[0].length });
      next = j + 1;
      break;
    }
  }
  return spans;
}

/**
 * The redacted dialogue with each turn's confidence and its marks: `uncertain` below the segment
 * threshold, `uncertainWords` for words below the word threshold. `transcript` is the unredacted
 * transcript the dialogue was made from (same order), read only for confidences and word texts.
 */
export function markUncertain(
  dialogue: readonly DialogueTurn[],
  transcript: Transcript,
  thresholds: TranscriptQualityThresholds = DEFAULT_QUALITY_THRESHOLDS,
): DialogueTurn[] {
  return dialogue.map((turn, i) => {
    const segment = transcript.segments[i];
    if (segment?.confidence === undefined) return turn;
    const spans = segment.words ? uncertainWordSpans(turn.text, segment.words, thresholds.wordBelow) : [];
    return {
      ...turn,
      confidence: segment.confidence,
      uncertain: segment.confidence < thresholds.segmentBelow,
      ...(spans.length ? { uncertainWords: spans } : {}),
    };
  });
}
