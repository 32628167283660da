import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CallListQuery, CallSummary, CallView, ExportQuery, JournalExport, JournalVersionView, Transcript } from '@samtal/contracts';
import { AudioStore, AuditLog, type Call, CallsRepository, FailedJobsRepository, JournalRepository, JournalVersionsRepository, TranscriptsRepository, UsersRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';
import type { UiApiEnv } from '../ui-api.config.js';
import { CallAccess } from './call-access.service.js';
import { Topics } from './topics.service.js';
import { callSummary, currentText, journalExport, journalView, versionView } from './views.js';

/** A recording to stream to the browser. */
export interface RecordingFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * Reading calls: each method checks access (`CallAccess`) and writes its audit record (who, role,
 * what, which call; never content) before it answers.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly access: CallAccess,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly versions: JournalVersionsRepository,
    private readonly transcripts: TranscriptsRepository,
    private readonly failedJobs: FailedJobsRepository,
    private readonly users: UsersRepository,
    private readonly audioStore: AudioStore,
    private readonly audit: AuditLog,
    private readonly config: ConfigService<UiApiEnv, true>,
    private readonly topics: Topics,
  ) {}

  /** Recent calls: an agent's own, a supervisor's team's, every call's metadata for ops. */
  async list(principal: Principal, query: CallListQuery): Promise<CallSummary[]> {
    const calls = await this.calls.list({ agentIds: await this.access.visibleAgents(principal), limit: query.limit });
    const ids = calls.map((c) => c._id);
    const [entries, failures, names, positions] = await Promise.all([
      principal.role === 'ops' ? [] : this.journal.findByCallIds(ids),
      this.failedJobs.openByCallIds(calls.filter((c) => c.status === 'failed').map((c) => c._id)),
      this.users.displayNames(calls.map((c) => c.agentId)),
      this.queuePositions(calls),
    ]);
    const byCall = new Map(entries.map((e) => [e._id, e]));
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.list', callIds: ids });
    return calls.map((call) => {
      const entry = byCall.get(call._id);
      return callSummary(call, {
        agentName: names.get(call.agentId),
        entry,
        topic: entry ? currentText(entry).topic : null,
        failure: failures.get(call._id),
        queuePosition: positions.get(call._id),
      });
    });
  }

  /** Each waiting call's place in its lane: one indexed count per waiting call (a page holds few). */
  private async queuePositions(calls: Call[]): Promise<Map<string, number>> {
    const waiting = calls.filter((c) => c.status === 'received');
    const positions = await Promise.all(waiting.map((c) => this.calls.queuePosition(c)));
    return new Map(waiting.flatMap((c, i) => (positions[i] ? [[c._id, positions[i]] as const] : [])));
  }

  /** A call with its redacted draft, dialogue and sentiment; metadata only for ops. */
  async get(principal: Principal, callId: string): Promise<CallView> {
    const call = await this.access.callFor(principal, callId, 'metadata');
    const [failures, names, entry, positions] = await Promise.all([
      this.failedJobs.openByCallIds(call.status === 'failed' ? [callId] : []),
      this.users.displayNames([call.agentId]),
      principal.role === 'ops' ? null : this.journal.findByCallId(callId),
      this.queuePositions([call]),
    ]);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.read', callId, ...(principal.role === 'ops' ? { detail: 'metadata' } : {}) });
    const topic = entry ? currentText(entry).topic : null;
    return {
      call: callSummary(call, { agentName: names.get(call.agentId), entry, topic, failure: failures.get(callId), queuePosition: positions.get(callId) }),
      journal: entry && journalView(entry, principal),
    };
  }

  /** The unredacted transcript: only for roles in UNREDACTED_TRANSCRIPT_ROLES (none by default). */
  async transcript(principal: Principal, callId: string): Promise<Transcript> {
    if (!this.config.get('UNREDACTED_TRANSCRIPT_ROLES', { infer: true }).includes(principal.role)) {
      throw new ForbiddenException('unredacted transcripts are not readable by your role in this deployment');
    }
    await this.access.callFor(principal, callId, 'content');
    const transcript = await this.transcripts.get(callId);
    if (!transcript) throw new NotFoundException('no transcript yet');
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'transcript.read', callId });
    return { language: transcript.language, source: transcript.source, segments: transcript.segments };
  }

  /** The redacted recording. Only the masked copy is ever served; without one (e.g. a sidecar without times) there is none. */
  async recording(principal: Principal, callId: string): Promise<RecordingFile> {
    const call = await this.access.callFor(principal, callId, 'content');
    if (!call.redactedAudioFileId) throw new NotFoundException('no redacted recording for this call');
    const [bytes, contentType] = await Promise.all([this.audioStore.readAll(call.redactedAudioFileId), this.audioStore.contentType(call.redactedAudioFileId)]);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.read', callId, detail: 'audio' });
    return { bytes, contentType: contentType ?? 'application/octet-stream' };
  }

  /** Version history: who changed what, and when. Supervisors see who and when; the texts are the agent's own words. */
  async history(principal: Principal, callId: string): Promise<JournalVersionView[]> {
    const call = await this.access.callFor(principal, callId, 'content');
    const own = principal.role === 'agent' && principal.sub === call.agentId;
    const history = await this.versions.history(callId);
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'call.versions', callId });
    return history.map((v) => versionView(v, own));
  }

  /** The note for the agency's case system, as JSON or as text. */
  async export(principal: Principal, callId: string, query: ExportQuery): Promise<JournalExport | string> {
    const call = await this.access.callFor(principal, callId, 'edit');
    const entry = await this.journal.findByCallId(callId);
    if (!entry) throw new NotFoundException('the call has no draft yet');
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'draft.export', callId, detail: query.format });
    const record = journalExport(call, entry);
    if (query.format === 'json') return record;
    // The text goes into a Swedish case system: the topic's label, local time, people by name.
    const names = await this.users.displayNames([record.agentId, ...(record.approved ? [record.approved.by] : [])]);
    const name = (id: string) => names.get(id) ?? id;
    const topic = this.topics.list.find((t) => t.key === record.topic)?.label.sv ?? record.topic;
    const status = record.approved ? `Godkänd ${stockholmTime(record.approved.at)} av ${name(record.approved.by)}` : 'Ej godkänd (utkast)';
    return `Samtal ${callId}\nDatum: ${stockholmTime(record.calledAt)}\nHandläggare: ${name(record.agentId)}\nÄmne: ${topic}\n${status}\n\n${record.text}\n`;
  }
}

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' });

/** An ISO time as the agency writes it: Swedish format, Swedish time (e.g. 2026-11-30 17:05). */
export function stockholmTime(iso: string): string {
  return STOCKHOLM.format(new Date(iso));
}
