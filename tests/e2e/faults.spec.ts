import { headers as natsHeaders, connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { Headers } from '@samtal/contracts';
import { Consumers, Streams } from '@samtal/messaging';
import { childProcesses, damagedRecording, isRunning, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, accessToken, liveClient, upload } from '../support/stack.js';

/**
 * Faults with real processes, a real nats-server and a real FerretDB: infrastructure goes
 * away and comes back, messages arrive twice or broken, and no call is lost or doubled.
 */
describe('faults: nothing lost, nothing doubled', () => {
  let stack: Stack;
  let audio: Blob;
  let longAudio: Blob;
  let damagedAudio: Blob;
  let sidecar: Blob;

  const send = async (agentId = 'anna') => {
    const response = await upload(stack.url('ingest'), { audio, transcript: sidecar, agentId });
    expect(response.status, JSON.stringify(response.body)).toBe(202);
    return response.body['callId'] as string;
  };
  const drafted = async (callIds: string[], timeoutMs = 90_000) => {
    const db = await stack.db();
    await waitFor(`${callIds.length} drafts`, async () => (await db.collection('journal_entries').countDocuments({ _id: { $in: callIds as never[] } })) === callIds.length, timeoutMs, 500);
  };

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, hej.' },
      { speaker: 'caller', text: 'Hej, när kommer min pension?' },
    ]);
    audio = new Blob([await readFile(call.wavPath)]);
    sidecar = new Blob([call.sidecarText]);
    // A long speaking call for whisper.cpp: the transcriber is busy with it long enough to be killed.
    const long = await synthesizeCall(
      Array.from({ length: 8 }, (_, i) => ({
        speaker: i % 2 ? ('caller' as const) : ('agent' as const),
        text: 'Jag ringer om min pension och om bostadstillägget som inte har kommit den här månaden, kan du se varför?',
      })),
    );
    longAudio = new Blob([await readFile(long.wavPath)]);
    damagedAudio = new Blob([await damagedRecording(call.wavPath)]);
    // Redelivery spread over more than 30 s, so a 30 s database outage spends no call.
    stack = await Stack.start({
      NATS_MAX_DELIVER: '10',
      NATS_BACKOFF_MS: '500,1000,2000,4000,8000',
      WHISPER_MODEL: testWhisper().model,
      ASR_THREADS: '1',
      ASR_BEAM_SIZE: '1',
    });
    // Synthesis and five processes starting take minutes on a busy machine: room for that, not a race.
  }, 300_000);

  afterAll(async () => stack?.stop());

  it('a transcriber killed (SIGKILL) in the middle of a job: the call is redelivered, completes, and has one draft', async () => {
    const response = await upload(stack.url('ingest'), { audio: longAudio, agentId: 'anna', language: 'sv' });
    expect(response.status).toBe(202);
    const callId = response.body['callId'] as string;
    const db = await stack.db();
    // Killed while whisper.cpp (its child process) is recognising the call.
    const transcriberPid = stack.services.get('transcriber')!.process.child.pid!;
    const whisperCli = await waitFor('whisper.cpp at work on the call', async () => (await childProcesses(transcriberPid)).find((c) => c.command === 'whisper-cli'), 60_000, 100);
    await stack.stopService('transcriber', 'SIGKILL');
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(0);
    // The kernel takes whisper.cpp down with its worker (no orphan keeps the cores busy).
    await waitFor('the orphaned whisper.cpp to be gone', () => !isRunning(whisperCli.pid), 1_000, 20);

    await stack.startService('transcriber');
    // (Redelivery waits for the message's ack deadline, then whisper.cpp recognises the call again: on a slow, busy CI
    // machine that took just over two minutes.)
    await drafted([callId], 240_000);
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(1);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    expect(await db.collection('transcripts').findOne({ _id: callId as never })).toMatchObject({ source: 'asr' });
    expect(await db.collection('failed_jobs').countDocuments({ callId })).toBe(0);
  }, 360_000);

  it('restarting nats-server while calls are queued loses none of them', async () => {
    await stack.stopService('transcriber'); // let calls pile up in the queue
    const queued = await Promise.all(Array.from({ length: 8 }, () => send()));
    expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBeGreaterThanOrEqual(8);

    await stack.nats.restart(2_000);
    await stack.startService('transcriber');
    await drafted(queued);
    for (const service of stack.services.values()) expect((await fetch(`${service.url}/health`)).status, service.name).toBe(200);
  });

  it('an upload while NATS is down is stored, and sent once NATS is back (the outbox)', async () => {
    await stack.nats.restart(0); // settle the clients first
    const restart = stack.nats.restart(6_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const duringOutage = await send();
    await restart;
    await drafted([duringOutage]);
    // `queuedAt` means "JetStream acknowledged this pass's announcement". A publish sent while NATS
    // was away may reach JetStream on reconnect after ingest gave up waiting for its ack (its fate
    // was unknown): the call is drafted then, and the outbox's re-announcement with the same message
    // id is acknowledged as a duplicate and marks it. Wait for that state (grace + sweeps under load).
    const db = await stack.db();
    await waitFor('the call to be marked queued', async () => (await db.collection('calls').findOne({ _id: duringOutage as never }))?.['queuedAt'] instanceof Date, 60_000, 500);
    // Announced once, however many times it was sent: the stream holds one calls.received for it.
    const nc = await connect(stack.nats.connectOptions());
    const jsm = await jetstream(nc).jetstreamManager();
    const { state } = await jsm.streams.info(Streams.calls.name);
    let copies = 0;
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(Streams.calls.name, { seq }).catch(() => null);
      if (msg?.subject === 'calls.received' && msg.header.get(Headers.callId) === duringOutage) copies++;
    }
    await nc.close();
    expect(copies).toBe(1);
    expect((await db.collection('journal_entries').findOne({ _id: duringOutage as never }))?.['revision']).toBe(1);
  });

  it('stopping the database for 30 s: health turns 503, uploads get 503, and every queued call completes once it returns', async () => {
    await stack.stopService('transcriber');
    const queued = await Promise.all(Array.from({ length: 4 }, () => send()));
    await stack.mongo.pause();
    // Started during the outage: it cannot report healthy without its database, but it waits.
    const transcriber = await stack.startService('transcriber', 1, false);

    await waitFor('health to report the database down', async () => {
      const response = await fetch(`${stack.url('ingest')}/health`);
      const body = (await response.json()) as { details?: { mongo?: { status: string } } };
      return response.status === 503 && body.details?.mongo?.status === 'down';
    }, 20_000, 500);
    const refused = await upload(stack.url('ingest'), { audio, transcript: sidecar, agentId: 'anna' });
    expect(refused.status).toBe(503);
    expect(JSON.stringify(refused.body)).toMatch(/retry/);

    await new Promise((r) => setTimeout(r, 25_000));
    expect(transcriber.process.child.exitCode, 'the transcriber survived the outage').toBeNull();
    await stack.mongo.start();
    await drafted(queued, 120_000);
    await waitFor('health back to 200', async () => (await fetch(`${stack.url('ingest')}/health`)).status === 200, 30_000, 500);
    expect(await (await stack.db()).collection('failed_jobs').countDocuments()).toBe(0);
  }, 240_000);

  it('a message delivered twice, and a replay of a call that succeeded, make one call, one draft and one notification', async () => {
    const agent = await liveClient(stack.url('gateway'), await accessToken('anna'));
    const notifications: string[] = [];
    agent.on('journal.updated', (event: { callId: string }) => notifications.push(event.callId));
    const callId = await send();
    await drafted([callId]);

    // Take the call's calls.transcribed message and deliver it again, past JetStream's
    // duplicate detection (another message id): the consumer itself must see the repeat.
    const nc = await connect(stack.nats.connectOptions());
    const jsm = await jetstream(nc).jetstreamManager();
    const stored = await jsm.streams.getMessage(Streams.calls.name, { last_by_subj: 'calls.transcribed' });
    expect(stored?.json<{ callId: string }>().callId).toBe(callId);
    const h = natsHeaders();
    h.set(Headers.callId, callId);
    await jetstream(nc).publish('calls.transcribed', stored!.data, { headers: h, msgID: `again-${crypto.randomUUID()}` });
    await new Promise((r) => setTimeout(r, 3_000));
    await nc.close();

    const db = await stack.db();
    expect(await db.collection('calls').countDocuments({ _id: callId as never })).toBe(1);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    expect(notifications.filter((id) => id === callId)).toHaveLength(1);

    // Ops replay the call although it succeeded: it goes through again, drafts the same,
    // and stays one call with one draft; the agent is not told of a change that is none.
    const replay = await fetch(`${stack.url('gateway')}/ops/calls/${callId}/replay`, { method: 'POST', headers: { authorization: `Bearer ${await accessToken('olle', 'ops')}` } });
    expect(replay.status).toBe(202);
    await waitFor('the replay to be drafted', async () => {
      const call = await db.collection('calls').findOne({ _id: callId as never });
      return call?.['replays'] === 1 && call['status'] === 'drafted';
    }, 30_000, 200);
    await new Promise((r) => setTimeout(r, 2_000));
    agent.close();
    expect(await db.collection('calls').countDocuments({ _id: callId as never })).toBe(1);
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(1);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    expect(notifications.filter((id) => id === callId)).toHaveLength(1);
    expect(stack.services.get('journal')!.process.output()).toContain('(unchanged)');
  });

  it('calls.received delivered again after its call was transcribed (its ack lost): the stored transcript is announced again, not made again, and the call is drafted once', async () => {
    // The drafting service is down, so the call stays at `transcribed` while the repeat arrives.
    await stack.stopService('journal');
    const callId = await send();
    const db = await stack.db();
    const status = async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['status'];
    await waitFor('the call to be transcribed', async () => (await status()) === 'transcribed', 60_000, 200);
    const written = (await db.collection('transcripts').findOne({ _id: callId as never }))?.['updatedAt'];
    const announced = await stack.streamCount(Streams.calls.name, 'calls.transcribed');

    // The call's own calls.received again, past JetStream's duplicate detection (another message id).
    const nc = await connect(stack.nats.connectOptions());
    const jsm = await jetstream(nc).jetstreamManager();
    const stored = await jsm.streams.getMessage(Streams.calls.name, { last_by_subj: 'calls.received' });
    expect(stored?.json<{ callId: string }>().callId).toBe(callId);
    const h = natsHeaders();
    h.set(Headers.callId, callId);
    const repeat = await jetstream(nc).publish('calls.received', stored!.data, { headers: h, msgID: `again-${crypto.randomUUID()}` });
    const fastLane = () => jsm.consumers.info(Streams.calls.name, Consumers.transcriber.durable);
    await waitFor('the fast lane to ack the repeat', async () => (await fastLane()).ack_floor.stream_seq >= repeat.seq, 30_000, 200);
    await nc.close();
    expect(await status()).toBe('transcribed');
    expect((await db.collection('transcripts').findOne({ _id: callId as never }))?.['updatedAt']).toEqual(written);
    const transcriber = stack.services.get('transcriber')!.process;
    expect(transcriber.output().split('\n').some((line) => line.includes(callId) && line.includes('already transcribed'))).toBe(true);

    await stack.startService('journal');
    await drafted([callId]);
    await waitFor('the call to be drafted', async () => (await status()) === 'drafted', 30_000, 200);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
    // Announced again under the same message id: JetStream kept one calls.transcribed.
    expect(await stack.streamCount(Streams.calls.name, 'calls.transcribed')).toBe(announced);
  }, 120_000);

  it('a replay asked while an older pass waits to be drafted is not swallowed: the old pass is dropped and the replay transcribes and drafts', async () => {
    // Pass 0 is transcribed while drafting is down; ops replay the call before it is drafted.
    await stack.stopService('journal');
    const callId = await send();
    const db = await stack.db();
    const call = async () => db.collection('calls').findOne({ _id: callId as never });
    await waitFor('the call to be transcribed', async () => (await call())?.['status'] === 'transcribed', 60_000, 200);
    const nc = await connect(stack.nats.connectOptions());
    const jsm = await jetstream(nc).jetstreamManager();
    const oldPass = await jsm.streams.getMessage(Streams.calls.name, { last_by_subj: 'calls.transcribed' });
    expect(oldPass?.json<{ callId: string }>().callId).toBe(callId);
    await stack.stopService('transcriber');
    const replay = await fetch(`${stack.url('gateway')}/ops/calls/${callId}/replay`, { method: 'POST', headers: { authorization: `Bearer ${await accessToken('olle', 'ops')}` } });
    expect(replay.status).toBe(202);

    // Drafting reads pass 0's calls.transcribed first. Written as drafted, the call would be past
    // transcription for the replay's pass, and the replay would be skipped as done.
    const journal = (await stack.startService('journal')).process;
    const drafting = () => jsm.consumers.info(Streams.calls.name, Consumers.journal.durable);
    await waitFor('drafting to ack the old pass', async () => (await drafting()).ack_floor.stream_seq >= oldPass!.seq, 30_000, 200);
    await nc.close();
    expect(await call()).toMatchObject({ status: 'received', replays: 1 });
    expect(journal.output().split('\n').some((line) => line.includes(callId) && line.includes('calls.transcribed of pass 0 skipped'))).toBe(true);
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(0);

    const transcriber = (await stack.startService('transcriber')).process;
    await waitFor('the replay to be drafted', async () => {
      const now = await call();
      return now?.['replays'] === 1 && now['status'] === 'drafted';
    }, 60_000, 200);
    expect(transcriber.output().split('\n').some((line) => line.includes(callId) && line.includes('skipped'))).toBe(false);
    expect((await db.collection('journal_entries').findOne({ _id: callId as never }))?.['revision']).toBe(1);
  }, 180_000);

  it('a poison message goes to the dead-letter stream with its reason and does not block the calls behind it', async () => {
    const nc = await connect(stack.nats.connectOptions());
    const poisonCallId = crypto.randomUUID();
    const h = natsHeaders();
    h.set(Headers.callId, poisonCallId);
    await jetstream(nc).publish('calls.received', JSON.stringify({ type: 'calls.received', version: 1, data: { surprise: true } }), { headers: h });
    // And a recording that makes the decoder fail: no retry decodes more of the same bytes, so it
    // fails at once (one attempt), and the calls behind it go through.
    const damaged = await upload(stack.url('ingest'), { audio: damagedAudio, audioName: 'call.flac', agentId: 'anna' });
    expect(damaged.status).toBe(202);
    const behind = await Promise.all([send(), send()]);
    await drafted(behind);
    const db = await stack.db();
    const damagedJob = await waitFor('the damaged recording\'s failed job', () => db.collection('failed_jobs').findOne({ callId: damaged.body['callId'] }), 60_000);
    expect(damagedJob['error']).toMatch(/DamagedRecording/);
    expect(damagedJob['attempts']).toBe(1);
    expect((await db.collection('calls').findOne({ _id: damaged.body['callId'] as never }))?.['status']).toBe('failed');

    const jsm = await jetstream(nc).jetstreamManager();
    // The poison's own letter (the damaged recording has one on the same subject).
    const letters = async () => {
      const { state } = await jsm.streams.info(Streams.deadLetters.name);
      const seqs = Array.from({ length: state.last_seq - state.first_seq + 1 }, (_, i) => state.first_seq + i);
      return Promise.all(seqs.map((seq) => jsm.streams.getMessage(Streams.deadLetters.name, { seq }).catch(() => null)));
    };
    const letter = await waitFor('the dead letter', async () => (await letters()).find((m) => m?.header.get(Headers.callId) === poisonCallId));
    expect(letter?.header.get(Headers.deadLetterReason)).toMatch(/ContractViolation/);
    await nc.close();
    // Recorded for ops, with the reason.
    const job = await waitFor('the failed-job record', () => db.collection('failed_jobs').findOne({ callId: poisonCallId }));
    expect(job['error']).toMatch(/ContractViolation/);
  });
});
