import { z } from 'zod';
import { RoleSchema } from '@samtal/contracts';

const roleList = z
  .string()
  .transform((s) => s.split(',').map((r) => r.trim()).filter(Boolean))
  .pipe(z.array(RoleSchema));

export const uiApiEnvSchema = z.object({
  /** HMAC secret for access tokens; at least 32 characters. */
  JWT_SECRET: z.string().min(32, 'at least 32 characters'),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(8 * 3600),
  /** How long a user's state (exists, enabled, role, team) is cached: a disabled user is refused within this. */
  AUTH_CACHE_MS: z.coerce.number().int().min(0).max(30_000).default(3_000),
  /** How often the gateway re-checks the users of connected sockets and closes those disabled or expired. */
  SOCKET_RECHECK_MS: z.coerce.number().int().min(200).max(60_000).default(2_000),
  /** Largest Socket.IO message accepted from a browser. */
  SOCKET_MAX_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  /** Roles that may read a call's unredacted transcript (audited). None by default. */
  UNREDACTED_TRANSCRIPT_ROLES: roleList.default([]),
  /** Creates the demo users (see README) at start-up. Never in production. */
  SEED_DEMO_USERS: z.stringbool().default(false),
  DEMO_PASSWORD: z.string().min(8).default('samtal-demo'),
  /** The topic taxonomy the journal service drafts with (the built-in pensions one when unset). */
  JOURNAL_TAXONOMY: z.string().optional(),
  /**
   * A durable consumer with work waiting or in progress whose delivered and acknowledged positions
   * have not moved for this long is reported stalled to ops (checked every QUEUE_STALL_MS/4, at most 5 s).
   */
  QUEUE_STALL_MS: z.coerce.number().int().min(1_000).max(24 * 3_600_000).default(300_000),
  /** `name=url` pairs of the other services, for the ops health view. */
  SERVICE_HEALTH_URLS: z
    .string()
    .default('')
    .transform((s) => Object.fromEntries(s.split(',').filter(Boolean).map((pair) => pair.split('=', 2) as [string, string]))),
});
export type UiApiEnv = z.infer<typeof uiApiEnvSchema>;
