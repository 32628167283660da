import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CallQueue } from '@samtal/intake';
import { AuditLog, FailedJobsRepository } from '@samtal/store';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import type { Principal } from './principal.js';
import { Roles, RolesGuard } from './roles.js';

/** Failed jobs and their replay: the same queue as `samtal replay`. Metadata only, no content. */
@ApiTags('ops')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('ops')
@Controller('ops')
export class OpsReplayController {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallQueue,
    private readonly audit: AuditLog,
  ) {}

  @Get('failed-jobs')
  @ApiOperation({ summary: 'Calls a stage gave up on: error, attempts, when' })
  async list() {
    return (await this.failedJobs.list()).map((job) => ({
      callId: job.callId,
      stage: job.stage,
      error: job.error,
      attempts: job.attempts,
      failedAt: job.failedAt,
    }));
  }

  @Post('calls/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-enqueue a call from its stored recording; it keeps one journal entry' })
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    await this.queue.replay(id);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId: id });
    return { callId: id, status: 'received' };
  }

  @Post('replay-failed')
  @HttpCode(202)
  @ApiOperation({ summary: 'Re-enqueue every call with an open failed-job record' })
  async replayAll(@CurrentPrincipal() principal: Principal) {
    const callIds = await this.queue.replayAllFailed();
    for (const callId of callIds) await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.replay', callId });
    return { replayed: callIds };
  }
}
