import type { CallFailure, CallSummary, RedactedAudioState, JournalExport, JournalVersionView, JournalView } from '@samtal/contracts';
import { guardText } from '@samtal/redaction';
import type { Call, FailedJob, JournalEntry, JournalVersion } from '@samtal/store';
import type { Principal } from '../auth/principal.js';

/**
 * Stored documents to the shapes of `@samtal/contracts` (`api.ts`): what the REST API answers.
 * Times become ISO strings here, once.
 */

/** Why a failed call failed, from its open failed-job record (or the reason stored on the call). */
export function callFailure(call: Call, job: FailedJob | undefined): CallFailure | null {
  if (call.status !== 'failed') return null;
  if (job) return { stage: job.stage, reason: job.error.slice(0, 500), attempts: job.attempts, at: job.failedAt.toISOString() };
  // A call marked failed without a record (e.g. an ingest failure): the reason on the call.
  return { stage: 'ingest', reason: (call.error ?? 'unknown').slice(0, 500), attempts: 0, at: call.updatedAt.toISOString() };
}

/** A call's metadata: what every role may see. */
export function callSummary(
  call: Call,
  extra: { agentName?: string; topic?: string | null; failure?: FailedJob; queuePosition?: number | null; entry?: JournalEntry | null },
): CallSummary {
  return {
    id: call._id,
    agentId: call.agentId,
    agentName: extra.agentName ?? null,
    status: call.status,
    language: call.language,
    durationMs: call.audio.durationMs,
    channels: call.audio.channels,
    transcriptSource: call.transcriptSource,
    replays: call.replays,
    topic: extra.topic ?? null,
    redactedAudio: redactedAudioState(call),
    transcriptQuality: extra.entry?.transcriptQuality?.level ?? 'unknown',
    queuePosition: extra.queuePosition ?? null,
    failure: callFailure(call, extra.failure),
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

/** Whether the call's redacted recording exists, is being made, or will not exist (and why). */
export function redactedAudioState(call: Call): RedactedAudioState {
  if (call.audioDeletedAt) return { state: 'none', reason: 'deleted' };
  if (call.redactedAudioFileId) return { state: 'ready' };
  if (call.redactedAudioMissing) return { state: 'none', reason: call.redactedAudioMissing };
  if (call.status === 'failed') return { state: 'none', reason: 'failed' };
  return { state: 'pending' };
}

/**
 * The journal entry as the principal may see it. Draft, dialogue and sentiment are derived
 * from the redacted transcript already; the agent's own edits are redacted for everyone
 * but that agent (they may have typed personal data into their note), through the same
 * last scan that guards the draft (`guardText`: redaction, then the leak scan).
 */
export function journalView(entry: JournalEntry, principal: Principal): JournalView {
  const ownAgent = principal.role === 'agent' && principal.sub === entry.agentId;
  const edited = entry.edited && {
    text: ownAgent ? entry.edited.text : guardText(entry.edited.text, { lang: entry.draft.language }).text,
    topic: entry.edited.topic,
    version: entry.edited.version,
    author: entry.edited.author,
    at: entry.edited.at.toISOString(),
  };
  return {
    revision: entry.revision,
    draft: entry.draft,
    dialogue: entry.dialogue,
    transcriptQuality: entry.transcriptQuality ?? { level: 'unknown', meanConfidence: null, lowShare: null },
    sentiment: entry.sentiment ?? null,
    edited: edited || null,
    approved: entry.approved ? { version: entry.approved.version, by: entry.approved.by, at: entry.approved.at.toISOString() } : null,
    version: entry.edited?.version ?? 0,
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** A saved version; without its text and changes for readers other than the call's own agent. */
export function versionView(v: JournalVersion, withText = true): JournalVersionView {
  return {
    version: v.version,
    kind: v.kind,
    author: v.author,
    at: v.at.toISOString(),
    topic: v.topic,
    draftRevision: v.draftRevision,
    ...(withText ? { text: v.text, changes: v.changes } : {}),
  };
}

/** The text and topic (a taxonomy key) of the entry as it stands: the agent's latest version, else the draft. */
export function currentText(entry: JournalEntry): { text: string; topic: string } {
  return entry.edited ? { text: entry.edited.text, topic: entry.edited.topic } : { text: entry.draft.text, topic: entry.draft.topic.key };
}

/** The note for the agency's case system. */
export function journalExport(call: Call, entry: JournalEntry): JournalExport {
  const { text, topic } = currentText(entry);
  return {
    callId: call._id,
    agentId: call.agentId,
    calledAt: call.createdAt.toISOString(),
    language: entry.draft.language,
    topic,
    text,
    // The draft's sections describe the draft's text only: after the agent's changes they would contradict the note.
    sections: text === entry.draft.text ? entry.draft.sections : null,
    version: entry.edited?.version ?? 0,
    approved: entry.approved ? { version: entry.approved.version, by: entry.approved.by, at: entry.approved.at.toISOString() } : null,
  };
}
