import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  HealthResponseSchema,
  type CallStatus,
  type QueueRow,
  type ServiceHealth,
  type TranscriptSource,
} from '@samtal/contracts';
import { Consumers, NATS_CONNECTION } from '@samtal/messaging';
import { LocalHealth } from '@samtal/platform';
import { CallsRepository } from '@samtal/store';
import { Rooms } from '../auth/principal.js';
import { LiveGateway } from '../live/live.gateway.js';
import type { UiApiEnv } from '../ui-api.config.js';
import { QueueStallRule, type QueueSample, type StallChange } from './queue-stall.js';

type QueueInfo = Omit<QueueRow, 'stalledSince' | 'oldestWaitingSince'> & QueueSample;

/**
 * The calls each durable consumer's work is, by status and transcript source (the two lanes split
 * `calls.received` as the transcriber does). The gateway may not read the messages themselves, so
 * the age of the oldest waiting work comes from the store.
 */
const WAITING_AT: Partial<Record<keyof typeof Consumers, { statuses: CallStatus[]; sources?: TranscriptSource[] }>> = {
  transcriber: { statuses: ['received', 'transcribing'], sources: ['sidecar'] },
  speechRecognition: { statuses: ['received', 'transcribing'], sources: ['asr'] },
  journal: { statuses: ['transcribed'] },
};

/**
 * What ops watch: queue depth and consumer lag per durable consumer, and every service's health.
 * On a schedule it also looks at every durable consumer and tells ops (log, `queue.stall` event,
 * `stalledSince` in `GET /ops/queues`) when one stops moving with work waiting, and when it recovers.
 * Each gateway watches for its own sockets; a queue's clock starts when the gateway first sees it.
 */
@Injectable()
export class MonitoringService implements OnApplicationBootstrap {
  private readonly log = new Logger('QueueStall');
  private readonly rule: QueueStallRule;
  private checking = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: ConfigService<UiApiEnv, true>,
    private readonly local: LocalHealth,
    private readonly live: LiveGateway,
    private readonly scheduler: SchedulerRegistry,
    private readonly calls: CallsRepository,
  ) {
    this.rule = new QueueStallRule(this.config.get('QUEUE_STALL_MS', { infer: true }));
  }

  onApplicationBootstrap(): void {
    const every = Math.min(5_000, Math.max(250, Math.floor(this.config.get('QUEUE_STALL_MS', { infer: true }) / 4)));
    // The period comes from config, so the interval is registered here; @nestjs/schedule clears it on shutdown.
    this.scheduler.addInterval('queue-stall', setInterval(() => void this.checkStalls(), every));
  }

  async queues(): Promise<QueueRow[]> {
    const [rows, waitingSince] = await Promise.all([this.read(), this.oldestWaiting()]);
    return rows.map(({ ackFloor: _ackFloor, ...row }) => ({
      ...row,
      stalledSince: this.rule.stalledSince(row.consumer)?.toISOString() ?? null,
      oldestWaitingSince: waitingSince.get(row.consumer)?.toISOString() ?? null,
    }));
  }

  /** Per durable consumer (by name), since when its oldest waiting call has waited. */
  private async oldestWaiting(): Promise<Map<string, Date>> {
    const entries = await Promise.all(
      Object.entries(WAITING_AT).map(async ([key, at]) => {
        const since = await this.calls.oldestWaitingSince(at.statuses, at.sources);
        return [Consumers[key as keyof typeof Consumers].durable, since] as const;
      }),
    );
    return new Map(entries.flatMap(([consumer, since]) => (since ? [[consumer, since] as const] : [])));
  }

  /** One look at every durable consumer through the stall rule; announces and logs each change. */
  async checkStalls(now = new Date()): Promise<StallChange[]> {
    if (this.checking) return [];
    this.checking = true;
    try {
      const changes = this.rule.observe(await this.read(), now);
      for (const change of changes) this.announce(change);
      return changes;
    } catch (err) {
      // NATS away or a consumer not declared yet: look again next round.
      this.log.warn(`could not check the queues: ${(err as Error).message}`);
      return [];
    } finally {
      this.checking = false;
    }
  }

  private announce({ state, sample, since }: StallChange): void {
    const { stream, consumer, waiting, inProgress } = sample;
    // Queue names and counts only: never a call id or content.
    if (state === 'stalled')
      this.log.warn(`queue ${stream}/${consumer} stalled: ${waiting} waiting, ${inProgress} in progress, no movement since ${since.toISOString()}`);
    else this.log.log(`queue ${stream}/${consumer} moves again: ${waiting} waiting, ${inProgress} in progress`);
    void this.live.toRooms([Rooms.ops], 'queue.stall', { state, stream, consumer, since: since.toISOString(), waiting, inProgress });
  }

  private async read(): Promise<QueueInfo[]> {
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
          ackFloor: consumer.ack_floor.stream_seq,
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
