import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FailedJobListSchema, QueueListSchema, ReplayHistorySchema, ReplayResultSchema, ServiceHealthListSchema } from '@samtal/contracts';
import { ZodResponse } from '@samtal/platform';
import { AuthGuard, CurrentPrincipal } from '../auth/auth.guard.js';
import type { Principal } from '../auth/principal.js';
import { Roles, RolesGuard } from '../auth/roles.guard.js';
import { MonitoringService } from './monitoring.service.js';
import { OpsService } from './ops.service.js';

/** The ops API: failed jobs and replay, queue depth and lag, service health. Call metadata only. */
@ApiTags('ops')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('ops')
@Controller('ops')
export class OpsController {
  constructor(
    private readonly ops: OpsService,
    private readonly monitoring: MonitoringService,
  ) {}

  @Get('failed-jobs')
  @ApiOperation({ summary: 'Calls a stage gave up on and that were not replayed since, newest first' })
  @ZodResponse(FailedJobListSchema)
  list(@CurrentPrincipal() principal: Principal) {
    return this.ops.failed(principal);
  }

  @Post('calls/:id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Transcribe and draft a call again from its stored audio (one journal entry)' })
  @ZodResponse(ReplayResultSchema, { status: 202 })
  replay(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.ops.replay(principal, id);
  }

  @Get('calls/:id/replays')
  @ApiOperation({ summary: "A call's replays, oldest first: when, by whom, the failure each answered, its outcome (no content)" })
  @ZodResponse(ReplayHistorySchema)
  replays(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.ops.replays(principal, id);
  }

  @Post('replay-failed')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay every call with an open failed-job record' })
  @ZodResponse(ReplayResultSchema, { status: 202 })
  replayFailed(@CurrentPrincipal() principal: Principal) {
    return this.ops.replayAllFailed(principal);
  }

  @Get('queues')
  @ApiOperation({ summary: 'Per durable consumer: messages waiting, in progress, redelivered, stalled since; per stream: size' })
  @ZodResponse(QueueListSchema)
  queues() {
    return this.monitoring.queues();
  }

  @Get('health')
  @ApiOperation({ summary: 'The health of every service (SERVICE_HEALTH_URLS), as each reports it' })
  @ZodResponse(ServiceHealthListSchema)
  health() {
    return this.monitoring.health();
  }
}
