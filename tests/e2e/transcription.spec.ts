import { Streams } from '@samtal/messaging';
import { REPO_ROOT, damagedRecording, launch, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, accessToken, liveClient, nextEvent, upload } from '../support/stack.js';

const MAX_DELIVER = 2;
/** Socket notifications: ids and statuses only. */
type Drafted = { callId: string; revision: number };
type Failed = { kind: string; callId: string; agentId: string; stage: string };

/** `samtal replay …` as ops run it: straight to MongoDB and NATS, no HTTP. */
async function samtalReplay(stack: Stack, ...args: string[]): Promise<string> {
  const cli = launch(process.execPath, [join(REPO_ROOT, 'apps/cli/bin/samtal.js'), 'replay', ...args], {
    ...process.env,
    NATS_URL: stack.nats.url,
    ...stack.nats.credentials('cli'),
    MONGO_URL: stack.mongo.url,
  });
  const code = await new Promise<number | null>((ok) => cli.child.once('exit', ok));
  expect(code, cli.output()).toBe(0);
  return cli.output();
}

describe('calls without a sidecar go through ffmpeg and whisper.cpp (generated model)', () => {
  let stack: Stack;
  let agent: Socket;
  let ops: Socket;
  let callAudio: Blob;
  let damagedAudio: Blob;

  beforeAll(async () => {
    const { model } = testWhisper();
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, du talar med Karin.' },
      { speaker: 'caller', text: 'Hej, jag har frågor om mitt bostadstillägg.' },
      { speaker: 'agent', text: 'Det kan jag hjälpa till med.' },
    ]);
    callAudio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    damagedAudio = new Blob([await damagedRecording(call.wavPath)], { type: 'audio/flac' });

    stack = await Stack.start({
      WHISPER_MODEL: model,
      ASR_THREADS: '2',
      ASR_BEAM_SIZE: '1',
      ASR_TEMPERATURE_FALLBACK: 'false',
      NATS_MAX_DELIVER: String(MAX_DELIVER),
      NATS_BACKOFF_MS: '200',
    });
    agent = await liveClient(stack.url('gateway'), await accessToken('anna'));
    ops = await liveClient(stack.url('gateway'), await accessToken('olle', 'ops', 'drift'));
  });

  afterAll(async () => {
    agent?.close();
    ops?.close();
    await stack?.stop();
  });

  it('transcribes a stereo call into agent and caller turns and drafts it; a replay keeps the one draft', async () => {
    const accepted = await upload(stack.url('ingest'), { audio: callAudio, agentId: 'anna', language: 'sv' });
    expect(accepted.status).toBe(202);
    const callId = accepted.body['callId'] as string;

    // The agent is told which call was drafted (ids only) and reads the draft over REST.
    const first = await nextEvent<Drafted>(agent, 'journal.updated', callId, 140_000);
    expect(first.revision).toBe(1);
    const db = await stack.db();
    const entry = (await db.collection('journal_entries').findOne({ _id: callId as never }))!;
    const transcript = await db.collection('transcripts').findOne({ _id: callId as never });
    expect(transcript?.['source']).toBe('asr');
    const speakers = new Set((transcript?.['segments'] as { speaker: string }[]).map((s) => s.speaker));
    expect(speakers).toEqual(new Set(['agent', 'caller']));
    expect(new Set((entry['dialogue'] as { speaker: string }[]).map((t) => t.speaker))).toEqual(speakers);
    // What was heard never reaches a log line.
    const heard = (transcript?.['segments'] as { text: string }[]).map((s) => s.text).filter((t) => t.length >= 6);
    expect(heard.length).toBeGreaterThan(0);
    for (const text of heard) expect(stack.logs()).not.toContain(text);

    // A replay transcribes again from the stored audio. Greedy decoding hears the same, so the
    // draft is the same: still one journal entry, no new revision, the agent not notified again.
    expect(await samtalReplay(stack, callId)).toContain(`replayed ${callId}`);
    await waitFor('the replay to be drafted', () => stack.services.get('journal')!.process.output().includes('(unchanged)'), 140_000, 500);
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(1);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    expect(await db.collection('calls').findOne({ _id: callId as never })).toMatchObject({ status: 'drafted', replays: 1 });
  }, 300_000);

  it('records a recording that will not decode as failed at once (a retry would decode the same bytes), tells ops, and replays it on request', async () => {
    const db = await stack.db();
    const accepted = await upload(stack.url('ingest'), { audio: damagedAudio, audioName: 'damaged.flac', agentId: 'anna' });
    expect(accepted.status).toBe(202);
    const callId = accepted.body['callId'] as string;

    const failed = await nextEvent<Failed>(ops, 'alert', callId, 60_000);
    expect(failed).toEqual({ kind: 'stageFailed', callId, agentId: 'anna', stage: 'transcription' });
    const job = await waitFor('the failed-job record', () => db.collection('failed_jobs').findOne({ callId }));
    expect(job).toMatchObject({ stage: 'transcription', attempts: 1, error: expect.stringMatching(/^DamagedRecording: .*damaged/) });
    expect(job['failedAt']).toBeInstanceOf(Date);
    expect(await db.collection('calls').findOne({ _id: callId as never })).toMatchObject({ status: 'failed' });

    // The ops API lists it, to ops only.
    const gateway = stack.url('gateway');
    const asAgent = await fetch(`${gateway}/ops/failed-jobs`, { headers: { authorization: `Bearer ${await accessToken('anna')}` } });
    expect(asAgent.status).toBe(403);
    const opsToken = await accessToken('olle', 'ops', 'drift');
    const listed = (await (await fetch(`${gateway}/ops/failed-jobs`, { headers: { authorization: `Bearer ${opsToken}` } })).json()) as { callId: string }[];
    expect(listed.map((j) => j.callId)).toContain(callId);

    // `samtal replay` re-enqueues it from the stored audio; it fails the same way and is recorded again.
    const queuedBefore = await stack.streamCount(Streams.calls.name, 'calls.received');
    const again = nextEvent<Failed>(ops, 'alert', callId, 60_000);
    expect(await samtalReplay(stack, callId)).toContain(`replayed ${callId}`);
    expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBe(queuedBefore + 1);
    await again;
    expect(await db.collection('calls').findOne({ _id: callId as never })).toMatchObject({ status: 'failed', replays: 1 });

    // And through the API: every open failed job at once.
    const replayAll = await fetch(`${gateway}/ops/replay-failed`, { method: 'POST', headers: { authorization: `Bearer ${opsToken}` } });
    expect(replayAll.status).toBe(202);
    expect(((await replayAll.json()) as { replayed: string[] }).replayed).toContain(callId);
    await waitFor('the replay to be queued', async () => (await stack.streamCount(Streams.calls.name, 'calls.received')) === queuedBefore + 2);
  });
});
