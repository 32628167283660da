import { audioToolSettingsFrom, resolveAudioTools, run } from '@samtal/audio';
import { AudioStore, Call, CallSchema, CallsRepository } from '@samtal/store';
import { startFerretDb, type FerretDb } from '@samtal/testing';
import mongoose, { type Connection, type Model } from 'mongoose';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftingConfigFrom, draftingEnvSchema } from './drafting.config.js';
import { RedactedAudio } from './redacted-audio.js';

const RATE = 8000;
const tools = resolveAudioTools(audioToolSettingsFrom(process.env));

/** Mean absolute sample value of a stretch of a mono 16-bit recording. */
function loudness(pcm: Buffer, fromMs: number, toMs: number): number {
  const x = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
  let sum = 0;
  const [from, to] = [Math.round((fromMs / 1000) * RATE), Math.round((toMs / 1000) * RATE)];
  for (let i = from; i < to; i++) sum += Math.abs(x[i]!);
  return sum / (to - from);
}

describe('RedactedAudio, with FerretDB and GridFS', () => {
  let db: FerretDb;
  let connection: Connection;
  let scratch: string;
  let calls: CallsRepository;
  let audioStore: AudioStore;

  beforeAll(async () => {
    db = await startFerretDb('redacted_audio');
    connection = await mongoose.createConnection(db.url, { ignoreUndefined: true }).asPromise();
    calls = new CallsRepository(connection.model(Call.name, CallSchema) as unknown as Model<Call>);
    audioStore = new AudioStore(connection);
    scratch = await mkdtemp(join(tmpdir(), 'samtal-redacted-audio-'));
  }, 60_000);

  afterAll(async () => {
    await connection?.close();
    await db?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  /** A call whose recording is a stereo tone of `seconds`, stored as uploaded. */
  async function storedCall(seconds: number): Promise<string> {
    const callId = crypto.randomUUID();
    const recording = join(scratch, `${callId}.wav`);
    await run(tools.ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=${RATE}:duration=${seconds}`, '-ac', '2', recording]);
    await audioStore.saveFile(`${callId}.audio`, recording, 'call.wav', 'audio/wav');
    await calls.createOnce({
      _id: callId,
      idempotencyKey: callId,
      agentId: 'agent-1',
      language: 'sv',
      audio: { fileId: `${callId}.audio`, filename: 'call.wav', sizeBytes: 1, durationMs: seconds * 1000, channels: 2, sampleRate: RATE, codec: 'pcm_s16le', container: 'wav' },
      channelMap: { left: 'agent', right: 'caller' },
      transcriptSource: 'sidecar',
    });
    return callId;
  }
  const redactedAudio = () =>
    new RedactedAudio(calls, audioStore, { ...draftingConfigFrom(draftingEnvSchema.parse({})), audioTools: audioToolSettingsFrom(process.env) });

  it('stores a masked copy beside the recording and names it on the call, again on a second drafting', async () => {
    const callId = await storedCall(3);
    const fileId = await redactedAudio().store(callId, [{ startMs: 1000, endMs: 2000 }]);
    expect(fileId).toBe(`${callId}.audio.redacted`);
    expect((await calls.findById(callId))?.redactedAudioFileId).toBe(fileId);

    // Drafted again (a replay) with other spans: the copy is replaced, not duplicated.
    await redactedAudio().store(callId, [{ startMs: 0, endMs: 500 }]);
    const stored = join(scratch, 'redacted.ogg');
    await writeFile(stored, await audioStore.readAll(fileId));
    const { stdout: pcm } = await run(tools.ffmpeg, ['-v', 'error', '-i', stored, '-f', 's16le', '-ac', '1', '-ar', String(RATE), '-']);
    const original = loudness(pcm, 1100, 1900);
    expect(original).toBeGreaterThan(1000);
    // The masked stretch holds the tone, quieter than the speech it replaced, and the tone only.
    const { stdout: filtered } = await run(tools.ffmpeg, ['-v', 'error', '-i', stored, '-af', 'bandpass=f=440:width_type=q:w=20', '-f', 's16le', '-ac', '1', '-ar', String(RATE), '-']);
    expect(loudness(filtered, 100, 400)).toBeLessThan(original / 20);
    expect(loudness(pcm, 100, 400)).toBeGreaterThan(100);
    expect(await connection.db!.collection('recordings.files').countDocuments({ _id: fileId as never })).toBe(1);
    // For playback: Opus in Ogg, far smaller than the WAV that came in.
    expect(await audioStore.contentType(fileId)).toBe('audio/ogg');
    expect((await audioStore.readAll(fileId)).length).toBeLessThan((await audioStore.readAll(`${callId}.audio`)).length / 4);
  });

  it('stores the copy over the chunks of an earlier write that was cut short (no file entry), where a retry used to fail on a duplicate key', async () => {
    const callId = await storedCall(2);
    const fileId = `${callId}.audio.redacted`;
    // Six chunks, more than the masked copy will need: none may outlive the new write.
    for (let n = 0; n < 6; n++)
      await connection.db!.collection('recordings.chunks').insertOne({ _id: `${fileId}#${n}` as never, files_id: fileId, n, data: Buffer.alloc(255 * 1024, 7) });

    await redactedAudio().store(callId, [{ startMs: 500, endMs: 1000 }]);
    const stored = join(scratch, 'after-cut-short.ogg');
    await writeFile(stored, await audioStore.readAll(fileId));
    const { stdout: pcm } = await run(tools.ffmpeg, ['-v', 'error', '-i', stored, '-f', 's16le', '-ac', '1', '-ar', String(RATE), '-']);
    expect(pcm.length).toBeGreaterThan(RATE * 2 * 1.9);
    expect((await calls.findById(callId))?.redactedAudioFileId).toBe(fileId);
    const { length, chunkSize } = (await connection.db!.collection('recordings.files').findOne({ _id: fileId as never }))!;
    expect(await connection.db!.collection('recordings.chunks').countDocuments({ files_id: fileId })).toBe(Math.ceil(length / chunkSize));
  });

  it('stores one whole file when several writers store it at once (a job run twice, in two processes)', async () => {
    const fileId = `${crypto.randomUUID()}.audio.redacted`;
    const content = Buffer.alloc(6 * 255 * 1024 + 1000);
    for (let i = 0; i < content.length; i++) content[i] = (i * 7919) % 251;
    const path = join(scratch, 'six-chunks.bin');
    await writeFile(path, content);
    await Promise.all(Array.from({ length: 4 }, () => audioStore.saveFile(fileId, path, 'recording.redacted.ogg', 'audio/ogg')));
    expect((await audioStore.readAll(fileId)).equals(content)).toBe(true);
    expect(await connection.db!.collection('recordings.chunks').countDocuments({ files_id: fileId })).toBe(7);
  });
});
