import { BadRequestException, Injectable } from '@nestjs/common';
import type { DashboardQuery, SentimentDashboard } from '@samtal/contracts';
import { AuditLog, CallsRepository, JournalRepository, UsersRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';
import { CallAccess } from './call-access.service.js';
import { buildDashboard } from './dashboard.js';

const DAY_MS = 24 * 3_600_000;

/** The supervisor's dashboard over the calls they may see, audited as a read of those calls. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly access: CallAccess,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLog,
  ) {}

  async get(principal: Principal, query: DashboardQuery): Promise<SentimentDashboard> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DAY_MS);
    if (from >= to || to.getTime() - from.getTime() > 31 * DAY_MS) throw new BadRequestException('the time range must be positive and at most 31 days');
    const calls = await this.calls.list({ agentIds: await this.access.visibleAgents(principal), from, to, limit: 5_000 });
    const [entries, names] = await Promise.all([this.journal.findByCallIds(calls.map((c) => c._id)), this.users.displayNames(calls.map((c) => c.agentId))]);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'dashboard.read', callIds: calls.map((c) => c._id) });
    return buildDashboard(calls, entries, { from, to, topic: query.topic, agentId: query.agent }, names);
  }
}
