import 'reflect-metadata';
import { Test, type TestingModule } from '@nestjs/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import { startFerretDb, type FerretDb } from '@samtal/testing';
import { mongo, type Connection } from 'mongoose';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AudioStore,
  AuditLog,
  CallsRepository,
  FailedJobsRepository,
  JournalRepository,
  StoreModule,
  TranscriptsRepository,
  type NewCall,
} from './index.js';

const newCall = (overrides: Partial<NewCall> = {}): NewCall => {
  const id = crypto.randomUUID();
  return {
    _id: id,
    idempotencyKey: id,
    agentId: 'agent-1',
    language: 'sv',
    audio: { fileId: `${id}.audio`, filename: 'a.wav', sizeBytes: 10, durationMs: 1000, channels: 2, sampleRate: 8000, codec: 'pcm_alaw', container: 'wav' },
    channelMap: { left: 'agent', right: 'caller' },
    transcriptSource: 'asr',
    ...overrides,
  };
};

const draft = { language: 'sv' as const, callDate: '2026-11-21', topic: { key: 'other', label: 'Övrigt', cues: [] }, sections: [], text: 'Ärende: okänt', summarizer: 'test' };

describe('store against FerretDB (MongoDB wire protocol)', () => {
  let ferret: FerretDb;
  let moduleRef: TestingModule;

  beforeAll(async () => {
    ferret = await startFerretDb();
    moduleRef = await Test.createTestingModule({
      imports: [StoreModule.forRootAsync({ useFactory: () => ({ uri: ferret.url }) })],
    }).compile();
    await moduleRef.init();
    await moduleRef.get<Connection>(getConnectionToken()).syncIndexes();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await ferret?.stop();
  });

  it('creates a call once per idempotency key, even when uploads race', async () => {
    const calls = moduleRef.get(CallsRepository);
    const key = `key-${crypto.randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 5 }, () => calls.createOnce(newCall({ idempotencyKey: key }))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.call._id)).size).toBe(1);
    expect(results[0]!.call.status).toBe('received');
  });

  it('finds stored calls that never reached the queue, until they are marked queued', async () => {
    const calls = moduleRef.get(CallsRepository);
    const { call } = await calls.createOnce(newCall());
    const later = new Date(Date.now() + 60_000);
    expect((await calls.findUnqueued(later)).map((c) => c._id)).toContain(call._id);
    await calls.markQueued(call._id);
    expect((await calls.findUnqueued(later)).map((c) => c._id)).not.toContain(call._id);
  });

  it('a replay is queued only by the acknowledgement of its own announcement, not of an earlier pass', async () => {
    const calls = moduleRef.get(CallsRepository);
    const { call } = await calls.createOnce(newCall());
    const later = new Date(Date.now() + 60_000);
    await calls.markQueued(call._id, 0);
    // Ops replay it while NATS is away: the replay's announcement has not been acknowledged,
    // so the outbox must find the call again (it did not: the first pass's queuedAt stayed).
    expect(await calls.startReplay(call._id)).toBe(1);
    expect((await calls.findUnqueued(later)).map((c) => c._id)).toContain(call._id);
    // A late acknowledgement of the first pass's announcement marks nothing.
    await calls.markQueued(call._id, 0);
    expect((await calls.findById(call._id))?.queuedAt).toBeUndefined();
    await calls.markQueued(call._id, 1);
    expect((await calls.findById(call._id))?.queuedAt).toBeInstanceOf(Date);
    expect((await calls.findUnqueued(later)).map((c) => c._id)).not.toContain(call._id);
  });

  it('counts replays and resets the status for a new pass', async () => {
    const calls = moduleRef.get(CallsRepository);
    const { call } = await calls.createOnce(newCall());
    await calls.setStatus(call._id, 'failed', 'decoder crashed');
    expect(await calls.startReplay(call._id)).toBe(1);
    expect(await calls.startReplay(call._id)).toBe(2);
    const after = await calls.findById(call._id);
    expect(after).toMatchObject({ status: 'received', replays: 2 });
    expect(after?.error).toBeUndefined();
  });

  it("writes transcription's statuses only for the call's own pass and never back over a drafted call", async () => {
    const calls = moduleRef.get(CallsRepository);
    const { call } = await calls.createOnce(newCall());
    expect(await calls.setTranscriptionStatus(call._id, 'transcribing', 0)).toBe(true);
    await calls.setStatus(call._id, 'drafted');
    // A redelivered calls.received, transcribed again after the draft was stored.
    expect(await calls.setTranscriptionStatus(call._id, 'transcribed', 0)).toBe(false);
    expect((await calls.findById(call._id))?.status).toBe('drafted');
    // An earlier pass's message after a replay started.
    await calls.startReplay(call._id);
    expect(await calls.setTranscriptionStatus(call._id, 'transcribing', 0)).toBe(false);
    expect((await calls.findById(call._id))?.status).toBe('received');
    expect(await calls.setTranscriptionStatus(call._id, 'transcribed', 1)).toBe(true);
    expect((await calls.findById(call._id))?.status).toBe('transcribed');
  });

  it("writes drafting's status only for the call's own pass: a replay begun meanwhile stays received", async () => {
    const calls = moduleRef.get(CallsRepository);
    const { call } = await calls.createOnce(newCall());
    expect(await calls.setDraftStatus(call._id, 'drafted', 0)).toBe(true);
    expect((await calls.findById(call._id))?.status).toBe('drafted');
    // Pass 0 drafts again (a redelivery) after ops replayed the call.
    await calls.startReplay(call._id);
    expect(await calls.setDraftStatus(call._id, 'drafted', 0)).toBe(false);
    expect((await calls.findById(call._id))?.status).toBe('received');
    // The replay's transcription is not skipped as done, and its draft is written.
    expect(await calls.setTranscriptionStatus(call._id, 'transcribed', 1)).toBe(true);
    expect(await calls.setDraftStatus(call._id, 'approved', 1)).toBe(true);
    expect((await calls.findById(call._id))?.status).toBe('approved');
  });

  it('keeps absent optional fields absent (not null) in stored transcripts', async () => {
    const transcripts = moduleRef.get(TranscriptsRepository);
    const callId = crypto.randomUUID();
    await transcripts.save(callId, { language: 'sv', source: 'sidecar', segments: [{ index: 0, speaker: 'agent', text: 'Hej', startMs: undefined }] });
    expect(await transcripts.get(callId)).toEqual({ language: 'sv', source: 'sidecar', segments: [{ index: 0, speaker: 'agent', text: 'Hej' }] });
  });

  it('stores one draft per call: a repeated event or an unchanged replay is no new revision, a changed draft is', async () => {
    const journal = moduleRef.get(JournalRepository);
    const callId = crypto.randomUUID();
    const save = (sourceEventId: string, text = draft.text) =>
      journal.saveDraft({ callId, agentId: 'agent-1', sourceEventId, draft: { ...draft, text }, dialogue: [] });
    expect(await save('event-1').then((r) => [r.outcome, r.entry.revision])).toEqual(['new', 1]);
    expect(await save('event-1').then((r) => [r.outcome, r.entry.revision])).toEqual(['repeat', 1]);
    expect(await save('replay-1').then((r) => [r.outcome, r.entry.revision])).toEqual(['unchanged', 1]);
    expect(await save('replay-1').then((r) => r.outcome)).toBe('repeat'); // the replay's event is remembered
    expect(await save('replay-2', 'Ärende: ändrat').then((r) => [r.outcome, r.entry.revision])).toEqual(['new', 2]);
    expect((await journal.findByCallId(callId))?.draft.text).toBe('Ärende: ändrat');
  });

  it('reads a page of entries and calls by id, duplicates and unknown ids aside, below and above the lookup limit', async () => {
    const journal = moduleRef.get(JournalRepository);
    const calls = moduleRef.get(CallsRepository);
    const stored = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const callId = crypto.randomUUID();
        await journal.saveDraft({ callId, agentId: 'agent-1', sourceEventId: `e-${callId}`, draft, dialogue: [] });
        return callId;
      }),
    );
    const unknown = crypto.randomUUID();
    const found = await journal.findByCallIds([...stored, stored[0]!, unknown]);
    expect(found.map((e) => e._id).sort()).toEqual([...stored].sort());
    const many = [...stored, ...Array.from({ length: 250 }, () => crypto.randomUUID())];
    expect((await journal.findByCallIds(many)).map((e) => e._id).sort()).toEqual([...stored].sort());

    const call = newCall();
    await calls.createOnce(call);
    expect(await calls.existingIds([call._id, unknown, call._id])).toEqual(new Set([call._id]));
    expect(await calls.existingIds([call._id, ...many])).toEqual(new Set([call._id]));
    expect(await calls.existingIds([])).toEqual(new Set());
  });

  it('records failed jobs once per call and stage, and hides them once replayed', async () => {
    const jobs = moduleRef.get(FailedJobsRepository);
    const callId = crypto.randomUUID();
    await jobs.record(callId, 'transcription', 'Error: boom', 3);
    await jobs.record(callId, 'transcription', 'Error: boom again', 5);
    const listed = (await jobs.list()).filter((j) => j.callId === callId);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ stage: 'transcription', error: 'Error: boom again', attempts: 5 });
    await jobs.markReplayed(callId);
    expect((await jobs.list()).filter((j) => j.callId === callId)).toHaveLength(0);
  });

  it('keeps recordings in GridFS, byte for byte', async () => {
    const store = moduleRef.get(AudioStore);
    const dir = await mkdtemp(join(tmpdir(), 'store-test-'));
    const bytes = Buffer.from(Array.from({ length: 700_000 }, (_, i) => (i * 31) % 256)); // several chunks
    await writeFile(join(dir, 'in.bin'), bytes);
    const id = `${crypto.randomUUID()}.audio`;
    await store.saveFile(id, join(dir, 'in.bin'), 'in.wav', 'audio/wav');
    await store.downloadTo(id, join(dir, 'out.bin'));
    expect((await readFile(join(dir, 'out.bin'))).equals(bytes)).toBe(true);
    expect((await store.readAll(id)).equals(bytes)).toBe(true);
    expect(await store.contentType(id)).toBe('audio/wav');

    // Still GridFS: the standard reader gets the same bytes.
    const db = moduleRef.get<Connection>(getConnectionToken()).db!;
    const viaGridFs: Buffer[] = [];
    for await (const piece of new mongo.GridFSBucket(db, { bucketName: 'recordings' }).openDownloadStream(id as never)) viaGridFs.push(piece as Buffer);
    expect(Buffer.concat(viaGridFs).equals(bytes)).toBe(true);

    await store.delete(id);
    await expect(store.readAll(id)).rejects.toThrow(/no stored file/);
    expect(await db.collection('recordings.chunks').countDocuments({ files_id: id })).toBe(0);
    await store.delete(id); // deleting what is gone is no error
  });

  it('finds a call in the audit log by its own records and by the lists that showed it', async () => {
    const audit = moduleRef.get(AuditLog);
    const [shown, other] = [crypto.randomUUID(), crypto.randomUUID()];
    await audit.record({ actor: 'anna', role: 'agent', action: 'call.list', callIds: [other, shown] });
    await audit.record({ actor: 'anna', role: 'agent', action: 'call.read', callId: shown });
    await audit.record({ actor: 'olle', role: 'ops', action: 'call.read', callId: other, detail: 'metadata' });
    // (Sorted here: two records may share a millisecond.)
    expect((await audit.forCall(shown)).map((e) => e.action).sort()).toEqual(['call.list', 'call.read']);
    expect((await audit.forCall(other)).map((e) => `${e.actor} ${e.action}`).sort()).toEqual(['anna call.list', 'olle call.read']);
  });

  // Last: it empties the calls collection, so the oldest waiting call is one of its own.
  it('tells since when the oldest call waiting at a stage has waited, per lane, from the status index', async () => {
    const calls = moduleRef.get(CallsRepository);
    const collection = moduleRef.get<Connection>(getConnectionToken()).collection('calls');
    await collection.deleteMany({});
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
    const asrLane = ['received', 'transcribing'] as const;
    expect(await calls.oldestWaitingSince(asrLane, ['asr'])).toBeNull();

    const before = new Date();
    const queued = (await calls.createOnce(newCall())).call;
    expect(queued.stageSince!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    // A call taken by a transcriber still counts from when it was received.
    const taken = (await calls.createOnce(newCall())).call;
    await collection.updateOne({ _id: taken._id as never }, { $set: { stageSince: minutesAgo(20) } });
    await calls.setStatus(taken._id, 'transcribing');
    const sidecar = (await calls.createOnce(newCall({ transcriptSource: 'sidecar' }))).call;
    await collection.updateOne({ _id: sidecar._id as never }, { $set: { stageSince: minutesAgo(5) } });
    // A call transcribed waits for the journal from then; one from before `stageSince` existed counts from its last change.
    const transcribed = (await calls.createOnce(newCall())).call;
    await collection.updateOne({ _id: transcribed._id as never }, { $set: { stageSince: minutesAgo(30) } });
    await calls.setStatus(transcribed._id, 'transcribed');
    const legacy = (await calls.createOnce(newCall({ transcriptSource: 'sidecar' }))).call;
    await calls.setStatus(legacy._id, 'transcribed');
    await collection.updateOne({ _id: legacy._id as never }, { $unset: { stageSince: 1 }, $set: { updatedAt: minutesAgo(3) } });
    // Drafted and failed calls wait for nobody; a replay starts a new wait.
    const drafted = (await calls.createOnce(newCall())).call;
    await collection.updateOne({ _id: drafted._id as never }, { $set: { stageSince: minutesAgo(90) } });
    await calls.setStatus(drafted._id, 'drafted');

    expect(await calls.oldestWaitingSince(asrLane, ['asr'])).toEqual((await calls.findById(taken._id))!.stageSince);
    expect((await calls.oldestWaitingSince(asrLane, ['asr']))!.getTime()).toBeLessThan(minutesAgo(19).getTime());
    expect(await calls.oldestWaitingSince(asrLane, ['sidecar'])).toEqual((await calls.findById(sidecar._id))!.stageSince);
    // Not the 30 minutes it spent in transcription.
    expect((await calls.oldestWaitingSince(['transcribed'], ['asr']))!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(await calls.oldestWaitingSince(['transcribed'])).toEqual((await collection.findOne({ _id: legacy._id as never }))!['updatedAt']);
    expect(await calls.oldestWaitingSince(['uploading'])).toBeNull();

    const replayedAt = new Date();
    await calls.startReplay(drafted._id);
    expect((await calls.findById(drafted._id))!.stageSince!.getTime()).toBeGreaterThanOrEqual(replayedAt.getTime());

    // MongoDB answers each query from this index, stopping at its first entry (FerretDB's SQLite
    // backend, used here, scans whatever the indexes: its explain shows no pushdown).
    expect((await collection.indexes()).map((index) => index.key)).toContainEqual({ status: 1, transcriptSource: 1, stageSince: 1 });
  });

  it('tells a waiting call its place in its lane: the calls of its transcript source that have waited longer', async () => {
    const calls = moduleRef.get(CallsRepository);
    const collection = moduleRef.get<Connection>(getConnectionToken()).collection('calls');
    await collection.deleteMany({});
    const waitingFor = async (minutes: number, transcriptSource: 'asr' | 'sidecar' = 'asr') => {
      const { call } = await calls.createOnce(newCall({ transcriptSource }));
      await collection.updateOne({ _id: call._id as never }, { $set: { stageSince: new Date(Date.now() - minutes * 60_000) } });
      return (await calls.findById(call._id))!;
    };
    const [first, second, third] = [await waitingFor(10), await waitingFor(5), await waitingFor(1)];
    const sidecar = await waitingFor(7, 'sidecar');
    // A call a transcriber has taken is no longer in the queue, and no one waits behind it.
    const taken = await waitingFor(20);
    await calls.setStatus(taken._id, 'transcribing');
    expect(await Promise.all([first, second, third, sidecar].map((c) => calls.queuePosition(c)))).toEqual([1, 2, 3, 1]);
    expect(await calls.queuePosition((await calls.findById(taken._id))!)).toBeNull();
  });
});
