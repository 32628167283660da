import { Global, Inject, type InjectionToken, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
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
    await ensureTopology(await jetstreamManager(connection), options);
  } catch (err) {
    await connection.close();
    throw err;
  }
  return connection;
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
