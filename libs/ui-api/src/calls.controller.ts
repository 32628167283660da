import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Header,
  Injectable,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UseGuards,
  type PipeTransform,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { JournalEditSchema, type JournalEdit } from '@samtal/contracts';
import { ZodValidationPipe } from '@samtal/platform';
import { AudioStore, AuditLog, CallsRepository, JournalRepository, JournalVersionsRepository, TranscriptsRepository } from '@samtal/store';
import type { Response } from 'express';
import { z } from 'zod';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import { CallAccess } from './call-access.service.js';
import { JournalEditing } from './journal-editing.service.js';
import type { Principal } from './principal.js';
import { RolesGuard, Roles } from './roles.js';
import { Topics } from './topics.service.js';
import type { UiApiEnv } from './ui-api.config.js';
import { callSummary, currentText, journalView } from './views.js';

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
const ListQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) });
const ExportQuerySchema = z.strictObject({ format: z.enum(['text', 'json']).default('text') });
const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('calls')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Controller('calls')
export class CallsController {
  constructor(
    private readonly access: CallAccess,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly versions: JournalVersionsRepository,
    private readonly transcripts: TranscriptsRepository,
    private readonly audioStore: AudioStore,
    private readonly editing: JournalEditing,
    private readonly audit: AuditLog,
    private readonly config: ConfigService<UiApiEnv, true>,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Recent calls: an agent’s own, a supervisor’s team’s, all (metadata) for ops' })
  @ApiQuery({ name: 'limit', required: false })
  async list(@CurrentPrincipal() principal: Principal, @Query(new ZodValidationPipe(ListQuerySchema)) query: z.infer<typeof ListQuerySchema>) {
    const calls = await this.calls.list({ agentIds: await this.access.visibleAgents(principal), limit: query.limit });
    const entries = principal.role === 'ops' ? [] : await this.journal.findByCallIds(calls.map((c) => c._id));
    const topics = new Map(entries.map((e) => [e._id, currentText(e).topic]));
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.list', callIds: calls.map((c) => c._id) });
    return calls.map((call) => ({ ...callSummary(call), topic: topics.get(call._id) ?? null }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A call with its redacted draft, dialogue and sentiment (metadata only for ops)' })
  @ApiOkResponse({ description: '`{ call, journal }`; journal is null until drafted (and always for ops)' })
  async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const call = await this.access.callFor(principal, id, 'metadata');
    if (principal.role === 'ops') {
      await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.read', callId: id, detail: 'metadata' });
      return { call: { ...callSummary(call), error: call.error ?? null }, journal: null };
    }
    const entry = await this.journal.findByCallId(id);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.read', callId: id });
    return { call: callSummary(call), journal: entry && journalView(entry, principal) };
  }

  @Get(':id/transcript')
  @ApiOperation({ summary: 'The unredacted transcript: only for roles in UNREDACTED_TRANSCRIPT_ROLES (none by default); audited' })
  async transcript(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    if (!this.config.get('UNREDACTED_TRANSCRIPT_ROLES', { infer: true }).includes(principal.role)) {
      throw new ForbiddenException('unredacted transcripts are not readable by your role in this deployment');
    }
    await this.access.callFor(principal, id, 'content');
    const transcript = await this.transcripts.get(id);
    if (!transcript) throw new NotFoundException('no transcript yet');
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'transcript.read', callId: id });
    return transcript;
  }

  @Get(':id/audio')
  @ApiOperation({ summary: 'The redacted recording (personal data masked), for playback beside the dialogue' })
  @ApiProduces('audio/wav', 'audio/ogg', 'audio/mpeg', 'audio/flac', 'audio/mp4')
  async audio(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const call = await this.access.callFor(principal, id, 'content');
    // Only the masked copy is ever served; without one (e.g. a sidecar without times) there is no playback.
    if (!call.redactedAudioFileId) throw new NotFoundException('no redacted recording for this call');
    const [bytes, contentType] = await Promise.all([
      this.audioStore.readAll(call.redactedAudioFileId),
      this.audioStore.contentType(call.redactedAudioFileId),
    ]);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.read', callId: id, detail: 'audio' });
    res.set({ 'Content-Type': contentType ?? 'application/octet-stream', 'Content-Length': String(bytes.length), 'Cache-Control': 'private, no-store' });
    return new StreamableFile(bytes);
  }

  @Put(':id/draft')
  @Roles('agent')
  @ApiOperation({ summary: 'Save an edited version of the journal entry (the call’s own agent only)' })
  @ApiBody({ schema: z.toJSONSchema(JournalEditSchema) as object })
  async edit(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Body(JournalEditPipe) body: JournalEdit) {
    return versionView(await this.editing.save(principal, id, body, false));
  }

  @Post(':id/approve')
  @Roles('agent')
  @ApiOperation({ summary: 'Approve the journal entry (as edited); it can then be exported to the case system' })
  @ApiBody({ schema: z.toJSONSchema(JournalEditSchema) as object })
  async approve(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal, @Body(JournalEditPipe) body: JournalEdit) {
    return versionView(await this.editing.save(principal, id, body, true));
  }

  @Get(':id/versions')
  @Roles('agent', 'supervisor')
  @ApiOperation({ summary: 'Version history: who changed what, and when' })
  async history(@Param('id', uuid) id: string, @CurrentPrincipal() principal: Principal) {
    const call = await this.access.callFor(principal, id, 'content');
    const own = principal.role === 'agent' && principal.sub === call.agentId;
    const history = await this.versions.history(id);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.versions', callId: id });
    // Supervisors see who and when; the texts are the agent's own words.
    return history.map((v) => (own ? versionView(v) : { ...versionView(v), text: undefined, changes: undefined }));
  }

  @Get(':id/export')
  @Roles('agent')
  @ApiOperation({ summary: 'The journal entry for the agency’s case system, as text or JSON' })
  @ApiQuery({ name: 'format', enum: ['text', 'json'], required: false })
  @Header('Cache-Control', 'private, no-store')
  async export(
    @Param('id', uuid) id: string,
    @CurrentPrincipal() principal: Principal,
    @Query(new ZodValidationPipe(ExportQuerySchema)) query: z.infer<typeof ExportQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const call = await this.access.callFor(principal, id, 'edit');
    const entry = await this.journal.findByCallId(id);
    if (!entry) throw new NotFoundException('the call has no draft yet');
    const { text, topic } = currentText(entry);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'draft.export', callId: id, detail: query.format });
    const record = {
      callId: id,
      agentId: call.agentId,
      calledAt: call.createdAt,
      language: entry.draft.language,
      topic,
      text,
      sections: entry.draft.sections,
      version: entry.edited?.version ?? 0,
      approved: entry.approved ?? null,
    };
    if (query.format === 'json') return record;
    res.set({ 'Content-Type': 'text/plain; charset=utf-8' });
    const status = entry.approved ? `Godkänd ${entry.approved.at.toISOString()} av ${entry.approved.by}` : 'Ej godkänd (utkast)';
    return `Samtal ${id}\nDatum: ${call.createdAt.toISOString()}\nÄmne: ${topic}\n${status}\n\n${text}\n`;
  }
}

function versionView(v: { version: number; kind: string; author: string; at: Date; text: string; topic: string; draftRevision: number; changes: string }) {
  return { version: v.version, kind: v.kind, author: v.author, at: v.at, text: v.text, topic: v.topic, draftRevision: v.draftRevision, changes: v.changes };
}
