import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  REPO_ROOT,
  freePort,
  launch,
  launchInNetns,
  runSamtal,
  startFerretDb,
  startNats,
  startNatsCluster,
  waitFor,
  type FerretDb,
  type ManagedProcess,
  type NatsCluster,
  type NatsServer,
} from '@samtal/testing';
import { JwtService } from '@nestjs/jwt';
import mongoose from 'mongoose';
import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';

export const SERVICES = ['ingest', 'transcriber', 'journal', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const JWT_SECRET = 'e2e-secret-0123456789abcdef0123456789';

/**
 * The UI specs' speech recognition: the generated test model, quick settings, word times (for the
 * masked recording), and no time-out failures when a loaded shared machine runs it slowly.
 */
export const uiAsrSettings = (model: string): Record<string, string> => ({
  WHISPER_MODEL: model,
  ASR_THREADS: '2',
  ASR_BEAM_SIZE: '1',
  ASR_TEMPERATURE_FALLBACK: 'false',
  ASR_WORD_TIMESTAMPS: 'true',
  ASR_TIMEOUT_BASE_MS: '400000',
});
export const DEMO_PASSWORD = 'e2e-demo-password';

/** Agents the tests upload calls for, besides the demo users the gateway seeds (anna, bertil, cecilia). */
export const E2E_AGENTS = ['a', 'agent-e2e', 'agent-asr', 'agent-redaction'] as const;

/** Each running ingest's URL → the API key of its stack's default source, used by `upload()`. */
const SOURCE_KEYS = new Map<string, string>();

export interface StackOptions {
  /** A three-node JetStream cluster (streams with 3 replicas) instead of one nats-server. */
  cluster?: boolean;
}

export interface RunningService {
  name: ServiceName;
  port: number;
  url: string;
  process: ManagedProcess;
}

/**
 * Samtal as in production, on one machine: a private nats-server with JetStream, a
 * private FerretDB, and each service as its own Node process started from its build.
 */
export class Stack {
  readonly services = new Map<string, RunningService>();
  /** Each service keeps its first port when started again, so the gateway's health list still names it. */
  private readonly ports = new Map<string, number>();
  private natsClient?: NatsConnection;
  private mongoClient?: typeof mongoose;
  /** The API key of the source `e2e`, created at start with `samtal sources add`. */
  sourceKey = '';

  private constructor(
    readonly nats: NatsServer,
    readonly mongo: FerretDb,
    private readonly extraEnv: Record<string, string>,
  ) {}

  static async start(extraEnv: Record<string, string> = {}, services: readonly ServiceName[] = SERVICES, options: StackOptions = {}): Promise<Stack> {
    const [nats, mongo] = await Promise.all([options.cluster ? startNatsCluster(3) : startNats(), startFerretDb()]);
    const stack = new Stack(nats, mongo, options.cluster ? { NATS_REPLICAS: '3', ...extraEnv } : extraEnv);
    try {
      stack.sourceKey = await stack.addSource('e2e');
      await stack.addAgents(E2E_AGENTS);
      // The gateway last: its ops view reports the others' health.
      await Promise.all(services.filter((name) => name !== 'gateway').map((name) => stack.startService(name)));
      if (services.includes('gateway')) await stack.startService('gateway');
    } catch (err) {
      // A stack that fails to start leaves no process behind (the caller never gets it to stop).
      await stack.stop().catch(() => undefined);
      throw err;
    }
    return stack;
  }

  /** A service's environment: its own NATS user, as in production. */
  env(port: number, name: ServiceName): NodeJS.ProcessEnv {
    const healthUrls = [...this.services].map(([key, s]) => `${key}=${s.url}`).join(',');
    return {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      NATS_URL: this.nats.url,
      ...this.nats.credentials(name),
      MONGO_URL: this.mongo.url,
      JWT_SECRET,
      NATS_ACK_WAIT_MS: '5000',
      NATS_BACKOFF_MS: '200,500,1000',
      OUTBOX_INTERVAL_MS: '2000',
      SEED_DEMO_USERS: 'true',
      DEMO_PASSWORD,
      SERVICE_HEALTH_URLS: healthUrls,
      ...this.extraEnv,
    };
  }

  /** The NATS cluster, when the stack was started with `cluster: true`. */
  get cluster(): NatsCluster {
    if (!('nodes' in this.nats)) throw new Error('this stack runs a single nats-server');
    return this.nats as NatsCluster;
  }

  /**
   * Starts a service process (a second transcriber gets `instance` 2) and waits for its
   * health, unless `waitForHealth` is false (e.g. while its database is down on purpose).
   * With `netns`, the process runs in a network namespace of its own, as on another host,
   * reaching NATS and MongoDB (and reached on its port) only through bridged loopback ports.
   * `env` overrides the stack's environment for this process only.
   */
  async startService(name: ServiceName, instance = 1, waitForHealth = true, netns = false, env: Record<string, string> = {}): Promise<RunningService> {
    const key = instance === 1 ? name : `${name}#${instance}`;
    const port = this.ports.get(key) ?? (await freePort());
    this.ports.set(key, port);
    const program = [join(REPO_ROOT, 'apps', name, 'dist/main.js')];
    const proc = netns
      ? await launchInNetns(process.execPath, program, { ...this.env(port, name), ...env }, {
          reach: [...('nodes' in this.nats ? this.cluster.nodes.map((n) => n.port) : [this.nats.port]), this.mongo.port],
          expose: [port],
        })
      : launch(process.execPath, program, { ...this.env(port, name), ...env });
    const service = { name, port, url: `http://127.0.0.1:${port}`, process: proc };
    this.services.set(key, service);
    if (name === 'ingest') SOURCE_KEYS.set(service.url, this.sourceKey);
    if (!waitForHealth) return service;
    await waitFor(
      `${key} to report healthy`,
      async () => {
        if (proc.child.exitCode !== null) throw new Error(`${key} exited:\n${proc.output().slice(-3000)}`);
        return (await fetch(`${service.url}/health`)).ok;
      },
      // A Node service starts in seconds, but minutes on a machine busy with other work.
      180_000,
      200,
    );
    return service;
  }

  /** Stops a service process (SIGTERM, or SIGKILL to simulate a crash). */
  async stopService(key: string, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const service = this.services.get(key);
    if (!service) throw new Error(`${key} is not running`);
    await service.process.stop(signal);
    this.services.delete(key);
  }

  url(name: ServiceName): string {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not running`);
    return service.url;
  }

  /** Runs the samtal command line against this stack's MongoDB (and NATS, as the `cli` user). */
  async samtal(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; output: string }> {
    return runSamtal(args, { MONGO_URL: this.mongo.url, NATS_URL: this.nats.url, ...this.nats.credentials('cli'), ...env });
  }


  /** A telephony source, made as an operator makes one (`samtal sources add`); returns its API key. */
  async addSource(id: string, ...options: string[]): Promise<string> {
    const added = await this.samtal(['sources', 'add', id, ...options]);
    if (added.code !== 0) throw new Error(`samtal sources add ${id} failed:\n${added.output}`);
    return added.stdout.trim();
  }

  /** Enabled agents in the user store (ingest accepts calls only for them), with the demo password. */
  async addAgents(ids: readonly string[], team = 'e2e'): Promise<void> {
    const salt = randomBytes(16);
    // The user store's format (libs/ui-api password.ts): scrypt$N$r$p$salt$hash.
    const passwordHash = ['scrypt', 16_384, 8, 1, salt.toString('base64'), scryptSync(DEMO_PASSWORD, salt, 32).toString('base64')].join('$');
    const users = (await this.db()).collection('users');
    for (const id of ids) {
      await users.updateOne(
        { _id: id as never },
        { $set: { displayName: id, role: 'agent', team, passwordHash, disabled: false, createdAt: new Date(), updatedAt: new Date() } },
        { upsert: true },
      );
    }
  }

  /** Everything every service printed (JSON lines). */
  logs(): string {
    return [...this.services.values()].map((s) => s.process.output()).join('\n');
  }

  async natsConnection(): Promise<NatsConnection> {
    // As the operator's user: tests look into streams and inject messages no service may.
    this.natsClient ??= await connect(this.nats.connectOptions());
    return this.natsClient;
  }

  /** Messages stored in a stream on a subject (JetStream bookkeeping, not the content). */
  async streamCount(stream: string, subject: string): Promise<number> {
    const jsm = await jetstreamManager(await this.natsConnection());
    const info = await jsm.streams.info(stream, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  }

  async db(): Promise<mongoose.mongo.Db> {
    this.mongoClient ??= await mongoose.connect(this.mongo.url);
    return this.mongoClient.connection.db!;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((s) => s.process.stop()));
    await this.natsClient?.close();
    await this.mongoClient?.disconnect();
    await Promise.all([this.nats.stop(), this.mongo.stop()]);
  }
}

/** A token as the gateway issues at login; `team` matters for supervisors (they see their team's calls). */
export function accessToken(sub: string, role: 'agent' | 'supervisor' | 'ops' = 'agent', team?: string): Promise<string> {
  return new JwtService({ secret: JWT_SECRET }).signAsync({ sub, role, ...(team ? { team } : {}) }, { algorithm: 'HS256', expiresIn: 3600 });
}

/** A Socket.IO client logged in with the given token, connected and ready. */
export async function liveClient(gatewayUrl: string, token: string): Promise<Socket> {
  const socket = io(gatewayUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((ok, fail) => {
    socket.once('ready', () => ok());
    socket.once('connect_error', fail);
    socket.once('auth_error', (e: { message: string }) => fail(new Error(e.message)));
  });
  return socket;
}

export interface UploadOptions {
  /** Absent only to test an upload without a recording. */
  audio?: Blob;
  audioName?: string;
  transcript?: Blob;
  agentId?: string;
  language?: string;
  idempotencyKey?: string;
  extraFields?: Record<string, string>;
  /** The source's API key; default: the stack's own source. `null` sends none. */
  apiKey?: string | null;
}

export async function upload(ingestUrl: string, options: UploadOptions): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  if (options.audio) form.set('audio', options.audio, options.audioName ?? 'call.wav');
  if (options.transcript) form.set('transcript', options.transcript, 'transcript.txt');
  if (options.agentId !== undefined) form.set('agentId', options.agentId);
  if (options.language) form.set('language', options.language);
  for (const [k, v] of Object.entries(options.extraFields ?? {})) form.set(k, v);
  const headers: Record<string, string> = options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {};
  const key = options.apiKey === undefined ? SOURCE_KEYS.get(ingestUrl) : options.apiKey;
  if (key) headers['authorization'] = `Bearer ${key}`;
  const response = await fetch(`${ingestUrl}/calls`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The `authorization` header of the stack's source, for tests that post to ingest themselves. */
export function sourceHeaders(ingestUrl: string): Record<string, string> {
  const key = SOURCE_KEYS.get(ingestUrl);
  if (!key) throw new Error(`no source key for ${ingestUrl}`);
  return { authorization: `Bearer ${key}` };
}

/** Resolves with the first event of that name whose call id matches. */
export function nextEvent<T extends { callId: string }>(socket: Socket, event: string, callId: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${event} for ${callId} within ${timeoutMs} ms`)), timeoutMs);
    const listener = (payload: T) => {
      if (payload.callId !== callId) return;
      clearTimeout(timer);
      socket.off(event, listener);
      ok(payload);
    };
    socket.on(event, listener);
  });
}
