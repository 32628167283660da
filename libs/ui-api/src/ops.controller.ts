import { Controller, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FailedJobsRepository } from '@samtal/store';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import type { Principal } from './principal.js';

/**
 * Re-enqueues stored calls for transcription. Bound by the app to intake's `CallQueue`
 * (the one the `samtal replay` command uses); a feature library may not import another.
 */
export abstract class CallReplay {
  abstract replay(callId: string): Promise<void>;
  abstract replayAllFailed(): Promise<string[]>;
}

function requireOps(principal: Principal): void {
  if (principal.role !== 'ops') throw new ForbiddenException('only ops may see and replay failed jobs');
}

/** Failed jobs and their replay, for ops. Carries no call content: ids, stages, reasons, counts, times. */
@ApiTags('ops')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('ops')
export class OpsController {
  constructor(
    private readonly failedJobs: FailedJobsRepository,
    private readonly queue: CallReplay,
  ) {}

  @Get('failed-jobs')
  @ApiOperation({ summary: 'Calls a stage gave up on and that were not replayed since, newest first' })
  async list(@CurrentPrincipal() principal: Principal) {
    requireOps(principal);
    const jobs = await this.failedJobs.list(500);
    return jobs.map((j) => ({ callId: j.callId, stage: j.stage, error: j.error, attempts: j.attempts, failedAt: j.failedAt }));
  }

  @Post('calls/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Transcribe and draft a call again from its stored audio (one draft, a new revision)' })
  @ApiOkResponse({ description: '`{ replayed: [callId] }`' })
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    requireOps(principal);
    await this.queue.replay(id);
    return { replayed: [id] };
  }

  @Post('replay-failed')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every call with an open failed-job record' })
  async replayFailed(@CurrentPrincipal() principal: Principal) {
    requireOps(principal);
    return { replayed: await this.queue.replayAllFailed() };
  }
}
