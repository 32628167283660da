import { z } from 'zod';
import { LanguageSchema, SpeakerSchema } from './transcript.js';

/** A sentence of the draft, with the transcript segments it was built from. */
export const DraftSentenceSchema = z.object({
  text: z.string(),
  segmentIndexes: z.array(z.number().int().nonnegative()),
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

/** A redacted turn of the dialogue, as the UI shows it. */
export const DialogueTurnSchema = z.object({
  index: z.number().int().nonnegative(),
  speaker: SpeakerSchema,
  startMs: z.number().int().nonnegative().optional(),
  endMs: z.number().int().nonnegative().optional(),
  text: z.string(),
});
export type DialogueTurn = z.infer<typeof DialogueTurnSchema>;

/**
 * The draft journal entry. Everything in it is derived from the redacted transcript,
 * so it may be shown to the agent and flow over UI-facing subjects.
 */
export const JournalDraftSchema = z.object({
  language: LanguageSchema,
  topic: z.string(),
  sections: z.array(DraftSectionSchema),
  /** The draft rendered as plain text, in the agency's register. */
  text: z.string(),
  summarizer: z.string(),
});
export type JournalDraft = z.infer<typeof JournalDraftSchema>;
