import { Streams } from '@samtal/messaging';
import { synthesizeCall, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, accessToken, liveClient, nextEvent, upload } from '../support/stack.js';

const MAX_UPLOAD_BYTES = 3 * 1024 * 1024;

describe('one call, end to end, through real NATS JetStream and FerretDB', () => {
  let stack: Stack;
  let agent: Socket;
  let token: string;
  let callAudio: Blob;
  let sidecar: Blob;

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, du pratar med Eva. Vad gäller saken?' },
      { speaker: 'caller', text: 'Hej, jag undrar varför min pension blev lägre den här månaden.' },
      { speaker: 'agent', text: 'Jag ser att skatten har ändrats. Jag skickar ett brev om det.' },
    ]);
    callAudio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    sidecar = new Blob([call.sidecarText], { type: 'text/plain' });
    stack = await Stack.start({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
    token = await accessToken('anna');
    agent = await liveClient(stack.url('gateway'), token);
  });

  afterAll(async () => {
    agent?.close();
    await stack?.stop();
  });

  it('uploads a stereo call with a sidecar, tells its agent, and serves the stored draft', async () => {
    const accepted = await upload(stack.url('ingest'), {
      audio: callAudio,
      transcript: sidecar,
      agentId: 'anna',
      language: 'sv',
      idempotencyKey: 'e2e-call-1',
    });
    expect(accepted.status).toBe(202);
    const callId = accepted.body['callId'] as string;
    expect(callId).toMatch(/^[0-9a-f-]{36}$/);

    // The socket carries ids only (a forged event can put no words on a screen); the draft is read over REST.
    const drafted = await nextEvent<{ callId: string; revision: number; version: number }>(agent, 'journal.updated', callId, 30_000);
    expect(drafted).toEqual({ callId, revision: 1, version: 0 });

    const response = await fetch(`${stack.url('gateway')}/calls/${callId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const stored = (await response.json()) as { call: { status: string; channels: number }; journal: { revision: number; draft: { text: string; language: string } } };
    expect(stored.call.status).toBe('drafted');
    expect(stored.call.channels).toBe(2);
    expect(stored.journal.revision).toBe(1);
    expect(stored.journal.draft.language).toBe('sv');
    expect(stored.journal.draft.text).toContain('pension blev lägre');

    // The call went through every stage as events on the durable path.
    expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBe(1);
    expect(await stack.streamCount(Streams.calls.name, 'calls.transcribed')).toBe(1);
    expect(await stack.streamCount(Streams.journal.name, 'journal.drafted')).toBe(1);
    // The correlation id (the call id) is in the logs of every service that worked on it.
    for (const service of ['transcriber', 'journal']) {
      const lines = stack.services.get(service)!.process.output().split('\n').filter((l) => l.includes(callId));
      expect(lines.length, `${service} logged with the call id`).toBeGreaterThan(0);
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ callId, service });
    }
  });

  it('makes one call of the same upload sent twice with the same idempotency key', async () => {
    const first = await upload(stack.url('ingest'), { audio: callAudio, transcript: sidecar, agentId: 'anna', idempotencyKey: 'e2e-twice' });
    const second = await upload(stack.url('ingest'), { audio: callAudio, transcript: sidecar, agentId: 'anna', idempotencyKey: 'e2e-twice' });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body).toMatchObject({ callId: first.body['callId'], duplicate: true });
    const db = await stack.db();
    expect(await db.collection('calls').countDocuments({ idempotencyKey: 'e2e-twice' })).toBe(1);
    const callId = first.body['callId'] as string;
    const entry = await waitFor('the draft', () => db.collection('journal_entries').findOne({ _id: callId as never }));
    expect(entry['revision']).toBe(1);
    expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBe(2); // this call and the first test's
  });

  describe('rejects malformed uploads with a clear 4xx, and nothing enters the queue', () => {
    const cases: [string, () => Parameters<typeof upload>[1], number, RegExp][] = [
      ['an empty file', () => ({ audio: new Blob([]), agentId: 'a' }), 400, /empty/],
      ['a text file named .wav', () => ({ audio: new Blob(['just some words, not sound']), agentId: 'a' }), 415, /not a recording/],
      ['a file over the size limit', () => ({ audio: new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1024)]), agentId: 'a' }), 413, /large/i],
      ['no agent', () => ({ audio: callAudio }), 400, /invalid request/],
      ['an unknown field', () => ({ audio: callAudio, agentId: 'a', extraFields: { priority: 'high' } }), 400, /invalid request/],
      ['a sidecar in neither format', () => ({ audio: callAudio, agentId: 'a', transcript: new Blob(['hello there']) }), 400, /agent:/],
    ];

    it.each(cases)('%s', async (_name, build, status, message) => {
      const db = await stack.db();
      const callsBefore = await db.collection('calls').countDocuments();
      const queuedBefore = await stack.streamCount(Streams.calls.name, 'calls.received');
      const response = await upload(stack.url('ingest'), build());
      expect(response.status).toBe(status);
      expect(JSON.stringify(response.body)).toMatch(message);
      expect(await db.collection('calls').countDocuments()).toBe(callsBefore);
      expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBe(queuedBefore);
    });
  });
});
