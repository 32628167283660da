/** Tunables of the durable work path; every service reads them from its validated config. */
export interface MessagingOptions {
  servers: string;
  /** Name shown in NATS monitoring, e.g. `transcriber`. */
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
}

export const DEFAULT_MESSAGING_OPTIONS: Omit<MessagingOptions, 'servers' | 'name'> = {
  maxDeliver: 5,
  backoffMs: [1_000, 5_000, 30_000, 120_000],
  ackWaitMs: 60_000,
  maxAgeMs: 14 * 24 * 3600_000,
  duplicateWindowMs: 10 * 60_000,
  replicas: 1,
};
