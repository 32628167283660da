import { Body, Controller, Get, Header, Injectable, Param, ParseUUIDPipe, Post, Put, Res, StreamableFile, UseGuards, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CallListQuerySchema,
  CallListResponseSchema,
  CallViewSchema,
  ExportQuerySchema,
  JournalEditSchema,
  JournalExportSchema,
  JournalVersionListSchema,
  JournalVersionViewSchema,
  TranscriptResponseSchema,
  type CallListQuery,
  type ExportQuery,
  type JournalEdit,
} from '@samtal/contracts';
import { ApiZodBody, ApiZodQuery, ZodQuery, ZodResponse, ZodValidationPipe } from '@samtal/platform';
import type { Response } from 'express';
import { z } from 'zod';
import { AuthGuard, CurrentPrincipal } from '../auth/auth.guard.js';
import type { Principal } from '../auth/principal.js';
import { Roles, RolesGuard } from '../auth/roles.guard.js';
import { CallsService } from './calls.service.js';
import { JournalEditing } from './journal-editing.service.js';
import { Topics } from './topics.service.js';

/** An agent's edit, validated at the edge: its topic must be a key of the deployment's taxonomy (400 otherwise). */
@Injectable()
export class JournalEditPipe implements PipeTransform<unknown, JournalEdit> {
  private readonly pipe: ZodValidationPipe<Topics['editSchema']>;
  constructor(topics: Topics) {
    this.pipe = new ZodValidationPipe(topics.editSchema);
  }
  transform(value: unknown): JournalEdit {
    return this.pipe.transform(value);
  }
}
const uuid = new ParseUUIDPipe({ version: undefined });

/** Calls and their journal entries. Access checks and audit records are the services' (`CallsService`, `JournalEditing`). */
@ApiTags('calls')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly editing: JournalEditing,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Recent calls: an agent’s own, a supervisor’s team’s, all (metadata) for ops' })
  @ApiZodQuery(CallListQuerySchema)
  @ZodResponse(CallListResponseSchema)
  list(@CurrentPrincipal() principal: Principal, @ZodQuery(CallListQuerySchema) query: CallListQuery) {
    return this.calls.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A call with its redacted draft, dialogue and sentiment; journal is null until drafted (and always for ops)' })
  @ZodResponse(CallViewSchema)
  get(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    return this.calls.get(principal, id);
  }

  @Get(':id/transcript')
  @ApiOperation({ summary: 'The unredacted transcript: only for roles in UNREDACTED_TRANSCRIPT_ROLES (none by default); audited' })
  @ZodResponse(TranscriptResponseSchema)
  transcript(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    return this.calls.transcript(principal, id);
  }

  @Get(':id/audio')
  @ApiOperation({ summary: 'The redacted recording (personal data masked), for playback beside the dialogue' })
  @ApiProduces('audio/ogg', 'audio/wav', 'audio/mpeg', 'audio/flac', 'audio/mp4')
  async audio(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const file = await this.calls.recording(principal, id);
    res.set({ 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length), 'Cache-Control': 'private, no-store' });
    return new StreamableFile(file.bytes);
  }

  @Put(':id/draft')
  @Roles('agent')
  @ApiOperation({ summary: 'Save an edited version of the journal entry (the call’s own agent only)' })
  @ApiZodBody(JournalEditSchema)
  @ZodResponse(JournalVersionViewSchema)
  edit(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Body(JournalEditPipe) body: JournalEdit) {
    return this.editing.save(principal, id, body, false);
  }

  @Post(':id/approve')
  @Roles('agent')
  @ApiOperation({ summary: 'Approve the journal entry (as edited); it can then be exported to the case system' })
  @ApiZodBody(JournalEditSchema)
  @ZodResponse(JournalVersionViewSchema, { status: 201 })
  approve(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Body(JournalEditPipe) body: JournalEdit) {
    return this.editing.save(principal, id, body, true);
  }

  @Post(':id/reopen')
  @Roles('agent')
  @ApiOperation({ summary: 'Open an approved journal entry for changes again (the call’s own agent; audited)' })
  @ZodResponse(JournalVersionViewSchema, { status: 201 })
  reopen(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    return this.editing.reopen(principal, id);
  }

  @Get(':id/versions')
  @Roles('agent', 'supervisor')
  @ApiOperation({ summary: 'Version history: who changed what, and when' })
  @ZodResponse(JournalVersionListSchema)
  history(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    return this.calls.history(principal, id);
  }

  @Get(':id/export')
  @Roles('agent')
  @ApiOperation({ summary: 'The journal entry for the agency’s case system, as text (text/plain) or JSON' })
  @ApiZodQuery(ExportQuerySchema)
  @ApiProduces('application/json', 'text/plain')
  @ZodResponse(z.union([JournalExportSchema, z.string()]))
  @Header('Cache-Control', 'private, no-store')
  async export(
    @Param('id', uuid) id: string,
    @CurrentPrincipal() principal: Principal,
    @ZodQuery(ExportQuerySchema) query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.calls.export(principal, id, query);
    if (typeof result === 'string') res.set({ 'Content-Type': 'text/plain; charset=utf-8' });
    return result;
  }
}
