import { z } from 'zod';

/** Sentiment on a -1..1 scale (negative to positive). */
export const SentimentScoreSchema = z.number().min(-1).max(1);

export const SentimentLabelSchema = z.enum(['negative', 'neutral', 'positive']);
export type SentimentLabel = z.infer<typeof SentimentLabelSchema>;

export const UtteranceSentimentSchema = z.object({
  segmentIndex: z.number().int().nonnegative(),
  score: SentimentScoreSchema,
  label: SentimentLabelSchema,
});
export type UtteranceSentiment = z.infer<typeof UtteranceSentimentSchema>;

export const CallSentimentSchema = z.object({
  utterances: z.array(UtteranceSentimentSchema),
  bySpeaker: z.record(z.string(), SentimentScoreSchema),
  call: SentimentScoreSchema,
  alerts: z.array(z.string()),
});
export type CallSentiment = z.infer<typeof CallSentimentSchema>;
