import { DEFAULT_AUDIO_LIMITS, audioToolsEnvSchema } from '@samtal/audio';
import { SpeakerSchema } from '@samtal/contracts';
import { z } from 'zod';

/** Upload limits and defaults of the intake (environment variables). */
export const intakeEnvSchema = z.object({
  /** Ingest listens on loopback unless told otherwise: telephony reaches it through a proxy or an internal network. */
  HOST: z.string().default('127.0.0.1'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(DEFAULT_AUDIO_LIMITS.maxBytes),
  /**
   * Sidecar limits, from measurement (docs/benchmarks.md): drafting costs about 1 ms of CPU per
   * utterance; a 4-hour call (MAX_DURATION_MS) has some 3,600. 5,000 utterances of a typical
   * length are about 800 KB.
   */
  MAX_SIDECAR_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_SIDECAR_SEGMENTS: z.coerce.number().int().positive().max(100_000).default(5_000),
  MAX_DURATION_MS: z.coerce.number().int().positive().default(DEFAULT_AUDIO_LIMITS.maxDurationMs),
  MIN_DURATION_MS: z.coerce.number().int().nonnegative().default(DEFAULT_AUDIO_LIMITS.minDurationMs),
  /** Scratch space for uploads in flight; they are deleted once stored. */
  UPLOAD_DIR: z.string().optional(),
  /** Speaker on each stereo channel unless the upload says otherwise. */
  CHANNEL_LEFT: SpeakerSchema.default('agent'),
  CHANNEL_RIGHT: SpeakerSchema.default('caller'),
  /** How often stored-but-unqueued calls are sent again (the outbox). */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
  /**
   * How old an unacknowledged call must be before the outbox announces it again (lets ingest's
   * own publish finish first; a repeat is harmless, JetStream drops it within NATS_DUPLICATE_WINDOW_MS).
   */
  OUTBOX_GRACE_MS: z.coerce.number().int().min(0).max(5 * 60_000).default(10_000),
  /** Per-source quotas (a source's own, set with `samtal sources add`, win): uploads per minute, and megabytes per hour. */
  SOURCE_UPLOADS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  SOURCE_MB_PER_HOUR: z.coerce.number().int().positive().default(10_240),
  /**
   * An agent account (e.g. a team's shared queue user) that gets calls whose `agentId` is not an
   * enabled agent; unset, such uploads are refused with 422.
   */
  INGEST_FALLBACK_AGENT: z.string().regex(/^[\w.@-]{1,100}$/).optional(),
  /** ffprobe checks each upload (FFMPEG_PATH, FFPROBE_PATH). */
  ...audioToolsEnvSchema.shape,
});
export type IntakeEnv = z.infer<typeof intakeEnvSchema>;
