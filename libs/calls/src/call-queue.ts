import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { Events, createEvent, type ReplayEntry, type ReplayOutcome } from '@samtal/contracts';
import { EventPublisher } from '@samtal/messaging';
import { CallsRepository, FailedJobsRepository, ReplaysRepository, type Call, type FailedJob, type StoredReplayOutcome } from '@samtal/store';

/** Who asked for a replay: a user of the API (role ops) or the `samtal` command (role `cli`). */
export interface ReplayActor {
  id: string;
  name?: string;
  role: string;
}

/**
 * What came of the call's current pass, begun at `since`: failed again (a failure recorded since),
 * drafted, or not known yet (undefined).
 */
export function passOutcome(call: Pick<Call, 'status'>, failure: FailedJob | undefined, since: Date): StoredReplayOutcome | undefined {
  if (failure && failure.failedAt.getTime() >= since.getTime()) return { status: 'failed', at: failure.failedAt, stage: failure.stage, reason: failure.error };
  if (call.status === 'drafted' || call.status === 'approved') return { status: 'drafted' };
  return undefined;
}

function outcomeView(outcome: StoredReplayOutcome | undefined): ReplayOutcome {
  if (!outcome) return { status: 'pending' };
  if (outcome.status === 'failed') return { status: 'failed', at: (outcome.at ?? new Date(0)).toISOString(), stage: outcome.stage ?? 'transcription', reason: outcome.reason ?? '' };
  return { status: outcome.status };
}

/** Hands stored calls to the transcriber, through `calls.received`. */
@Injectable()
export class CallQueue {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly calls: CallsRepository,
    private readonly failedJobs: FailedJobsRepository,
    private readonly replays: ReplaysRepository,
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

  /**
   * Re-enqueues a call from its stored audio (ops replay). The call keeps one draft. The replay is
   * written to the call's replay history with the failure it answers; the previous replay's
   * outcome is settled first (failed, drafted, or superseded by this one).
   */
  async replay(callId: string, by: ReplayActor): Promise<void> {
    const exists = await this.calls.findById(callId);
    if (!exists) throw new NotFoundException(`call ${callId} not found`);
    if (exists.audioDeletedAt) throw new GoneException(`call ${callId} cannot be replayed: its recording was deleted under the retention policy`);
    const failure = (await this.failedJobs.openByCallIds([callId])).get(callId);
    if (exists.replays > 0) {
      const previous = (await this.replays.list(callId)).find((r) => r.replay === exists.replays);
      if (previous && !previous.outcome)
        await this.replays.settle(callId, previous.replay, passOutcome(exists, failure, previous.at) ?? { status: 'superseded' });
    }
    const replay = await this.calls.startReplay(callId);
    await this.replays.record({
      callId,
      replay,
      at: new Date(),
      actor: by.id,
      ...(by.name ? { actorName: by.name } : {}),
      role: by.role,
      ...(failure ? { failed: { stage: failure.stage, reason: failure.error } } : {}),
    });
    const call = await this.calls.findById(callId);
    await this.enqueue(call!);
    await this.failedJobs.markReplayed(callId);
  }

  /**
   * A call's replays, oldest first, each with its outcome: the latest one's is worked out from the
   * call as it stands (and stored once known), the earlier ones' were stored when the next began.
   */
  async history(callId: string): Promise<ReplayEntry[]> {
    const call = await this.calls.findById(callId);
    if (!call) throw new NotFoundException(`call ${callId} not found`);
    const records = await this.replays.list(callId);
    const latest = records.at(-1);
    if (latest && !latest.outcome && latest.replay === call.replays) {
      // markReplayed hides older failures, so an open one was recorded during this pass.
      const outcome = passOutcome(call, (await this.failedJobs.openByCallIds([callId])).get(callId), latest.at);
      if (outcome) {
        await this.replays.settle(callId, latest.replay, outcome);
        latest.outcome = outcome;
      }
    }
    return records.map((r) => ({
      replay: r.replay,
      at: r.at.toISOString(),
      by: { id: r.actor, name: r.actorName ?? null, role: r.role },
      failed: r.failed ?? null,
      outcome: outcomeView(r.outcome),
    }));
  }

  /** Replays every call with an open failed-job record (and a recording still kept); returns their ids. */
  async replayAllFailed(by: ReplayActor): Promise<string[]> {
    const callIds = [...new Set((await this.failedJobs.list(1_000)).map((job) => job.callId))];
    const replayed: string[] = [];
    for (const callId of callIds) {
      try {
        await this.replay(callId, by);
        replayed.push(callId);
      } catch (err) {
        // A call whose recording retention deleted cannot be replayed; the others still are.
        if (!(err instanceof GoneException)) throw err;
      }
    }
    return replayed;
  }
}
