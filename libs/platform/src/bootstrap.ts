import type { INestApplication, LogLevel, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory, Reflector } from '@nestjs/core';
import { Transport, type NatsOptions } from '@nestjs/microservices';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  EnvelopeDeserializer,
  JetStreamServer,
  MESSAGING_OPTIONS,
  NATS_CONNECTION,
  natsConnectionOptions,
  type MessagingOptions,
  type WorkerSpec,
} from '@samtal/messaging';
import type { NatsConnection } from '@nats-io/transport-node';
import { JsonLogger } from './json-logger.js';
import { securityHeaders } from './security-headers.js';
import { StorageUnavailableFilter } from './storage-unavailable.filter.js';
import { isStorageError } from './storage-errors.js';
import { ZodResponseInterceptor } from './zod-api.js';

export interface ServiceDefinition {
  /** Service name, as it appears in logs and NATS monitoring. */
  name: string;
  module: Type<unknown>;
  /** Durable JetStream consumers this service works from, given its configuration. */
  workers?: (config: ConfigService) => WorkerSpec[];
  /** Subscribes the module's `@EventPattern(…, Transport.NATS)` handlers to core NATS (fan-out). */
  natsEvents?: boolean;
  /** Publishes an OpenAPI document at /docs (UI) and /docs-json. */
  openApi?: { title: string; description: string };
  /** Anything else the app needs before it listens (e.g. a Socket.IO adapter). */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Starts a Samtal service: JSON logs, validated config (via the module's ConfigModule),
 * HTTP for its API and /health with hardening headers (`securityHeaders`), and its JetStream workers. Stops cleanly on SIGTERM.
 */
export async function startService(definition: ServiceDefinition): Promise<INestApplication> {
  const app = await NestFactory.create(definition.module, { bufferLogs: true });
  // First, so every response (API, /health, /docs, the web app's files, errors) carries them.
  app.use(securityHeaders());
  const config = app.get(ConfigService);
  app.useLogger(new JsonLogger(definition.name, config.get<LogLevel>('LOG_LEVEL') ?? 'log'));
  app.enableShutdownHooks();
  app.useGlobalFilters(new StorageUnavailableFilter(app.getHttpAdapter()));
  // Answers of handlers marked `@ZodResponse` are parsed with their contract on the way out.
  app.useGlobalInterceptors(new ZodResponseInterceptor(app.get(Reflector)));

  if (definition.openApi) {
    const document = new DocumentBuilder()
      .setTitle(definition.openApi.title)
      .setDescription(definition.openApi.description)
      .setVersion('1')
      .addBearerAuth()
      .build();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document));
  }
  await definition.configure?.(app);

  const messaging = app.get<MessagingOptions>(MESSAGING_OPTIONS);
  if (definition.workers) {
    const server = new JetStreamServer({
      connection: app.get<NatsConnection>(NATS_CONNECTION),
      messaging,
      workers: definition.workers(config),
      // Storage busy (FerretDB's lock, a MongoDB election) is waited out, never a spent delivery.
      isTransient: isStorageError,
    });
    app.connectMicroservice({ strategy: server });
  }
  if (definition.natsEvents) {
    app.connectMicroservice<NatsOptions>({
      transport: Transport.NATS,
      options: {
        // The same NATS user (and TLS) as the service's JetStream connection.
        ...natsConnectionOptions(messaging, `${definition.name}-events`),
        maxReconnectAttempts: -1,
        deserializer: new EnvelopeDeserializer(),
      },
    });
  }
  await app.startAllMicroservices();

  await app.listen(config.getOrThrow<number>('PORT'), config.get<string>('HOST') ?? '0.0.0.0');
  return app;
}
