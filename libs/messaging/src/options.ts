import type { ConsumerSpec, StreamSpec } from './topology.js';

/** How a service proves who it is to NATS. The server's authorisation config gives each user its permissions. */
export type NatsAuth =
  | { kind: 'password'; user: string; password: string }
  /** A `.creds` file (JWT and nkey seed) or a file holding only an nkey seed (`SU…`). */
  | { kind: 'creds'; file: string };

/** TLS to NATS: the CA that signed the server's certificate, and a client certificate when the server asks for one. */
export interface NatsTls {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

/** The streams and durable consumers a service declares at start-up (only what it uses: its NATS user may not touch the rest). */
export interface TopologyScope {
  streams: readonly StreamSpec[];
  consumers: readonly ConsumerSpec[];
}

/** Tunables of the durable work path; every service reads them from its validated config. */
export interface MessagingOptions {
  servers: string;
  /** Name shown in NATS monitoring, e.g. `transcriber`; also the service's inbox branch `_INBOX.<name>.>`. */
  name: string;
  /** Deliveries before a message is dead-lettered (first delivery included). */
  maxDeliver: number;
  /** Redelivery delays after a failure; the last one repeats. */
  backoffMs: number[];
  /** How long a worker may stay silent before its message is redelivered elsewhere. */
  ackWaitMs: number;
  /** How long messages stay in the streams (replay and audit). */
  maxAgeMs: number;
  /** Window in which a repeated message id is dropped by JetStream. */
  duplicateWindowMs: number;
  /** Stream replicas: 1 on a single server, 3 in a cluster. */
  replicas: number;
  /**
   * On shutdown (SIGTERM) a worker stops fetching and lets running jobs finish this long; then it
   * stops them (their child processes are killed) and naks their messages for redelivery at once.
   */
  shutdownGraceMs: number;
  /**
   * The longest one run of a handler may take (each run again in place while storage is busy counts on its own). Past it
   * the run is given up: its signal aborts (child processes are killed), its message goes back for redelivery with a
   * delivery spent (a dead letter once they are spent, so ops see it), and a redelivery of the same call no longer waits
   * for it. A run that never ends would otherwise keep its message by heartbeat for ever: a call neither drafted nor
   * failed. Workers with a limit of their own (speech recognition: 60 s + 5 × the audio) opt out (`WorkerSpec`).
   */
  jobDeadlineMs: number;
  /** Absent: connect without credentials (a server without authorisation). */
  auth?: NatsAuth;
  tls?: NatsTls;
  /** What this service declares; every stream and consumer when absent. */
  topology?: TopologyScope;
}

export const DEFAULT_MESSAGING_OPTIONS: Omit<MessagingOptions, 'servers' | 'name'> = {
  maxDeliver: 5,
  backoffMs: [1_000, 5_000, 30_000, 120_000],
  ackWaitMs: 60_000,
  maxAgeMs: 14 * 24 * 3600_000,
  duplicateWindowMs: 10 * 60_000,
  replicas: 1,
  shutdownGraceMs: 20_000,
  // (Above the drafting's LLM time limit, at most 10 min.)
  jobDeadlineMs: 15 * 60_000,
};
