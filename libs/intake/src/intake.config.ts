import { DEFAULT_AUDIO_LIMITS } from '@samtal/audio';
import { SpeakerSchema } from '@samtal/contracts';
import { z } from 'zod';

/** Upload limits and defaults of the intake (environment variables). */
export const intakeEnvSchema = z.object({
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(DEFAULT_AUDIO_LIMITS.maxBytes),
  MAX_SIDECAR_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  MAX_DURATION_MS: z.coerce.number().int().positive().default(DEFAULT_AUDIO_LIMITS.maxDurationMs),
  MIN_DURATION_MS: z.coerce.number().int().nonnegative().default(DEFAULT_AUDIO_LIMITS.minDurationMs),
  /** Scratch space for uploads in flight; they are deleted once stored. */
  UPLOAD_DIR: z.string().optional(),
  /** Speaker on each stereo channel unless the upload says otherwise. */
  CHANNEL_LEFT: SpeakerSchema.default('agent'),
  CHANNEL_RIGHT: SpeakerSchema.default('caller'),
  /** How often stored-but-unqueued calls are sent again (the outbox). */
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(1_000).default(15_000),
});
export type IntakeEnv = z.infer<typeof intakeEnvSchema>;
