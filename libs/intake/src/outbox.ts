import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { describeError } from '@samtal/messaging';
import { CallsRepository } from '@samtal/store';
import { CallQueue } from '@samtal/calls';
import type { IntakeEnv } from './intake.config.js';

const GRACE_MS = 10_000;

/**
 * A call is stored before it is announced. If the announcement failed (NATS away), the
 * call is still stored without `queuedAt`; this sweep announces it again. Nothing is lost.
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
    try {
      for (const call of await this.calls.findUnqueued(new Date(Date.now() - GRACE_MS))) {
        await this.queue.enqueue(call);
        sent++;
      }
      if (sent) this.log.log(`re-sent ${sent} stored call(s) that had not reached the queue`);
    } catch (err) {
      this.log.warn(`outbox sweep incomplete: ${describeError(err)}`);
    } finally {
      this.sweeping = false;
    }
    return sent;
  }
}
