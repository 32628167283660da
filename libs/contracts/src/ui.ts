import { z } from 'zod';

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
