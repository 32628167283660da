/** What the stall rule needs to know of a durable consumer at one look. */
export interface QueueSample {
  stream: string;
  consumer: string;
  /** Messages not yet delivered to the consumer. */
  waiting: number;
  /** Delivered and not yet acknowledged. */
  inProgress: number;
  /** Stream sequence last delivered. */
  delivered: number;
  /** Stream sequence up to which everything is acknowledged. */
  ackFloor: number;
}

/** A queue that stopped moving, or moves again. `since` is when it last moved. */
export interface StallChange {
  state: 'stalled' | 'recovered';
  sample: QueueSample;
  since: Date;
}

interface Seen {
  delivered: number;
  ackFloor: number;
  movedAt: Date;
  stalled: boolean;
}

/**
 * The stall rule, without clocks or I/O: a queue is stalled when work waits in it (not yet
 * delivered) and neither its delivered nor its acknowledged position moved for `stallMs`. Work in
 * progress alone is not a stall: a long recognition holds the position for many minutes, and a
 * worker that stops answering is handled by the ack wait and the ASR time limit. A queue with
 * nothing waiting counts as moving. The first look at a queue starts its clock (what happened
 * before this process started is unknown). Each change is reported once.
 */
export class QueueStallRule {
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly stallMs: number) {}

  observe(samples: readonly QueueSample[], now: Date): StallChange[] {
    const changes: StallChange[] = [];
    for (const sample of samples) {
      const before = this.seen.get(sample.consumer);
      const busy = sample.waiting > 0;
      const moved = !before || before.delivered !== sample.delivered || before.ackFloor !== sample.ackFloor || !busy;
      if (moved) {
        if (before?.stalled) changes.push({ state: 'recovered', sample, since: now });
        this.seen.set(sample.consumer, { delivered: sample.delivered, ackFloor: sample.ackFloor, movedAt: now, stalled: false });
        continue;
      }
      if (!before.stalled && now.getTime() - before.movedAt.getTime() >= this.stallMs) {
        before.stalled = true;
        changes.push({ state: 'stalled', sample, since: before.movedAt });
      }
    }
    return changes;
  }

  /** When the queue last moved, if it is stalled now; null otherwise. */
  stalledSince(consumer: string): Date | null {
    const seen = this.seen.get(consumer);
    return seen?.stalled ? seen.movedAt : null;
  }
}
