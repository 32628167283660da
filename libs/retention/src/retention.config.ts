import ms from 'ms';
import { z } from 'zod';

/** A period like `30d`, `12h` or `90s`, or `never`. */
const period = z
  .string()
  .transform((value, ctx) => {
    if (value === 'never') return Infinity;
    const millis = ms(value as ms.StringValue);
    if (typeof millis !== 'number' || !(millis > 0)) {
      ctx.addIssue({ code: 'custom', message: 'a period such as 30d, 12h or 90s, or never' });
      return z.NEVER;
    }
    return millis;
  });

/** How long personal data is kept (environment variables of the service running the job). */
export const retentionEnvSchema = z.object({
  /** Recordings: the original, the sidecar transcript and the redacted copy. */
  RETENTION_AUDIO: period.prefault('30d'),
  /** Unredacted transcripts. The redacted journal entries stay: they are the agency's record. */
  RETENTION_TRANSCRIPTS: period.prefault('30d'),
  /** Records of failed jobs, and the replay history (content-free, but they name calls and people). */
  RETENTION_FAILED_JOBS: period.prefault('90d'),
  /** How often the job runs. */
  RETENTION_INTERVAL: period.prefault('1h'),
});
export type RetentionEnv = z.infer<typeof retentionEnvSchema>;
