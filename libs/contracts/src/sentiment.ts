import { z } from 'zod';
import { SpeakerSchema } from './transcript.js';

/** Sentiment on a -1..1 scale (negative to positive). */
export const SentimentScoreSchema = z.number().min(-1).max(1);

export const SentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

export const UtteranceSentimentSchema = z.object({
  segmentIndex: z.number().int().nonnegative(),
  speaker: SpeakerSchema,
  score: SentimentScoreSchema,
  label: SentimentLabelSchema,
});
export type UtteranceSentiment = z.infer<typeof UtteranceSentimentSchema>;

export const SpeakerSentimentSchema = z.object({
  speaker: SpeakerSchema,
  utterances: z.number().int().nonnegative(),
  /** Mean of the speaker's utterance scores. */
  mean: SentimentScoreSchema,
  min: SentimentScoreSchema,
  /** Share (0..1) of the speaker's utterances labelled negative. */
  negativeShare: z.number().min(0).max(1),
});
export type SpeakerSentiment = z.infer<typeof SpeakerSentimentSchema>;

/** How the caller's mood moved through the call: what a supervisor looks at first. */
export const CallerTrajectorySchema = z.object({
  /** Mean score of the caller's first utterances, and of the last ones. */
  start: SentimentScoreSchema,
  end: SentimentScoreSchema,
  /** `end - start` is positive. */
  improved: z.boolean(),
  min: SentimentScoreSchema,
  /**
   * Least-squares slope of the caller's scores against their position among the caller's
   * utterances (0 = first, 1 = last): the change the fitted line predicts over the call.
   */
  trend: z.number(),
  negativeShare: z.number().min(0).max(1),
});
export type CallerTrajectory = z.infer<typeof CallerTrajectorySchema>;

/**
 * callerEndsNegative and callerTrendFalling come from the rules' trajectory; callerSoundsAngry from the learned alert
 * model (libs/sentiment alert-model.ts: value is its probability, threshold its floor).
 */
export const SentimentAlertKindSchema = z.enum(['callerEndsNegative', 'callerTrendFalling', 'callerSoundsAngry']);
export type SentimentAlertKind = z.infer<typeof SentimentAlertKindSchema>;

export const SentimentAlertSchema = z.object({
  kind: SentimentAlertKindSchema,
  /** The value that crossed the threshold, and the threshold. */
  value: z.number(),
  threshold: z.number(),
});
export type SentimentAlert = z.infer<typeof SentimentAlertSchema>;

export const SpeakerTalkSchema = z.object({
  speaker: SpeakerSchema,
  talkMs: z.number().int().nonnegative(),
  /** Share (0..1) of all talk time. */
  share: z.number().min(0).max(1),
});
export type SpeakerTalk = z.infer<typeof SpeakerTalkSchema>;

/** Who talked how much, from the segment times. */
export const TalkTimeSchema = z.object({
  bySpeaker: z.array(SpeakerTalkSchema),
  /** Share (0..1) of the call in which nobody spoke. */
  silenceShare: z.number().min(0).max(1),
  /** Turns that began while the other party was still speaking. */
  interruptions: z.number().int().nonnegative(),
});
export type TalkTime = z.infer<typeof TalkTimeSchema>;

export const CallSentimentSchema = z.object({
  utterances: z.array(UtteranceSentimentSchema),
  bySpeaker: z.array(SpeakerSentimentSchema),
  /** Mean over every utterance. */
  call: SentimentScoreSchema,
  /** Null when the caller said nothing. */
  caller: CallerTrajectorySchema.nullable(),
  /** Null when the transcript has no times (e.g. a plain-text sidecar). */
  talk: TalkTimeSchema.nullable(),
  alerts: z.array(SentimentAlertSchema),
});
export type CallSentiment = z.infer<typeof CallSentimentSchema>;
