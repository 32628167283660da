import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Consumers, NATS_CONNECTION } from '@samtal/messaging';
import { AuthGuard } from './auth.guard.js';
import { Roles, RolesGuard } from './roles.js';
import type { UiApiEnv } from './ui-api.config.js';

/** What ops watch: queue depth and consumer lag per durable consumer, and every service's health. */
@ApiTags('ops')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('ops')
@Controller('ops')
export class OpsMonitoringController {
  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly config: ConfigService<UiApiEnv, true>,
  ) {}

  @Get('queues')
  @ApiOperation({ summary: 'Per durable consumer: messages waiting, in progress, redelivered; per stream: size' })
  async queues() {
    const jsm = await jetstreamManager(this.connection);
    return Promise.all(
      Object.values(Consumers).map(async (spec) => {
        const [consumer, stream] = await Promise.all([jsm.consumers.info(spec.stream.name, spec.durable), jsm.streams.info(spec.stream.name)]);
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

  @Get('health')
  @ApiOperation({ summary: 'The health of every service (SERVICE_HEALTH_URLS), as each reports it' })
  async health() {
    const urls = this.config.get('SERVICE_HEALTH_URLS', { infer: true });
    return Promise.all(
      Object.entries(urls).map(async ([service, url]) => {
        try {
          const response = await fetch(`${url.replace(/\/$/, '')}/health`, { signal: AbortSignal.timeout(3_000) });
          const body = (await response.json()) as { status?: string; details?: Record<string, { status: string }> };
          return { service, status: body.status ?? (response.ok ? 'ok' : 'error'), details: body.details ?? {} };
        } catch {
          return { service, status: 'unreachable', details: {} };
        }
      }),
    );
  }
}
