import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CallsRepository, UsersRepository, type Call } from '@samtal/store';
import type { Principal } from '../auth/principal.js';

/**
 * Who may see which call. An agent: their own calls. A supervisor: the calls of their
 * team's agents (redacted content). Ops: every call's metadata, never its content.
 */
@Injectable()
export class CallAccess {
  constructor(
    private readonly calls: CallsRepository,
    private readonly users: UsersRepository,
  ) {}

  /** The agents whose calls the principal may list; undefined means all (ops, metadata only). */
  async visibleAgents(principal: Principal): Promise<string[] | undefined> {
    switch (principal.role) {
      case 'agent':
        return [principal.sub];
      case 'supervisor':
        return principal.team ? this.users.agentsOfTeam(principal.team) : [];
      case 'ops':
        return undefined;
    }
  }

  /** The call, if the principal may see it; 404 when it does not exist, 403 when it is not theirs. */
  async callFor(principal: Principal, callId: string, need: 'metadata' | 'content' | 'edit'): Promise<Call> {
    const call = await this.calls.findById(callId);
    if (!call) throw new NotFoundException('no such call');
    if (need === 'edit' && !(principal.role === 'agent' && call.agentId === principal.sub)) {
      throw new ForbiddenException('only the call’s own agent may edit or approve its journal entry');
    }
    if (need === 'content' && principal.role === 'ops') throw new ForbiddenException('ops do not read call content');
    const agents = await this.visibleAgents(principal);
    if (agents && !agents.includes(call.agentId)) throw new ForbiddenException('not a call you may see');
    return call;
  }

  async teamOf(agentId: string): Promise<string | undefined> {
    return (await this.users.findById(agentId))?.team;
  }
}
