import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION } from './messaging.module.js';

@Injectable()
export class NatsHealthIndicator {
  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly health: HealthIndicatorService,
  ) {}

  /** Up when a round trip to the server succeeds in time. */
  check(key = 'nats') {
    return this.health
      .check(key)
      .attempt(async () => {
        if (this.connection.isClosed()) throw new Error('connection closed');
        return { rttMs: await this.connection.rtt(), server: this.connection.getServer() };
      })
      .withTimeout(2_000);
  }
}
