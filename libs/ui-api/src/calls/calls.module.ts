import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LiveModule } from '../live/live.module.js';
import { CallAccess } from './call-access.service.js';
import { CallsController, JournalEditPipe } from './calls.controller.js';
import { CallsService } from './calls.service.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardService } from './dashboard.service.js';
import { JournalEditing } from './journal-editing.service.js';
import { TopicsController } from './topics.controller.js';
import { Topics } from './topics.service.js';

/** Calls, their journal entries (read, edit, approve, export), the supervisor's dashboard, the topics. */
@Module({
  imports: [AuthModule, LiveModule],
  controllers: [CallsController, DashboardController, TopicsController],
  providers: [CallAccess, CallsService, JournalEditing, JournalEditPipe, DashboardService, Topics],
})
export class CallsModule {}
