import { DEAD_LETTER_PREFIX, Events } from '@samtal/contracts';

/**
 * Samtal's JetStream topology, declared in code and created idempotently at start-up
 * by every service (see `ensureTopology`). Subjects are listed in libs/contracts.
 */
export interface StreamSpec {
  name: string;
  subjects: string[];
  description: string;
}

export interface ConsumerSpec {
  stream: StreamSpec;
  /** Durable name: every process using it shares its messages (work-queue semantics). */
  durable: string;
  filterSubject: string;
  /**
   * The `@EventPattern` of its handler, when it is not the subject: two consumers of one
   * subject (lanes) each have their own handler.
   */
  handlerPattern?: string;
  description: string;
  /** Consumers of last resort (dead letters, advisories) retry until they succeed. */
  retryForever?: boolean;
}

export const Streams = {
  calls: {
    name: 'SAMTAL_CALLS',
    subjects: ['calls.>'],
    description: 'Work on calls: received, transcribed, a stage failed',
  },
  journal: {
    name: 'SAMTAL_JOURNAL',
    subjects: ['journal.>', 'sentiment.>'],
    description: 'Drafts and sentiment, for late subscribers and audit',
  },
  deadLetters: {
    name: 'SAMTAL_DEAD_LETTERS',
    subjects: [`${DEAD_LETTER_PREFIX}.>`],
    description: 'Messages that failed every attempt, with their reason',
  },
  advisories: {
    name: 'SAMTAL_ADVISORIES',
    // JetStream announces here when a consumer stops redelivering a message (e.g. every
    // attempt crashed its worker). Keeping the advisories in a stream means none is missed.
    subjects: ['$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.>'],
    description: 'Max-deliveries advisories, turned into dead letters',
  },
} as const satisfies Record<string, StreamSpec>;

export const Consumers = {
  /**
   * Two lanes over `calls.received`, each its own durable consumer with its own workers, so a
   * call with its own transcript never waits behind speech recognition: each lane takes its own
   * calls and acks the other lane's at once (the stream keeps every message for both).
   */
  transcriber: {
    stream: Streams.calls,
    durable: 'transcriber',
    filterSubject: Events.callReceived.subject,
    handlerPattern: `${Events.callReceived.subject}#sidecar`,
    description: 'Received calls with a sidecar transcript (no speech recognition): the fast lane',
  },
  speechRecognition: {
    stream: Streams.calls,
    durable: 'asr',
    filterSubject: Events.callReceived.subject,
    handlerPattern: `${Events.callReceived.subject}#asr`,
    description: 'Received calls that need speech recognition (whisper.cpp): their own lane',
  },
  journal: {
    stream: Streams.calls,
    durable: 'journal',
    filterSubject: Events.callTranscribed.subject,
    description: 'Redacts transcripts, drafts journal notes and scores sentiment',
  },
  failedTranscriptions: {
    stream: Streams.deadLetters,
    durable: 'failed-transcriptions',
    filterSubject: `${DEAD_LETTER_PREFIX}.${Events.callReceived.subject}`,
    description: 'Records calls whose transcription gave up, for ops to replay',
    retryForever: true,
  },
  failedDrafts: {
    stream: Streams.deadLetters,
    durable: 'failed-drafts',
    filterSubject: `${DEAD_LETTER_PREFIX}.${Events.callTranscribed.subject}`,
    description: 'Records calls whose drafting gave up, for ops to replay',
    retryForever: true,
  },
  deadLetterRouter: {
    stream: Streams.advisories,
    durable: 'dead-letter-router',
    filterSubject: '$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.>',
    description: 'Moves messages that ran out of deliveries to the dead-letter stream',
    retryForever: true,
  },
} as const satisfies Record<string, ConsumerSpec>;

/**
 * What each service declares at start-up: the streams it publishes into or consumes from,
 * and the durable consumers it works from. Its NATS user is allowed exactly these
 * (infra/nats/auth.conf), so a service cannot reconfigure another's stream or consumer.
 * The gateway declares nothing: it reads the streams through ordered consumers of its own.
 */
export const ServiceTopologies = {
  ingest: { streams: [Streams.calls], consumers: [] },
  transcriber: {
    streams: [Streams.calls, Streams.deadLetters, Streams.advisories],
    consumers: [Consumers.transcriber, Consumers.speechRecognition, Consumers.failedTranscriptions, Consumers.deadLetterRouter],
  },
  journal: {
    streams: [Streams.calls, Streams.journal, Streams.deadLetters, Streams.advisories],
    consumers: [Consumers.journal, Consumers.failedDrafts, Consumers.deadLetterRouter],
  },
  gateway: { streams: [], consumers: [] },
  cli: { streams: [Streams.calls], consumers: [] },
} as const satisfies Record<string, { streams: readonly StreamSpec[]; consumers: readonly ConsumerSpec[] }>;
export type ServiceWithTopology = keyof typeof ServiceTopologies;
