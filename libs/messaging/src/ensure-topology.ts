import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { MessagingOptions } from './options.js';
import { Consumers, Streams, type ConsumerSpec, type StreamSpec } from './topology.js';

function streamConfig(spec: StreamSpec, options: MessagingOptions): Partial<StreamConfig> & { name: string } {
  return {
    name: spec.name,
    subjects: [...spec.subjects],
    description: spec.description,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: nanos(options.maxAgeMs),
    duplicate_window: nanos(Math.min(options.duplicateWindowMs, options.maxAgeMs)),
    num_replicas: options.replicas,
  };
}

export function consumerConfig(spec: ConsumerSpec, options: MessagingOptions): Partial<ConsumerConfig> {
  return {
    durable_name: spec.durable,
    description: spec.description,
    filter_subject: spec.filterSubject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(options.ackWaitMs),
    max_deliver: spec.retryForever ? -1 : options.maxDeliver,
    max_ack_pending: 1_000,
  };
}

function isApiError(err: unknown, code: number): boolean {
  return err instanceof JetStreamApiError && err.code === code;
}

async function ensureStream(jsm: JetStreamManager, spec: StreamSpec, options: MessagingOptions): Promise<void> {
  const config = streamConfig(spec, options);
  try {
    await jsm.streams.info(spec.name);
  } catch (err) {
    if (!isApiError(err, JetStreamApiCodes.StreamNotFound)) throw err;
    try {
      await jsm.streams.add(config);
      return;
    } catch (addErr) {
      // Another service created it between our look-up and our add: update below.
      if (!(addErr instanceof JetStreamApiError)) throw addErr;
    }
  }
  await jsm.streams.update(spec.name, config);
}

async function ensureConsumer(jsm: JetStreamManager, spec: ConsumerSpec, options: MessagingOptions): Promise<void> {
  const config = consumerConfig(spec, options);
  try {
    await jsm.consumers.info(spec.stream.name, spec.durable);
    await jsm.consumers.update(spec.stream.name, spec.durable, config);
  } catch (err) {
    if (!isApiError(err, JetStreamApiCodes.ConsumerNotFound)) throw err;
    // Creating a durable with the same config is idempotent on the server.
    await jsm.consumers.add(spec.stream.name, config);
  }
}

/**
 * Creates or updates the service's streams and durable consumers (`options.topology`; all of
 * them when absent). Safe to run from every service at once.
 */
export async function ensureTopology(jsm: JetStreamManager, options: MessagingOptions): Promise<void> {
  const scope = options.topology ?? { streams: Object.values(Streams), consumers: Object.values(Consumers) };
  for (const stream of scope.streams) await ensureStream(jsm, stream, options);
  for (const consumer of scope.consumers) await ensureConsumer(jsm, consumer, options);
}
