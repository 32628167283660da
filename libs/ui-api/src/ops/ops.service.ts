import { Injectable } from '@nestjs/common';
import { CallQueue, type ReplayActor } from '@samtal/calls';
import type { FailedJobView, ReplayHistory, ReplayResult } from '@samtal/contracts';
import { AuditLog, FailedJobsRepository, UsersRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';

/** Failed jobs and their replay, for ops, with audit records. No call content: ids, stages, reasons, counts, times. */
@Injectable()
export class OpsService {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallQueue,
    private readonly audit: AuditLog,
    private readonly users: UsersRepository,
  ) {}

  async failed(principal: Principal): Promise<FailedJobView[]> {
    const jobs = await this.failedJobs.list(500);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'failed_jobs.read', callIds: jobs.map((j) => j.callId) });
    return jobs.map((j) => ({ callId: j.callId, stage: j.stage, error: j.error, attempts: j.attempts, failedAt: j.failedAt.toISOString() }));
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
