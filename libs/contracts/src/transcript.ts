import { z } from 'zod';

/** Who spoke. Stereo calls give agent/caller by channel; mono calls give `unknown`. */
export const SpeakerSchema = z.enum(['agent', 'caller', 'unknown']);
export type Speaker = z.infer<typeof SpeakerSchema>;

export const LanguageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** A language request: a fixed language, or `auto` to let the ASR engine detect it. */
export const LanguageRequestSchema = z.enum(['sv', 'en', 'auto']);
export type LanguageRequest = z.infer<typeof LanguageRequestSchema>;

export const WordSchema = z.object({
  text: z.string(),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Word = z.infer<typeof WordSchema>;

export const SegmentSchema = z.object({
  /** Position in the dialogue, 0-based; draft sentences refer to segments by it. */
  index: z.number().int().nonnegative(),
  speaker: SpeakerSchema,
  /** Times in milliseconds from the start of the call; absent when the source has none. */
  startMs: z.number().int().nonnegative().optional(),
  endMs: z.number().int().nonnegative().optional(),
  text: z.string(),
  confidence: z.number().min(0).max(1).optional(),
  words: z.array(WordSchema).optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const TranscriptSourceSchema = z.enum(['asr', 'sidecar']);
export type TranscriptSource = z.infer<typeof TranscriptSourceSchema>;

export const TranscriptSchema = z.object({
  language: LanguageSchema,
  source: TranscriptSourceSchema,
  segments: z.array(SegmentSchema),
});
export type Transcript = z.infer<typeof TranscriptSchema>;

/**
 * How far the recognition of a call can be trusted, from whisper.cpp's confidences: `low` when
 * the call's speech as a whole scored below the thresholds (a wrong or meaningless model, a bad
 * line), `unknown` when the transcript carries no confidence (a sidecar transcript): never `low`.
 */
export const TranscriptQualityLevelSchema = z.enum(['ok', 'low', 'unknown']);
export type TranscriptQualityLevel = z.infer<typeof TranscriptQualityLevelSchema>;

export const TranscriptQualitySchema = z.object({
  level: TranscriptQualityLevelSchema,
  /** The mean segment confidence, weighted by each segment's length; null when unknown. */
  meanConfidence: z.number().min(0).max(1).nullable(),
  /** The share of the speech (by time, else by characters) in segments below the segment threshold; null when unknown. */
  lowShare: z.number().min(0).max(1).nullable(),
});
export type TranscriptQuality = z.infer<typeof TranscriptQualitySchema>;

/** The rule's thresholds (validated configuration of the journal service; README, "Transcript confidence"). */
export const TranscriptQualityThresholdsSchema = z.object({
  /** A segment below this confidence is marked uncertain. */
  segmentBelow: z.number().min(0).max(1),
  /** A word below this confidence is marked uncertain. */
  wordBelow: z.number().min(0).max(1),
  /** The call is `low` when its mean confidence is below this… */
  callMeanBelow: z.number().min(0).max(1),
  /** …or when more than this share of its speech is in uncertain segments. */
  callLowShareAbove: z.number().min(0).max(1),
});
export type TranscriptQualityThresholds = z.infer<typeof TranscriptQualityThresholdsSchema>;
