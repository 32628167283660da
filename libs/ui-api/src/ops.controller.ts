import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditLog, FailedJobsRepository } from '@samtal/store';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import type { Principal } from './principal.js';
import { Roles, RolesGuard } from './roles.js';

/**
 * Re-enqueues stored calls for transcription. Bound by the app to intake's `CallQueue`
 * (the one the `samtal replay` command uses); a feature library may not import another.
 */
export abstract class CallReplay {
  abstract replay(callId: string): Promise<void>;
  abstract replayAllFailed(): Promise<string[]>;
}

/** Failed jobs and their replay, for ops. Carries no call content: ids, stages, reasons, counts, times. */
@ApiTags('ops')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('ops')
@Controller('ops')
export class OpsController {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallReplay,
    private readonly audit: AuditLog,
  ) {}

  @Get('failed-jobs')
  @ApiOperation({ summary: 'Calls a stage gave up on and that were not replayed since, newest first' })
  async list(@CurrentPrincipal() principal: Principal) {
    const jobs = await this.failedJobs.list(500);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'failed_jobs.read', callIds: jobs.map((j) => j.callId) });
    return jobs.map((j) => ({ callId: j.callId, stage: j.stage, error: j.error, attempts: j.attempts, failedAt: j.failedAt }));
  }

  @Post('calls/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Transcribe and draft a call again from its stored audio (one journal entry)' })
  @ApiOkResponse({ description: '`{ replayed: [callId] }`' })
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    await this.queue.replay(id);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId: id });
    return { replayed: [id] };
  }

  @Post('replay-failed')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every call with an open failed-job record' })
  async replayFailed(@CurrentPrincipal() principal: Principal) {
    const replayed = await this.queue.replayAllFailed();
    for (const callId of replayed) await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed };
  }
}
