import type { Segment } from '@samtal/contracts';
import type { RedactedEntity } from './entities.js';

/** A stretch of the call's audio, in milliseconds from its start. */
export interface TimeSpan {
  startMs: number;
  endMs: number;
}

/**
 * Word timestamps are approximate (Whisper's token times drift by a few tens of milliseconds, and
 * the first and last phonemes of a word run past them): a margin on each side keeps the edges of
 * a redacted word from being heard, at the cost of a little of the neighbouring words.
 */
export const DEFAULT_PADDING_MS = 120;

/**
 * Where in the audio a segment says what was redacted from its text. Only the words that overlap
 * an entity when the segment has word timestamps and every entity maps onto them with certainty;
 * otherwise (fail closed) the whole segment: its own times, else the span of its words. Nothing
 * when it has no times at all (`hasTimes` tells the caller that the audio cannot be masked).
 */
export function timeSpansOf(segment: Segment, entities: readonly RedactedEntity[], paddingMs = DEFAULT_PADDING_MS): TimeSpan[] {
  if (entities.length === 0) return [];
  const wordSpans = segment.words?.length ? wordTimes(segment, entities, paddingMs) : undefined;
  if (wordSpans) return mergeSpans(wordSpans);
  const whole = wholeSegment(segment);
  return whole ? [whole] : [];
}

/** Whether the audio of this segment can be located at all. */
export function hasTimes(segment: Segment): boolean {
  return (segment.startMs !== undefined && segment.endMs !== undefined) || !!segment.words?.length;
}

/** The segment's own times, widened to its words' times where those reach further. */
function wholeSegment(segment: Segment): TimeSpan | undefined {
  const starts = [segment.startMs, ...(segment.words ?? []).map((w) => w.startMs)].filter((t): t is number => t !== undefined);
  const ends = [segment.endMs, ...(segment.words ?? []).map((w) => w.endMs)].filter((t): t is number => t !== undefined);
  if (starts.length === 0 || ends.length === 0) return undefined;
  return { startMs: Math.min(...starts), endMs: Math.max(...ends) };
}

/**
 * The times of the words covering each entity, or undefined when any entity cannot be mapped onto
 * the words with certainty: a word that is not found in the text in order, a word with broken
 * times, or an entity with characters (other than spaces and punctuation) outside every word.
 */
function wordTimes(segment: Segment, entities: readonly RedactedEntity[], paddingMs: number): TimeSpan[] | undefined {
  const words = segment.words!;
  if (words.some((w) => w.endMs < w.startMs)) return undefined;
  // Whisper's words are pieces of the segment text, in order (with their leading spaces).
  const offsets: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const word of words) {
    const piece = word.text.trim();
    if (!piece) return undefined;
    const at = segment.text.indexOf(piece, cursor);
    if (at < 0) return undefined;
    offsets.push({ start: at, end: at + piece.length });
    cursor = at + piece.length;
  }
  const spans: TimeSpan[] = [];
  for (const entity of entities) {
    const covering = offsets.flatMap((o, i) => (o.end > entity.start && o.start < entity.end ? [i] : []));
    if (covering.length === 0) return undefined;
    // Every letter and digit of the entity must lie inside one of the covering words; a piece that
    // the words skipped has no time of its own.
    for (let c = entity.start; c < entity.end; c++) {
      if (!/[\p{L}\p{N}]/u.test(segment.text[c] ?? '')) continue;
      if (!covering.some((i) => offsets[i]!.start <= c && c < offsets[i]!.end)) return undefined;
    }
    const first = covering[0]!;
    const last = covering.at(-1)!;
    spans.push({ startMs: Math.max(0, words[first]!.startMs - paddingMs), endMs: words[last]!.endMs + paddingMs });
  }
  return spans;
}

/** Sorted, with overlapping spans joined. */
export function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const merged: TimeSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs);
    else merged.push({ ...span });
  }
  return merged;
}
