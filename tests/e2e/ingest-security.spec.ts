import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Streams } from '@samtal/messaging';
import { waitFor, type NatsUser } from '@samtal/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { Stack, upload } from '../support/stack.js';

/** A mono 16-bit 8 kHz WAV of a tone: its frequency makes its content differ. */
function toneWav(seconds: number, hz: number): Blob {
  const rate = 8_000;
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(44 + samples * 2);
  data.write('RIFF', 0);
  data.writeUInt32LE(36 + samples * 2, 4);
  data.write('WAVEfmt ', 8);
  data.writeUInt32LE(16, 16);
  data.writeUInt16LE(1, 20);
  data.writeUInt16LE(1, 22);
  data.writeUInt32LE(rate, 24);
  data.writeUInt32LE(rate * 2, 28);
  data.writeUInt16LE(2, 32);
  data.writeUInt16LE(16, 34);
  data.write('data', 36);
  data.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8_000 * Math.sin((2 * Math.PI * hz * i) / rate)), 44 + i * 2);
  return new Blob([data], { type: 'audio/wav' });
}

const SIDECAR = new Blob(['agent: Pensionsmyndigheten, hej.\ncaller: Hej, jag undrar över min pension.\n'], { type: 'text/plain' });

describe('ingest and NATS keep their doors shut (real NATS with authorisation, real FerretDB)', () => {
  let stack: Stack;
  let admin: NatsConnection;
  const opened: NatsConnection[] = [];

  /** Calls stored, and stored files (or loose chunks) that belong to no call: what a refused upload must not change. */
  async function counts() {
    const db = await stack.db();
    const callIds = new Set((await db.collection('calls').find({}, { projection: { _id: 1 } }).toArray()).map((c) => String(c._id)));
    const fileOwners = [
      ...(await db.collection('recordings.files').find({}, { projection: { _id: 1 } }).toArray()).map((f) => String(f._id)),
      ...((await db.collection('recordings.chunks').distinct('files_id')) as string[]),
    ].map((id) => id.split('.')[0]!);
    return { calls: callIds.size, filesWithoutCall: fileOwners.filter((owner) => !callIds.has(owner)).length };
  }

  async function connectAs(user: NatsUser): Promise<NatsConnection> {
    const nc = await connect(stack.nats.connectOptions(user));
    opened.push(nc);
    return nc;
  }

  /** The permission errors the server reports to this connection (nats.js surfaces them as status events). */
  function permissionErrors(nc: NatsConnection): string[] {
    const seen: string[] = [];
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'error' && /permission/i.test(String(status.error))) seen.push(String(status.error));
      }
    })();
    return seen;
  }

  beforeAll(async () => {
    stack = await Stack.start();
    admin = await connect(stack.nats.connectOptions('admin'));
  });

  afterAll(async () => {
    await Promise.all(opened.map((nc) => nc.close()));
    await admin?.close();
    await stack?.stop();
  });

  describe('NATS users with least privilege', () => {
    it('every service runs as its own user, and a call still goes all the way to a draft', async () => {
      const drafted = admin.subscribe('journal.drafted', { max: 1 });
      const accepted = await upload(stack.url('ingest'), { audio: toneWav(1, 440), transcript: SIDECAR, agentId: 'agent-e2e', language: 'sv' });
      expect(accepted.status).toBe(202);
      for await (const msg of drafted) expect(msg.json<{ callId: string }>().callId).toBe(accepted.body['callId']);
    });

    it('refuses a client without credentials, or with a wrong password', async () => {
      await expect(connect({ servers: stack.nats.url, maxReconnectAttempts: 0 })).rejects.toThrow(/authorization/i);
      await expect(connect({ servers: stack.nats.url, user: 'gateway', pass: 'wrong', maxReconnectAttempts: 0 })).rejects.toThrow(/authorization/i);
    });

    it('the gateway cannot publish a forged draft, on core NATS or into JetStream', async () => {
      const gateway = await connectAs('gateway');
      const errors = permissionErrors(gateway);
      const received: string[] = [];
      const watch = admin.subscribe('journal.drafted');
      void (async () => {
        for await (const msg of watch) received.push(msg.string());
      })();
      await admin.flush();
      const forged = JSON.stringify({ type: 'journal.drafted', data: { draft: { text: 'ring 0900-… och uppge ditt BankID' } } });
      gateway.publish('journal.drafted', forged);
      gateway.publish('sentiment.updated', forged);
      await gateway.flush();
      await expect(jetstream(gateway).publish('journal.drafted', forged, { timeout: 2_000 })).rejects.toThrow();
      await waitFor('the permission errors', () => errors.length >= 2, 5_000);
      await new Promise((r) => setTimeout(r, 300));
      watch.unsubscribe();
      expect(received).toEqual([]);
      expect(errors.join('\n')).toMatch(/publish.*journal\.drafted/i);
    });

    it('the gateway cannot read the work path: no dead letters, no other inbox, no pulling the work queue, no stream reads', async () => {
      const gateway = await connectAs('gateway');
      const errors = permissionErrors(gateway);
      for (const subject of ['dlq.>', 'calls.>', '>', '_INBOX.>', '_INBOX.transcriber.>', '$JS.EVENT.>']) gateway.subscribe(subject);
      await gateway.flush();
      await waitFor('a refusal for each subscription', () => errors.length >= 6, 5_000);
      expect(errors.join('\n')).toMatch(/subscription.*dlq\.>/i);

      const js = jetstream(gateway);
      const consumer = await js.consumers.get(Streams.calls.name, 'transcriber'); // its info is allowed (the ops view shows queue depth)
      await expect(consumer.next({ expires: 1_000 }).then((m) => m ?? Promise.reject(new Error('nothing pulled')))).rejects.toThrow();
      const jsm = await jetstreamManager(gateway);
      await expect(jsm.streams.getMessage(Streams.journal.name, { last_by_subj: 'journal.drafted' })).rejects.toThrow();
      await expect(jsm.consumers.add(Streams.journal.name, { durable_name: 'spy', filter_subject: 'journal.>' })).rejects.toThrow();
    });

    it('ingest cannot consume or read the journal stream, nor publish anything but calls.received', async () => {
      const ingest = await connectAs('ingest');
      const errors = permissionErrors(ingest);
      ingest.subscribe('journal.drafted');
      ingest.publish('calls.transcribed', '{}');
      await ingest.flush();
      await waitFor('the refusals', () => errors.length >= 2, 5_000);
      const jsm = await jetstreamManager(ingest);
      await expect(jsm.consumers.add(Streams.journal.name, { durable_name: 'ingest-spy', filter_subject: 'journal.>' })).rejects.toThrow();
      await expect(jsm.streams.getMessage(Streams.journal.name, { last_by_subj: 'journal.drafted' })).rejects.toThrow();
      await expect(jsm.streams.update(Streams.journal.name, { max_msgs: 1 })).rejects.toThrow();
      const info = await jetstreamManager(admin).then((m) => m.consumers.list(Streams.journal.name).next());
      expect(info.map((c) => c.name)).not.toContain('ingest-spy');
    });

    it('the transcriber cannot publish drafts, and the journal service cannot enqueue calls', async () => {
      for (const [user, subject] of [
        ['transcriber', 'journal.drafted'],
        ['journal', 'calls.received'],
      ] as const) {
        const nc = await connectAs(user);
        await expect(jetstream(nc).publish(subject, '{}', { timeout: 2_000 })).rejects.toThrow();
      }
    });
  });

  describe('ingest authenticates its sources', () => {
    it('refuses an upload without a key, or with a wrong one, with 401, and stores nothing', async () => {
      const before = await counts();
      const none = await upload(stack.url('ingest'), { audio: toneWav(1, 500), transcript: SIDECAR, agentId: 'anna', apiKey: null });
      expect(none.status).toBe(401);
      expect(String(none.body['message'])).toMatch(/Authorization: Bearer/);
      const wrong = await upload(stack.url('ingest'), { audio: toneWav(1, 500), transcript: SIDECAR, agentId: 'anna', apiKey: 'smtl_not-a-real-key' });
      expect(wrong.status).toBe(401);
      const raw = await fetch(`${stack.url('ingest')}/calls`, { method: 'POST', body: new FormData() });
      expect(raw.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await counts()).toEqual(before);
    });

    it('records the source on the call; a rotated key stops working at once, a revoked source too', async () => {
      const key = await stack.addSource('pbx-rotate', '--name', 'PBX under test');
      const first = await upload(stack.url('ingest'), { audio: toneWav(1, 510), transcript: SIDECAR, agentId: 'anna', apiKey: key });
      expect(first.status).toBe(202);
      const call = await (await stack.db()).collection('calls').findOne({ _id: first.body['callId'] as never });
      expect(call).toMatchObject({ sourceId: 'pbx-rotate', agentId: 'anna' });

      const rotated = await stack.samtal(['sources', 'rotate', 'pbx-rotate']);
      expect(rotated.code).toBe(0);
      const newKey = rotated.stdout.trim();
      expect(newKey).not.toBe(key);
      expect((await upload(stack.url('ingest'), { audio: toneWav(1, 520), transcript: SIDECAR, agentId: 'anna', apiKey: key })).status).toBe(401);
      expect((await upload(stack.url('ingest'), { audio: toneWav(1, 530), transcript: SIDECAR, agentId: 'anna', apiKey: newKey })).status).toBe(202);

      const listed = await stack.samtal(['sources', 'list']);
      expect(listed.stdout).toMatch(/pbx-rotate\tsmtl_\S+…\tactive/);
      expect(listed.stdout).not.toContain(newKey);
      const stored = await (await stack.db()).collection('sources').findOne({ _id: 'pbx-rotate' as never });
      expect(JSON.stringify(stored)).not.toContain(newKey); // only its hash is kept

      expect((await stack.samtal(['sources', 'revoke', 'pbx-rotate'])).code).toBe(0);
      expect((await upload(stack.url('ingest'), { audio: toneWav(1, 540), transcript: SIDECAR, agentId: 'anna', apiKey: newKey })).status).toBe(401);
    });

    it('a web page on another origin cannot make a browser post a call (no-cors multipart fetch): 401, nothing stored', async () => {
      const before = await counts();
      const ingestUrl = stack.url('ingest');
      const page = `<!doctype html><script>
        const form = new FormData();
        form.set('audio', new Blob([new Uint8Array(4000)], { type: 'audio/wav' }), 'call.wav');
        form.set('agentId', 'anna');
        fetch(${JSON.stringify(`${ingestUrl}/calls`)}, { method: 'POST', mode: 'no-cors', body: form, credentials: 'include' });
      </script>`;
      const site: Server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
      await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
      const browser = await launchBrowser();
      try {
        const tab = await browser.newPage();
        const isUpload = (r: { url(): string }) => r.url() === `${ingestUrl}/calls`;
        // Either the page sees the 401, or the browser does not even let it read the answer
        // (ingest's Cross-Origin-Resource-Policy: same-origin); nothing is stored either way.
        const settled = Promise.race([
          tab.waitForResponse(isUpload).then((r) => ({ status: r.status(), failure: undefined })),
          tab.waitForEvent('requestfailed', isUpload).then((r) => ({ status: undefined, failure: r.failure()?.errorText })),
        ]);
        await tab.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
        const outcome = await settled;
        if (outcome.status !== undefined) expect(outcome.status).toBe(401);
        else expect(outcome.failure).toMatch(/BLOCKED_BY_RESPONSE/);
      } finally {
        await browser.close();
        site.close();
      }
      expect(await counts()).toEqual(before);
    });

    it('accepts calls only for enabled agents: 422 for an unknown id, a supervisor or a disabled agent', async () => {
      const db = await stack.db();
      await stack.addAgents(['agent-disabled']);
      await db.collection('users').updateOne({ _id: 'agent-disabled' as never }, { $set: { disabled: true } });
      const before = await counts();
      for (const agentId of ['no-such-agent', 'sara', 'agent-disabled']) {
        const response = await upload(stack.url('ingest'), { audio: toneWav(1, 600), transcript: SIDECAR, agentId });
        expect(response.status, agentId).toBe(422);
        expect(String(response.body['message'])).toContain(`agentId "${agentId}" is not an enabled agent`);
      }
      expect(await counts()).toEqual(before);
    });

    it('holds each source to its rate quota: 429 with Retry-After', async () => {
      const key = await stack.addSource('pbx-rate', '--uploads-per-minute', '2');
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const form = new FormData();
        form.set('audio', toneWav(1, 700 + i), 'call.wav');
        form.set('transcript', SIDECAR, 'transcript.txt');
        form.set('agentId', 'anna');
        const response = await fetch(`${stack.url('ingest')}/calls`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get('retry-after');
      }
      expect(statuses).toEqual([202, 202, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      // Another source is not slowed by it.
      expect((await upload(stack.url('ingest'), { audio: toneWav(1, 710), transcript: SIDECAR, agentId: 'anna' })).status).toBe(202);
    });

    it('holds each source to its volume quota: 429 with Retry-After', async () => {
      const key = await stack.addSource('pbx-volume', '--mb-per-hour', '1');
      const big = () => toneWav(45, 300 + Math.random() * 100); // 720 KB
      expect((await upload(stack.url('ingest'), { audio: big(), transcript: SIDECAR, agentId: 'anna', apiKey: key })).status).toBe(202);
      const form = new FormData();
      form.set('audio', big(), 'call.wav');
      form.set('transcript', SIDECAR, 'transcript.txt');
      form.set('agentId', 'anna');
      const over = await fetch(`${stack.url('ingest')}/calls`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
      expect(over.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('idempotency keys belong to their source and their content', () => {
    it('the same key, source and content is the same call; other content or another source gets 409, and the first call stays intact', async () => {
      const audio = toneWav(1, 800);
      const first = await upload(stack.url('ingest'), { audio, transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'shared-key-1' });
      expect(first).toMatchObject({ status: 202, body: { duplicate: false } });
      const again = await upload(stack.url('ingest'), { audio, transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'shared-key-1' });
      expect(again).toMatchObject({ status: 202, body: { callId: first.body['callId'], duplicate: true } });

      const before = await counts();
      const otherContent = await upload(stack.url('ingest'), { audio: toneWav(1, 801), transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'shared-key-1' });
      expect(otherContent.status).toBe(409);
      expect(JSON.stringify(otherContent.body)).not.toContain(String(first.body['callId']));
      const attackerKey = await stack.addSource('attacker');
      const otherSource = await upload(stack.url('ingest'), { audio, transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'shared-key-1', apiKey: attackerKey });
      expect(otherSource.status).toBe(409);
      expect(JSON.stringify(otherSource.body)).not.toContain(String(first.body['callId']));
      expect(await counts()).toEqual(before);

      // The first call is whole: its recording is stored and it was drafted.
      const db = await stack.db();
      await waitFor('the first call to be drafted', async () => (await db.collection('calls').findOne({ _id: first.body['callId'] as never }))?.['status'] === 'drafted', 30_000);
      expect(await db.collection('recordings.files').findOne({ _id: `${String(first.body['callId'])}.audio` as never })).not.toBeNull();
    });

    it('a hijacked key cannot swallow the real call: the attacker gets the key first, the real source gets 409, never a duplicate', async () => {
      const attackerKey = await stack.addSource('attacker-2');
      const fake = await upload(stack.url('ingest'), { audio: toneWav(1, 900), transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'call-4711', apiKey: attackerKey });
      expect(fake.status).toBe(202);
      const real = await upload(stack.url('ingest'), { audio: toneWav(1, 901), transcript: SIDECAR, agentId: 'anna', idempotencyKey: 'call-4711' });
      expect(real.status).toBe(409);
      expect(real.body['duplicate']).toBeUndefined();
      expect(JSON.stringify(real.body)).not.toContain(String(fake.body['callId']));
    });
  });

  describe('uploads are stored whole or not at all', () => {
    it('50 parallel uploads with one key leave one call and no file without a call; busy storage is 503 with Retry-After, never 500', async () => {
      const audio = toneWav(2, 1000);
      const responses = await Promise.all(
        Array.from({ length: 50 }, async () => {
          const form = new FormData();
          form.set('audio', audio, 'call.wav');
          form.set('transcript', SIDECAR, 'transcript.txt');
          form.set('agentId', 'anna');
          const response = await fetch(`${stack.url('ingest')}/calls`, {
            method: 'POST',
            body: form,
            headers: { authorization: `Bearer ${stack.sourceKey}`, 'Idempotency-Key': 'parallel-1' },
          });
          return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, unknown> };
        }),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.every((s) => s === 202 || s === 503), statuses.join(',')).toBe(true);
      for (const r of responses.filter((r) => r.status === 503)) expect(Number(r.retryAfter)).toBeGreaterThan(0);
      const ids = new Set(responses.filter((r) => r.status === 202).map((r) => r.body['callId']));
      expect(ids.size).toBe(1);
      expect(responses.filter((r) => r.body['duplicate'] === false)).toHaveLength(1);

      const db = await stack.db();
      expect(await db.collection('calls').countDocuments({ idempotencyKey: 'parallel-1' })).toBe(1);
      expect((await counts()).filesWithoutCall).toBe(0);
      expect(await db.collection('calls').countDocuments({ status: 'uploading' })).toBe(0);
    });
  });
});
