import { z } from 'zod';

export const uiApiEnvSchema = z.object({
  /** HMAC secret for access tokens; at least 32 characters. */
  JWT_SECRET: z.string().min(32, 'at least 32 characters'),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(8 * 3600),
  /** Largest Socket.IO message accepted from a browser. */
  SOCKET_MAX_BYTES: z.coerce.number().int().positive().default(64 * 1024),
});
export type UiApiEnv = z.infer<typeof uiApiEnvSchema>;
