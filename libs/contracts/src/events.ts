import { z } from 'zod';
import { AudioInfoSchema, ChannelMapSchema } from './audio.js';
import { PipelineStageSchema } from './call.js';
import { LanguageRequestSchema, LanguageSchema, TranscriptSourceSchema } from './transcript.js';

/**
 * Every event travels in this envelope. `version` is the version of `data`'s schema:
 * a breaking change adds a new version beside the old one, and consumers accept both
 * until every producer has moved on.
 */
export const EnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  version: z.number().int().positive(),
  callId: z.uuid(),
  occurredAt: z.iso.datetime(),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export interface EventDefinition<S extends string, V extends number, D extends z.ZodType> {
  subject: S;
  version: V;
  data: D;
  /** Events that reach the browser must be free of personal data. */
  uiFacing: boolean;
  description: string;
}

function defineEvent<S extends string, V extends number, D extends z.ZodType>(
  def: EventDefinition<S, V, D>,
): EventDefinition<S, V, D> {
  return def;
}

export const CallReceivedV1 = defineEvent({
  subject: 'calls.received',
  version: 1,
  uiFacing: false,
  description:
    'A recording was accepted and stored. The transcriber takes it from here (work queue: one transcriber per call).',
  data: z.object({
    agentId: z.string().min(1),
    language: LanguageRequestSchema,
    audio: AudioInfoSchema.extend({ fileId: z.string(), filename: z.string(), sizeBytes: z.number().int().positive() }),
    channelMap: ChannelMapSchema,
    /** `sidecar`: a transcript came with the upload and ASR is skipped. */
    transcriptSource: TranscriptSourceSchema,
    /** Set when ops re-enqueue a call; the attempt number makes the message id unique. */
    replayOf: z.number().int().positive().optional(),
  }),
});

export const CallTranscribedV1 = defineEvent({
  subject: 'calls.transcribed',
  version: 1,
  uiFacing: false,
  description:
    'The transcript is stored (unredacted, restricted collection). Carries no text: the journal service reads it from the store.',
  data: z.object({
    agentId: z.string().min(1),
    language: LanguageSchema,
    source: TranscriptSourceSchema,
    segmentCount: z.number().int().nonnegative(),
    durationMs: z.number().int().nonnegative(),
    /**
     * The call's pass (its replay count) this transcript is of: drafting drops the event of a pass
     * that a replay has overtaken. Absent in events from before it was added (read as the call's pass).
     */
    replays: z.number().int().nonnegative().optional(),
  }),
});

export const StageFailedV1 = defineEvent({
  subject: 'calls.stage_failed',
  version: 1,
  uiFacing: true,
  description:
    'A stage (ingest, transcription, drafting) gave up on a call after its configured attempts; the call is `failed` and a failed-job record is stored for ops to replay.',
  data: z.object({
    agentId: z.string().min(1),
    stage: PipelineStageSchema,
    attempts: z.number().int().nonnegative(),
    /** A short, content-free reason (never transcript text). */
    error: z.string().max(500),
  }),
});

export const TranscriptionProgressV1 = defineEvent({
  subject: 'transcription.progress',
  version: 1,
  uiFacing: true,
  description:
    "How far speech recognition of a call has come (whisper.cpp's progress). Core NATS only, not kept in a stream: a lost one is replaced by the next.",
  data: z.object({
    agentId: z.string().min(1),
    /** Share of the call's speech recognised, 0–100. */
    percent: z.number().int().min(0).max(100),
    /** The call's pass (0, or the replay number), so a late event of an earlier pass is told apart. */
    replays: z.number().int().nonnegative(),
  }),
});

/**
 * Version 2 carries ids only: the draft, the dialogue and the sentiment are read from the store.
 * (Version 1 carried them whole, and a long call's draft outgrew NATS' `max_payload`.)
 */
export const JournalDraftedV2 = defineEvent({
  subject: 'journal.drafted',
  version: 2,
  uiFacing: true,
  description: "The redacted draft journal note is stored (read it from the store); the gateway tells the agent's screen.",
  data: z.strictObject({
    agentId: z.string().min(1),
    /** Increases each time the call is drafted again (a replay), so clients keep the newest. */
    revision: z.number().int().positive(),
  }),
});

export const SentimentUpdatedV2 = defineEvent({
  subject: 'sentiment.updated',
  version: 2,
  uiFacing: true,
  description: 'Sentiment of the call is stored (per utterance, speaker and call: read it from the store), for the agent view and the dashboard.',
  data: z.strictObject({
    agentId: z.string().min(1),
    revision: z.number().int().positive(),
  }),
});

/** Every event Samtal publishes, by subject. */
export const Events = {
  callReceived: CallReceivedV1,
  callTranscribed: CallTranscribedV1,
  stageFailed: StageFailedV1,
  transcriptionProgress: TranscriptionProgressV1,
  journalDrafted: JournalDraftedV2,
  sentimentUpdated: SentimentUpdatedV2,
} as const;

export type AnyEventDefinition = (typeof Events)[keyof typeof Events];
export type EventData<E extends AnyEventDefinition> = z.infer<E['data']>;
export type EventOf<E extends AnyEventDefinition> = Omit<Envelope, 'data' | 'type' | 'version'> & {
  type: E['subject'];
  version: E['version'];
  data: EventData<E>;
};

const bySubject = new Map<string, AnyEventDefinition[]>();
for (const def of Object.values(Events)) {
  bySubject.set(def.subject, [...(bySubject.get(def.subject) ?? []), def]);
}

export function eventDefinitionFor(subject: string, version: number): AnyEventDefinition | undefined {
  return bySubject.get(subject)?.find((d) => d.version === version);
}

/** Dead letters keep their original subject under this prefix, e.g. `dlq.calls.received`. */
export const DEAD_LETTER_PREFIX = 'dlq';
export const deadLetterSubject = <S extends string>(subject: S) => `${DEAD_LETTER_PREFIX}.${subject}` as const;

/** Header names carried on every message. */
export const Headers = {
  callId: 'Samtal-Call-Id',
  eventType: 'Samtal-Event-Type',
  eventVersion: 'Samtal-Event-Version',
  deadLetterReason: 'Samtal-Dead-Letter-Reason',
  deadLetterAttempts: 'Samtal-Dead-Letter-Attempts',
  deadLetterSubject: 'Samtal-Dead-Letter-Subject',
} as const;
