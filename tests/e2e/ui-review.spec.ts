import { CallViewSchema, SentimentDashboardSchema, type CallView } from '@samtal/contracts';
import { damagedRecording, synthesizeCall, testWhisper, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openCall, screenshot } from '../support/browser.js';
import { BOSTADSTILLAGG_CALL } from '../support/dialogues.js';
import { DEMO_PASSWORD, Stack, accessToken, uiAsrSettings, upload } from '../support/stack.js';

const SAMPLES = join(import.meta.dirname, '..', '..', 'apps', 'cli', 'samples');

/**
 * What a fresh walk-through of the caseworker UI still found (issue 15, docs/ui-walkthrough.md,
 * "Second walk"), in Debian's Chromium against the whole stack: a low-quality call flagged in the
 * list and left out of the supervisor's sentiment; a recording that cannot be masked says why (and
 * is not asked for again and again); an approved note looks approved; sentiment numbers in the UI
 * language's decimal sign; ops see whose call failed, when it came in, and open it.
 */
describe('the caseworker UI after the second walk-through', () => {
  let stack: Stack;
  let browser: Browser;
  const calls = {} as Record<'low' | 'timed' | 'untimed' | 'failed', string>;

  beforeAll(async () => {
    const call = await synthesizeCall(BOSTADSTILLAGG_CALL);
    const timed = await synthesizeCall(BOSTADSTILLAGG_CALL.map((turn) => ({ ...turn, text: `${turn.text} Tack.` })));
    stack = await Stack.start({ ...uiAsrSettings(testWhisper().model), NATS_MAX_DELIVER: '2' });
    browser = await launchBrowser();
    const db = await stack.db();
    const submit = async (audio: Blob, transcript?: Blob, audioName?: string) => {
      const accepted = await upload(stack.url('ingest'), { audio, audioName, transcript, agentId: 'anna', language: 'sv' });
      expect(accepted.status).toBe(202);
      return accepted.body['callId'] as string;
    };
    // Recognised by the meaningless test model: low quality.
    calls.low = await submit(new Blob([await readFile(call.wavPath)], { type: 'audio/wav' }));
    calls.timed = await submit(new Blob([await readFile(timed.wavPath)], { type: 'audio/wav' }), new Blob([timed.sidecarJson]));
    // The README's sample call: a plain-text sidecar (no times) with a personal identity number to redact.
    calls.untimed = await submit(
      new Blob([await readFile(join(SAMPLES, 'bostadstillagg.ogg'))], { type: 'audio/ogg' }),
      new Blob([await readFile(join(SAMPLES, 'bostadstillagg.txt'))]),
      'bostadstillagg.ogg',
    );
    calls.failed = await submit(new Blob([await damagedRecording(call.wavPath)], { type: 'audio/flac' }), undefined, 'call.flac');
    for (const id of Object.values(calls))
      await waitFor(
        `call ${id} settled`,
        async () => {
          const c = await db.collection('calls').findOne({ _id: id as never });
          return c?.['status'] === 'failed' || !!(await db.collection('journal_entries').findOne({ _id: id as never }));
        },
        400_000,
        500,
      );
    await waitFor('the redacted recording', async () => !!(await db.collection('calls').findOne({ _id: calls.timed as never }))?.['redactedAudioFileId'], 60_000, 500);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function signIn(username: string, lang: 'sv' | 'en' = 'sv'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: lang === 'sv' ? 'sv-SE' : 'en-US', timezoneId: 'Europe/Stockholm' });
    await page.addInitScript((l) => localStorage.setItem('samtal.lang', l), lang);
    await page.goto(stack.url('gateway'));
    await page.getByLabel(lang === 'sv' ? 'Användarnamn' : 'Username').fill(username);
    await page.getByLabel(lang === 'sv' ? 'Lösenord' : 'Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: lang === 'sv' ? 'Logga in' : 'Sign in' }).click();
    await page.getByRole('button', { name: lang === 'sv' ? 'Logga ut' : 'Sign out' }).waitFor();
    return page;
  }

  async function get<T>(path: string, sub: string, role: 'agent' | 'supervisor' | 'ops', parse: { parse: (x: unknown) => T }): Promise<T> {
    const response = await fetch(`${stack.url('gateway')}${path}`, { headers: { authorization: `Bearer ${await accessToken(sub, role, 'pension-1')}` } });
    expect(response.status).toBe(200);
    return parse.parse(await response.json());
  }
  const callView = (id: string): Promise<CallView> => get(`/calls/${id}`, 'anna', 'agent', CallViewSchema);

  it('flags a low-quality call in the list and leaves its sentiment out of the supervisor\'s charts and averages, saying so', async () => {
    expect((await callView(calls.low)).call.transcriptQuality).toBe('low');
    expect((await callView(calls.timed)).call.transcriptQuality).toBe('unknown');

    const page = await signIn('anna');
    const lowRow = page.locator(`tr[data-call-id="${calls.low}"]`);
    await lowRow.waitFor();
    expect(await lowRow.getByTestId('low-quality-flag').textContent()).toBe('Osäker taligenkänning');
    expect(await page.locator(`tr[data-call-id="${calls.timed}"]`).getByTestId('low-quality-flag').count()).toBe(0);
    await screenshot(page, 'review-agent-list-low-quality');
    await page.close();

    const from = new Date(Date.now() - 3_600_000).toISOString();
    const dashboard = await get(`/dashboard?from=${encodeURIComponent(from)}`, 'sara', 'supervisor', SentimentDashboardSchema);
    expect(dashboard.callerSentiment.map((p) => p.callId)).not.toContain(calls.low);
    expect(dashboard.callerSentiment.map((p) => p.callId)).toContain(calls.timed);
    expect(dashboard.lowQualityCalls).toBe(1);
    // The mean counts the calls whose sentiment is plotted, not the low-quality one.
    const anna = dashboard.agents.find((a) => a.agentId === 'anna')!;
    const plotted = dashboard.callerSentiment.filter((p) => p.agentId === 'anna').map((p) => p.score);
    expect(anna.averageCallerSentiment).toBeCloseTo(plotted.reduce((a, b) => a + b, 0) / plotted.length, 2);

    const sara = await signIn('sara');
    const excluded = sara.getByTestId('sentiment-excluded');
    await excluded.waitFor();
    expect(await excluded.textContent()).toContain('1 samtal med osäker taligenkänning');
    await screenshot(sara, 'review-supervisor-low-quality-excluded');
    await sara.close();
  });

  it('says why a recording that cannot be masked is not shown, does not ask for it again and again, and plays nothing from the speaker labels', async () => {
    expect((await callView(calls.untimed)).call.redactedAudio).toEqual({ state: 'none', reason: 'untimed' });
    expect((await callView(calls.timed)).call.redactedAudio).toEqual({ state: 'ready' });

    const page = await signIn('anna');
    const audioRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/calls/${calls.untimed}/audio`)) audioRequests.push(r.url());
    });
    await openCall(page, calls.untimed);
    const why = page.getByTestId('no-audio');
    await why.waitFor();
    expect(await why.textContent()).toContain('Utskriften saknar tider');
    // Speaker labels are plain text when there is nothing to play.
    expect(await page.locator('.turns button').count()).toBe(0);
    expect(await page.locator('.turns .speaker').count()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 7_000));
    expect(audioRequests).toEqual([]);
    await screenshot(page, 'review-agent-untimed-recording');

    // A call with a masked recording: the player, and speaker labels that seek.
    await openCall(page, calls.timed);
    await page.locator('audio').waitFor();
    expect(await page.locator('.turns button.speaker').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an approved note as approved: its heading, no Save or Approve, "Approved as version N"', async () => {
    const page = await signIn('anna');
    await openCall(page, calls.timed);
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page.getByRole('heading', { name: 'Godkänd journalanteckning' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Utkast till journalanteckning' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Godkänn', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Öppna för ändring' }).count()).toBe(1);
    expect(await page.getByRole('status').first().textContent()).toContain('Godkänd som version 1');
    // The button pressed is gone: focus is on the heading that says what the note now is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-title');
    await screenshot(page, 'review-agent-approved');
    await page.close();

    const en = await signIn('anna', 'en');
    await en.locator(`tr[data-call-id="${calls.timed}"]`).getByRole('link').click();
    await en.getByRole('heading', { name: 'Approved journal note' }).waitFor();
    expect(await en.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
    await en.close();
  });

  it('writes sentiment numbers with the UI language\'s decimal sign and says what the mean is of', async () => {
    const page = await signIn('anna');
    await openCall(page, calls.timed).catch(() => undefined);
    const panel = page.getByTestId('sentiment');
    await panel.waitFor();
    const text = (await panel.textContent())!;
    expect(text).toMatch(/-?\d,\d\d/);
    expect(text).not.toMatch(/\d\.\d/);
    await page.close();

    const sara = await signIn('sara');
    const table = sara.locator('[data-agent-id="anna"]');
    await table.waitFor();
    expect(await sara.getByRole('columnheader', { name: 'Medelstämning' }).count()).toBe(1);
    const mean = (await table.locator('td').last().textContent())!;
    expect(mean).toMatch(/^−?-?\d,\d\d$/);
    await screenshot(sara, 'review-supervisor-decimal-comma');
    await sara.close();

    const en = await signIn('sara', 'en');
    await en.locator('[data-agent-id="anna"]').waitFor();
    expect(await en.getByRole('columnheader', { name: 'Mean sentiment' }).count()).toBe(1);
    expect((await en.locator('[data-agent-id="anna"] td').last().textContent())!).toMatch(/^-?\d\.\d\d$/);
    await en.close();
  });

  it('shows ops whose call failed, when it came in, and opens it', async () => {
    const page = await signIn('olle');
    const row = page.locator(`tr[data-call-id="${calls.failed}"]`);
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain('Anna Andersson');
    const view = await get(`/calls/${calls.failed}`, 'olle', 'ops', CallViewSchema);
    const arrived = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(view.call.createdAt));
    expect(text).toContain(arrived);
    await screenshot(page, 'review-ops-failed-job');
    await row.getByRole('link', { name: /Öppna samtalet/ }).click();
    await page.getByTestId('call-failed').waitFor();
    expect(page.url()).toContain(calls.failed);
    await screenshot(page, 'review-ops-failed-call');
    await page.close();
  });
});
