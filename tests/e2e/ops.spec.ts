import type { QueueRow, QueueStall, ReplayHistory } from '@samtal/contracts';
import { damagedRecording, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, Stack, accessToken, liveClient, upload } from '../support/stack.js';

const STALL_MS = 3_000;

/**
 * Ops (issue 15): each replay's history (who, the failure it answered, its outcome) over REST and
 * in the ops view, and a queue that really stops moving (the journal service stopped) reported by
 * the gateway: `stalledSince` in `GET /ops/queues`, `queue.stall` on the socket, an alert on the page.
 */
describe('ops: replay history and the queue-stall alert', () => {
  let stack: Stack;
  let browser: Browser;
  let damaged: Blob;
  let audio: Blob;
  let sidecar: Blob;
  let socket: Socket;
  const stallEvents: QueueStall[] = [];
  let opsHeaders: Record<string, string>;
  let failingCall: string;

  const gateway = (path: string, init: RequestInit = {}) => fetch(`${stack.url('gateway')}${path}`, { ...init, headers: { ...opsHeaders, ...init.headers } });
  const history = async (callId: string) => (await (await gateway(`/ops/calls/${callId}/replays`)).json()) as ReplayHistory;
  const queue = async (consumer: string) => ((await (await gateway('/ops/queues')).json()) as QueueRow[]).find((q) => q.consumer === consumer);

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, hej.' },
      { speaker: 'caller', text: 'Hej, när kommer min pension?' },
    ]);
    audio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    sidecar = new Blob([call.sidecarText]);
    damaged = new Blob([await damagedRecording(call.wavPath)], { type: 'audio/flac' });
    stack = await Stack.start({
      WHISPER_MODEL: testWhisper().model,
      // A damaged recording is given up after two quick attempts.
      NATS_MAX_DELIVER: '2',
      NATS_BACKOFF_MS: '200',
      QUEUE_STALL_MS: String(STALL_MS),
    });
    browser = await launchBrowser();
    opsHeaders = { authorization: `Bearer ${await accessToken('olle', 'ops')}` };
    socket = await liveClient(stack.url('gateway'), await accessToken('olle', 'ops'));
    socket.on('queue.stall', (event: QueueStall) => stallEvents.push(event));
  }, 300_000);

  afterAll(async () => {
    socket?.close();
    await browser?.close();
    await stack?.stop();
  });

  it('a replay is recorded with who, the failure it answered and its outcome; the next replay settles the previous one', async () => {
    const db = await stack.db();
    const failed = async (callId: string, since = new Date(0)) =>
      waitFor(
        'a failed-job record',
        async () => !!(await db.collection('failed_jobs').findOne({ callId, replayedAt: { $exists: false }, failedAt: { $gte: since } })),
        90_000,
        300,
      );
    const accepted = await upload(stack.url('ingest'), { audio: damaged, audioName: 'call.flac', agentId: 'anna' });
    failingCall = accepted.body['callId'] as string;
    await failed(failingCall);
    expect(await history(failingCall)).toEqual({ callId: failingCall, replays: [] });

    expect((await gateway(`/ops/calls/${failingCall}/replay`, { method: 'POST' })).status).toBe(202);
    const first = (await history(failingCall)).replays;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      replay: 1,
      by: { id: 'olle', name: 'Olle Olsson', role: 'ops' },
      failed: { stage: 'transcription', reason: expect.stringMatching(/damaged/) },
    });
    // Its outcome, once known: the recording is still damaged, so it failed again, at transcription.
    await waitFor('the first replay failed again', async () => (await history(failingCall)).replays[0]?.outcome.status === 'failed', 90_000, 500);
    expect((await history(failingCall)).replays[0]?.outcome).toMatchObject({ status: 'failed', stage: 'transcription', reason: expect.stringMatching(/damaged/) });

    // A second replay (replay all, audited the same way) keeps the first one's outcome and starts its own.
    const replayAll = (await (await gateway('/ops/replay-failed', { method: 'POST' })).json()) as { replayed: string[] };
    expect(replayAll.replayed).toContain(failingCall);
    const both = (await history(failingCall)).replays;
    expect(both.map((r) => r.replay)).toEqual([1, 2]);
    expect(both[0]?.outcome.status).toBe('failed');
    expect(both[1]).toMatchObject({ by: { id: 'olle' }, failed: { stage: 'transcription' } });
    await waitFor('the second replay failed again', async () => (await history(failingCall)).replays[1]?.outcome.status === 'failed', 90_000, 500);

    // The read is audited; no other role may read it; an unknown call is 404.
    expect(await db.collection('audit_log').countDocuments({ action: 'call.replays.read', actor: 'olle', callId: failingCall })).toBeGreaterThan(0);
    const agent = await fetch(`${stack.url('gateway')}/ops/calls/${failingCall}/replays`, { headers: { authorization: `Bearer ${await accessToken('anna')}` } });
    expect(agent.status).toBe(403);
    expect((await gateway('/ops/calls/00000000-0000-4000-8000-000000000000/replays')).status).toBe(404);
  });

  it('the ops view shows a replayed call’s history', async () => {
    const page = await signIn(browser, stack.url('gateway'), 'olle', DEMO_PASSWORD);
    const row = page.getByTestId('replayed').locator(`tr[data-call-id="${failingCall}"]`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByText('Visa omkörningar').click();
    const entries = row.locator('[data-replay]');
    await expect.poll(() => entries.count(), { timeout: 15_000 }).toBe(2);
    expect(await entries.first().getByTestId('replayed-by').textContent()).toBe('Olle Olsson (olle)');
    expect(await entries.first().getByTestId('replay-failed').textContent()).toContain('Transkribering');
    expect(await entries.first().getByTestId('replay-outcome').getAttribute('data-outcome')).toBe('failed');
    expect(await entries.first().getByTestId('replay-outcome').textContent()).toContain('Misslyckades igen · Transkribering');
    await screenshot(page, 'ops-replay-history');
    await page.close();
  });

  it('a queue that stops moving is reported by the gateway (REST, socket, the ops view) and its recovery too', async () => {
    await stack.stopService('journal');
    const uploadedAt = Date.now();
    const accepted = await upload(stack.url('ingest'), { audio, transcript: sidecar, agentId: 'anna', language: 'sv' });
    expect(accepted.status).toBe(202);
    // The call is transcribed; the journal queue has work and nobody takes it.
    await waitFor('a stalled journal queue', async () => stallEvents.some((e) => e.consumer === 'journal' && e.state === 'stalled'), 60_000, 250);
    const stalled = stallEvents.find((e) => e.consumer === 'journal' && e.state === 'stalled')!;
    expect(stalled).toMatchObject({ stream: 'SAMTAL_CALLS', waiting: 1, inProgress: 0 });
    const row = await queue('journal');
    expect(row?.stalledSince).toBe(stalled.since);
    expect(Date.now() - Date.parse(row!.stalledSince!)).toBeGreaterThanOrEqual(STALL_MS);
    // How long the waiting call has waited, from the store: since it was transcribed, after its upload
    // (not since the stall clock started: that is the gateway's last look before the call arrived).
    const transcribedAt = Date.parse(row!.oldestWaitingSince!);
    expect(transcribedAt).toBeGreaterThanOrEqual(uploadedAt);
    expect(transcribedAt).toBeLessThan(Date.now());
    // The other queues move (or have nothing to do).
    expect((await queue('transcriber'))?.stalledSince).toBeNull();
    expect((await queue('transcriber'))?.oldestWaitingSince).toBeNull();

    // Ops arriving now see the alert at once, from the gateway's rows.
    const page = await signIn(browser, stack.url('gateway'), 'olle', DEMO_PASSWORD);
    const alert = page.getByTestId('stall-alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.getAttribute('role')).toBe('alert');
    // Named by what the queue does, with its technical name beside it for the logs.
    expect(await alert.locator('[data-consumer="journal"]').textContent()).toMatch(/^Maskering och utkast \(journal\) · Väntar 1/);
    expect(await page.getByTestId('stalled-since').count()).toBe(1);
    // The queue panel shows the age of the oldest waiting call, and counts it up as it refreshes.
    const age = page.getByRole('row', { name: /^Maskering och utkast/ }).getByTestId('oldest-waiting');
    await age.waitFor({ timeout: 15_000 });
    expect(await age.textContent()).toMatch(/^äldsta väntar \d+ (s|min)$/);
    const seconds = async () => Number(/(\d+) s$/.exec((await age.textContent()) ?? '')?.[1] ?? Infinity);
    const first = await seconds();
    await expect.poll(seconds, { timeout: 15_000 }).toBeGreaterThan(first);
    await screenshot(page, 'ops-stall-alert');

    // The journal service comes back: the queue moves, the gateway says so, the alert goes.
    await stack.startService('journal');
    await waitFor('the journal queue recovered', async () => stallEvents.some((e) => e.consumer === 'journal' && e.state === 'recovered'), 60_000, 250);
    // Drafting the waiting call may itself take longer than the (short) stall time on a busy machine,
    // and is reported as such; once it is acknowledged the queue has moved and has nothing to do.
    await waitFor('the call drafted', async () => !!(await (await stack.db()).collection('journal_entries').findOne({ _id: accepted.body['callId'] as never })), 90_000, 250);
    await expect.poll(async () => (await queue('journal'))?.stalledSince, { timeout: 15_000 }).toBeNull();
    expect((await queue('journal'))?.oldestWaitingSince).toBeNull();
    await expect.poll(() => age.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('stall-alert').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('queue-notice').textContent(), { timeout: 15_000 }).toBe('Kön rör sig igen: Maskering och utkast');
    expect(stallEvents.filter((e) => e.consumer === 'journal').at(-1)?.state).toBe('recovered');
    await page.close();
  });
});
