import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The repository root (this file is libs/testing/src/… or libs/testing/dist/…). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** Polls `probe` until it gives something (not null, undefined or false), and returns that. */
export async function waitFor<T>(
  what: string,
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), ok(true)));
    socket.once('error', () => ok(false));
  });
}

/** A process's children (Linux `ps`): pid and command name. */
export async function childProcesses(pid: number): Promise<{ pid: number; command: string }[]> {
  const { stdout } = await execFileAsync('ps', ['--ppid', String(pid), '-o', 'pid=,comm=']).catch(() => ({ stdout: '' }));
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\S+)/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), command: m[2]! }));
}

/** Running, that is: neither gone nor a zombie waiting for its (new) parent to reap it (Linux). */
export function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Finds a program: an explicit path, then candidates, then PATH. */
export function findProgram(name: string, candidates: (string | undefined)[] = []): string {
  const onPath = (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, name));
  for (const path of [...candidates, ...onPath]) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      /* try the next */
    }
  }
  throw new Error(`${name} not found (looked in ${candidates.filter(Boolean).join(', ') || 'nowhere special'} and PATH)`);
}

export interface ManagedProcess {
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a program with an argument array; `withStdin` gives it a pipe to write to (else no input). */
export function launch(program: string, args: string[], env: NodeJS.ProcessEnv = process.env, withStdin = false): ManagedProcess {
  const child = spawn(program, args, { env, stdio: [withStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return {
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The NATS users of infra/nats/auth.conf: one per service, and the operator's `admin`. */
export const NATS_USERS = ['ingest', 'transcriber', 'journal', 'gateway', 'cli', 'admin'] as const;
export type NatsUser = (typeof NATS_USERS)[number];

export interface NatsServer {
  url: string;
  port: number;
  /** Each user's password (random for this server). */
  passwords: Record<NatsUser, string>;
  /** `NATS_USER` and `NATS_PASSWORD` for a service's (or the CLI's) environment. */
  credentials(user: NatsUser): { NATS_USER: string; NATS_PASSWORD: string };
  /** Connection options for a client connecting as that user (tests use `admin` to look and to inject). */
  connectOptions(user?: NatsUser): { servers: string; user: string; pass: string; inboxPrefix?: string };
  /** Stops and starts the server on the same port and store (JetStream state survives). */
  restart(downForMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private nats-server with JetStream, on a free port, storing in a temp directory, with
 * Samtal's authorisation (infra/nats/auth.conf) and a random password per user: clients
 * without credentials are refused, and each service may do only what its user may.
 */
export async function startNats(): Promise<NatsServer> {
  const bin = findProgram('nats-server', [process.env['NATS_SERVER_BIN'], '/usr/sbin/nats-server']);
  const port = await freePort();
  const store = await mkdtemp(join(tmpdir(), 'samtal-nats-'));
  const passwords = Object.fromEntries(NATS_USERS.map((u) => [u, `s${randomBytes(18).toString('hex')}`])) as Record<NatsUser, string>;
  await copyFile(join(REPO_ROOT, 'infra/nats/auth.conf'), join(store, 'auth.conf'));
  const config = join(store, 'nats.conf');
  await writeFile(config, `listen: 127.0.0.1:${port}\njetstream { store_dir: "${join(store, 'js')}" }\ninclude ./auth.conf\n`);
  const env = { ...process.env, ...Object.fromEntries(NATS_USERS.map((u) => [`SAMTAL_NATS_${u.toUpperCase()}_PASSWORD`, passwords[u]])) };
  let proc: ManagedProcess;
  const up = async () => {
    proc = launch(bin, ['-c', config], env);
    await waitFor(`nats-server on ${port}`, () => {
      if (proc.child.exitCode !== null) throw new Error(`nats-server exited: ${proc.output().slice(-2000)}`);
      return portOpen(port);
    });
  };
  await up();
  const url = `nats://127.0.0.1:${port}`;
  return {
    url,
    port,
    passwords,
    credentials: (user) => ({ NATS_USER: user, NATS_PASSWORD: passwords[user] }),
    connectOptions: (user = 'admin') => ({ servers: url, user, pass: passwords[user], ...(user === 'admin' ? {} : { inboxPrefix: `_INBOX.${user}` }) }),
    async restart(downForMs = 0) {
      await proc.stop();
      await new Promise((r) => setTimeout(r, downForMs));
      await up();
    },
    async stop() {
      await proc.stop();
      await rm(store, { recursive: true, force: true });
    },
  };
}

export interface FerretDb {
  url: string;
  port: number;
  /** Stops the database until `start()` (same port, same data). */
  pause(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private FerretDB (the MongoDB wire protocol) on a free port. The binary is built by
 * `npm run setup` into .cache/bin (or named by FERRETDB_BIN). Its backend is SQLite in a
 * temp directory, or, with `FERRETDB_BACKEND=postgresql`, a fresh database on the
 * PostgreSQL server at `FERRETDB_POSTGRESQL` (default postgres://postgres@127.0.0.1:5432),
 * which handles concurrent writers as MongoDB does (benchmarks use it).
 */
export async function startFerretDb(database = 'samtal'): Promise<FerretDb> {
  const bin = findProgram('ferretdb', [process.env['FERRETDB_BIN'], join(REPO_ROOT, '.cache/bin/ferretdb')]);
  const port = await freePort();
  const backend = await ferretBackend();
  let proc: ManagedProcess | undefined;
  const start = async () => {
    proc = launch(bin, ['-listen-addr', `127.0.0.1:${port}`, ...backend.args, '-log-level', 'error']);
    await waitFor(`FerretDB on ${port}`, () => portOpen(port));
  };
  await start();
  return {
    url: `mongodb://127.0.0.1:${port}/${database}`,
    port,
    start,
    pause: async () => proc?.stop(),
    async stop() {
      await proc?.stop();
      await backend.remove();
    },
  };
}

/**
 * FerretDB v1 pushes `{ _id: x }` down to PostgreSQL as jsonb containment, which the
 * btree index it creates on `_id` cannot serve: every lookup reads (and decompresses) the
 * whole table, the recordings' chunks included, so a benchmark slows with every call stored.
 * MongoDB answers such lookups from its `_id` index; this event trigger gives each table
 * FerretDB creates a GIN index that PostgreSQL uses for containment, to the same effect
 * (with plans made for each query's values: see the database setting below).
 */
const INDEX_IDS = `
create function samtal_index_ids() returns event_trigger language plpgsql as $$
declare t record;
begin
  for t in select object_identity from pg_event_trigger_ddl_commands() where command_tag = 'CREATE TABLE' loop
    execute format('create index on %s using gin ((_jsonb->''_id'') jsonb_path_ops)', t.object_identity);
  end loop;
end $$;
create event trigger samtal_index_ids on ddl_command_end when tag in ('CREATE TABLE') execute function samtal_index_ids();`;

async function ferretBackend(): Promise<{ args: string[]; remove: () => Promise<void> }> {
  if (process.env['FERRETDB_BACKEND'] === 'postgresql') {
    const server = new URL(process.env['FERRETDB_POSTGRESQL'] ?? 'postgres://postgres@127.0.0.1:5432');
    const name = `samtal_${crypto.randomUUID().replaceAll('-', '')}`;
    const psql = (database: string, sql: string) => execFileAsync('psql', [new URL(`/${database}`, server).href, '-qc', sql]);
    await psql('postgres', `create database ${name}`);
    // Plans made for the values at hand: a generic plan of FerretDB's `_jsonb->$1 @> $2` cannot use the index.
    await psql('postgres', `alter database ${name} set plan_cache_mode = force_custom_plan`);
    await psql(name, INDEX_IDS);
    return { args: ['-handler', 'postgresql', '-postgresql-url', new URL(`/${name}`, server).href], remove: () => psql('postgres', `drop database ${name} with (force)`).then(() => undefined) };
  }
  const data = await mkdtemp(join(tmpdir(), 'samtal-ferretdb-'));
  return { args: ['-sqlite-url', `file:${data}/`], remove: () => rm(data, { recursive: true, force: true }) };
}

/** The built `samtal` command, with `env` added to this process's and `stdin` piped in; resolves when it exits. */
export async function runSamtal(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<{ code: number | null; stdout: string; output: string }> {
  const cli = launch(process.execPath, [join(REPO_ROOT, 'apps/cli/bin/samtal.js'), ...args], { ...process.env, ...env }, stdin !== undefined);
  if (stdin !== undefined) cli.child.stdin!.end(stdin);
  let stdout = '';
  cli.child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  const code = await new Promise<number | null>((ok) => cli.child.once('exit', ok));
  return { code, stdout, output: cli.output() };
}
