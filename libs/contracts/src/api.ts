import { z } from 'zod';
import { CallStatusSchema, PipelineStageSchema } from './call.js';
import { DialogueTurnSchema, DraftSectionSchema, JournalDraftSchema } from './journal.js';
import { RoleSchema } from './roles.js';
import { CallSentimentSchema, SentimentAlertKindSchema } from './sentiment.js';
import { LanguageRequestSchema, LanguageSchema, TranscriptQualityLevelSchema, TranscriptQualitySchema, TranscriptSchema, TranscriptSourceSchema } from './transcript.js';

/**
 * The gateway's REST API, request and response shapes: the server validates what it receives
 * and what it sends with these (and describes them in its OpenAPI document at /docs), and the
 * browser app imports the types. Times are ISO 8601 strings in UTC (`2026-11-30T14:00:00.000Z`).
 */

const DateTime = z.iso.datetime();
const CallId = z.uuid();

// ── auth ──────────────────────────────────────────────────────────────────────────────────────

/** `POST /auth/login` body. */
export const LoginRequestSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** A signed-in user as the browser knows them (`GET /auth/me`, and in the login response). */
export const UserViewSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  role: RoleSchema,
  team: z.string().optional(),
});
export type UserView = z.infer<typeof UserViewSchema>;
export const MeResponseSchema = UserViewSchema;
export type MeResponse = UserView;

/** `POST /auth/login` response. */
export const LoginResponseSchema = z.object({
  accessToken: z.string().min(1),
  user: UserViewSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

// ── calls ─────────────────────────────────────────────────────────────────────────────────────

/** Why a call failed: the stage that gave up, a short content-free reason, when. Null unless the call failed. */
export const CallFailureSchema = z.object({
  stage: PipelineStageSchema,
  /** Content-free (never transcript text), e.g. `DamagedRecording: …`. */
  reason: z.string().max(500),
  attempts: z.number().int().nonnegative(),
  at: DateTime,
});
export type CallFailure = z.infer<typeof CallFailureSchema>;

/**
 * Whether the call has a redacted (masked) recording to play: `ready`; `pending` while it is being
 * made (it is stored a few seconds after the draft; the browser asks again only in this state); or
 * `none`, with why: `untimed` (redacted text has no times in the transcript, e.g. a plain-text
 * sidecar, so the audio cannot be masked and is never shown), `deleted` (the recordings were
 * deleted under the retention policy), `failed` (the call failed before a draft).
 */
export const RedactedAudioStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready') }),
  z.object({ state: z.literal('pending') }),
  z.object({ state: z.literal('none'), reason: z.enum(['untimed', 'deleted', 'failed']) }),
]);
export type RedactedAudioState = z.infer<typeof RedactedAudioStateSchema>;

/** A call's metadata: what every role that may see the call sees (`GET /calls`, and `call` in `GET /calls/:id`). */
export const CallSummarySchema = z.object({
  id: CallId,
  agentId: z.string().min(1),
  /** The agent's display name; null when the user store does not know the agent. */
  agentName: z.string().nullable(),
  status: CallStatusSchema,
  language: LanguageRequestSchema,
  durationMs: z.number().nonnegative(),
  channels: z.number().int().positive(),
  transcriptSource: TranscriptSourceSchema,
  /** How often ops replayed the call. */
  replays: z.number().int().nonnegative(),
  /** The journal entry's topic key as it stands (the agent's, else the draft's); null until drafted (and always for ops). */
  topic: z.string().nullable(),
  /** Whether `GET /calls/:id/audio` has a redacted recording to play (it is stored a few seconds after the draft). */
  hasRedactedAudio: z.boolean(),
  /** Whether a redacted recording exists, is being made, or will not exist and why. */
  redactedAudio: RedactedAudioStateSchema,
  /**
   * The level of the journal entry's `transcriptQuality` (the call view's field), for lists: `low`
   * is flagged in the agent's list and left out of the supervisor's sentiment; `unknown` until drafted.
   */
  transcriptQuality: TranscriptQualityLevelSchema,
  /**
   * A call waiting for transcription (`received`): its place in its lane (calls with the same
   * transcript source that arrived before it and are still waiting; 1 = next). Null otherwise.
   */
  queuePosition: z.number().int().positive().nullable(),
  failure: CallFailureSchema.nullable(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type CallSummary = z.infer<typeof CallSummarySchema>;

/** `GET /calls` query. */
export const CallListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type CallListQuery = z.infer<typeof CallListQuerySchema>;
export const CallListResponseSchema = z.array(CallSummarySchema);

/** The agent's saved text of the note (null until someone saves). */
export const JournalEditedSchema = z.object({
  text: z.string(),
  topic: z.string(),
  version: z.number().int().positive(),
  author: z.string(),
  at: DateTime,
});

export const JournalApprovalSchema = z.object({
  version: z.number().int().positive(),
  by: z.string(),
  at: DateTime,
});

/**
 * The journal entry as the reader may see it: the redacted draft, dialogue and sentiment; the
 * agent's edits (redacted for everyone but the call's own agent).
 */
export const JournalViewSchema = z.object({
  /** The draft's revision: bumped when a replay drafts the call again. */
  revision: z.number().int().positive(),
  draft: JournalDraftSchema,
  dialogue: z.array(DialogueTurnSchema),
  /**
   * How far the recognition can be trusted (computed once, when the call was drafted): on `low` the
   * UI warns, calls the sentiment unreliable and asks before approving. `unknown` for sidecar
   * transcripts and entries drafted before it existed.
   */
  transcriptQuality: TranscriptQualitySchema,
  sentiment: CallSentimentSchema.nullable(),
  edited: JournalEditedSchema.nullable(),
  approved: JournalApprovalSchema.nullable(),
  /** The version an edit must be based on (0: nobody has edited yet). */
  version: z.number().int().nonnegative(),
  updatedAt: DateTime,
});
export type JournalView = z.infer<typeof JournalViewSchema>;

/** `GET /calls/:id`: the call, and its journal entry (null until drafted, and always for ops). */
export const CallViewSchema = z.object({
  call: CallSummarySchema,
  journal: JournalViewSchema.nullable(),
});
export type CallView = z.infer<typeof CallViewSchema>;

/** A saved version of the note (`PUT /calls/:id/draft`, `POST /calls/:id/approve`, `GET /calls/:id/versions`). */
export const JournalVersionViewSchema = z.object({
  version: z.number().int().positive(),
  kind: z.enum(['edit', 'approve', 'reopen']),
  author: z.string(),
  at: DateTime,
  /** Absent for supervisors: the texts are the agent's own words. */
  text: z.string().optional(),
  topic: z.string(),
  draftRevision: z.number().int().positive(),
  /** `+ line` / `- line`, against the version before; absent for supervisors. */
  changes: z.string().optional(),
});
export type JournalVersionView = z.infer<typeof JournalVersionViewSchema>;
export const JournalVersionListSchema = z.array(JournalVersionViewSchema);

/** `GET /calls/:id/export` query. */
export const ExportQuerySchema = z.strictObject({ format: z.enum(['text', 'json']).default('text') });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** `GET /calls/:id/export?format=json`: the note for the agency's case system. */
export const JournalExportSchema = z.object({
  callId: CallId,
  agentId: z.string(),
  calledAt: DateTime,
  language: LanguageSchema,
  topic: z.string(),
  text: z.string(),
  /**
   * The machine draft's sections (with their sources) while `text` is still the draft's text; null
   * once the agent has changed the text, since they would no longer say what the note says.
   */
  sections: z.array(DraftSectionSchema).nullable(),
  version: z.number().int().nonnegative(),
  approved: JournalApprovalSchema.nullable(),
});
export type JournalExport = z.infer<typeof JournalExportSchema>;

/** `GET /calls/:id/transcript`: the unredacted transcript (only roles in `UNREDACTED_TRANSCRIPT_ROLES`). */
export const TranscriptResponseSchema = TranscriptSchema;

/** `GET /topics`: the deployment's taxonomy, for the topic picker and filters. */
export const TopicSchema = z.object({
  key: z.string().min(1),
  label: z.object({ sv: z.string(), en: z.string() }),
});
export type Topic = z.infer<typeof TopicSchema>;
export const TopicListSchema = z.array(TopicSchema);

// ── dashboard ─────────────────────────────────────────────────────────────────────────────────

/** `GET /dashboard` query. */
export const DashboardQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  topic: z.string().max(100).optional(),
  agent: z.string().max(100).optional(),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/** `GET /dashboard`: the supervisor's figures for the team's calls in a time range (redacted data only). */
export const SentimentDashboardSchema = z.object({
  from: DateTime,
  to: DateTime,
  /** Drafted (and approved) calls: the figures below count only these. */
  calls: z.number().int().nonnegative(),
  /** Calls of the period still in the work path, and calls that failed: counted apart, in no figure above. */
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /**
   * Drafted calls whose transcript quality is `low`: counted in `calls`, `callsPerHour` and
   * `topics`, but their sentiment (scored on unreliable text) is in neither `callerSentiment`, the
   * agents' averages nor `alerts`.
   */
  lowQualityCalls: z.number().int().nonnegative(),
  callsPerHour: z.array(z.object({ hour: DateTime, calls: z.number().int().nonnegative() })),
  /** Topic keys (`null`: a topic no longer in the taxonomy). */
  topics: z.array(z.object({ topic: z.string().nullable(), calls: z.number().int().nonnegative() })),
  /** One point per drafted call (not low-quality ones): when it came in and how the caller sounded at the end. */
  callerSentiment: z.array(z.object({ at: DateTime, callId: CallId, agentId: z.string(), score: z.number() })),
  agents: z.array(
    z.object({
      agentId: z.string(),
      agentName: z.string().nullable(),
      calls: z.number().int().nonnegative(),
      /** The mean of the agent's points in `callerSentiment` (low-quality calls left out); null when none. */
      averageCallerSentiment: z.number().nullable(),
    }),
  ),
  alerts: z.array(
    z.object({ callId: CallId, agentId: z.string(), at: DateTime, topic: z.string().nullable(), alerts: z.array(SentimentAlertKindSchema) }),
  ),
});
export type SentimentDashboard = z.infer<typeof SentimentDashboardSchema>;

// ── ops ───────────────────────────────────────────────────────────────────────────────────────

/** `GET /ops/failed-jobs`: a call a stage gave up on and that was not replayed since. No content. */
export const FailedJobViewSchema = z.object({
  callId: CallId,
  /** Whose call it is (id, and display name; null when the user store does not know the agent or the call is gone). */
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  /** When the call came in; null when the call is gone. */
  calledAt: DateTime.nullable(),
  stage: PipelineStageSchema,
  error: z.string(),
  attempts: z.number().int().nonnegative(),
  failedAt: DateTime,
});
export type FailedJobView = z.infer<typeof FailedJobViewSchema>;
export const FailedJobListSchema = z.array(FailedJobViewSchema);

/** `POST /ops/calls/:id/replay`, `POST /ops/replay-failed`: the calls put back on the work path. */
export const ReplayResultSchema = z.object({ replayed: z.array(CallId) });
export type ReplayResult = z.infer<typeof ReplayResultSchema>;

/**
 * The outcome of one replay: still in the work path, drafted again, failed again (at `stage`,
 * for `reason`), or replayed once more before it finished (`superseded`).
 */
export const ReplayOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('drafted') }),
  z.object({ status: z.literal('superseded') }),
  z.object({ status: z.literal('failed'), at: DateTime, stage: PipelineStageSchema, reason: z.string() }),
]);
export type ReplayOutcome = z.infer<typeof ReplayOutcomeSchema>;

/** `GET /ops/calls/:id/replays`: every replay of a call, oldest first. Ids, stages and short reasons; no content. */
export const ReplayEntrySchema = z.object({
  /** The replay's number (1 for the first). */
  replay: z.number().int().positive(),
  at: DateTime,
  /** Who asked: a user id (role ops) or `<os-user>@<host>` (role `cli`). */
  by: z.object({ id: z.string(), name: z.string().nullable(), role: z.string() }),
  /** The failure the replay answered; null when the call had not failed (a replay of a drafted call). */
  failed: z.object({ stage: PipelineStageSchema, reason: z.string() }).nullable(),
  outcome: ReplayOutcomeSchema,
});
export type ReplayEntry = z.infer<typeof ReplayEntrySchema>;
export const ReplayHistorySchema = z.object({ callId: CallId, replays: z.array(ReplayEntrySchema) });
export type ReplayHistory = z.infer<typeof ReplayHistorySchema>;

/** `GET /ops/queues`: one row per durable consumer. */
export const QueueRowSchema = z.object({
  stream: z.string(),
  consumer: z.string(),
  subject: z.string(),
  /** Messages not yet delivered to the consumer. */
  waiting: z.number().int().nonnegative(),
  /** Delivered and not yet acknowledged. */
  inProgress: z.number().int().nonnegative(),
  redelivered: z.number().int().nonnegative(),
  /** The stream sequence last delivered. */
  delivered: z.number().int().nonnegative(),
  streamMessages: z.number().int().nonnegative(),
  /**
   * Set while the gateway finds the queue stalled: work waiting or in progress, and neither the
   * delivered nor the acknowledged position moved for `QUEUE_STALL_MS`. The time is when it last
   * moved (as this gateway saw it); null when it moves or has nothing to do.
   */
  stalledSince: DateTime.nullable(),
  /**
   * Since when the oldest call waiting at this consumer's stage has waited, from the store: for
   * the transcription lanes the oldest call `received` or `transcribing` (sidecar calls in the
   * fast lane, the others in speech recognition's), for the journal the oldest `transcribed`;
   * null when none waits, and for the dead-letter consumers.
   */
  oldestWaitingSince: DateTime.nullable(),
});
export type QueueRow = z.infer<typeof QueueRowSchema>;
export const QueueListSchema = z.array(QueueRowSchema);

/** One indicator of a `/health` answer (`nats`, `mongodb`, …). */
export const HealthIndicatorSchema = z.looseObject({ status: z.string() });

/** Every service's `GET /health` (Terminus' shape): 200 when ok, 503 naming the failing part. */
export const HealthResponseSchema = z.looseObject({
  status: z.enum(['ok', 'error', 'shutting_down']),
  info: z.record(z.string(), HealthIndicatorSchema).optional(),
  error: z.record(z.string(), HealthIndicatorSchema).optional(),
  details: z.record(z.string(), HealthIndicatorSchema),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

/** `GET /ops/health`: each service's health as it reports it (`unreachable` when it does not answer). */
export const ServiceHealthSchema = z.object({
  service: z.string(),
  status: z.string(),
  details: z.record(z.string(), HealthIndicatorSchema),
});
export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;
export const ServiceHealthListSchema = z.array(ServiceHealthSchema);

// ── errors ────────────────────────────────────────────────────────────────────────────────────

/** Every 4xx/5xx answer. A 400 from validation lists `problems` (paths and codes, never values). */
export const ApiErrorSchema = z.looseObject({
  statusCode: z.number().int(),
  message: z.union([z.string(), z.array(z.string())]),
  error: z.string().optional(),
  problems: z.array(z.string()).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;
