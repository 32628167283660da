import { z } from 'zod';
import { CallStatusSchema, PipelineStageSchema } from './call.js';
import { RoleSchema } from './roles.js';
import { SentimentAlertKindSchema } from './sentiment.js';

/**
 * What the gateway sends browsers over Socket.IO: ids, statuses and small metadata, never
 * content. The browser reads content over REST (where access is checked and the read is
 * audited) when an event says something changed, so an event forged on NATS cannot put words
 * on anyone's screen. Browsers send nothing the server acts on.
 */

const CallId = z.uuid();

/** A call's status changed. On `failed`, `stage` and `reason` say where and why (content-free). */
export const CallUpdatedSchema = z.strictObject({
  callId: CallId,
  status: CallStatusSchema,
  stage: PipelineStageSchema.optional(),
  reason: z.string().max(500).optional(),
});
export type CallUpdated = z.infer<typeof CallUpdatedSchema>;

/** How far a call in the work path is (0–100 within its stage), for a progress bar. */
export const CallProgressSchema = z.strictObject({
  callId: CallId,
  stage: PipelineStageSchema,
  percent: z.number().min(0).max(100),
});
export type CallProgress = z.infer<typeof CallProgressSchema>;

/** The journal entry changed: a (re)draft (`revision`) or an agent's save (`version`). Read it over REST. */
export const JournalUpdatedSchema = z.strictObject({
  callId: CallId,
  /** The draft revision stored. */
  revision: z.number().int().positive(),
  /** The agent's version (0: not edited yet). */
  version: z.number().int().nonnegative(),
});
export type JournalUpdated = z.infer<typeof JournalUpdatedSchema>;

/** The call's sentiment was stored. */
export const SentimentUpdatedSchema = z.strictObject({ callId: CallId });
export type SentimentUpdated = z.infer<typeof SentimentUpdatedSchema>;

/**
 * Something a person should look at: a caller ending angry (supervisors), a stage that gave up
 * on a call (the agent and ops). A stopped queue is `queue.stall`.
 */
export const AlertSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('sentiment'), callId: CallId, agentId: z.string(), alerts: z.array(SentimentAlertKindSchema).min(1) }),
  z.strictObject({ kind: z.literal('stageFailed'), callId: CallId, agentId: z.string(), stage: PipelineStageSchema }),
]);
export type Alert = z.infer<typeof AlertSchema>;

/**
 * To ops: a durable consumer stopped moving (`stalled`: work waiting or in progress and no
 * movement for `QUEUE_STALL_MS`) or moves again (`recovered`). Queue names and counts only;
 * the page reads `GET /ops/queues` for the rest.
 */
export const QueueStallSchema = z.strictObject({
  state: z.enum(['stalled', 'recovered']),
  stream: z.string(),
  consumer: z.string(),
  /** When the queue last moved (ISO time). */
  since: z.iso.datetime(),
  waiting: z.number().int().nonnegative(),
  inProgress: z.number().int().nonnegative(),
});
export type QueueStall = z.infer<typeof QueueStallSchema>;

/** Sent once a socket is authenticated and placed in its rooms. */
export const SocketReadySchema = z.strictObject({ role: RoleSchema });

/** Sent just before the server closes a socket: its token expired or its user was disabled. */
export const SocketAuthErrorSchema = z.strictObject({ message: z.string() });

/** Every server → client Socket.IO event, by name, with its payload's schema. */
export const ServerEvents = {
  ready: SocketReadySchema,
  auth_error: SocketAuthErrorSchema,
  'call.updated': CallUpdatedSchema,
  'call.progress': CallProgressSchema,
  'journal.updated': JournalUpdatedSchema,
  'sentiment.updated': SentimentUpdatedSchema,
  alert: AlertSchema,
  'queue.stall': QueueStallSchema,
} as const;
export type ServerEventName = keyof typeof ServerEvents;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof ServerEvents)[E]>;

/** For `socket.io`'s typed `Server`/`Socket` (server) and `socket.io-client`'s `Socket<ServerToClientEvents, ClientToServerEvents>`. */
export type ServerToClientEvents = { [E in ServerEventName]: (payload: ServerEventPayload<E>) => void };
/** Browsers send nothing: the server acts on no client message. */
export type ClientToServerEvents = Record<string, never>;
