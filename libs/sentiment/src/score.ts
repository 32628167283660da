import type { CallSentiment, Transcript } from '@samtal/contracts';

/** Neutral scores for every utterance; the lexicon-based scorer replaces this. */
export function scoreCall(transcript: Transcript): CallSentiment {
  return {
    utterances: transcript.segments.map((s) => ({ segmentIndex: s.index, score: 0, label: 'neutral' as const })),
    bySpeaker: {},
    call: 0,
    alerts: [],
  };
}
