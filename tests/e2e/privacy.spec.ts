import { connect, type NatsConnection } from '@nats-io/transport-node';
import { synthesizeCall, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, Stack, liveClient, upload } from '../support/stack.js';

/** What the caller and agent say: every kind of identifier Samtal must keep from the UI and logs. */
const DIALOGUE = [
  { speaker: 'agent', text: 'Pensionsmyndigheten, du pratar med Karin Lindqvist. Vad gäller saken?' },
  { speaker: 'caller', text: 'Hej, jag heter Mohammed Al-Rashid och jag ringer om min garantipension.' },
  { speaker: 'agent', text: 'Kan jag få ditt personnummer?' },
  { speaker: 'caller', text: 'Ja, det är 19811218-9876.' },
  { speaker: 'agent', text: 'Tack. Vilket telefonnummer når vi dig på?' },
  { speaker: 'caller', text: 'Min mobil är 070-123 45 67 och min e-post är mohammed.alrashid@gmail.com.' },
  { speaker: 'caller', text: 'Jag bor på Storgatan 12, 123 45 Malmö.' },
  { speaker: 'agent', text: 'Vilket konto ska pengarna sättas in på?' },
  { speaker: 'caller', text: 'Clearingnummer 8327-9 och kontonummer 123 456 789-0. Mitt kort är 4111 1111 1111 1111.' },
  { speaker: 'agent', text: 'Då är det noterat. Du får ett brev inom två veckor.' },
] as const;

/** How callers really give their data (issue 11): in pieces, corrected, spelled, asked for, named again. */
const SPOKEN = [
  'agent: Pensionsmyndigheten, Per.',
  'caller: Hej Per, jag heter Ester Hägglund, h ä g g l u n d.',
  'agent: Och ditt personnummer?',
  'caller: 52 01 30',
  'caller: eh 94 07',
  'agent: Tack. Och vilket datum är din man född?',
  'caller: femtiosju tolv tjugotre, han heter Maj… nej, Mats.',
  'agent: Och hans personnummer?',
  'caller: nitton fyrtioett, noll nio, noll tre, och sen fyra fyra… nej vänta … fyra sex två ett.',
  'agent: Mitt ärende gäller alltså 19811218-9876 och 070-123 45 67, Ester?',
  'caller: Ja. Och ni når mig på noll sju noll, ett två tre',
  'agent: Mm.',
  'caller: fyra fem, sex sju.',
  'agent: Tack Ester, vi ringer om två veckor.',
].join('\n');

/** The raw values: none may appear in any log line, UI-facing message or document the UI can read. */
const IDENTIFIERS = [
  ...['Lindqvist', 'Al-Rashid', 'Mohammed', '19811218-9876', '811218-9876', '8112189876', '070-123 45 67', '0701234567', 'mohammed.alrashid', 'alrashid@gmail', 'Storgatan 12', '123 45', '8327-9', '123 456 789-0', '4111 1111 1111 1111', '4111111111111111'],
  // The shipped sample call.
  ...['121212-1212', '1212121212'],
  // The spoken call.
  ...['Hägglund', 'h ä g g l u n d', 'Ester', '52 01 30', '94 07', 'femtiosju tolv tjugotre', 'fyrtioett', 'fyra sex två ett', 'fyra fyra', 'ett två tre', 'sex sju'],
];

describe('privacy: a call full of personal data leaks into no log, UI-facing message or readable document', () => {
  let stack: Stack;
  let nats: NatsConnection;
  const uiMessages: string[] = [];
  const socketEvents: string[] = [];
  let sockets: Socket[] = [];
  let callId: string;
  const otherCalls: string[] = [];

  beforeAll(async () => {
    const call = await synthesizeCall([...DIALOGUE]);
    stack = await Stack.start();
    nats = await connect(stack.nats.connectOptions());
    // Every subject a browser-facing consumer may read: drafts, sentiment, failures.
    for (const subject of ['journal.>', 'sentiment.>', 'calls.stage_failed']) {
      const sub = nats.subscribe(subject);
      void (async () => {
        for await (const msg of sub) uiMessages.push(`${msg.subject} ${msg.string()} ${JSON.stringify([...(msg.headers ?? [])])}`);
      })();
    }
    sockets = await Promise.all([liveClient(stack.url('gateway'), await login('anna')), liveClient(stack.url('gateway'), await login('sara'))]);
    for (const socket of sockets) socket.onAny((event: string, payload: unknown) => socketEvents.push(`${event} ${JSON.stringify(payload)}`));

    const response = await upload(stack.url('ingest'), {
      audio: new Blob([await readFile(call.wavPath)]),
      audioName: 'Mohammed Al-Rashid 19811218-9876.wav',
      transcript: new Blob([call.sidecarJson]),
      agentId: 'anna',
      language: 'sv',
    });
    expect(response.status).toBe(202);
    callId = response.body['callId'] as string;
    // The shipped sample call, and a call read out as callers do.
    const sample = await readFile(new URL('../../apps/cli/samples/bostadstillagg.ogg', import.meta.url));
    for (const transcript of [await readFile(new URL('../../apps/cli/samples/bostadstillagg.txt', import.meta.url), 'utf8'), SPOKEN]) {
      const other = await upload(stack.url('ingest'), { audio: new Blob([sample]), audioName: 'call.ogg', transcript: new Blob([transcript]), agentId: 'anna', language: 'sv' });
      expect(other.status).toBe(202);
      otherCalls.push(other.body['callId'] as string);
    }
    const db = await stack.db();
    for (const id of [callId, ...otherCalls]) await waitFor('the draft', () => db.collection('journal_entries').findOne({ _id: id as never }), 60_000);
    await waitFor('the redacted recording', async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['redactedAudioFileId'], 30_000);
    await new Promise((r) => setTimeout(r, 1_000)); // let the last notifications land
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await nats?.close();
    await stack?.stop();
  });

  async function login(username: string): Promise<string> {
    const response = await fetch(`${stack.url('gateway')}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  function expectNoIdentifiers(what: string, text: string) {
    for (const identifier of IDENTIFIERS) expect(text.includes(identifier), `${what} contains "${identifier}"`).toBe(false);
  }

  it('the data really went in: the restricted transcript holds it (the test is not vacuous)', async () => {
    const transcript = JSON.stringify(await (await stack.db()).collection('transcripts').findOne({ _id: callId as never }));
    expect(transcript).toContain('19811218-9876');
    expect(transcript).toContain('Al-Rashid');
    const spoken = JSON.stringify(await (await stack.db()).collection('transcripts').find({ _id: { $in: otherCalls as never[] } }).toArray());
    expect(spoken).toContain('121212-1212');
    expect(spoken).toContain('fyra sex två ett');
  });

  it('no log line of any service', () => {
    const logs = stack.logs();
    for (const service of ['ingest', 'transcriber', 'journal']) {
      const lines = stack.services.get(service)!.process.output().split('\n').filter((line) => line.includes(callId));
      expect(lines.length, `${service} logged its work on the call`).toBeGreaterThan(0);
    }
    expectNoIdentifiers('the logs', logs);
  });

  it('no message on a UI-facing subject, and nothing pushed to agent or supervisor sockets', () => {
    expect(uiMessages.some((m) => m.startsWith('journal.drafted'))).toBe(true);
    expect(socketEvents.some((e) => e.startsWith('journal.updated'))).toBe(true);
    expectNoIdentifiers('UI-facing NATS messages', uiMessages.join('\n'));
    expectNoIdentifiers('Socket.IO events', socketEvents.join('\n'));
  });

  it('no document the agent or the supervisor can read over the API', async () => {
    const read = async (username: string, paths: string[]) => {
      const headers = { authorization: `Bearer ${await login(username)}` };
      return Promise.all(paths.map(async (path) => `${path}: ${await (await fetch(`${stack.url('gateway')}${path}`, { headers })).text()}`));
    };
    const perCall = (id: string) => [`/calls/${id}`, `/calls/${id}/versions`, `/calls/${id}/export?format=json`, `/calls/${id}/export?format=text`];
    const agent = await read('anna', [...perCall(callId), '/calls', '/auth/me', ...otherCalls.flatMap(perCall)]);
    const supervisor = await read('sara', ['/calls', `/calls/${callId}`, '/dashboard', ...otherCalls.map((id) => `/calls/${id}`)]);
    expect(agent[0]).toContain('[PERSONNUMMER]');
    expect(agent[0]).toContain('[NAMN]');
    expectNoIdentifiers('what the agent reads', agent.join('\n'));
    expectNoIdentifiers('what the supervisor reads', supervisor.join('\n'));
    // And the unredacted transcript is readable by no role by default.
    for (const username of ['anna', 'sara', 'olle']) {
      const response = await fetch(`${stack.url('gateway')}/calls/${callId}/transcript`, { headers: { authorization: `Bearer ${await login(username)}` } });
      expect(response.status, username).toBe(403);
    }
  });

  it('no stored document the UI reads from (journal entries, versions, audit log, calls metadata)', async () => {
    const db = await stack.db();
    const readable = await Promise.all(
      ['journal_entries', 'journal_versions', 'audit_log', 'failed_jobs'].map(async (name) => JSON.stringify(await db.collection(name).find().toArray())),
    );
    expectNoIdentifiers('collections the UI reads', readable.join('\n'));
    const call = await db.collection('calls').findOne({ _id: callId as never });
    // Even the uploaded file name (which named the caller) is not kept.
    expectNoIdentifiers('the call record', JSON.stringify(call));
    expectNoIdentifiers('stored file names', JSON.stringify(await db.collection('recordings.files').find().toArray()));
  });
});
