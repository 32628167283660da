import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  HealthResponseSchema,
  type QueueRow,
  type ServiceHealth,
} from '@samtal/contracts';
import { Consumers, NATS_CONNECTION } from '@samtal/messaging';
import { LocalHealth } from '@samtal/platform';
import type { UiApiEnv } from '../ui-api.config.js';

/** What ops watch: queue depth and consumer lag per durable consumer, and every service's health. */
@Injectable()
export class MonitoringService {
  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: ConfigService<UiApiEnv, true>,
    private readonly local: LocalHealth,
  ) {}

  async queues(): Promise<QueueRow[]> {
    const jsm = await jetstreamManager(this.connection);
    return Promise.all(
      Object.values(Consumers).map(async (spec) => {
        const [consumer, stream] = await Promise.all([
          jsm.consumers.info(spec.stream.name, spec.durable),
          jsm.streams.info(spec.stream.name),
        ]);
        return {
          stream: spec.stream.name,
          consumer: spec.durable,
          subject: spec.filterSubject,
          waiting: consumer.num_pending,
          inProgress: consumer.num_ack_pending,
          redelivered: consumer.num_redelivered,
          delivered: consumer.delivered.stream_seq,
          streamMessages: stream.state.messages,
        };
      }),
    );
  }

  /**
   * The gateway itself first, then every service of `SERVICE_HEALTH_URLS`; each row's details name
   * NATS and MongoDB as that process reaches them, so a broker or database outage shows on every row.
   */
  async health(): Promise<ServiceHealth[]> {
    const urls = this.config.get('SERVICE_HEALTH_URLS', { infer: true });
    const own = await this.local.report();
    const gateway: ServiceHealth = {
      service: 'gateway',
      status: own.status,
      details: HealthResponseSchema.shape.details.parse(own.details ?? {}),
    };
    return [
      gateway,
      ...(await Promise.all(
        Object.entries(urls).map(async ([service, url]) => {
          try {
            const response = await fetch(`${url.replace(/\/$/, '')}/health`, {
              signal: AbortSignal.timeout(3_000),
            });
            const body = HealthResponseSchema.safeParse(await response.json());
            if (!body.success)
              return {
                service,
                status: response.ok ? 'ok' : 'error',
                details: {},
              };
            return {
              service,
              status: body.data.status,
              details: body.data.details,
            };
          } catch {
            return { service, status: 'unreachable', details: {} };
          }
        }),
      )),
    ];
  }
}
