import type { Segment } from '@samtal/contracts';
import type { RedactedEntity } from './entities.js';

/** A stretch of the call's audio, in milliseconds from its start. */
export interface TimeSpan {
  startMs: number;
  endMs: number;
}

/** Word timestamps are approximate: a little margin on each side keeps the edges of a word from leaking. */
export const DEFAULT_PADDING_MS = 120;

/**
 * Where in the audio a segment says what was redacted from its text: the words that overlap each
 * entity when the segment has word timestamps; the whole segment when it has only its own times;
 * nothing when it has neither (`hasTimes` tells the caller that the audio cannot be masked).
 */
export function timeSpansOf(segment: Segment, entities: readonly RedactedEntity[], paddingMs = DEFAULT_PADDING_MS): TimeSpan[] {
  if (entities.length === 0) return [];
  const wordSpans = segment.words?.length ? wordTimes(segment, entities, paddingMs) : undefined;
  if (wordSpans) return mergeSpans(wordSpans);
  if (segment.startMs !== undefined && segment.endMs !== undefined) return [{ startMs: segment.startMs, endMs: segment.endMs }];
  if (segment.words?.length) {
    return [{ startMs: Math.min(...segment.words.map((w) => w.startMs)), endMs: Math.max(...segment.words.map((w) => w.endMs)) }];
  }
  return [];
}

/** Whether the audio of this segment can be located at all. */
export function hasTimes(segment: Segment): boolean {
  return (segment.startMs !== undefined && segment.endMs !== undefined) || !!segment.words?.length;
}

/** The times of the words covering each entity, or undefined if the words cannot be found in the text. */
function wordTimes(segment: Segment, entities: readonly RedactedEntity[], paddingMs: number): TimeSpan[] | undefined {
  const words = segment.words!;
  // Whisper's words are pieces of the segment text, in order (with their leading spaces).
  const offsets: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const word of words) {
    const piece = word.text.trim();
    const at = piece ? segment.text.indexOf(piece, cursor) : cursor;
    if (at < 0) return undefined;
    offsets.push({ start: at, end: at + piece.length });
    cursor = at + piece.length;
  }
  const spans: TimeSpan[] = [];
  for (const entity of entities) {
    let first = -1;
    let last = -1;
    offsets.forEach((o, i) => {
      if (o.end > entity.start && o.start < entity.end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) {
      // Between words (the text and the words disagree): take the gap around it.
      last = offsets.findIndex((o) => o.start >= entity.end);
      first = last < 0 ? offsets.length - 1 : Math.max(0, last - 1);
      if (last < 0) last = first;
    }
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
