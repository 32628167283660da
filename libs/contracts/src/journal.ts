import { z } from 'zod';
import { LanguageSchema, SegmentSchema } from './transcript.js';

/** What a follow-up item is about, so the UI can offer the right action. */
export const FollowUpKindSchema = z.enum([
  /** The agency calls the caller back. */
  'callBack',
  /** The agency sends a letter, form or decision. */
  'sendDocument',
  /** The caller is to send something (a form, a contract, a certificate). */
  'awaitDocument',
  /** A decision, recalculation or investigation is pending. */
  'decision',
  'other',
]);
export type FollowUpKind = z.infer<typeof FollowUpKindSchema>;

export const FollowUpSchema = z.object({
  kind: FollowUpKindSchema,
  /** The date as said ("den 15 april", "next Monday"), for the agent to check. */
  dateText: z.string().optional(),
  /** That date resolved against the call's date, when it could be. */
  dueDate: z.iso.date().optional(),
  /**
   * How the task relates to the date: `on` it happens that day ("ringer upp dig den 15 april"),
   * `by` the date is a deadline ("senast", "inom två veckor"). Absent in drafts made before it existed.
   */
  preposition: z.enum(['on', 'by']).optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** A sentence of the draft, with the transcript segments it was built from (the UI highlights them). */
export const DraftSentenceSchema = z.object({
  text: z.string().min(1),
  segmentIndexes: z.array(z.number().int().nonnegative()).min(1),
  /** Present on the sentences of the follow-up section. */
  followUp: FollowUpSchema.optional(),
});
export type DraftSentence = z.infer<typeof DraftSentenceSchema>;

export const DraftSectionKeySchema = z.enum(['reason', 'callerSaid', 'agentActions', 'followUp']);
export type DraftSectionKey = z.infer<typeof DraftSectionKeySchema>;

export const DraftSectionSchema = z.object({
  key: DraftSectionKeySchema,
  title: z.string(),
  sentences: z.array(DraftSentenceSchema),
});
export type DraftSection = z.infer<typeof DraftSectionSchema>;

/** A cue phrase of the taxonomy found in the dialogue: why the topic was chosen. */
export const TopicCueSchema = z.object({
  cue: z.string(),
  segmentIndex: z.number().int().nonnegative(),
});
export type TopicCue = z.infer<typeof TopicCueSchema>;

export const DraftTopicSchema = z.object({
  /** The taxonomy's key (`other` when no topic's cues were found). */
  key: z.string().min(1),
  /** Its name in the draft's language. */
  label: z.string(),
  cues: z.array(TopicCueSchema),
});
export type DraftTopic = z.infer<typeof DraftTopicSchema>;

/**
 * A redacted turn of the dialogue, as the UI shows it: the transcript's segment without its word
 * timings (words may carry what redaction removed), with the confidence marks the UI needs.
 */
export const DialogueTurnSchema = SegmentSchema.omit({ words: true }).extend({
  /** True when the confidence is below the segment threshold: the UI marks the turn. */
  uncertain: z.boolean().optional(),
  /**
   * Words of `text` recognised with low confidence, as character offsets into `text` (`end`
   * exclusive; only words that survived redaction unchanged, never a placeholder). Objects, not
   * pairs: FerretDB stores no nested arrays.
   */
  uncertainWords: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
});
export type DialogueTurn = z.infer<typeof DialogueTurnSchema>;

/**
 * The draft journal entry. Everything in it is derived from the redacted transcript,
 * so it may be shown to the agent and flow over UI-facing subjects.
 */
export const JournalDraftSchema = z.object({
  language: LanguageSchema,
  /** The call's date (the reference for relative dates such as "på fredag"). */
  callDate: z.iso.date(),
  topic: DraftTopicSchema,
  /** In order: reason (one sentence), callerSaid, agentActions, followUp; empty sections included. */
  sections: z.array(DraftSectionSchema),
  /** The draft rendered as plain text, in the agency's register. */
  text: z.string(),
  /** Which summariser wrote it: `extractive`, or `llm:<model>`. */
  summarizer: z.string(),
});
export type JournalDraft = z.infer<typeof JournalDraftSchema>;
