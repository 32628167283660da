import { BadRequestException, Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '@samtal/platform';
import { AuditLog, CallsRepository, JournalRepository } from '@samtal/store';
import { z } from 'zod';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import { CallAccess } from './call-access.service.js';
import { buildDashboard } from './dashboard.js';
import type { Principal } from './principal.js';
import { Roles, RolesGuard } from './roles.js';

const DAY_MS = 24 * 3_600_000;
const DashboardQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  topic: z.string().max(100).optional(),
  agent: z.string().max(100).optional(),
});

@ApiTags('dashboard')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('supervisor')
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly access: CallAccess,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The team’s calls per hour, topics, caller sentiment, per-agent averages and alerts' })
  async get(@CurrentPrincipal() principal: Principal, @Query(new ZodValidationPipe(DashboardQuerySchema)) query: z.infer<typeof DashboardQuerySchema>) {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DAY_MS);
    if (from >= to || to.getTime() - from.getTime() > 31 * DAY_MS) throw new BadRequestException('the time range must be positive and at most 31 days');
    const calls = await this.calls.list({ agentIds: await this.access.visibleAgents(principal), from, to, limit: 5_000 });
    const entries = await this.journal.findByCallIds(calls.map((c) => c._id));
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'dashboard.read', callIds: calls.map((c) => c._id) });
    return buildDashboard(calls, entries, { from, to, topic: query.topic, agentId: query.agent });
  }
}
