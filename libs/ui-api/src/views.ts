import { redact } from '@samtal/redaction';
import type { Call, JournalEntry } from '@samtal/store';
import type { Principal } from './principal.js';

/** A call's metadata: what every role may see. */
export function callSummary(call: Call) {
  return {
    id: call._id,
    agentId: call.agentId,
    status: call.status,
    language: call.language,
    durationMs: call.audio.durationMs,
    channels: call.audio.channels,
    transcriptSource: call.transcriptSource,
    replays: call.replays,
    createdAt: call.createdAt,
    updatedAt: call.updatedAt,
  };
}

/**
 * The journal entry as the principal may see it. Draft, dialogue and sentiment are derived
 * from the redacted transcript already; the agent's own edits are redacted for everyone
 * but that agent (they may have typed personal data into their note).
 */
export function journalView(entry: JournalEntry, principal: Principal) {
  const ownAgent = principal.role === 'agent' && principal.sub === entry.agentId;
  const edited = entry.edited && {
    ...entry.edited,
    text: ownAgent ? entry.edited.text : redact(entry.edited.text, { lang: entry.draft.language }).text,
  };
  return {
    revision: entry.revision,
    draft: entry.draft,
    dialogue: entry.dialogue,
    sentiment: entry.sentiment ?? null,
    edited: edited ?? null,
    approved: entry.approved ?? null,
    /** The version an edit must be based on (0: nobody has edited yet). */
    version: entry.edited?.version ?? 0,
    updatedAt: entry.updatedAt,
  };
}

/** The text and topic (a taxonomy key) of the entry as it stands: the agent's latest version, else the draft. */
export function currentText(entry: JournalEntry): { text: string; topic: string } {
  return entry.edited ? { text: entry.edited.text, topic: entry.edited.topic } : { text: entry.draft.text, topic: entry.draft.topic.key };
}
