import { damagedRecording, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, Stack, liveClient, upload } from '../support/stack.js';

/** Browser tests of the three views, in Debian's Chromium against the whole stack. */
describe('the caseworker UI', () => {
  let stack: Stack;
  let browser: Browser;
  let callAudio: Blob;
  let damagedAudio: Blob;
  let sidecar: Blob;
  let timedSidecar: Blob;
  let annasCall: string;

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, Anna här. Vad gäller det?' },
      { speaker: 'caller', text: 'Mitt bostadstillägg har inte kommit den här månaden.' },
      { speaker: 'agent', text: 'Jag ser det. Jag skickar en blankett till dig i dag.' },
    ]);
    callAudio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    damagedAudio = new Blob([await damagedRecording(call.wavPath)], { type: 'audio/flac' });
    sidecar = new Blob([call.sidecarText]);
    timedSidecar = new Blob([call.sidecarJson]);
    stack = await Stack.start({ WHISPER_MODEL: testWhisper().model });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function login(username: string): Promise<Page> {
    return signIn(browser, stack.url('gateway'), username, DEMO_PASSWORD);
  }

  async function token(username: string): Promise<string> {
    const response = await fetch(`${stack.url('gateway')}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  it('rejects a wrong password and an unauthenticated socket', async () => {
    const page = await browser.newPage();
    await page.goto(stack.url('gateway'));
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill('wrong password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Fel användarnamn eller lösenord');
    await page.close();
    await expect(liveClient(stack.url('gateway'), 'not-a-token')).rejects.toThrow();
  });

  it('agent: the draft arrives live, is edited, saved and approved, with version history', async () => {
    const page = await login('anna');
    await page.getByRole('heading', { name: 'Mina samtal' }).waitFor();
    await screenshot(page, 'agent-empty');

    // A sidecar with times: the redacted recording can be made and played beside the dialogue.
    const accepted = await upload(stack.url('ingest'), { audio: callAudio, transcript: timedSidecar, agentId: 'anna', language: 'sv' });
    annasCall = accepted.body['callId'] as string;
    await waitFor('the redacted recording', async () => (await (await stack.db()).collection('calls').findOne({ _id: annasCall as never }))?.['redactedAudioFileId']);
    const row = page.locator(`tr[data-call-id="${annasCall}"]`);
    // No reload: the row appears and reaches "drafted" through Socket.IO.
    await row.locator('[data-status="drafted"]').waitFor({ timeout: 30_000 });
    await row.getByRole('button').click();

    const draft = page.getByRole('heading', { name: 'Utkast till journalanteckning' });
    await draft.waitFor();
    // Hovering a draft sentence highlights the utterance it came from.
    await page.locator('.draft li[tabindex]').filter({ hasText: 'bostadstillägg har inte kommit' }).first().hover();
    await expect.poll(() => page.locator('.turn[data-highlighted]').allTextContents()).toEqual([expect.stringContaining('bostadstillägg har inte kommit')]);
    // Keyboard users get the same by focus.
    await page.locator('.draft li[tabindex]').first().focus();
    await expect.poll(() => page.locator('.turn[data-highlighted]').count()).toBe(1);
    // The redacted recording plays beside the dialogue; a speaker's name seeks to the turn.
    const player = page.locator('audio');
    await player.waitFor();
    const turn = page.locator('.turn').nth(1);
    await turn.getByRole('button').click();
    const startMs = (JSON.parse(await timedSidecar.text()) as { segments: { start: number }[] }).segments[1]!.start;
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime * 1000)).toBeGreaterThanOrEqual(startMs - 50);
    await player.evaluate((a: HTMLAudioElement) => a.pause());
    await screenshot(page, 'agent-draft');

    const editor = page.getByLabel('Journalanteckning (redigerbar)');
    await editor.fill('Kunden ringde om utebliven utbetalning av bostadstillägg. Blankett skickas i dag.');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Sparad som version 1' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByTestId('approved').waitFor();
    await expect.poll(() => row.locator('[data-status="approved"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('.versions > li').count()).toBe(2);
    await screenshot(page, 'agent-approved');

    const headers = { authorization: `Bearer ${await token('anna')}` };
    const exported = (await (await fetch(`${stack.url('gateway')}/calls/${annasCall}/export?format=json`, { headers })).json()) as Record<string, unknown>;
    expect(exported).toMatchObject({ callId: annasCall, version: 2, text: expect.stringContaining('Blankett skickas i dag'), approved: { by: 'anna', version: 2 } });
    const versions = (await (await fetch(`${stack.url('gateway')}/calls/${annasCall}/versions`, { headers })).json()) as { author: string; kind: string; changes: string }[];
    expect(versions.map((v) => [v.author, v.kind])).toEqual([
      ['anna', 'edit'],
      ['anna', 'approve'],
    ]);
    expect(versions[0]!.changes).toContain('+ Kunden ringde om utebliven utbetalning');
    const audit = await (await stack.db()).collection('audit_log').find({ callId: annasCall }).toArray();
    expect(audit.map((a) => a['action'])).toEqual(expect.arrayContaining(['call.read', 'draft.edit', 'draft.approve', 'draft.export']));
    await page.close();
  });

  it("agents see nothing of another agent's calls, live or over REST", async () => {
    const bertil = await liveClient(stack.url('gateway'), await token('bertil'));
    const seen: string[] = [];
    bertil.onAny((event: string, payload: { callId?: string }) => seen.push(`${event}:${payload?.callId}`));
    const accepted = await upload(stack.url('ingest'), { audio: callAudio, transcript: sidecar, agentId: 'anna' });
    const callId = accepted.body['callId'] as string;
    const db = await stack.db();
    await waitFor('the draft', () => db.collection('journal_entries').findOne({ _id: callId as never }));
    await new Promise((r) => setTimeout(r, 1_000));
    bertil.close();
    expect(seen.filter((s) => s.includes(callId))).toEqual([]);

    const headers = { authorization: `Bearer ${await token('bertil')}` };
    expect((await fetch(`${stack.url('gateway')}/calls/${callId}`, { headers })).status).toBe(403);
    expect((await fetch(`${stack.url('gateway')}/calls/${callId}/export`, { headers })).status).toBe(403);
    const edit = await fetch(`${stack.url('gateway')}/calls/${callId}/draft`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x', topic: 'other', baseVersion: 0 }),
    });
    expect(edit.status).toBe(403);
    const bertilsList = (await (await fetch(`${stack.url('gateway')}/calls`, { headers })).json()) as { id: string }[];
    expect(bertilsList.map((c) => c.id)).not.toContain(callId);
  });

  it('supervisor: the dashboard shows the team’s calls and updates live', async () => {
    const page = await login('sara');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    const count = async () => Number(await page.getByTestId('dashboard-calls').textContent());
    await expect.poll(count).toBeGreaterThanOrEqual(2);
    const before = await count();
    await upload(stack.url('ingest'), { audio: callAudio, transcript: sidecar, agentId: 'bertil' });
    await expect.poll(count, { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(() => page.locator(`tr[data-call-id="${annasCall}"]`).count()).toBe(1);
    await page.locator('figure').first().waitFor();
    await screenshot(page, 'supervisor-dashboard');

    // Another team's agent: not on this supervisor's dashboard.
    await upload(stack.url('ingest'), { audio: callAudio, transcript: sidecar, agentId: 'cecilia' });
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await count()).toBe(before + 1);
    const headers = { authorization: `Bearer ${await token('sara')}` };
    expect((await fetch(`${stack.url('gateway')}/dashboard`, { headers: { authorization: `Bearer ${await token('anna')}` } })).status).toBe(403);
    const detail = (await (await fetch(`${stack.url('gateway')}/calls/${annasCall}`, { headers })).json()) as { journal: { edited: { text: string } } };
    expect(detail.journal.edited.text).toContain('Blankett skickas');
    expect((await fetch(`${stack.url('gateway')}/calls/${annasCall}/draft`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
    await page.close();
  });

  it('ops: a failing job is listed with its error and replayed; ops never read call content', async () => {
    const page = await login('olle');
    await page.getByRole('heading', { name: 'Misslyckade transkriberingar' }).waitFor();
    await page.getByRole('heading', { name: 'Köer' }).waitFor();
    await expect.poll(() => page.locator('.health-ok').count()).toBeGreaterThanOrEqual(3);

    // A recording that passes the upload checks but will not decode: it fails every attempt.
    const failing = await upload(stack.url('ingest'), { audio: damagedAudio, audioName: 'call.flac', agentId: 'anna' });
    const callId = failing.body['callId'] as string;
    const row = page.locator(`tr[data-call-id="${callId}"]`);
    await row.waitFor({ timeout: 60_000 });
    await screenshot(page, 'ops-failed');
    expect(await row.textContent()).toMatch(/damaged/);

    await row.getByRole('button', { name: `Kör om ${callId}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Köades om: 1' }).count()).toBe(1);
    const db = await stack.db();
    await expect.poll(async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['replays']).toBe(1);
    await screenshot(page, 'ops-replayed');

    const headers = { authorization: `Bearer ${await token('olle')}` };
    const detail = (await (await fetch(`${stack.url('gateway')}/calls/${annasCall}`, { headers })).json()) as { journal: unknown };
    expect(detail.journal).toBeNull();
    expect((await fetch(`${stack.url('gateway')}/calls/${annasCall}/transcript`, { headers })).status).toBe(403);
    await page.close();
  });
});
