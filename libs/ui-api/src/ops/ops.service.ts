import { Injectable } from '@nestjs/common';
import { CallQueue, type ReplayActor } from '@samtal/calls';
import type { FailedJobView, ReplayHistory, ReplayResult } from '@samtal/contracts';
import { AuditLog, CallsRepository, FailedJobsRepository, UsersRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';

/** Failed jobs and their replay, for ops, with audit records. No call content: ids, stages, reasons, counts, times. */
@Injectable()
export class OpsService {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallQueue,
    private readonly audit: AuditLog,
    private readonly users: UsersRepository,
    private readonly calls: CallsRepository,
  ) {}

  async failed(principal: Principal): Promise<FailedJobView[]> {
    const jobs = await this.failedJobs.list(500);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'failed_jobs.read', callIds: jobs.map((j) => j.callId) });
    // Whose call and when it came in, so ops can tell the agent and open the call (metadata only).
    const calls = await this.calls.findByIds(jobs.map((j) => j.callId));
    const names = await this.users.displayNames([...calls.values()].map((c) => c.agentId));
    return jobs.map((j) => {
      const call = calls.get(j.callId);
      return {
        callId: j.callId,
        agentId: call?.agentId ?? null,
        agentName: (call && names.get(call.agentId)) ?? null,
        calledAt: call?.createdAt.toISOString() ?? null,
        stage: j.stage,
        error: j.error,
        attempts: j.attempts,
        failedAt: j.failedAt.toISOString(),
      };
    });
  }

  async replay(principal: Principal, callId: string): Promise<ReplayResult> {
    await this.queue.replay(callId, await this.actor(principal));
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed: [callId] };
  }

  async replayAllFailed(principal: Principal): Promise<ReplayResult> {
    const replayed = await this.queue.replayAllFailed(await this.actor(principal));
    for (const callId of replayed) await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed };
  }

  /** A call's replays: when, by whom, the failure each answered and what came of it. Audited. */
  async replays(principal: Principal, callId: string): Promise<ReplayHistory> {
    const replays = await this.queue.history(callId);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replays.read', callId });
    return { callId, replays };
  }

  /** The principal as the replay history names them (their display name as it is now). */
  private async actor(principal: Principal): Promise<ReplayActor> {
    const name = (await this.users.displayNames([principal.sub])).get(principal.sub);
    return { id: principal.sub, role: principal.role, ...(name ? { name } : {}) };
  }
}
