import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { Events, createEvent } from '@samtal/contracts';
import { EventPublisher } from '@samtal/messaging';
import { CallsRepository, FailedJobsRepository, type Call } from '@samtal/store';

/** Hands stored calls to the transcriber, through `calls.received`. */
@Injectable()
export class CallQueue {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly calls: CallsRepository,
    private readonly failedJobs: FailedJobsRepository,
  ) {}

  /**
   * Announces the call and marks it queued once JetStream has acknowledged the announcement.
   * If the acknowledgement does not come (NATS away, a timeout), the announcement's fate is
   * unknown: it may still reach the stream on reconnect. The call stays unqueued and the outbox
   * announces it again under the same message id; JetStream stores it at most once (duplicate
   * window) and acknowledges either way, and that acknowledgement marks the call.
   */
  async enqueue(call: Call): Promise<{ duplicate: boolean }> {
    const event = createEvent(
      Events.callReceived,
      call._id,
      {
        agentId: call.agentId,
        language: call.language,
        audio: call.audio,
        channelMap: call.channelMap,
        transcriptSource: call.transcriptSource,
        ...(call.replays > 0 ? { replayOf: call.replays } : {}),
      },
      `received:${call._id}:${call.replays}`,
    );
    const ack = await this.publisher.publish(event);
    await this.calls.markQueued(call._id, call.replays);
    return { duplicate: ack.duplicate };
  }

  /** Re-enqueues a call from its stored audio (ops replay). The call keeps one draft. */
  async replay(callId: string): Promise<void> {
    const exists = await this.calls.findById(callId);
    if (!exists) throw new NotFoundException(`call ${callId} not found`);
    if (exists.audioDeletedAt) throw new GoneException(`call ${callId} cannot be replayed: its recording was deleted under the retention policy`);
    await this.calls.startReplay(callId);
    const call = await this.calls.findById(callId);
    await this.enqueue(call!);
    await this.failedJobs.markReplayed(callId);
  }

  /** Replays every call with an open failed-job record (and a recording still kept); returns their ids. */
  async replayAllFailed(): Promise<string[]> {
    const callIds = [...new Set((await this.failedJobs.list(1_000)).map((job) => job.callId))];
    const replayed: string[] = [];
    for (const callId of callIds) {
      try {
        await this.replay(callId);
        replayed.push(callId);
      } catch (err) {
        // A call whose recording retention deleted cannot be replayed; the others still are.
        if (!(err instanceof GoneException)) throw err;
      }
    }
    return replayed;
  }
}
