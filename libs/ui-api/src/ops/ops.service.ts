import { Injectable } from '@nestjs/common';
import { CallQueue } from '@samtal/calls';
import type { FailedJobView, ReplayResult } from '@samtal/contracts';
import { AuditLog, FailedJobsRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';

/** Failed jobs and their replay, for ops, with audit records. No call content: ids, stages, reasons, counts, times. */
@Injectable()
export class OpsService {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallQueue,
    private readonly audit: AuditLog,
  ) {}

  async failed(principal: Principal): Promise<FailedJobView[]> {
    const jobs = await this.failedJobs.list(500);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'failed_jobs.read', callIds: jobs.map((j) => j.callId) });
    return jobs.map((j) => ({ callId: j.callId, stage: j.stage, error: j.error, attempts: j.attempts, failedAt: j.failedAt.toISOString() }));
  }

  async replay(principal: Principal, callId: string): Promise<ReplayResult> {
    await this.queue.replay(callId);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed: [callId] };
  }

  async replayAllFailed(principal: Principal): Promise<ReplayResult> {
    const replayed = await this.queue.replayAllFailed();
    for (const callId of replayed) await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed };
  }
}
