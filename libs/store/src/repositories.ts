import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TranscriptSourceSchema, type CallSentiment, type DialogueTurn, type JournalDraft, type Transcript, type TranscriptQuality, type TranscriptSource } from '@samtal/contracts';
import type { Model } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.js';
import {
  Call,
  FailedJob,
  JournalEntry,
  ReplayRecord,
  StoredTranscript,
  type CallStatus,
  type StoredReplayOutcome,
  type PipelineStage,
} from './schemas.js';


/** Up to this many ids are read by one `_id` lookup each (index-served on FerretDB too); more by `$in`. */
const LOOKUPS_PER_QUERY = 200;

/** A call at one of these statuses is past transcription for its pass: transcribing it again changes nothing. */
export const PAST_TRANSCRIPTION: ReadonlySet<CallStatus> = new Set(['drafted', 'approved', 'failed']);

export type NewCall = Omit<Call, 'status' | 'stageSince' | 'replays' | 'createdAt' | 'updatedAt' | 'queuedAt' | 'error' | 'redactedAudioFileId' | 'redactedAudioMissing' | 'audioDeletedAt'>;

@Injectable()
export class CallsRepository {
  constructor(@InjectModel(Call.name) private readonly calls: Model<Call>) {}

  /** Inserts the call unless one with the same idempotency key exists; returns whichever is stored. */
  async createOnce(call: NewCall): Promise<{ call: Call; created: boolean }> {
    return this.insertOnce(call, 'received');
  }

  /**
   * The first step of an upload: the call, with status `uploading`, before any of its files.
   * A call with the same idempotency key already there is returned instead (created: false).
   */
  async createUploading(call: NewCall): Promise<{ call: Call; created: boolean }> {
    return this.insertOnce(call, 'uploading');
  }

  private async insertOnce(call: NewCall, status: CallStatus): Promise<{ call: Call; created: boolean }> {
    const existing = await this.findByIdempotencyKey(call.idempotencyKey);
    if (existing) return { call: existing, created: false };
    try {
      const created = await this.calls.create({ ...call, status, stageSince: new Date(), replays: 0 });
      return { call: created.toObject(), created: true };
    } catch (err) {
      // A concurrent upload with the same key won the race.
      if (!isDuplicateKey(err)) throw err;
      const winner = await this.findByIdempotencyKey(call.idempotencyKey);
      if (!winner) throw err;
      return { call: winner, created: false };
    }
  }

  /** Every file is stored: the call enters the pipeline. */
  async completeUpload(id: string): Promise<Call | null> {
    return this.calls.findOneAndUpdate({ _id: id, status: 'uploading' }, { $set: { status: 'received', stageSince: new Date() } }, { new: true }).lean<Call>().exec();
  }

  /** An upload that failed (or was abandoned): its call goes; the caller removes its files first. */
  async deleteUploading(id: string): Promise<void> {
    await this.calls.deleteOne({ _id: id, status: 'uploading' }).exec();
  }

  /** Calls left `uploading` by a process that died mid-upload. */
  findStaleUploads(olderThan: Date, limit = 100): Promise<Call[]> {
    return this.calls.find({ status: 'uploading', createdAt: { $lt: olderThan } }).limit(limit).lean<Call[]>().exec();
  }

  /** Which of these ids are calls. */
  async existingIds(ids: string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    if (unique.length > LOOKUPS_PER_QUERY) {
      const found = await this.calls.find({ _id: { $in: unique } }, { _id: 1 }).lean<{ _id: string }[]>().exec();
      return new Set(found.map((c) => c._id));
    }
    // One `_id` lookup each, not `$in`, which FerretDB answers by a scan (see JournalRepository.findByCallIds).
    const found = await Promise.all(unique.map((id) => this.calls.exists({ _id: id }).exec()));
    return new Set(unique.filter((_, i) => found[i] !== null));
  }

  findById(id: string): Promise<Call | null> {
    return this.calls.findById(id).lean<Call>().exec();
  }

  /** The calls with these ids (missing ones left out), by id. */
  async findByIds(ids: readonly string[]): Promise<Map<string, Call>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    // One `_id` lookup each for a page, not `$in`, which FerretDB answers by a scan (see existingIds).
    const found =
      unique.length > LOOKUPS_PER_QUERY
        ? await this.calls.find({ _id: { $in: unique } }).lean<Call[]>().exec()
        : (await Promise.all(unique.map((id) => this.calls.findById(id).lean<Call>().exec()))).filter((c): c is Call => c !== null);
    return new Map(found.map((c) => [c._id, c]));
  }

  findByIdempotencyKey(key: string): Promise<Call | null> {
    return this.calls.findOne({ idempotencyKey: key }).lean<Call>().exec();
  }

  /**
   * JetStream acknowledged the call's `calls.received` for this pass (`replays`): stored in the
   * stream, by ingest's own publish or by the outbox's re-announcement (then as a duplicate of
   * an earlier publish whose fate was unknown). An ack for an earlier pass marks nothing.
   */
  async markQueued(id: string, replays = 0): Promise<void> {
    await this.calls.updateOne({ _id: id, replays }, { $set: { queuedAt: new Date() } }).exec();
  }

  /**
   * Calls stored whose announcement JetStream has not acknowledged (the publish failed or its
   * fate is unknown): the outbox announces them again under the same message id.
   */
  findUnqueued(olderThan: Date, limit = 100): Promise<Call[]> {
    return this.calls
      .find({ queuedAt: { $exists: false }, status: { $ne: 'uploading' }, createdAt: { $lt: olderThan } })
      .limit(limit)
      .lean<Call[]>()
      .exec();
  }

  async setStatus(id: string, status: CallStatus, error?: string): Promise<void> {
    // `transcribing` is still transcription's stage: the wait counts from `received`.
    const set = status === 'transcribing' ? { status } : { status, stageSince: new Date() };
    const update = error === undefined ? { $set: set, $unset: { error: 1 } } : { $set: { ...set, error } };
    await this.calls.updateOne({ _id: id }, update).exec();
  }

  /**
   * Transcription's own stages (`transcribing`, `transcribed`) for one pass: written only while the
   * call is at that pass and not yet past transcription. A redelivered `calls.received` (its ack lost
   * when a NATS node died) may transcribe again after the call was drafted; an unconditional write
   * would move it back to `transcribed`, where nothing moves it on (the re-announcement is a
   * duplicate). Returns whether the status was written.
   */
  async setTranscriptionStatus(id: string, status: 'transcribing' | 'transcribed', pass: number): Promise<boolean> {
    const set = status === 'transcribing' ? { status } : { status, stageSince: new Date() };
    const result = await this.calls
      .updateOne({ _id: id, replays: pass, status: { $nin: [...PAST_TRANSCRIPTION] } }, { $set: set, $unset: { error: 1 } })
      .exec();
    return result.matchedCount === 1;
  }

  /**
   * Drafting's outcome for one pass: written only while the call is at that pass. A replay begun
   * while an older pass was drafting has set the call back to `received`; writing `drafted` over it
   * would make the replay's transcription skip the call as done. Returns whether it was written.
   */
  async setDraftStatus(id: string, status: 'drafted' | 'approved', pass: number): Promise<boolean> {
    const result = await this.calls.updateOne({ _id: id, replays: pass }, { $set: { status, stageSince: new Date() }, $unset: { error: 1 } }).exec();
    return result.matchedCount === 1;
  }

  /**
   * A call's place in its transcription lane while it waits (`received`): 1 + the calls of the same
   * transcript source that have waited longer (the `{ status, transcriptSource, stageSince }` index
   * counts them). Null for a call that does not wait, or that predates `stageSince`.
   */
  async queuePosition(call: Pick<Call, 'status' | 'transcriptSource' | 'stageSince'>): Promise<number | null> {
    if (call.status !== 'received' || !call.stageSince) return null;
    const ahead = await this.calls.countDocuments({ status: 'received', transcriptSource: call.transcriptSource, stageSince: { $lt: call.stageSince } }).exec();
    return ahead + 1;
  }

  /**
   * Since when the longest-waiting call at these statuses (of these transcript sources) has waited,
   * or null when none waits. One query per status and source, each of which MongoDB answers from
   * the `{ status, transcriptSource, stageSince }` index, stopping at its first entry.
   */
  async oldestWaitingSince(statuses: readonly CallStatus[], sources: readonly TranscriptSource[] = TranscriptSourceSchema.options): Promise<Date | null> {
    const firsts = await Promise.all(
      statuses.flatMap((status) =>
        sources.map((transcriptSource) =>
          this.calls
            .findOne({ status, transcriptSource }, { stageSince: 1, updatedAt: 1 })
            .sort({ stageSince: 1 })
            .lean<Pick<Call, 'stageSince' | 'updatedAt'>>()
            .exec(),
        ),
      ),
    );
    const times = firsts.flatMap((c) => (c ? [(c.stageSince ?? c.updatedAt).getTime()] : []));
    return times.length > 0 ? new Date(Math.min(...times)) : null;
  }

  /** Calls at one of these statuses since before `olderThan`, the longest-waiting first. */
  findAtStatusSince(statuses: readonly CallStatus[], olderThan: Date, limit = 100): Promise<Call[]> {
    return this.calls
      .find({ status: { $in: [...statuses] }, stageSince: { $lt: olderThan } })
      .sort({ stageSince: 1 })
      .limit(limit)
      .lean<Call[]>()
      .exec();
  }

  async setRedactedAudio(id: string, fileId: string): Promise<void> {
    await this.calls.updateOne({ _id: id }, { $set: { redactedAudioFileId: fileId }, $unset: { redactedAudioMissing: 1 } }).exec();
  }

  /** Records that no redacted recording will be made for the call, and why (the UI says it). */
  async setRedactedAudioMissing(id: string, reason: 'untimed'): Promise<void> {
    await this.calls.updateOne({ _id: id }, { $set: { redactedAudioMissing: reason } }).exec();
  }

  /** Calls received before `before` that still have recordings, oldest first. */
  findWithAudioBefore(before: Date, limit = 500): Promise<Call[]> {
    return this.calls
      // An upload in progress is not the retention period's: an abandoned one is removed whole.
      .find({ createdAt: { $lt: before }, audioDeletedAt: { $exists: false }, status: { $ne: 'uploading' } })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<Call[]>()
      .exec();
  }

  async markAudioDeleted(id: string): Promise<void> {
    await this.calls.updateOne({ _id: id }, { $set: { audioDeletedAt: new Date() } }).exec();
  }

  /** Counts a replay and returns the new replay number (it makes the replay's message id unique). */
  async startReplay(id: string): Promise<number> {
    const call = await this.calls
      .findOneAndUpdate(
        { _id: id, status: { $ne: 'uploading' } },
        // A new pass is queued only once JetStream acknowledges its own announcement.
        { $inc: { replays: 1 }, $set: { status: 'received', stageSince: new Date() }, $unset: { error: 1, queuedAt: 1 } },
        { returnDocument: 'after' },
      )
      .lean<Call>()
      .exec();
    if (!call) throw new Error(`call ${id} not found (or still uploading)`);
    return call.replays;
  }

  /** The newest calls of some agents (all agents when `agentIds` is undefined), optionally in a time range; uploads still in progress are not calls yet. */
  list(filter: { agentIds?: string[]; from?: Date; to?: Date; limit?: number }): Promise<Call[]> {
    const query: Record<string, unknown> = { status: { $ne: 'uploading' } };
    if (filter.agentIds) query['agentId'] = { $in: filter.agentIds };
    if (filter.from || filter.to) {
      query['createdAt'] = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    return this.calls.find(query).sort({ createdAt: -1 }).limit(filter.limit ?? 100).lean<Call[]>().exec();
  }
}

@Injectable()
export class TranscriptsRepository {
  constructor(@InjectModel(StoredTranscript.name) private readonly transcripts: Model<StoredTranscript>) {}

  async save(callId: string, transcript: Transcript): Promise<void> {
    await this.transcripts
      .updateOne({ _id: callId }, { $set: { ...transcript } }, { upsert: true })
      .exec();
  }

  /** Deletes transcripts last written before `before`; returns how many. */
  async deleteWrittenBefore(before: Date): Promise<number> {
    return (await this.transcripts.deleteMany({ updatedAt: { $lt: before } }).exec()).deletedCount;
  }

  async get(callId: string): Promise<Transcript | null> {
    const doc = await this.transcripts.findById(callId).lean<StoredTranscript>().exec();
    return doc ? { language: doc.language, source: doc.source, segments: doc.segments } : null;
  }
}

const sameContent = (entry: JournalEntry, draft: DraftToSave) =>
  JSON.stringify([entry.draft, entry.dialogue, entry.sentiment ?? null, entry.transcriptQuality ?? null]) ===
  JSON.stringify([draft.draft, draft.dialogue, draft.sentiment ?? null, draft.transcriptQuality ?? null]);

export interface DraftToSave {
  callId: string;
  agentId: string;
  sourceEventId: string;
  draft: JournalDraft;
  dialogue: DialogueTurn[];
  sentiment?: CallSentiment;
  transcriptQuality?: TranscriptQuality;
}

@Injectable()
export class JournalRepository {
  constructor(@InjectModel(JournalEntry.name) private readonly entries: Model<JournalEntry>) {}

  /**
   * Stores the draft as the call's newest revision, unless nothing is new:
   * - `repeat`: this very event was stored before (a redelivery);
   * - `unchanged`: another event (a replay) drafted exactly what is stored: the event is
   *   remembered, the revision kept, so the agent is not notified of a change that is none.
   */
  async saveDraft(input: DraftToSave): Promise<{ entry: JournalEntry; outcome: 'new' | 'repeat' | 'unchanged' }> {
    const existing = await this.findByCallId(input.callId);
    if (existing?.sourceEventId === input.sourceEventId) return { entry: existing, outcome: 'repeat' };
    if (existing && sameContent(existing, input)) {
      await this.entries.updateOne({ _id: input.callId }, { $set: { sourceEventId: input.sourceEventId } }).exec();
      return { entry: existing, outcome: 'unchanged' };
    }
    try {
      const entry = await this.entries
        .findOneAndUpdate(
          { _id: input.callId, sourceEventId: { $ne: input.sourceEventId } },
          {
            $set: {
              agentId: input.agentId,
              sourceEventId: input.sourceEventId,
              draft: input.draft,
              dialogue: input.dialogue,
              sentiment: input.sentiment,
              transcriptQuality: input.transcriptQuality,
            },
            $inc: { revision: 1 },
          },
          { upsert: true, returnDocument: 'after' },
        )
        .lean<JournalEntry>()
        .exec();
      return { entry: entry!, outcome: 'new' };
    } catch (err) {
      // A concurrent delivery of this event stored it first: the upsert collided with it.
      if (!isDuplicateKey(err)) throw err;
      return { entry: (await this.findByCallId(input.callId))!, outcome: 'repeat' };
    }
  }

  findByCallId(callId: string): Promise<JournalEntry | null> {
    return this.entries.findById(callId).lean<JournalEntry>().exec();
  }

  /**
   * The entries of a page of calls, one `_id` lookup each. FerretDB 1.x answers `{ _id: x }` from its
   * index but `{ _id: { $in: [...] } }` by scanning the whole collection (50 ids: 0.3 s with 2,000
   * entries, 4 s with 20,000, while one lookup stays 7–20 ms); MongoDB serves both from the `_id` index,
   * so this costs it only round trips, a page's worth. Beyond a page (a dashboard's thousands), one
   * query that may scan is cheaper than thousands of lookups.
   */
  async findByCallIds(callIds: string[]): Promise<JournalEntry[]> {
    const ids = [...new Set(callIds)];
    if (ids.length > LOOKUPS_PER_QUERY) return this.entries.find({ _id: { $in: ids } }).lean<JournalEntry[]>().exec();
    const found = await Promise.all(ids.map((id) => this.entries.findById(id).lean<JournalEntry>().exec()));
    return found.filter((entry): entry is NonNullable<typeof entry> => entry !== null) as JournalEntry[];
  }

  /** Entries drafted or changed since `since` (all when absent), oldest first. */
  listChangedSince(since?: Date): Promise<JournalEntry[]> {
    return this.entries
      .find(since ? { updatedAt: { $gte: since } } : {})
      .sort({ updatedAt: 1 })
      .lean<JournalEntry[]>()
      .exec();
  }

  /** Replaces what the UI shows of an entry (a re-redaction), keeping its revision and history. */
  async rewriteRedacted(callId: string, shown: Pick<JournalEntry, 'draft' | 'dialogue' | 'sentiment' | 'edited'>): Promise<void> {
    await this.entries.updateOne({ _id: callId }, { $set: shown }).exec();
  }

  /** Records the agent's latest version (and the approval, when it is one). */
  /** An approved entry opened again: no longer approved, its text the version given. False when it was not approved. */
  async reopen(callId: string, edited: NonNullable<JournalEntry['edited']>): Promise<boolean> {
    const result = await this.entries.updateOne({ _id: callId, approved: { $exists: true } }, { $set: { edited }, $unset: { approved: 1 } }).exec();
    return result.modifiedCount === 1;
  }

  async recordHumanVersion(callId: string, edited: NonNullable<JournalEntry['edited']>, approved?: JournalEntry['approved']): Promise<void> {
    await this.entries.updateOne({ _id: callId }, { $set: { edited, ...(approved ? { approved } : {}) } }).exec();
  }
}

@Injectable()
export class FailedJobsRepository {
  constructor(@InjectModel(FailedJob.name) private readonly jobs: Model<FailedJob>) {}

  async record(callId: string, stage: PipelineStage, error: string, attempts: number): Promise<void> {
    await this.jobs
      .updateOne(
        { _id: `${stage}:${callId}` },
        { $set: { callId, stage, error, attempts, failedAt: new Date() }, $unset: { replayedAt: 1 } },
        { upsert: true },
      )
      .exec();
  }

  list(limit = 100): Promise<FailedJob[]> {
    return this.jobs.find({ replayedAt: { $exists: false } }).sort({ failedAt: -1 }).limit(limit).lean<FailedJob[]>().exec();
  }

  /** The open (not replayed) failures of the calls given, the latest per call. */
  async openByCallIds(callIds: readonly string[]): Promise<Map<string, FailedJob>> {
    if (!callIds.length) return new Map();
    const jobs = await this.jobs
      .find({ callId: { $in: [...new Set(callIds)] }, replayedAt: { $exists: false } })
      .sort({ failedAt: 1 })
      .lean<FailedJob[]>()
      .exec();
    return new Map(jobs.map((j) => [j.callId, j]));
  }

  /** Deletes records of failures before `before`; returns how many. */
  async deleteFailedBefore(before: Date): Promise<number> {
    return (await this.jobs.deleteMany({ failedAt: { $lt: before } }).exec()).deletedCount;
  }

  async markReplayed(callId: string): Promise<void> {
    await this.jobs.updateMany({ callId }, { $set: { replayedAt: new Date() } }).exec();
  }
}

/** The replay history of calls (`call_replays`): one record per replay, its outcome set once known. */
@Injectable()
export class ReplaysRepository {
  constructor(@InjectModel(ReplayRecord.name) private readonly replays: Model<ReplayRecord>) {}

  async record(entry: Omit<ReplayRecord, '_id' | 'createdAt' | 'updatedAt' | 'outcome'>): Promise<void> {
    await this.replays
      .updateOne({ _id: `${entry.callId}:${entry.replay}` }, { $setOnInsert: entry }, { upsert: true })
      .exec();
  }

  /** A call's replays, oldest first. */
  list(callId: string): Promise<ReplayRecord[]> {
    return this.replays.find({ callId }).sort({ replay: 1 }).lean<ReplayRecord[]>().exec();
  }

  /** Replay records made before `before` (retention: they name calls and people, like failed-job records). */
  async deleteMadeBefore(before: Date): Promise<number> {
    return (await this.replays.deleteMany({ at: { $lt: before } }).exec()).deletedCount;
  }

  /** Every replay record of a call (the call itself is being deleted). */
  async deleteForCall(callId: string): Promise<number> {
    return (await this.replays.deleteMany({ callId }).exec()).deletedCount;
  }

  /** Sets a replay's outcome, unless one is set already (the first known outcome stands). */
  async settle(callId: string, replay: number, outcome: StoredReplayOutcome): Promise<void> {
    await this.replays.updateOne({ _id: `${callId}:${replay}`, outcome: { $exists: false } }, { $set: { outcome } }).exec();
  }
}
