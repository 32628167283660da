import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CallsRepository, JournalRepository } from '@samtal/store';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import type { Principal } from './principal.js';

@ApiTags('calls')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: "A call's status, its redacted draft, dialogue and sentiment" })
  @ApiOkResponse({ description: '`{ call, journal }`; journal is null until drafted' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    const call = await this.calls.findById(id);
    if (!call) throw new NotFoundException('no such call');
    if (principal.role === 'agent' && call.agentId !== principal.sub) throw new ForbiddenException('not your call');
    if (principal.role === 'ops') throw new ForbiddenException('ops cannot read call content');
    const entry = await this.journal.findByCallId(id);
    return {
      call: {
        id: call._id,
        agentId: call.agentId,
        status: call.status,
        language: call.language,
        durationMs: call.audio.durationMs,
        channels: call.audio.channels,
        transcriptSource: call.transcriptSource,
        createdAt: call.createdAt,
        updatedAt: call.updatedAt,
      },
      journal: entry && {
        revision: entry.revision,
        draft: entry.draft,
        dialogue: entry.dialogue,
        sentiment: entry.sentiment ?? null,
        updatedAt: entry.updatedAt,
      },
    };
  }
}
