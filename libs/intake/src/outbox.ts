import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { describeError } from '@samtal/messaging';
import { CallsRepository } from '@samtal/store';
import { CallQueue } from '@samtal/calls';
import type { IntakeEnv } from './intake.config.js';

/**
 * A call is stored before it is announced, and `queuedAt` is set only when JetStream has
 * acknowledged the announcement. If the announcement failed or its fate is unknown (NATS away,
 * no acknowledgement in time, though the message may land on reconnect), the call is still
 * stored without `queuedAt`; this sweep announces it again with the same message id, so
 * JetStream keeps one copy and acknowledges (as a duplicate when the first got through), and
 * the call is marked then. Nothing is lost and nothing is doubled.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap {
  private readonly log = new Logger(Outbox.name);
  private sweeping = false;

  constructor(
    private readonly calls: CallsRepository,
    private readonly queue: CallQueue,
    private readonly config: ConfigService<IntakeEnv, true>,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    // Every OUTBOX_INTERVAL_MS (from config, so registered here); @nestjs/schedule clears it on shutdown.
    this.scheduler.addInterval('outbox', setInterval(() => void this.sweep(), this.config.get('OUTBOX_INTERVAL_MS', { infer: true })));
  }

  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    let sent = 0;
    let landedEarlier = 0;
    try {
      const grace = this.config.get('OUTBOX_GRACE_MS', { infer: true });
      for (const call of await this.calls.findUnqueued(new Date(Date.now() - grace))) {
        if ((await this.queue.enqueue(call)).duplicate) landedEarlier++;
        sent++;
      }
      if (sent) this.log.log(`announced ${sent} stored call(s) again; ${landedEarlier} of them had already reached the stream`);
    } catch (err) {
      this.log.warn(`outbox sweep incomplete: ${describeError(err)}`);
    } finally {
      this.sweeping = false;
    }
    return sent;
  }
}
