import 'reflect-metadata';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { Test, type TestingModule } from '@nestjs/testing';
import { getModelToken } from '@nestjs/mongoose';
import { AudioStore, Call, CallsRepository, FailedJobsRepository, ReplaysRepository, StoreModule, TranscriptsRepository } from '@samtal/store';
import type { Model } from 'mongoose';
import { startFerretDb, type FerretDb } from '@samtal/testing';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetentionJob, RetentionModule, retentionEnvSchema } from './index.js';

describe('retention against FerretDB', () => {
  let ferret: FerretDb;
  let moduleRef: TestingModule;
  let scratch: string;

  beforeAll(async () => {
    ferret = await startFerretDb();
    scratch = await mkdtemp(join(tmpdir(), 'retention-'));
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          isGlobal: true,
          load: [() => retentionEnvSchema.parse({ RETENTION_AUDIO: '1s', RETENTION_TRANSCRIPTS: '1s', RETENTION_FAILED_JOBS: '3s', RETENTION_INTERVAL: 'never' })],
        }),
        StoreModule.forRootAsync({ useFactory: () => ({ uri: ferret.url }) }),
        ScheduleModule.forRoot(),
        RetentionModule,
      ],
    }).compile();
    await moduleRef.init();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await ferret?.stop();
  });

  async function storedCall() {
    const id = crypto.randomUUID();
    const file = join(scratch, `${id}.wav`);
    await writeFile(file, Buffer.alloc(10_000, 1));
    const audio = moduleRef.get(AudioStore);
    await audio.saveFile(`${id}.audio`, file, 'a.wav', 'audio/wav');
    await audio.saveFile(`${id}.sidecar`, file, 'sidecar', 'text/plain');
    await moduleRef.get(CallsRepository).createOnce({
      _id: id,
      idempotencyKey: id,
      agentId: 'anna',
      language: 'sv',
      audio: { fileId: `${id}.audio`, filename: 'a.wav', sizeBytes: 10_000, durationMs: 1000, channels: 1, sampleRate: 16000, codec: 'pcm_s16le', container: 'wav' },
      channelMap: { left: 'agent', right: 'caller' },
      transcriptSource: 'sidecar',
      sidecarFileId: `${id}.sidecar`,
    });
    await moduleRef.get(TranscriptsRepository).save(id, { language: 'sv', source: 'sidecar', segments: [{ index: 0, speaker: 'caller', text: 'mitt personnummer är 121212-1212' }] });
    await moduleRef.get(FailedJobsRepository).record(id, 'drafting', 'Error: x', 5);
    return id;
  }

  it('deletes recordings, unredacted transcripts and failed jobs once their periods have passed, and nothing younger', async () => {
    const job = moduleRef.get(RetentionJob);
    const old = await storedCall();
    await new Promise((r) => setTimeout(r, 1_500));
    const fresh = await storedCall();

    const report = await job.run();
    expect(report).toEqual({ recordingsDeleted: 1, transcriptsDeleted: 1, failedJobsDeleted: 0, replaysDeleted: 0, abandonedUploadsDeleted: 0, orphanFilesDeleted: 0 });

    const audio = moduleRef.get(AudioStore);
    await expect(audio.readAll(`${old}.audio`)).rejects.toThrow();
    await expect(audio.readAll(`${old}.sidecar`)).rejects.toThrow();
    expect((await moduleRef.get(CallsRepository).findById(old))?.audioDeletedAt).toBeInstanceOf(Date);
    expect(await moduleRef.get(TranscriptsRepository).get(old)).toBeNull();
    // The younger call keeps everything.
    expect((await audio.readAll(`${fresh}.audio`)).length).toBe(10_000);
    expect(await moduleRef.get(TranscriptsRepository).get(fresh)).not.toBeNull();

    await new Promise((r) => setTimeout(r, 2_000));
    const later = await job.run();
    expect(later.failedJobsDeleted).toBe(1); // the old call's record (3 s) has now expired too
    expect(later.recordingsDeleted).toBe(1); // the fresh call's recordings (1 s)
    expect((await moduleRef.get(FailedJobsRepository).list()).map((j) => j.callId)).toEqual([fresh]);
  });

  it('deletes replay records with the failed-job period (RETENTION_FAILED_JOBS), and nothing younger', async () => {
    const replays = moduleRef.get(ReplaysRepository);
    const call = await storedCall();
    const replay = (n: number, at: Date) => replays.record({ callId: call, replay: n, at, actor: 'olle', actorName: 'Olle Ops', role: 'ops', failed: { stage: 'drafting', reason: 'Error: x' } });
    await replay(1, new Date(Date.now() - 4_000));
    await replay(2, new Date());

    const report = await moduleRef.get(RetentionJob).run();
    expect(report.replaysDeleted).toBe(1);
    expect((await replays.list(call)).map((r) => r.replay)).toEqual([2]);
    expect((await moduleRef.get(RetentionJob).run()).replaysDeleted).toBe(0);
  });

  it('deletes files that belong to no call, loose chunks included, and reports how many; files of calls stay', async () => {
    const audio = moduleRef.get(AudioStore);
    const kept = await storedCall();
    const orphan = crypto.randomUUID();
    const file = join(scratch, `${orphan}.wav`);
    await writeFile(file, Buffer.alloc(300_000, 2)); // two chunks
    await audio.saveFile(`${orphan}.audio`, file, 'a.wav', 'audio/wav');
    await audio.saveFile(`${orphan}.sidecar`, file, 'sidecar', 'text/plain');
    // A write cut short: chunks without their file entry.
    const loose = crypto.randomUUID();
    const db = moduleRef.get(AudioStore)['chunks'];
    await db.insertOne({ _id: `${loose}.audio#0`, files_id: `${loose}.audio`, n: 0, data: new (await import('mongoose')).mongo.Binary(Buffer.alloc(10)) });

    const report = await moduleRef.get(RetentionJob).run();
    expect(report.orphanFilesDeleted).toBe(3);
    const left = await audio.storedIds();
    expect(left.filter((id) => id.startsWith(orphan) || id.startsWith(loose))).toEqual([]);
    expect(left).toContain(`${kept}.audio`);
    expect((await moduleRef.get(RetentionJob).run()).orphanFilesDeleted).toBe(0);
  });

  it('removes an upload abandoned mid-way (still uploading after an hour) with its files, and leaves a fresh one', async () => {
    const calls = moduleRef.get(CallsRepository);
    const audio = moduleRef.get(AudioStore);
    const upload = async () => {
      const id = crypto.randomUUID();
      const file = join(scratch, `${id}.wav`);
      await writeFile(file, Buffer.alloc(1_000, 3));
      await calls.createUploading({
        _id: id,
        idempotencyKey: id,
        sourceId: 'pbx',
        agentId: 'anna',
        language: 'sv',
        audio: { fileId: `${id}.audio`, filename: 'a.wav', sizeBytes: 1_000, durationMs: 1000, channels: 1, sampleRate: 16000, codec: 'pcm_s16le', container: 'wav' },
        channelMap: { left: 'agent', right: 'caller' },
        transcriptSource: 'asr',
      });
      await audio.saveFile(`${id}.audio`, file, 'a.wav', 'audio/wav');
      return id;
    };
    const abandoned = await upload();
    const inProgress = await upload();
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await moduleRef.get<Model<Call>>(getModelToken(Call.name)).collection.updateOne({ _id: abandoned as never }, { $set: { createdAt: twoHoursAgo } });

    // History of the call that goes goes with it, whatever its age.
    await moduleRef.get(ReplaysRepository).record({ callId: abandoned, replay: 1, at: new Date(), actor: 'olle', role: 'ops' });

    const report = await moduleRef.get(RetentionJob).run();
    expect(report.abandonedUploadsDeleted).toBe(1);
    expect(await calls.findById(abandoned)).toBeNull();
    expect(await moduleRef.get(ReplaysRepository).list(abandoned)).toEqual([]);
    await expect(audio.readAll(`${abandoned}.audio`)).rejects.toThrow();
    expect((await calls.findById(inProgress))?.status).toBe('uploading');
    expect((await audio.readAll(`${inProgress}.audio`)).length).toBe(1_000);
  });

  it('accepts periods like 30d and never, and rejects nonsense', () => {
    expect(retentionEnvSchema.parse({ RETENTION_AUDIO: 'never', RETENTION_TRANSCRIPTS: '12h' })).toMatchObject({
      RETENTION_AUDIO: Infinity,
      RETENTION_TRANSCRIPTS: 12 * 3_600_000,
      RETENTION_FAILED_JOBS: 90 * 24 * 3_600_000,
    });
    expect(() => retentionEnvSchema.parse({ RETENTION_AUDIO: 'soon' })).toThrow(/30d/);
  });
});
