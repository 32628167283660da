import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AudioStore, CallsRepository, FailedJobsRepository, ReplaysRepository, TranscriptsRepository } from '@samtal/store';
import type { RetentionEnv } from './retention.config.js';

export interface RetentionReport {
  recordingsDeleted: number;
  transcriptsDeleted: number;
  failedJobsDeleted: number;
  /** Replay records (who replayed which call, and what came of it), kept as long as failed-job records. */
  replaysDeleted: number;
  /** Calls left `uploading` by a process that died mid-upload, removed with their files. */
  abandonedUploadsDeleted: number;
  /** Stored files (or loose chunks) that belong to no call. */
  orphanFilesDeleted: number;
}

/** An upload still `uploading` after this long was abandoned (its process died): even 500 MB is stored within minutes. */
const ABANDONED_UPLOAD_MS = 3_600_000;
const CALL_FILE_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\./;

/**
 * Deletes personal data when its retention period has passed: recordings, unredacted
 * transcripts, failed-job records and the replay history (`RETENTION_FAILED_JOBS` too: it is
 * the same kind of record, content-free but naming calls and the people who replayed them). Runs every `RETENTION_INTERVAL` in the ingest service (@nestjs/schedule); running it
 * in several processes at once is harmless (every step is idempotent).
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap {
  private readonly log = new Logger(RetentionJob.name);
  private running?: Promise<RetentionReport>;

  constructor(
    private readonly config: ConfigService<RetentionEnv, true>,
    private readonly calls: CallsRepository,
    private readonly transcripts: TranscriptsRepository,
    private readonly failedJobs: FailedJobsRepository,
    private readonly replays: ReplaysRepository,
    private readonly audioStore: AudioStore,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.get('RETENTION_INTERVAL', { infer: true });
    // The period comes from config, so the interval is registered here; @nestjs/schedule clears it on shutdown.
    if (Number.isFinite(every)) this.scheduler.addInterval('retention', setInterval(() => void this.run().catch((err) => this.fail(err)), every));
  }

  /** One pass; concurrent callers share the pass in progress. */
  run(now = new Date()): Promise<RetentionReport> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(now: Date): Promise<RetentionReport> {
    // Each kept for its period; `never` (infinite) skips the step.
    const cutoff = (setting: keyof RetentionEnv) => {
      const period = this.config.get(setting, { infer: true });
      return Number.isFinite(period) ? new Date(now.getTime() - period) : undefined;
    };
    const [audio, transcripts, failedJobs] = [cutoff('RETENTION_AUDIO'), cutoff('RETENTION_TRANSCRIPTS'), cutoff('RETENTION_FAILED_JOBS')];
    const report = {
      recordingsDeleted: audio ? await this.deleteRecordings(audio) : 0,
      transcriptsDeleted: transcripts ? await this.transcripts.deleteWrittenBefore(transcripts) : 0,
      failedJobsDeleted: failedJobs ? await this.failedJobs.deleteFailedBefore(failedJobs) : 0,
      replaysDeleted: failedJobs ? await this.replays.deleteMadeBefore(failedJobs) : 0,
      abandonedUploadsDeleted: await this.deleteAbandonedUploads(new Date(now.getTime() - ABANDONED_UPLOAD_MS)),
      orphanFilesDeleted: await this.deleteOrphanFiles(),
    };
    if (Object.values(report).some((n) => n > 0)) {
      this.log.log(
        `retention: ${report.recordingsDeleted} recording(s), ${report.transcriptsDeleted} transcript(s), ${report.failedJobsDeleted} failed-job record(s), ` +
          `${report.replaysDeleted} replay record(s), ` +
          `${report.abandonedUploadsDeleted} abandoned upload(s), ${report.orphanFilesDeleted} file(s) without a call deleted`,
      );
    }
    return report;
  }

  private async deleteRecordings(before: Date): Promise<number> {
    let deleted = 0;
    for (let batch = await this.calls.findWithAudioBefore(before); batch.length > 0; batch = await this.calls.findWithAudioBefore(before)) {
      for (const call of batch) {
        const files = [call.audio.fileId, call.sidecarFileId, call.redactedAudioFileId].filter((id): id is string => !!id);
        for (const fileId of files) await this.audioStore.delete(fileId);
        await this.calls.markAudioDeleted(call._id);
        deleted++;
      }
    }
    return deleted;
  }

  private async deleteAbandonedUploads(before: Date): Promise<number> {
    let deleted = 0;
    for (let batch = await this.calls.findStaleUploads(before); batch.length > 0; batch = await this.calls.findStaleUploads(before)) {
      for (const call of batch) {
        for (const fileId of [call.audio.fileId, call.sidecarFileId].filter((id): id is string => !!id)) await this.audioStore.deleteAll(fileId);
        await this.calls.deleteUploading(call._id);
        // A call that goes takes its history along (an upload is never replayed, so this is a safeguard).
        await this.replays.deleteForCall(call._id);
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * Files are stored under their call's id (`<callId>.audio`, `.sidecar`, `.audio.redacted`) and
   * only after the call exists, so a file whose call is gone is left over from a failure
   * (or from before uploads were atomic): nothing can ever read it.
   */
  private async deleteOrphanFiles(): Promise<number> {
    const byCall = new Map<string, string[]>();
    for (const fileId of await this.audioStore.storedIds()) {
      const callId = CALL_FILE_ID.exec(fileId)?.[1];
      if (callId) byCall.set(callId, [...(byCall.get(callId) ?? []), fileId]);
    }
    const ids = [...byCall.keys()];
    let deleted = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const batch = ids.slice(i, i + 500);
      const existing = await this.calls.existingIds(batch);
      for (const callId of batch.filter((id) => !existing.has(id))) {
        for (const fileId of byCall.get(callId)!) {
          await this.audioStore.deleteAll(fileId);
          deleted++;
        }
      }
    }
    return deleted;
  }

  private fail(err: unknown): void {
    this.log.error(`retention pass failed, will retry at the next interval: ${err instanceof Error ? err.message : String(err)}`);
  }
}
