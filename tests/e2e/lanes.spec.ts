import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Events, parseEvent, type EventOf } from '@samtal/contracts';
import { Consumers, Streams } from '@samtal/messaging';
import { childProcesses, isRunning, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, upload } from '../support/stack.js';

type Progress = EventOf<typeof Events.transcriptionProgress>;

/**
 * Fair flow (issue 16): a call with its own transcript never waits behind speech recognition,
 * recognition reports progress and has a time limit that fails a call clearly, and a transcriber
 * told to stop (SIGTERM) stops within its grace period and gives its work back at once.
 */
describe('fair flow: lanes, progress, time limits, graceful shutdown', () => {
  let stack: Stack;
  let longAudio: Blob;
  let audio: Blob;
  let sidecar: Blob;
  let nc: NatsConnection;
  const progress: Progress[] = [];
  const GRACE_MS = 3_000;

  const whisperOf = (service = 'transcriber') =>
    waitFor('whisper.cpp at work', async () => (await childProcesses(stack.services.get(service)!.process.child.pid!)).find((c) => c.command === 'whisper-cli'), 90_000, 100);
  const callDoc = async (callId: string) => (await stack.db()).collection('calls').findOne({ _id: callId as never });
  const drafted = async (callId: string) => ((await stack.db()).collection('journal_entries').countDocuments({ _id: callId as never })).then((n) => n === 1);

  beforeAll(async () => {
    const short = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, hej.' },
      { speaker: 'caller', text: 'Hej, när kommer min pension?' },
    ]);
    audio = new Blob([await readFile(short.wavPath)]);
    sidecar = new Blob([short.sidecarText]);
    // About a minute of speech: whisper.cpp (one thread) is busy with it for a while.
    const long = await synthesizeCall(
      Array.from({ length: 8 }, (_, i) => ({
        speaker: i % 2 ? ('caller' as const) : ('agent' as const),
        text: 'Jag ringer om min pension och om bostadstillägget som inte har kommit den här månaden, kan du se varför det har blivit så?',
      })),
    );
    longAudio = new Blob([await readFile(long.wavPath)]);
    stack = await Stack.start({
      WHISPER_MODEL: testWhisper().model,
      ASR_THREADS: '1',
      ASR_BEAM_SIZE: '1',
      ASR_TEMPERATURE_FALLBACK: 'false',
      // One job per lane: without lanes, the sidecar call would queue behind the recognition.
      TRANSCRIBER_CONCURRENCY: '1',
      SIDECAR_CONCURRENCY: '1',
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      // Long: only a nak brings a stopped job's message back quickly.
      NATS_ACK_WAIT_MS: '60000',
    });
    nc = await connect(stack.nats.connectOptions());
    const sub = nc.subscribe(Events.transcriptionProgress.subject);
    void (async () => {
      for await (const msg of sub) progress.push(parseEvent(msg.subject, msg.json()) as Progress);
    })();
  }, 300_000);

  afterAll(async () => {
    await nc?.close();
    await stack?.stop();
  });

  it('a sidecar call uploaded while a long recognition runs is drafted before the recognition finishes, and the recognition reports its progress', async () => {
    const long = await upload(stack.url('ingest'), { audio: longAudio, agentId: 'anna', language: 'sv' });
    expect(long.status).toBe(202);
    const asrCallId = long.body['callId'] as string;
    const whisper = await whisperOf();

    const quick = await upload(stack.url('ingest'), { audio, transcript: sidecar, agentId: 'anna' });
    expect(quick.status).toBe(202);
    const sidecarCallId = quick.body['callId'] as string;
    await waitFor('the sidecar call to be drafted', () => drafted(sidecarCallId), 60_000, 200);
    // whisper.cpp is still at the long call: the sidecar call did not wait for it.
    expect(isRunning(whisper.pid), 'the recognition still runs').toBe(true);
    expect(await drafted(asrCallId)).toBe(false);
    expect((await callDoc(asrCallId))?.['status']).toBe('transcribing');

    await waitFor('the long call to be drafted', () => drafted(asrCallId), 300_000, 500);
    const ours = progress.filter((p) => p.callId === asrCallId);
    expect(ours.length, 'progress events for the long call').toBeGreaterThan(1);
    const percents = ours.map((p) => p.data.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBeGreaterThanOrEqual(90);
    // Ids and a number, nothing else.
    for (const p of ours) expect(Object.keys(p.data).sort()).toEqual(['agentId', 'percent', 'replays']);
    expect(progress.some((p) => p.callId === sidecarCallId)).toBe(false);
  }, 420_000);

  it('a recognition past its time limit fails the call at once with that reason, not a retry loop', async () => {
    await stack.stopService('transcriber');
    await stack.startService('transcriber', 1, true, false, { ASR_TIMEOUT_BASE_MS: '1000', ASR_TIMEOUT_FACTOR: '0' });
    const response = await upload(stack.url('ingest'), { audio: longAudio, agentId: 'anna', language: 'sv' });
    const callId = response.body['callId'] as string;
    const failed = await waitFor('the call to fail', async () => ((await callDoc(callId))?.['status'] === 'failed' ? callDoc(callId) : null), 90_000, 250);
    expect(failed?.['error']).toMatch(/speech recognition timed out: no result within 1 s/);
    const job = await waitFor('the failed-job record', () => stack.db().then((db) => db.collection('failed_jobs').findOne({ callId })));
    expect(job['attempts']).toBe(1);
    expect(job['error']).toMatch(/timed out/);
    expect(stack.services.get('transcriber')!.process.output()).not.toMatch(/attempt \d failed, will retry: .*timed out/);
    await stack.stopService('transcriber');
    await stack.startService('transcriber');
  }, 180_000);

  it('SIGTERM: the transcriber stops fetching, stops whisper.cpp after its grace period, exits, and its call is redelivered at once', async () => {
    const response = await upload(stack.url('ingest'), { audio: longAudio, agentId: 'anna', language: 'sv' });
    const callId = response.body['callId'] as string;
    const transcriber = stack.services.get('transcriber')!.process;
    const whisper = await whisperOf();

    const exited = new Promise<number>((resolve) => transcriber.child.once('exit', () => resolve(Date.now())));
    const sentAt = Date.now();
    transcriber.child.kill('SIGTERM');
    const exitedAt = await exited;
    expect(transcriber.child.signalCode, 'it exited by itself, not killed').not.toBe('SIGKILL');
    // The grace period, then a moment to kill whisper.cpp, nak and close the connections.
    expect(exitedAt - sentAt).toBeLessThan(GRACE_MS + 5_000);
    expect(isRunning(whisper.pid)).toBe(false);
    expect(transcriber.output()).toMatch(/naked for redelivery/);
    await stack.stopService('transcriber');

    // Given back, not left to time out: the next transcriber recognises it at once, well
    // within the minute the ack wait would take.
    const jsm = await jetstreamManager(nc);
    expect((await jsm.consumers.info(Streams.calls.name, Consumers.speechRecognition.durable)).config.ack_wait).toBe(60_000_000_000);
    await stack.startService('transcriber');
    const ready = Date.now();
    await whisperOf();
    expect(Date.now() - ready).toBeLessThan(30_000);
    await waitFor('the call to be drafted by the next transcriber', () => drafted(callId), 300_000, 500);
    expect((await (await stack.db()).collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    expect(await (await stack.db()).collection('failed_jobs').countDocuments({ callId })).toBe(0);
  }, 420_000);
});
