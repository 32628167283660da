import type { ConfigService } from '@nestjs/config';
import { DEFAULT_MESSAGING_OPTIONS, type MessagingOptions } from '@samtal/messaging';
import { z } from 'zod';

const intList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'a comma-separated list of milliseconds')
  .transform((s) => s.split(',').map(Number));

/** Settings every service has. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** HTTP port (API and /health). */
  PORT: z.coerce.number().int().min(0).max(65535),
  HOST: z.string().default('0.0.0.0'),
});

/** NATS JetStream: where it is and how the durable work path retries. */
export const natsEnvSchema = z.object({
  NATS_URL: z.string().min(1, 'set NATS_URL, e.g. nats://127.0.0.1:4222'),
  NATS_MAX_DELIVER: z.coerce.number().int().min(1).default(DEFAULT_MESSAGING_OPTIONS.maxDeliver),
  NATS_BACKOFF_MS: intList.default(DEFAULT_MESSAGING_OPTIONS.backoffMs),
  NATS_ACK_WAIT_MS: z.coerce.number().int().min(1_000).default(DEFAULT_MESSAGING_OPTIONS.ackWaitMs),
  NATS_MAX_AGE_MS: z.coerce.number().int().min(60_000).default(DEFAULT_MESSAGING_OPTIONS.maxAgeMs),
  NATS_DUPLICATE_WINDOW_MS: z.coerce.number().int().min(1_000).default(DEFAULT_MESSAGING_OPTIONS.duplicateWindowMs),
  NATS_REPLICAS: z.coerce.number().int().min(1).max(5).default(DEFAULT_MESSAGING_OPTIONS.replicas),
});

/** MongoDB (or FerretDB). */
export const mongoEnvSchema = z.object({
  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// connection string'),
});

export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
export type NatsEnv = z.infer<typeof natsEnvSchema>;
export type MongoEnv = z.infer<typeof mongoEnvSchema>;

/**
 * A `validate` function for `ConfigModule.forRoot`: start-up fails with every problem
 * listed when the environment does not match the schema.
 */
export function validateEnv<S extends z.ZodType>(schema: S) {
  return (env: Record<string, unknown>): z.infer<S> => {
    const result = schema.safeParse(env);
    if (result.success) return result.data;
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  };
}

export function messagingOptionsFrom(config: ConfigService<NatsEnv, true>, name: string): MessagingOptions {
  return {
    servers: config.get('NATS_URL'),
    name,
    maxDeliver: config.get('NATS_MAX_DELIVER'),
    backoffMs: config.get('NATS_BACKOFF_MS'),
    ackWaitMs: config.get('NATS_ACK_WAIT_MS'),
    maxAgeMs: config.get('NATS_MAX_AGE_MS'),
    duplicateWindowMs: config.get('NATS_DUPLICATE_WINDOW_MS'),
    replicas: config.get('NATS_REPLICAS'),
  };
}
