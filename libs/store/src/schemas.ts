import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { CALL_STATUSES, PIPELINE_STAGES, type CallStatus, type PipelineStage } from '@samtal/contracts';
import type {
  AudioInfo,
  CallSentiment,
  ChannelMap,
  DialogueTurn,
  JournalDraft,
  Language,
  LanguageRequest,
  Segment,
  TranscriptQuality,
  TranscriptSource,
} from '@samtal/contracts';
import { Schema as MongooseSchema, type HydratedDocument } from 'mongoose';

export { CALL_STATUSES, type CallStatus };

export interface StoredAudio extends AudioInfo {
  fileId: string;
  filename: string;
  sizeBytes: number;
}

/** A call: its metadata and where it is in the pipeline. Holds no transcript text. */
@Schema({ collection: 'calls', timestamps: true, versionKey: false })
export class Call {
  @Prop({ type: String, required: true })
  _id!: string;

  /**
   * Client-chosen key (or the call id): the same upload twice makes one call. Unique across
   * sources: a key belongs to the source that used it first (another source gets 409).
   */
  @Prop({ type: String, required: true, unique: true })
  idempotencyKey!: string;

  /** The telephony source that uploaded the call (`samtal sources`); absent on calls from before sources existed. */
  @Prop({ type: String, index: true })
  sourceId?: string;

  /** sha256 of what was uploaded (recording, sidecar, fields): a repeat must match it to count as the same call. */
  @Prop({ type: String })
  contentHash?: string;

  /** The agent the upload named, when it was not an enabled agent and the call went to the fallback queue. */
  @Prop({ type: String })
  requestedAgentId?: string;

  @Prop({ type: String, required: true, index: true })
  agentId!: string;

  @Prop({ type: String, required: true, enum: CALL_STATUSES, index: true })
  status!: CallStatus;

  /**
   * When the call reached the stage it waits at: set with every status but `transcribing`, which
   * keeps the time the call was `received` (transcription's queue). Ops' queue age
   * (`oldestWaitingSince`) reads it; absent on calls from before it existed (`updatedAt` stands in).
   */
  @Prop({ type: Date })
  stageSince?: Date;

  @Prop({ type: String, required: true })
  language!: LanguageRequest;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  audio!: StoredAudio;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  channelMap!: ChannelMap;

  @Prop({ type: String, required: true })
  transcriptSource!: TranscriptSource;

  /** The sidecar transcript as uploaded, when there was one (GridFS, beside the audio). */
  @Prop({ type: String })
  sidecarFileId?: string;

  /** The recording with every redacted span masked (GridFS, beside the audio), once drafted. */
  @Prop({ type: String })
  redactedAudioFileId?: string;

  /** Why no redacted recording will be made (set when drafting skips masking): `untimed`, redacted text without times. */
  @Prop({ type: String })
  redactedAudioMissing?: 'untimed';

  /** When `calls.received` was accepted by JetStream; unset means it still has to be sent. */
  @Prop({ type: Date })
  queuedAt?: Date;

  @Prop({ type: Number, default: 0 })
  replays!: number;

  /** When the recordings (original, sidecar, redacted copy) were deleted under the retention policy. */
  @Prop({ type: Date })
  audioDeletedAt?: Date;

  /** Content-free reason of the last failure. */
  @Prop({ type: String })
  error?: string;

  createdAt!: Date;
  updatedAt!: Date;
}
export type CallDocument = HydratedDocument<Call>;
export const CallSchema = SchemaFactory.createForClass(Call);
CallSchema.index({ agentId: 1, createdAt: -1 });
// The oldest call waiting at a stage, per lane: an equality on both, then the first by time.
CallSchema.index({ status: 1, transcriptSource: 1, stageSince: 1 });

/** The unredacted transcript. Kept apart from everything the UI reads; access is restricted. */
@Schema({ collection: 'transcripts', timestamps: true, versionKey: false })
export class StoredTranscript {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  language!: Language;

  @Prop({ type: String, required: true })
  source!: TranscriptSource;

  @Prop({ type: [MongooseSchema.Types.Mixed], required: true })
  segments!: Segment[];

  createdAt!: Date;
  updatedAt!: Date;
}
export const TranscriptSchema = SchemaFactory.createForClass(StoredTranscript);

/** The redacted draft journal entry with the redacted dialogue and sentiment: what the UI shows. */
@Schema({ collection: 'journal_entries', timestamps: true, versionKey: false })
export class JournalEntry {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true, index: true })
  agentId!: string;

  /** Bumped when the call is drafted again (a replay); clients keep the newest. */
  @Prop({ type: Number, required: true })
  revision!: number;

  /** The `calls.transcribed` event this revision came from: a redelivery of it is a no-op. */
  @Prop({ type: String, required: true })
  sourceEventId!: string;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  draft!: JournalDraft;

  @Prop({ type: [MongooseSchema.Types.Mixed], required: true })
  dialogue!: DialogueTurn[];

  @Prop({ type: MongooseSchema.Types.Mixed })
  sentiment?: CallSentiment;

  /** How far the recognition can be trusted, judged when drafted (absent on entries drafted before it existed). */
  @Prop({ type: MongooseSchema.Types.Mixed })
  transcriptQuality?: TranscriptQuality;

  /** The agent's current text and topic, once edited (the latest `journal_versions` entry). */
  @Prop({ type: MongooseSchema.Types.Mixed })
  edited?: { text: string; topic: string; version: number; author: string; at: Date };

  @Prop({ type: MongooseSchema.Types.Mixed })
  approved?: { version: number; by: string; at: Date };

  createdAt!: Date;
  updatedAt!: Date;
}
export const JournalEntrySchema = SchemaFactory.createForClass(JournalEntry);

export { PIPELINE_STAGES, type PipelineStage };

/** A call a stage gave up on. Ops see these and replay them. */
@Schema({ collection: 'failed_jobs', timestamps: true, versionKey: false })
export class FailedJob {
  /** `<stage>:<callId>`: one record per call and stage, updated on each failure. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true, index: true })
  callId!: string;

  @Prop({ type: String, required: true, enum: PIPELINE_STAGES })
  stage!: PipelineStage;

  @Prop({ type: String, required: true })
  error!: string;

  @Prop({ type: Number, required: true })
  attempts!: number;

  @Prop({ type: Date, required: true })
  failedAt!: Date;

  /** Set when ops replay the call. */
  @Prop({ type: Date })
  replayedAt?: Date;

  createdAt!: Date;
  updatedAt!: Date;
}
export const FailedJobSchema = SchemaFactory.createForClass(FailedJob);

/** What became of a replay, once known (see `ReplayOutcome` in `@samtal/contracts`). */
export interface StoredReplayOutcome {
  status: 'drafted' | 'failed' | 'superseded';
  at?: Date;
  stage?: PipelineStage;
  reason?: string;
}

/** One replay of a call: when, by whom, what it answered, and (once known) what came of it. No content. */
@Schema({ collection: 'call_replays', timestamps: true, versionKey: false })
export class ReplayRecord {
  /** `<callId>:<replay>` */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true, index: true })
  callId!: string;

  /** The call's replay number (1 for the first). */
  @Prop({ type: Number, required: true })
  replay!: number;

  /** Indexed: retention deletes records older than `RETENTION_FAILED_JOBS` by it. */
  @Prop({ type: Date, required: true, index: true })
  at!: Date;

  /** A user id (API) or `<os-user>@<host>` (`samtal replay`). */
  @Prop({ type: String, required: true })
  actor!: string;

  /** The user's display name when they replayed. */
  @Prop({ type: String })
  actorName?: string;

  @Prop({ type: String, required: true })
  role!: string;

  /** The failure the replay answered (stage and its short, content-free reason); absent when the call had not failed. */
  @Prop({ type: MongooseSchema.Types.Mixed })
  failed?: { stage: PipelineStage; reason: string };

  /** Set once the outcome is known. */
  @Prop({ type: MongooseSchema.Types.Mixed })
  outcome?: StoredReplayOutcome;

  createdAt!: Date;
  updatedAt!: Date;
}
export const ReplayRecordSchema = SchemaFactory.createForClass(ReplayRecord);
ReplayRecordSchema.index({ callId: 1, replay: 1 });
