import { z } from 'zod';
import { CallStatusSchema } from './call.js';

/**
 * What the gateway tells browsers over Socket.IO. Notifications carry ids and statuses only,
 * never content: the browser reads a call's content over REST, where access is checked and the
 * read is audited, so an event forged on NATS cannot put words on an agent's screen.
 */

export const UiNotificationSchema = z.strictObject({
  callId: z.uuid(),
  status: CallStatusSchema.optional(),
  /** The draft revision stored (journal.drafted). */
  revision: z.number().int().positive().optional(),
  /** The journal entry's version after an agent's save. */
  version: z.number().int().nonnegative().optional(),
});
export type UiNotification = z.infer<typeof UiNotificationSchema>;

/** Socket.IO event names the browser listens to; each carries a `UiNotification`. */
export const UiEvents = {
  callUpdated: 'call.updated',
  journalDrafted: 'journal.drafted',
  sentimentUpdated: 'sentiment.updated',
  transcriptionFailed: 'calls.transcription_failed',
} as const;
export type UiEventName = (typeof UiEvents)[keyof typeof UiEvents];

/** Sent to a socket just before the server closes it: its token expired or its user was disabled. */
export const UiAuthErrorSchema = z.strictObject({ message: z.string() });

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
