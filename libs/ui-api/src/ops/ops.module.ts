import { Module } from '@nestjs/common';
import { CallQueueModule } from '@samtal/calls';
import { AuthModule } from '../auth/auth.module.js';
import { LiveModule } from '../live/live.module.js';
import { MonitoringService } from './monitoring.service.js';
import { OpsController } from './ops.controller.js';
import { OpsService } from './ops.service.js';

/** The ops API (`/ops/…`): failed jobs and replay (through `@samtal/calls`' queue), queue depth and lag (and the stall watch, which tells ops over the live channel), service health. */
@Module({
  imports: [AuthModule, CallQueueModule, LiveModule],
  controllers: [OpsController],
  providers: [OpsService, MonitoringService],
})
export class OpsModule {}
