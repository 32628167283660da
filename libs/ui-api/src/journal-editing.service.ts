import { ConflictException, Injectable } from '@nestjs/common';
import { UiEvents, type JournalEdit } from '@samtal/contracts';
import { AuditLog, CallsRepository, JournalRepository, JournalVersionsRepository, type JournalVersion } from '@samtal/store';
import { diffLines } from 'diff';
import { CallAccess } from './call-access.service.js';
import { LiveGateway } from './live.gateway.js';
import type { Principal } from './principal.js';
import { currentText } from './views.js';


/** The agent edits the draft and approves it; every version is kept with who, when and what changed. */
@Injectable()
export class JournalEditing {
  constructor(
    private readonly access: CallAccess,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly versions: JournalVersionsRepository,
    private readonly audit: AuditLog,
    private readonly live: LiveGateway,
  ) {}

  async save(principal: Principal, callId: string, edit: JournalEdit, approve: boolean): Promise<JournalVersion> {
    const call = await this.access.callFor(principal, callId, 'edit');
    const entry = await this.journal.findByCallId(callId);
    if (!entry) throw new ConflictException('the call has no draft yet');
    if (entry.approved) throw new ConflictException('the journal entry is already approved');
    const version = await this.versions.append(
      {
        callId,
        kind: approve ? 'approve' : 'edit',
        author: principal.sub,
        text: edit.text,
        topic: edit.topic,
        draftRevision: entry.revision,
        changes: describeChanges(currentText(entry).text, edit.text),
      },
      edit.baseVersion,
    );
    if (!version) throw new ConflictException('the journal entry changed since you opened it: reload it and edit again');
    await this.journal.recordHumanVersion(
      callId,
      { text: version.text, topic: version.topic, version: version.version, author: version.author, at: version.at },
      approve ? { version: version.version, by: principal.sub, at: version.at } : undefined,
    );
    if (approve) await this.calls.setStatus(callId, 'approved');
    await this.audit.record({
      actor: principal.sub,
      role: principal.role,
      action: approve ? 'draft.approve' : 'draft.edit',
      callId,
      detail: `version ${version.version}`,
    });
    await this.live.notifyCall(call.agentId, UiEvents.callUpdated, { callId, status: approve ? 'approved' : call.status, version: version.version });
    return version;
  }
}

/** What changed, line by line, as `+ line` / `- line`. */
export function describeChanges(before: string, after: string): string {
  return diffLines(before, after)
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `${part.added ? '+' : '-'} ${line}`),
    )
    .join('\n');
}
