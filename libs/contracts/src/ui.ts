import { z } from 'zod';
import { CallStatusSchema } from './call.js';

/** @deprecated The browser's events are `ServerEvents` (socket.ts); kept until the gateway moves over. */
export const UiNotificationSchema = z.strictObject({
  callId: z.uuid(),
  status: CallStatusSchema.optional(),
  revision: z.number().int().positive().optional(),
  version: z.number().int().nonnegative().optional(),
});
/** @deprecated see `ServerEvents` */
export type UiNotification = z.infer<typeof UiNotificationSchema>;
/** @deprecated see `ServerEvents` */
export const UiEvents = {
  callUpdated: 'call.updated',
  journalDrafted: 'journal.drafted',
  sentimentUpdated: 'sentiment.updated',
  transcriptionFailed: 'calls.transcription_failed',
} as const;
/** @deprecated see `ServerEventName` */
export type UiEventName = (typeof UiEvents)[keyof typeof UiEvents];

/** An agent's edit of a journal entry (`PUT /calls/:id/draft`, `POST /calls/:id/approve`). */
export const JournalEditSchema = z.strictObject({
  text: z.string().min(1).max(20_000),
  /** A topic key of the deployment's taxonomy (see `journalEditSchema`). */
  topic: z.string().min(1).max(100),
  /** The version the agent started from; a save on top of another save is refused (409). */
  baseVersion: z.number().int().nonnegative(),
});
export type JournalEdit = z.infer<typeof JournalEditSchema>;

/** The edit schema of a deployment: the topic must be one of its taxonomy's keys. */
export function journalEditSchema(topicKeys: readonly [string, ...string[]]) {
  // An enum: a refused topic is reported as `topic: invalid_value` (never echoing the value).
  return JournalEditSchema.extend({ topic: z.enum(topicKeys) });
}
