import { connect } from '@nats-io/transport-node';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATS_USERS, REPO_ROOT, findProgram, freePort, launch, portOpen, waitFor, type ManagedProcess, type NatsServer, type NatsUser } from './processes.js';

/** One node of a test cluster: its own client port, route port, store and process. */
export interface NatsClusterNode {
  /** `server_name`, as the JetStream API names a stream's leader and replicas (`n1`, `n2`, `n3`). */
  name: string;
  url: string;
  port: number;
  routePort: number;
  running(): boolean;
}

/** What `$JS.API.STREAM.INFO.<stream>` says of a replicated stream's placement. */
export interface StreamPlacement {
  leader: string;
  replicas: { name: string; current: boolean; offline?: boolean }[];
}

/**
 * Three (or more) nats-server processes forming one JetStream cluster on loopback. Usable
 * wherever a single `NatsServer` is: `url` lists every node (as `NATS_URL` does), so a client
 * reconnects to a surviving node when its own dies.
 */
export interface NatsCluster extends NatsServer {
  nodes: NatsClusterNode[];
  /** Stops one node (default SIGKILL: a crash); its store stays for `startNode`. */
  killNode(index: number, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped node again on its ports and store; it rejoins and catches up. */
  startNode(index: number): Promise<void>;
  /** The stream's leader and replicas, asked of the cluster as the operator (`admin`). */
  streamPlacement(stream: string): Promise<StreamPlacement>;
  /** The index in `nodes` of the stream's current leader; asked again until `timeoutMs` (a busy cluster answers slowly). */
  streamLeader(stream: string, timeoutMs?: number): Promise<number>;
  /** Waits until the stream has a leader and every replica is current (after a node rejoined). */
  waitForStreamCurrent(stream: string, timeoutMs?: number): Promise<StreamPlacement>;
}

/**
 * A private three-node JetStream cluster: each node on its own loopback client and route
 * ports, with its own store directory, Samtal's authorisation (infra/nats/auth.conf) and a
 * random password per user, as `startNats` gives a single server. Routes authenticate with
 * a random route user. Resolves once the cluster has a JetStream meta leader.
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const bin = findProgram('nats-server', [process.env['NATS_SERVER_BIN'], '/usr/sbin/nats-server']);
  const root = await mkdtemp(join(tmpdir(), 'samtal-nats-cluster-'));
  const passwords = Object.fromEntries(NATS_USERS.map((u) => [u, `s${randomBytes(18).toString('hex')}`])) as Record<NatsUser, string>;
  const routePassword = `r${randomBytes(18).toString('hex')}`;
  await copyFile(join(REPO_ROOT, 'infra/nats/auth.conf'), join(root, 'auth.conf'));
  const ports = await Promise.all(Array.from({ length: size * 2 }, () => freePort()));
  const specs = Array.from({ length: size }, (_, i) => ({ name: `n${i + 1}`, port: ports[2 * i]!, routePort: ports[2 * i + 1]! }));
  const routes = specs.map((s) => `nats-route://route:${routePassword}@127.0.0.1:${s.routePort}`);
  const env = { ...process.env, ...Object.fromEntries(NATS_USERS.map((u) => [`SAMTAL_NATS_${u.toUpperCase()}_PASSWORD`, passwords[u]])) };

  const configs = await Promise.all(
    specs.map(async (s) => {
      const store = join(root, s.name);
      await mkdir(store);
      const config = join(root, `${s.name}.conf`);
      await writeFile(
        config,
        [
          `server_name: ${s.name}`,
          `listen: 127.0.0.1:${s.port}`,
          `jetstream { store_dir: "${store}" }`,
          'cluster {',
          '  name: samtal-test',
          `  listen: 127.0.0.1:${s.routePort}`,
          `  authorization { user: route, password: ${routePassword} }`,
          `  routes: [${routes.map((r) => `"${r}"`).join(', ')}]`,
          '}',
          'include ./auth.conf',
          '',
        ].join('\n'),
      );
      return config;
    }),
  );

  const procs: (ManagedProcess | undefined)[] = new Array(size);
  const startNode = async (i: number) => {
    if (procs[i] && procs[i].child.exitCode === null && procs[i].child.signalCode === null) return;
    const proc = launch(bin, ['-c', configs[i]!], env);
    procs[i] = proc;
    await waitFor(`nats-server ${specs[i]!.name} on ${specs[i]!.port}`, () => {
      if (proc.child.exitCode !== null) throw new Error(`nats-server ${specs[i]!.name} exited: ${proc.output().slice(-2000)}`);
      return portOpen(specs[i]!.port);
    });
  };
  const killNode = async (i: number, signal: NodeJS.Signals = 'SIGKILL') => {
    await procs[i]?.stop(signal);
  };
  const running = (i: number) => !!procs[i] && procs[i].child.exitCode === null && procs[i].child.signalCode === null;
  const url = specs.map((s) => `nats://127.0.0.1:${s.port}`).join(',');
  const connectOptions = (user: NatsUser = 'admin') => ({ servers: url, user, pass: passwords[user], ...(user === 'admin' ? {} : { inboxPrefix: `_INBOX.${user}` }) });

  /** One request to the JetStream API as `admin`, through any running node. */
  const api = async <T>(subject: string): Promise<T> => {
    const live = specs.filter((_, i) => running(i)).map((s) => `nats://127.0.0.1:${s.port}`);
    const nc = await connect({ servers: live, user: 'admin', pass: passwords.admin, maxReconnectAttempts: 0 });
    try {
      const reply = await nc.request(subject, undefined, { timeout: 3_000 });
      const body = reply.json<T & { error?: { code: number; description: string } }>();
      if (body.error) throw new Error(`${subject}: ${body.error.code} ${body.error.description}`);
      return body;
    } finally {
      await nc.close();
    }
  };
  const streamPlacement = async (stream: string): Promise<StreamPlacement> => {
    const info = await api<{ cluster?: { leader?: string; replicas?: { name: string; current: boolean; offline?: boolean }[] } }>(`$JS.API.STREAM.INFO.${stream}`);
    if (!info.cluster?.leader) throw new Error(`${stream} has no leader`);
    return { leader: info.cluster.leader, replicas: info.cluster.replicas ?? [] };
  };

  const cluster: NatsCluster = {
    url,
    port: specs[0]!.port,
    passwords,
    nodes: specs.map((s, i) => ({ ...s, url: `nats://127.0.0.1:${s.port}`, running: () => running(i) })),
    credentials: (user) => ({ NATS_USER: user, NATS_PASSWORD: passwords[user] }),
    connectOptions,
    killNode,
    startNode,
    streamPlacement,
    // Retried: under a burst one JetStream API request may take longer than its 3 s timeout.
    async streamLeader(stream, timeoutMs = 30_000) {
      const { leader } = await waitFor(`the leader of ${stream}`, () => streamPlacement(stream), timeoutMs, 250);
      return specs.findIndex((s) => s.name === leader);
    },
    waitForStreamCurrent: (stream, timeoutMs = 30_000) =>
      waitFor(
        `every replica of ${stream} to be current`,
        async () => {
          const placement = await streamPlacement(stream);
          return placement.replicas.length === size - 1 && placement.replicas.every((r) => r.current && !r.offline) ? placement : null;
        },
        timeoutMs,
        250,
      ),
    async restart(downForMs = 0) {
      await Promise.all(specs.map((_, i) => killNode(i, 'SIGTERM')));
      await new Promise((r) => setTimeout(r, downForMs));
      await Promise.all(specs.map((_, i) => startNode(i)));
      await waitForMetaLeader();
    },
    async stop() {
      await Promise.all(specs.map((_, i) => killNode(i, 'SIGTERM')));
      await rm(root, { recursive: true, force: true });
    },
  };
  // JetStream answers only once the nodes have elected a meta leader.
  const waitForMetaLeader = () => waitFor('the JetStream meta leader', () => api<{ type: string }>('$JS.API.INFO').then(() => true), 30_000, 250);
  await Promise.all(specs.map((_, i) => startNode(i)));
  await waitForMetaLeader();
  return cluster;
}
