import { JwtService } from '@nestjs/jwt';
import { Streams } from '@samtal/messaging';
import { synthesizeCall, waitFor } from '@samtal/testing';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, JWT_SECRET, Stack, accessToken, liveClient, sourceHeaders, upload, type UploadOptions } from '../support/stack.js';

const exec = promisify(execFile);
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const MAX_SIDECAR_BYTES = 20_000;
const MAX_DURATION_MS = 60_000;
/** A personnummer planted in bad inputs: no response may echo it. */
const PLANTED = '811218-9876';
const SHELL_MARKER = join(tmpdir(), `samtal-pwned-${process.pid}`);

async function ffmpegWav(args: string[]): Promise<Blob> {
  const out = join(tmpdir(), `bad-input-${crypto.randomUUID()}.wav`);
  await exec('ffmpeg', ['-v', 'error', '-y', ...args, out]);
  return new Blob([await readFile(out)]);
}

describe('a catalogue of bad input: each gets a clear error, nothing crashes, nothing is lost or leaked', () => {
  let stack: Stack;
  let wav: Blob;
  let sidecar: Blob;
  const accepted: string[] = [];

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, hej.' },
      { speaker: 'caller', text: 'Hej, jag har en fråga om min pension.' },
    ]);
    wav = new Blob([await readFile(call.wavPath)]);
    sidecar = new Blob([call.sidecarText]);
    stack = await Stack.start({
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
      MAX_SIDECAR_BYTES: String(MAX_SIDECAR_BYTES),
      MAX_SIDECAR_SEGMENTS: '50',
      MAX_DURATION_MS: String(MAX_DURATION_MS),
    });
  });

  afterAll(async () => stack?.stop());

  const ok = (extra: Partial<UploadOptions> = {}): UploadOptions => ({ audio: wav, transcript: sidecar, agentId: 'anna', ...extra });

  // [name, expected status, what the message must say, the request]
  const uploads: [string, number, RegExp, () => Promise<UploadOptions>][] = [
    ['an empty file', 400, /empty/, async () => ok({ audio: new Blob([]) })],
    ['a truncated WAV header', 415, /not a recording/, async () => ok({ audio: new Blob([(await wav.arrayBuffer()).slice(0, 20)]) })],
    ['a text file named .wav', 415, /not a recording/, async () => ok({ audio: new Blob(['RIFF? no, just words']) })],
    // Random bytes now and then look to ffprobe like a stream (an MP3 frame sync) without a duration: any of
    // the three not-audio answers is the clear error.
    ['random bytes', 415, /not a recording|no audio stream|no readable duration/, async () => ok({ audio: new Blob([crypto.getRandomValues(new Uint8Array(50_000))]) })],
    ['a video without sound', 415, /no audio stream|not a recording/, async () => ok({ audio: await ffmpegWavVideo() })],
    ['a recording over the size limit', 413, /larger than/, async () => ok({ audio: new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1)]) })],
    ['a recording over the duration limit', 422, /longer than 1 minutes/, async () => ok({ audio: await ffmpegWav(['-f', 'lavfi', '-i', 'anullsrc=r=8000:cl=mono', '-t', '90']) })],
    ['a 0.1 s recording', 422, /shorter than/, async () => ok({ audio: await ffmpegWav(['-f', 'lavfi', '-i', 'sine=f=440:r=16000', '-t', '0.1']) })],
    ['no audio part at all', 400, /no \W*audio\W* file/, async () => ({ transcript: sidecar, agentId: 'anna' })],
    ['no agent', 400, /invalid request/, async () => ok({ agentId: undefined })],
    ['an agent id carrying a NoSQL operator', 400, /agentId/, async () => ok({ agentId: '{"$gt": ""}' })],
    ['an agent id with a $where clause', 400, /agentId/, async () => ok({ agentId: '$where: sleep(1000)' })],
    ['an unknown language', 400, /language/, async () => ok({ language: 'fr' })],
    ['an unknown form field', 400, /unrecognized_keys/, async () => ok({ extraFields: { priority: 'high' } })],
    ['an unknown speaker for a channel', 400, /leftChannel/, async () => ok({ extraFields: { leftChannel: 'boss' } })],
    ['an idempotency key with control characters', 400, /invalid request/, async () => ok({ idempotencyKey: 'abc\tdef' })],
    ['an idempotency key of 300 characters', 400, /invalid request/, async () => ok({ idempotencyKey: 'k'.repeat(300) })],
    ['a sidecar that is not UTF-8', 400, /not UTF-8/, async () => ok({ transcript: new Blob([new Uint8Array([0x61, 0x67, 0x65, 0x6e, 0x74, 0x3a, 0x20, 0xe5, 0xe4, 0xf6])]) })],
    ['a sidecar over its size limit', 413, /transcript is larger/, async () => ok({ transcript: new Blob([`agent: ${'hej '.repeat(MAX_SIDECAR_BYTES)}`]) })],
    ['a sidecar with more utterances than its limit', 422, /51 utterances; at most 50/, async () => ok({ transcript: new Blob([Array.from({ length: 51 }, (_, i) => `${i % 2 ? 'caller' : 'agent'}: Hej.`).join('\n')]) })],
    ['a sidecar in neither format', 400, /does not start with \W*agent:/, async () => ok({ transcript: new Blob([`hello, my number is ${PLANTED}`]) })],
    ['a JSON sidecar with unknown fields', 400, /unrecognized_keys/, async () => ok({ transcript: new Blob([JSON.stringify({ segments: [{ speaker: 'agent', start: 0, end: 1, text: PLANTED, mood: 'x' }] })]) })],
    ['a JSON sidecar that does not parse', 400, /does not parse/, async () => ok({ transcript: new Blob([`{"segments": [{"text": "${PLANTED}"`]) })],
    ['a JSON sidecar with an unknown speaker', 400, /speaker/, async () => ok({ transcript: new Blob([JSON.stringify({ segments: [{ speaker: PLANTED, start: 0, end: 1, text: 'x' }] })]) })],
    ['an empty sidecar', 400, /empty/, async () => ok({ transcript: new Blob(['\n\n']) })],
  ];

  it.each(uploads)('upload: %s → %i', async (_name, status, message, build) => {
    const before = await stack.streamCount(Streams.calls.name, 'calls.received');
    const response = await upload(stack.url('ingest'), await build());
    expect(response.status).toBe(status);
    const body = JSON.stringify(response.body);
    expect(body).toMatch(message);
    expect(body).not.toContain(PLANTED);
    expect(await stack.streamCount(Streams.calls.name, 'calls.received')).toBe(before);
  });

  it('upload: a recording with the wrong extension is accepted: formats are told by content', async () => {
    const response = await upload(stack.url('ingest'), ok({ audioName: 'call.mp3' }));
    expect(response.status).toBe(202);
    accepted.push(response.body['callId'] as string);
  });

  it('upload: a file name with path traversal or shell characters is stored as a plain name and runs nothing', async () => {
    for (const name of ['../../../etc/passwd.wav', `a;touch ${SHELL_MARKER};.wav`, '$(touch ' + SHELL_MARKER + ').wav', '`touch x`.wav']) {
      const response = await upload(stack.url('ingest'), ok({ audioName: name }));
      expect(response.status).toBe(202);
      accepted.push(response.body['callId'] as string);
      const call = await (await stack.db()).collection('calls').findOne({ _id: response.body['callId'] as never });
      expect(call?.['audio'].filename).not.toMatch(/[/\\;$`]/);
    }
    expect(existsSync(SHELL_MARKER)).toBe(false);
  });

  it('upload: a malformed multipart body gets 400', async () => {
    const response = await fetch(`${stack.url('ingest')}/calls`, {
      method: 'POST',
      headers: { ...sourceHeaders(stack.url('ingest')), 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n\r\nRIFF', // never closed
    });
    expect(response.status).toBe(400);
  });

  it('upload: a JSON body instead of multipart gets 400', async () => {
    const response = await fetch(`${stack.url('ingest')}/calls`, {
      method: 'POST',
      headers: { ...sourceHeaders(stack.url('ingest')), 'content-type': 'application/json' },
      body: JSON.stringify({ agentId: 'anna' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/no \W*audio\W* file/);
  });

  it('upload: two recordings in one request get 400', async () => {
    const form = new FormData();
    form.append('audio', wav, 'a.wav');
    form.append('audio', wav, 'b.wav');
    form.set('agentId', 'anna');
    expect((await fetch(`${stack.url('ingest')}/calls`, { method: 'POST', body: form, headers: sourceHeaders(stack.url('ingest')) })).status).toBe(400);
  });

  describe('the gateway', () => {
    const get = async (path: string, token?: string) =>
      fetch(`${stack.url('gateway')}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('rejects a call id that is not a UUID', async () => {
      expect((await get('/calls/../../etc/passwd', await accessToken('anna'))).status).toBe(404);
      expect((await get('/calls/not-a-uuid', await accessToken('anna'))).status).toBe(400);
    });

    it('rejects NoSQL operators in query parameters', async () => {
      const supervisor = await loginToken('sara');
      expect((await get('/calls?limit[$gt]=0', await accessToken('anna'))).status).toBe(400);
      expect((await get('/dashboard?agent[$ne]=x', supervisor)).status).toBe(400);
      expect((await get('/dashboard?topic={"$gt":""}', supervisor)).status).toBe(200); // a plain string: matches no topic
    });

    it('rejects a login with operators instead of strings', async () => {
      const response = await fetch(`${stack.url('gateway')}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: { $gt: '' }, password: { $gt: '' } }),
      });
      expect(response.status).toBe(400);
    });

    it('rejects an expired, a tampered and an unsigned token', async () => {
      const jwt = new JwtService({ secret: JWT_SECRET });
      const expired = await jwt.signAsync({ sub: 'anna', role: 'agent' }, { expiresIn: -60 });
      const [header, , signature] = (await accessToken('anna')).split('.');
      const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: 'anna', role: 'ops' })).toString('base64url')}.${signature}`;
      const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"olle","role":"ops"}').toString('base64url')}.`;
      for (const token of [expired, tampered, unsigned]) {
        expect((await get('/calls', token)).status).toBe(401);
        expect((await get('/ops/failed-jobs', token)).status).toBe(401);
      }
    });

    it('refuses role escalation: an agent is not a supervisor or ops', async () => {
      const agent = await accessToken('anna');
      expect((await get('/dashboard', agent)).status).toBe(403);
      expect((await get('/ops/failed-jobs', agent)).status).toBe(403);
      expect((await get('/ops/queues', agent)).status).toBe(403);
    });

    it("refuses to replay someone else's call (or any call, for a non-ops role)", async () => {
      const someone = accepted[0]!;
      const response = await fetch(`${stack.url('gateway')}/ops/calls/${someone}/replay`, { method: 'POST', headers: { authorization: `Bearer ${await accessToken('bertil')}` } });
      expect(response.status).toBe(403);
      expect((await (await stack.db()).collection('calls').findOne({ _id: someone as never }))?.['replays']).toBe(0);
    });

    it('refuses an edit far over the size limit', async () => {
      const response = await fetch(`${stack.url('gateway')}/calls/${accepted[0]}/draft`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${await accessToken('anna')}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x'.repeat(50_000), topic: 'other', baseVersion: 0 }),
      });
      expect(response.status).toBe(400);
    });

    it('throttles repeated failed logins', async () => {
      const attempt = () =>
        fetch(`${stack.url('gateway')}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'anna', password: 'guess' }) });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await attempt()).status);
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
      expect(statuses).toContain(429);
    });

    it('disconnects a socket without a token and one that sends an oversized message', async () => {
      await expect(liveClient(stack.url('gateway'), '')).rejects.toThrow();
      const socket = await liveClient(stack.url('gateway'), await accessToken('anna'));
      const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
      socket.emit('anything', 'x'.repeat(1024 * 1024));
      expect(await closed).toMatch(/transport (close|error)/);
      const raw = io(stack.url('gateway'), { transports: ['websocket'], reconnection: false });
      const error = await new Promise<unknown>((resolve) => raw.on('auth_error', resolve));
      expect(error).toEqual({ message: 'invalid or expired access token' });
      raw.close();
    });
  });

  it('after all of it: every service is healthy and every accepted call was drafted', async () => {
    for (const service of stack.services.values()) {
      expect(service.process.child.exitCode, `${service.name} still running`).toBeNull();
      expect((await fetch(`${service.url}/health`)).status).toBe(200);
    }
    const db = await stack.db();
    await waitFor('every accepted call drafted', async () => (await db.collection('journal_entries').countDocuments({ _id: { $in: accepted as never[] } })) === accepted.length, 60_000);
    expect(await db.collection('calls').countDocuments()).toBe(accepted.length);
  });

  async function loginToken(username: string): Promise<string> {
    const response = await fetch(`${stack.url('gateway')}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function ffmpegWavVideo(): Promise<Blob> {
    const out = join(tmpdir(), `bad-input-${crypto.randomUUID()}.mp4`);
    await exec('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=64x64:rate=5', '-t', '1', '-pix_fmt', 'yuv420p', out]);
    return new Blob([await readFile(out)]);
  }
});
