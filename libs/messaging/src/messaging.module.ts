import { Global, Inject, type InjectionToken, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { JetStreamApiError, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { NoRespondersError, TimeoutError, connect, type NatsConnection } from '@nats-io/transport-node';
import { natsConnectionOptions } from './connection-options.js';
import { ensureTopology } from './ensure-topology.js';
import type { MessagingOptions } from './options.js';
import { EventPublisher } from './publisher.js';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** Connects to NATS (retrying until it answers) and declares the topology. */
export async function connectMessaging(options: MessagingOptions): Promise<NatsConnection> {
  const connection = await connect({
    ...natsConnectionOptions(options),
    // Keep trying for ever: a NATS restart must not take the service down with it.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    waitOnFirstConnect: true,
  });
  try {
    await ensureTopologyPatiently(connection, options);
  } catch (err) {
    await connection.close();
    throw err;
  }
  return connection;
}

/** How long start-up keeps declaring the topology while JetStream is not ready to answer. */
const TOPOLOGY_PATIENCE_MS = 60_000;

/**
 * What JetStream answers while a cluster elects its leaders, or while a loaded cluster takes
 * longer than a request's timeout to place a replicated stream: worth another try, not a
 * reason to exit. Anything else (permissions, a config the server refuses) fails at once.
 */
function isTransient(err: unknown): boolean {
  return (
    err instanceof TimeoutError ||
    err instanceof NoRespondersError ||
    (err instanceof Error && err.name === 'JetStreamNotEnabled') ||
    (err instanceof JetStreamApiError && err.status === 503)
  );
}

async function ensureTopologyPatiently(connection: NatsConnection, options: MessagingOptions): Promise<void> {
  const deadline = Date.now() + TOPOLOGY_PATIENCE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      // Declaring is idempotent: a stream a timed-out request did create is found and updated.
      await ensureTopology(await jetstreamManager(connection), options);
      return;
    } catch (err) {
      if (!isTransient(err) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, Math.min(5_000, 500 * attempt)));
    }
  }
}

@Injectable()
class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}
  async onApplicationShutdown(): Promise<void> {
    if (!this.connection.isClosed()) await this.connection.drain();
  }
}

export interface MessagingModuleAsyncOptions {
  imports?: DynamicModule['imports'];
  inject?: InjectionToken[];
  useFactory: (...args: never[]) => MessagingOptions | Promise<MessagingOptions>;
}

@Global()
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        { provide: NATS_CONNECTION, useFactory: connectMessaging, inject: [MESSAGING_OPTIONS] },
        {
          provide: EventPublisher,
          useFactory: (connection: NatsConnection) => new EventPublisher(jetstream(connection), connection),
          inject: [NATS_CONNECTION],
        },
        NatsConnectionCloser,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, EventPublisher],
    };
  }
}
