import type { ConfigService } from '@nestjs/config';
import { DEFAULT_MESSAGING_OPTIONS, ServiceTopologies, type MessagingOptions, type NatsAuth } from '@samtal/messaging';
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

/** One NATS server as nats.js takes it: `nats://host:port`, `tls://host:port`, `host:port` or `host`. */
function isNatsServer(entry: string): boolean {
  if (entry === '' || /\s/.test(entry)) return false;
  try {
    const url = new URL(entry.includes('://') ? entry : `nats://${entry}`);
    return ['nats:', 'tls:'].includes(url.protocol) && url.hostname !== '' && ['', '/'].includes(url.pathname) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/**
 * NATS_URL: one server, or every node of a cluster, comma-separated. The client starts with
 * any of them and moves to another when its node goes away.
 */
const natsServers = z
  .string()
  .min(1, 'set NATS_URL, e.g. nats://127.0.0.1:4222')
  .refine((s) => s.split(',').every((entry) => isNatsServer(entry.trim())), {
    message: 'a comma-separated list of NATS servers, e.g. nats://n1:4222,nats://n2:4222,nats://n3:4222 (tls://… with TLS)',
  });

/** NATS JetStream: where it is and how the durable work path retries. */
export const natsEnvSchema = z.object({
  NATS_URL: natsServers,
  NATS_MAX_DELIVER: z.coerce.number().int().min(1).default(DEFAULT_MESSAGING_OPTIONS.maxDeliver),
  NATS_BACKOFF_MS: intList.default(DEFAULT_MESSAGING_OPTIONS.backoffMs),
  NATS_ACK_WAIT_MS: z.coerce.number().int().min(1_000).default(DEFAULT_MESSAGING_OPTIONS.ackWaitMs),
  NATS_MAX_AGE_MS: z.coerce.number().int().min(60_000).default(DEFAULT_MESSAGING_OPTIONS.maxAgeMs),
  NATS_DUPLICATE_WINDOW_MS: z.coerce.number().int().min(1_000).default(DEFAULT_MESSAGING_OPTIONS.duplicateWindowMs),
  NATS_REPLICAS: z.coerce.number().int().min(1).max(5).default(DEFAULT_MESSAGING_OPTIONS.replicas),
  /** On SIGTERM: how long running jobs may finish before they are stopped and their messages naked for redelivery. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(10 * 60_000).default(DEFAULT_MESSAGING_OPTIONS.shutdownGraceMs),
  /** The longest one run of a job may take before it is given up and its message redelivered (see `jobDeadlineMs`). */
  NATS_JOB_DEADLINE_MS: z.coerce.number().int().min(1_000).default(DEFAULT_MESSAGING_OPTIONS.jobDeadlineMs),
  /** This service's NATS user (infra/nats/auth.conf gives each service its own, with its permissions). */
  NATS_USER: z.string().min(1).optional(),
  NATS_PASSWORD: z.string().min(1).optional(),
  /** Instead of a password: a `.creds` file (JWT + nkey seed) or an nkey seed file. */
  NATS_CREDS: z.string().min(1).optional(),
  /** TLS: the CA of the server's certificate; a client certificate and key if the server asks for one. */
  NATS_TLS_CA: z.string().min(1).optional(),
  NATS_TLS_CERT: z.string().min(1).optional(),
  NATS_TLS_KEY: z.string().min(1).optional(),
});

/**
 * NATS credentials must be complete and of one kind; a production service must have some
 * (the server refuses clients without them, and a service that would connect anonymously
 * is misconfigured). Add to any schema holding the NATS settings (and NODE_ENV, if it has one).
 */
export function checkNatsCredentials(env: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const has = (key: string) => typeof env[key] === 'string' && env[key] !== '';
  if (has('NATS_USER') !== has('NATS_PASSWORD')) {
    ctx.addIssue({ code: 'custom', path: [has('NATS_USER') ? 'NATS_PASSWORD' : 'NATS_USER'], message: 'NATS_USER and NATS_PASSWORD go together' });
  }
  if (has('NATS_CREDS') && (has('NATS_USER') || has('NATS_PASSWORD'))) {
    ctx.addIssue({ code: 'custom', path: ['NATS_CREDS'], message: 'give NATS_CREDS or NATS_USER/NATS_PASSWORD, not both' });
  }
  if (has('NATS_TLS_CERT') !== has('NATS_TLS_KEY')) {
    ctx.addIssue({ code: 'custom', path: [has('NATS_TLS_CERT') ? 'NATS_TLS_KEY' : 'NATS_TLS_CERT'], message: 'NATS_TLS_CERT and NATS_TLS_KEY go together' });
  }
  if (env['NODE_ENV'] === 'production' && !has('NATS_USER') && !has('NATS_CREDS')) {
    ctx.addIssue({ code: 'custom', path: ['NATS_USER'], message: "set NATS_USER and NATS_PASSWORD (or NATS_CREDS): this service's NATS user in infra/nats/auth.conf" });
  }
}

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

function natsAuthFrom(config: ConfigService<NatsEnv, true>): NatsAuth | undefined {
  const user = config.get('NATS_USER', { infer: true });
  const password = config.get('NATS_PASSWORD', { infer: true });
  const creds = config.get('NATS_CREDS', { infer: true });
  if (creds) return { kind: 'creds', file: creds };
  if (user && password) return { kind: 'password', user, password };
  return undefined;
}

export function messagingOptionsFrom(config: ConfigService<NatsEnv, true>, name: string): MessagingOptions {
  const ca = config.get('NATS_TLS_CA', { infer: true });
  const cert = config.get('NATS_TLS_CERT', { infer: true });
  const key = config.get('NATS_TLS_KEY', { infer: true });
  const auth = natsAuthFrom(config);
  return {
    ...(auth ? { auth } : {}),
    ...(ca || cert ? { tls: { ...(ca ? { caFile: ca } : {}), ...(cert && key ? { certFile: cert, keyFile: key } : {}) } } : {}),
    ...(name in ServiceTopologies ? { topology: ServiceTopologies[name as keyof typeof ServiceTopologies] } : {}),
    servers: config.get('NATS_URL'),
    name,
    maxDeliver: config.get('NATS_MAX_DELIVER'),
    backoffMs: config.get('NATS_BACKOFF_MS'),
    ackWaitMs: config.get('NATS_ACK_WAIT_MS'),
    maxAgeMs: config.get('NATS_MAX_AGE_MS'),
    duplicateWindowMs: config.get('NATS_DUPLICATE_WINDOW_MS'),
    replicas: config.get('NATS_REPLICAS'),
    shutdownGraceMs: config.get('SHUTDOWN_GRACE_MS'),
    jobDeadlineMs: config.get('NATS_JOB_DEADLINE_MS'),
  };
}
