import { z } from 'zod';

/**
 * Where a call is in the pipeline. `uploading`: the call exists while its recording is being
 * stored (no file is ever stored without a call); it becomes `received` once everything is in,
 * or disappears with its files if the upload fails. The UI never shows `uploading` calls' content.
 */
export const CALL_STATUSES = ['uploading', 'received', 'transcribing', 'transcribed', 'drafted', 'approved', 'failed'] as const;
export const CallStatusSchema = z.enum(CALL_STATUSES);
export type CallStatus = z.infer<typeof CallStatusSchema>;

/** A telephony source's id (`samtal sources add <id>`): what ingest records on each call it sends. */
export const SourceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'may use lower-case letters, digits and . _ - (at most 63, starting with a letter or digit)');

/**
 * The stages of the work path a call can fail in: `ingest` (storing or announcing the upload),
 * `transcription` (speech recognition or the sidecar) and `drafting` (redaction, the note, sentiment).
 */
export const PIPELINE_STAGES = ['ingest', 'transcription', 'drafting'] as const;
export const PipelineStageSchema = z.enum(PIPELINE_STAGES);
export type PipelineStage = z.infer<typeof PipelineStageSchema>;
