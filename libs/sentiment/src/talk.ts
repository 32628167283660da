import type { Segment, Speaker, TalkTime } from '@samtal/contracts';

export interface TalkTimeOptions {
  /** The recording's length; silence after the last word counts when it is known. */
  durationMs?: number;
  /** A turn that begins less than this before the other party stops is a hand-over, not an interruption. */
  interruptionOverlapMs?: number;
}

interface Turn {
  speaker: Speaker;
  start: number;
  end: number;
}

/** Total length of a set of turns, overlaps counted once. */
function coveredMs(turns: Turn[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of [...turns].sort((a, b) => a.start - b.start)) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/**
 * Talk-time split, silence share and interruptions from the segment times. Null when
 * the transcript has no times (a plain-text sidecar).
 */
export function measureTalk(segments: Segment[], options: TalkTimeOptions = {}): TalkTime | null {
  const timed = segments.flatMap((s): Turn[] =>
    s.startMs !== undefined && s.endMs !== undefined && s.endMs >= s.startMs
      ? [{ speaker: s.speaker, start: s.startMs, end: s.endMs }]
      : [],
  );
  if (timed.length === 0 || timed.length < segments.length) return null;

  const speakers = [...new Set(timed.map((t) => t.speaker))];
  const talkOf = (speaker: Speaker) => coveredMs(timed.filter((t) => t.speaker === speaker));
  const talk = speakers.map((speaker) => ({
    speaker,
    talkMs: talkOf(speaker),
  }));
  const totalTalk = talk.reduce((sum, t) => sum + t.talkMs, 0);

  const span = Math.max(options.durationMs ?? 0, ...timed.map((t) => t.end));
  const silenceShare = span > 0 ? Math.max(0, span - coveredMs(timed)) / span : 0;

  const overlap = options.interruptionOverlapMs ?? 300;
  const interruptions = timed.filter((turn) =>
    timed.some((other) => other.speaker !== turn.speaker && other.start < turn.start && turn.start < other.end - overlap),
  ).length;

  return {
    bySpeaker: talk.map((t) => ({
      ...t,
      share: round(totalTalk > 0 ? t.talkMs / totalTalk : 0),
    })),
    silenceShare: round(silenceShare),
    interruptions,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
