import { synthesizeCall, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, accessToken, upload } from '../support/stack.js';

describe('retention through the running services, with short periods', () => {
  let stack: Stack;

  beforeAll(async () => {
    // Periods long enough that a loaded machine drafts the call (and stores its redacted recording) before they end.
    stack = await Stack.start({ RETENTION_AUDIO: '12s', RETENTION_TRANSCRIPTS: '12s', RETENTION_FAILED_JOBS: '1h', RETENTION_INTERVAL: '1s' });
  });
  afterAll(async () => stack?.stop());

  it('deletes the recordings and the unredacted transcript, keeps the journal entry, and refuses a replay with 410', async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, hej.' },
      { speaker: 'caller', text: 'Hej, jag heter Anna Svensson och har en fråga.' },
    ]);
    const accepted = await upload(stack.url('ingest'), { audio: new Blob([await readFile(call.wavPath)]), transcript: new Blob([call.sidecarJson]), agentId: 'anna' });
    const callId = accepted.body['callId'] as string;
    const db = await stack.db();
    await waitFor('the draft and its redacted recording', async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['redactedAudioFileId'], 30_000);
    expect(await db.collection('recordings.files').countDocuments({ _id: { $regex: `^${callId}` } as never })).toBe(3); // original, sidecar, redacted

    await waitFor('retention to run', async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['audioDeletedAt'], 40_000, 250);
    await waitFor('the transcript to go', async () => (await db.collection('transcripts').countDocuments({ _id: callId as never })) === 0, 40_000, 250);
    expect(await db.collection('recordings.files').countDocuments({ _id: { $regex: `^${callId}` } as never })).toBe(0);
    expect(await db.collection('recordings.chunks').countDocuments({ files_id: { $regex: `^${callId}` } as never })).toBe(0);
    expect(await db.collection('journal_entries').countDocuments({ _id: callId as never })).toBe(1);

    const replay = await fetch(`${stack.url('gateway')}/ops/calls/${callId}/replay`, { method: 'POST', headers: { authorization: `Bearer ${await accessToken('olle', 'ops')}` } });
    expect(replay.status).toBe(410);
    expect(await replay.text()).toMatch(/deleted under the retention policy/);
    // Each sweep logs what it deleted (counts, no content); the two may fall in different sweeps.
    const sweeps = [...stack.services.get('ingest')!.process.output().matchAll(/retention: (\d+) recording\(s\), (\d+) transcript\(s\)/g)];
    expect(sweeps.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(1);
    expect(sweeps.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(1);
  });
});
