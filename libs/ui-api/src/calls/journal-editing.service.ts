import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { describeChanges, type JournalEdit, type JournalVersionView } from '@samtal/contracts';
import { AuditLog, CallsRepository, JournalRepository, JournalVersionsRepository } from '@samtal/store';
import type { Principal } from '../auth/principal.js';
import { LiveGateway } from '../live/live.gateway.js';
import { CallAccess } from './call-access.service.js';
import { currentText, versionView } from './views.js';

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

  async save(principal: Principal, callId: string, edit: JournalEdit, approve: boolean): Promise<JournalVersionView> {
    const call = await this.access.callFor(principal, callId, 'edit');
    const entry = await this.journal.findByCallId(callId);
    if (!entry) throw new ConflictException('the call has no draft yet');
    if (entry.approved) throw new ConflictException('the journal entry is already approved');
    const current = currentText(entry);
    // A save that changes nothing is no version (approving an unchanged note is one: it records who approved).
    const changes = describeChanges(current.text, edit.text);
    if (!approve && edit.topic === current.topic && changes === '') {
      throw new UnprocessableEntityException('nothing to save: the text and the topic are unchanged');
    }
    const version = await this.versions.append(
      {
        callId,
        kind: approve ? 'approve' : 'edit',
        author: principal.sub,
        text: edit.text,
        topic: edit.topic,
        draftRevision: entry.revision,
        changes,
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
    await this.live.toCall(call.agentId, 'journal.updated', { callId, revision: entry.revision, version: version.version });
    if (approve) await this.live.toCall(call.agentId, 'call.updated', { callId, status: 'approved' }, { ops: true });
    return versionView(version);
  }

  /**
   * An approved note opened for changes again by its own agent (a correction found after approval):
   * a `reopen` version records who and when, the call is `drafted` again, and the audit log says so.
   */
  async reopen(principal: Principal, callId: string): Promise<JournalVersionView> {
    const call = await this.access.callFor(principal, callId, 'edit');
    const entry = await this.journal.findByCallId(callId);
    if (!entry?.approved) throw new ConflictException('the journal entry is not approved');
    const current = currentText(entry);
    const version = await this.versions.append(
      { callId, kind: 'reopen', author: principal.sub, text: current.text, topic: current.topic, draftRevision: entry.revision, changes: '' },
      entry.edited?.version ?? 0,
    );
    if (!version) throw new ConflictException('the journal entry changed since you opened it: reload it');
    const reopened = await this.journal.reopen(callId, { text: version.text, topic: version.topic, version: version.version, author: version.author, at: version.at });
    if (!reopened) throw new ConflictException('the journal entry was reopened already');
    await this.calls.setStatus(callId, 'drafted');
    await this.audit.record({ actor: principal.sub, role: principal.role, action: 'draft.reopen', callId, detail: `version ${version.version}` });
    await this.live.toCall(call.agentId, 'journal.updated', { callId, revision: entry.revision, version: version.version });
    await this.live.toCall(call.agentId, 'call.updated', { callId, status: 'drafted' }, { ops: true });
    return versionView(version);
  }
}

