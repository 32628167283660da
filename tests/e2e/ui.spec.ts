import {
  damagedRecording,
  synthesizeCall,
  testWhisper,
  waitFor,
} from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openCall, screenshot, signIn } from '../support/browser.js';
import { BOSTADSTILLAGG_CALL } from '../support/dialogues.js';
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
  let angryCall: { sidecar: Blob; audio: Blob };

  beforeAll(async () => {
    const call = await synthesizeCall(BOSTADSTILLAGG_CALL);
    callAudio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    damagedAudio = new Blob([await damagedRecording(call.wavPath)], {
      type: 'audio/flac',
    });
    sidecar = new Blob([call.sidecarText]);
    timedSidecar = new Blob([call.sidecarJson]);
    // A caller who ends the call strongly negative: the supervisor gets an alert.
    const angry = await synthesizeCall([
      { speaker: 'agent', text: 'Vad kan jag hjälpa till med?' },
      { speaker: 'caller', text: 'Jag undrar varför min pension blev lägre.' },
      { speaker: 'agent', text: 'Tyvärr kan jag inte se det i systemet.' },
      {
        speaker: 'caller',
        text: 'Det här är helt orimligt. Jag är förbannad och väldigt besviken på er.',
      },
    ]);
    angryCall = {
      audio: new Blob([await readFile(angry.wavPath)], { type: 'audio/wav' }),
      sidecar: new Blob([angry.sidecarJson]),
    };
    stack = await Stack.start({ WHISPER_MODEL: testWhisper().model });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  // The gateway allows 10 login attempts a minute from one address, and this spec signs in
  // more often than that: each attempt waits for a free slot.
  const attempts: number[] = [];
  async function loginSlot(): Promise<void> {
    for (;;) {
      const now = Date.now();
      while (attempts.length && now - attempts[0]! > 61_000) attempts.shift();
      if (attempts.length < 9) break;
      await new Promise((r) => setTimeout(r, attempts[0]! + 61_500 - now));
    }
    attempts.push(Date.now());
  }

  async function login(username: string): Promise<Page> {
    await loginSlot();
    return signIn(browser, stack.url('gateway'), username, DEMO_PASSWORD);
  }

  /** An upload for anna with a timed sidecar, and the row that shows it once drafted. */
  async function annaUpload(
    page: Page,
    audio = callAudio,
    transcript = timedSidecar,
  ): Promise<string> {
    const accepted = await upload(stack.url('ingest'), {
      audio,
      transcript,
      agentId: 'anna',
      language: 'sv',
    });
    const callId = accepted.body['callId'] as string;
    await page
      .locator(`tr[data-call-id="${callId}"] [data-status="drafted"]`)
      .waitFor({ timeout: 60_000 });
    return callId;
  }

  /** Writes as the REST API would from another tab: a save on top of `baseVersion`. */
  async function saveVia(
    username: string,
    callId: string,
    body: { text: string; topic: string; baseVersion: number },
  ): Promise<number> {
    const response = await fetch(
      `${stack.url('gateway')}/calls/${callId}/draft`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${await token(username)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      },
    );
    return response.status;
  }

  const tokens = new Map<string, string>();
  async function token(username: string): Promise<string> {
    const known = tokens.get(username);
    if (known) return known;
    await loginSlot();
    const response = await fetch(`${stack.url('gateway')}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await response.json()) as { accessToken: string };
    tokens.set(username, accessToken);
    return accessToken;
  }

  it('rejects a wrong password and an unauthenticated socket', async () => {
    const page = await browser.newPage();
    const missing: string[] = [];
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    await page.goto(stack.url('gateway'));
    // The page and its icon load whole: nothing it asks for is missing.
    await expect.poll(() => page.evaluate(() => document.querySelector('link[rel=icon]')?.getAttribute('href'))).toBe('/favicon.svg');
    expect((await fetch(`${stack.url('gateway')}/favicon.svg`)).status).toBe(200);
    expect(missing).toEqual([]);
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill('wrong password');
    await loginSlot();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Fel användarnamn eller lösenord');
    await page.close();
    await expect(
      liveClient(stack.url('gateway'), 'not-a-token'),
    ).rejects.toThrow();
  });

  it('agent: the draft arrives live, is edited, saved and approved, with version history', async () => {
    const page = await login('anna');
    await page.getByRole('heading', { name: 'Mina samtal' }).waitFor();
    // After signing in the focus is on the view's heading, not lost on <body>.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Mina samtal');
    await screenshot(page, 'agent-empty');

    // A sidecar with times: the redacted recording can be made and played beside the dialogue.
    const accepted = await upload(stack.url('ingest'), {
      audio: callAudio,
      transcript: timedSidecar,
      agentId: 'anna',
      language: 'sv',
    });
    annasCall = accepted.body['callId'] as string;
    await waitFor(
      'the redacted recording',
      async () =>
        (
          await (
            await stack.db()
          )
            .collection('calls')
            .findOne({ _id: annasCall as never })
        )?.['redactedAudioFileId'],
    );
    const row = page.locator(`tr[data-call-id="${annasCall}"]`);
    // No reload: the row appears and reaches "drafted" through Socket.IO.
    await row.locator('[data-status="drafted"]').waitFor({ timeout: 60_000 });
    await row.getByRole('link').click();
    await page.waitForURL(`**/#/calls/${annasCall}`);

    const draft = page.getByRole('heading', {
      name: 'Utkast till journalanteckning',
    });
    await draft.waitFor();
    // At 1440×900 Approve is on screen without scrolling, and the draft is shown once (the editor);
    // the sentences with their sources are behind a disclosure.
    await page.setViewportSize({ width: 1440, height: 900 });
    const approveBox = await page
      .getByRole('button', { name: 'Godkänn' })
      .evaluate((b) => ({
        bottom: b.getBoundingClientRect().bottom,
        scrolled: window.scrollY,
      }));
    expect(approveBox.scrolled).toBe(0);
    expect(approveBox.bottom).toBeLessThanOrEqual(900);
    expect(await page.locator('.draft li[tabindex]').first().isVisible()).toBe(
      false,
    );
    // Nothing changed yet: nothing to save (no empty version).
    expect(await page.getByRole('button', { name: 'Spara' }).isDisabled()).toBe(
      true,
    );
    await page.getByText('Visa varifrån meningarna kommer').click();
    // Hovering a draft sentence highlights the utterance it came from.
    await page
      .locator('.draft li[tabindex]')
      .filter({ hasText: 'bostadstillägg har inte kommit' })
      .first()
      .hover();
    await expect
      .poll(() => page.locator('.turn[data-highlighted]').allTextContents())
      .toEqual([expect.stringContaining('bostadstillägg har inte kommit')]);
    // Keyboard users get the same by focus.
    await page.locator('.draft li[tabindex]').first().focus();
    await expect
      .poll(() => page.locator('.turn[data-highlighted]').count())
      .toBe(1);
    // The redacted recording plays beside the dialogue; a speaker's name seeks to the turn.
    const player = page.locator('audio');
    await player.waitFor();
    const turn = page.locator('.turn').nth(1);
    await turn.getByRole('button').click();
    const startMs = (
      JSON.parse(await timedSidecar.text()) as { segments: { start: number }[] }
    ).segments[1]!.start;
    await expect
      .poll(() =>
        player.evaluate((a: HTMLAudioElement) => a.currentTime * 1000),
      )
      .toBeGreaterThanOrEqual(startMs - 50);
    await player.evaluate((a: HTMLAudioElement) => a.pause());
    await screenshot(page, 'agent-draft');

    const editor = page.getByLabel('Journalanteckning (redigerbar)');
    // Another topic: the note's own "Ämne:" line follows it.
    const topicSelect = page.getByLabel('Ämne', { exact: true });
    const before = await topicSelect.inputValue();
    const other = await topicSelect
      .locator('option')
      .evaluateAll(
        (options: HTMLOptionElement[], current) =>
          options
            .filter((o) => o.value !== current)
            .map((o) => ({ value: o.value, label: o.text }))[0]!,
        before,
      );
    expect(await editor.inputValue()).toMatch(/^Ämne: /m);
    const oldTopicLine = (await editor.inputValue()).match(/^Ämne: .*$/m)![0];
    await topicSelect.selectOption(other.value);
    expect(await editor.inputValue()).toContain(`Ämne: ${other.label}`);
    expect((await editor.inputValue()).match(/^Ämne: .*$/gm)).toEqual([
      `Ämne: ${other.label}`,
    ]);

    // One line added at the end: the history shows that line, not the unchanged ones removed and re-added.
    const added =
      'Kunden ringde om utebliven utbetalning av bostadstillägg. Blankett skickas i dag.';
    await editor.fill(`${await editor.inputValue()}\n${added}`);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: 'Sparad som version 1' })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.locator('.versions > li').count()).toBe(1);
    expect(
      await page.locator('.versions > li .version-head').first().textContent(),
    ).toMatch(
      /^Version 1 · Sparad · Anna Andersson \(du\) · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(
      await page.locator('.versions > li pre.diff').first().textContent(),
    ).toBe(`- ${oldTopicLine}\n+ Ämne: ${other.label}\n+ ${added}`);
    expect(await page.getByRole('button', { name: 'Spara' }).isDisabled()).toBe(
      true,
    );

    // "Kopiera till ärendet": the note as it stands, on the clipboard.
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: stack.url('gateway'),
      });
    await page.getByRole('button', { name: 'Kopiera till ärendet' }).click();
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'kopierad' }).count(),
      )
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await editor.inputValue(),
    );

    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByTestId('approved').waitFor();
    await expect
      .poll(() => row.locator('[data-status="approved"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await expect.poll(() => page.locator('.versions > li').count()).toBe(2);
    expect(await page.locator('.versions > li').nth(1).textContent()).toContain(
      'Version 2 · Godkänd · Anna Andersson (du)',
    );
    expect(await page.locator('.versions > li').nth(1).textContent()).toContain(
      'Texten oförändrad.',
    );
    await screenshot(page, 'agent-approved');

    const headers = { authorization: `Bearer ${await token('anna')}` };
    const exported = (await (
      await fetch(
        `${stack.url('gateway')}/calls/${annasCall}/export?format=json`,
        { headers },
      )
    ).json()) as Record<string, unknown>;
    expect(exported).toMatchObject({
      callId: annasCall,
      version: 2,
      text: expect.stringContaining('Blankett skickas i dag'),
      approved: { by: 'anna', version: 2 },
    });
    // The text export, for the case system: the topic's label, Swedish local time, people by name.
    const exportedText = await (
      await fetch(`${stack.url('gateway')}/calls/${annasCall}/export?format=text`, { headers })
    ).text();
    expect(exportedText).toMatch(/^Datum: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m);
    // The header's own line (the note below it has its "Ämne:" line too).
    expect(exportedText.match(/^Ämne: .*$/m)?.[0]).toBe(`Ämne: ${other.label}`);
    expect(exportedText).toMatch(/^Godkänd \d{4}-\d{2}-\d{2} \d{2}:\d{2} av Anna Andersson$/m);
    expect(exportedText).toContain('Handläggare: Anna Andersson');
    const versions = (await (
      await fetch(`${stack.url('gateway')}/calls/${annasCall}/versions`, {
        headers,
      })
    ).json()) as { author: string; kind: string; changes: string }[];
    expect(versions.map((v) => [v.author, v.kind])).toEqual([
      ['anna', 'edit'],
      ['anna', 'approve'],
    ]);
    expect(versions[0]!.changes).toContain(
      '+ Kunden ringde om utebliven utbetalning',
    );
    const audit = await (
      await stack.db()
    )
      .collection('audit_log')
      .find({ callId: annasCall })
      .toArray();
    expect(audit.map((a) => a['action'])).toEqual(
      expect.arrayContaining([
        'call.read',
        'draft.edit',
        'draft.approve',
        'draft.export',
      ]),
    );

    // A correction found after approval: the agent reopens the note (audited) and approves it again.
    await page.getByRole('button', { name: 'Öppna för ändring' }).click();
    await expect.poll(() => page.getByTestId('approved').count()).toBe(0);
    await expect.poll(() => page.locator('.versions > li').count()).toBe(3);
    expect(
      await page.locator('.versions > li .version-head').nth(2).textContent(),
    ).toMatch(/^Version 3 · Öppnad igen · Anna Andersson \(du\)/);
    await expect
      .poll(() => page.getByLabel('Journalanteckning (redigerbar)').isEditable())
      .toBe(true);
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByTestId('approved').waitFor();
    const reopened = await (await stack.db())
      .collection('audit_log')
      .countDocuments({ callId: annasCall, action: 'draft.reopen', actor: 'anna' });
    expect(reopened).toBe(1);
    await page.close();
  });

  it('agent: an invalid or expired token asks to sign in again instead of showing an empty list', async () => {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'sv-SE',
    });
    await page.addInitScript(() =>
      sessionStorage.setItem(
        'samtal.session',
        JSON.stringify({
          accessToken: 'not-a-valid-token',
          user: {
            id: 'anna',
            displayName: 'Anna Andersson',
            role: 'agent',
            team: 'pension-1',
          },
        }),
      ),
    );
    await page.goto(stack.url('gateway'));
    await page.getByTestId('session-ended').waitFor({ timeout: 10_000 });
    expect(await page.getByText('Inga samtal ännu.').count()).toBe(0);
    await screenshot(page, 'session-expired');
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await loginSlot();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator(`tr[data-call-id="${annasCall}"]`).waitFor();
    expect(await page.getByTestId('session-ended').count()).toBe(0);
    await page.close();
  });

  it('agent: the session expires while editing; after signing in again the unsaved note is still there', async () => {
    const page = await login('anna');
    const callId = await annaUpload(page);
    await openCall(page, callId);
    const editor = page.getByLabel('Journalanteckning (redigerbar)');
    await editor.fill('Mitt osparade arbete.');
    // The token goes bad (as when it expires): the next request gets a 401.
    await page.evaluate(() => {
      // The next authorised request goes out with a dead token, once.
      const original = window.fetch;
      window.fetch = (input, init) => {
        const headers = new Headers(init?.headers);
        if (!headers.has('authorization')) return original(input, init);
        headers.set('authorization', 'Bearer expired');
        window.fetch = original;
        return original(input, { ...init, headers });
      };
    });
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('session-ended').waitFor();
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await loginSlot();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('Mitt osparade arbete.');
    await page.close();
  });

  it('agent: unsaved edits are guarded, a save conflict offers reload or keeping mine, playback and live drafts', async () => {
    const page = await login('anna');
    const first = await annaUpload(page);
    const second = await annaUpload(page);
    await openCall(page, second);
    const editor = page.getByLabel('Journalanteckning (redigerbar)');
    const original = await editor.inputValue();
    await editor.fill(`${original}\nMin ändring.`);

    // Switching calls with unsaved changes asks first; staying keeps the text.
    await page.locator(`tr[data-call-id="${first}"]`).getByRole('link').click();
    const dialog = page.getByRole('dialog', { name: 'Osparade ändringar' });
    await dialog.waitFor();
    await screenshot(page, 'agent-unsaved-guard');
    await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
    expect(page.url()).toContain(second);
    expect(await editor.inputValue()).toBe(`${original}\nMin ändring.`);

    // Someone saved meanwhile (another tab): the conflict offers reload or keeping mine.
    const topic = await page.getByLabel('Ämne', { exact: true }).inputValue();
    expect(
      await saveVia('anna', second, {
        text: `${original}\nFrån en annan flik.`,
        topic,
        baseVersion: 0,
      }),
    ).toBe(200);
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: 'Anteckningen har sparats sedan du öppnade den' })
          .count(),
      )
      .toBe(1);
    // What the other save changed is shown, for the agent to carry into their own text (a merge by hand).
    await expect
      .poll(() => page.getByTestId('conflict-changes').textContent())
      .toBe('+ Från en annan flik.');
    expect(
      await page
        .getByRole('button', { name: 'Ladda om (dina ändringar kastas)' })
        .count(),
    ).toBe(1);
    await screenshot(page, 'agent-conflict');
    await page
      .getByRole('button', { name: 'Spara min text ovanpå den nya versionen' })
      .click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: 'Sparad som version 2' })
          .count(),
      )
      .toBe(1);
    expect(await editor.inputValue()).toBe(`${original}\nMin ändring.`);

    // The redacted recording arrives after the draft: it shows up without reloading.
    await page.locator('audio').waitFor({ timeout: 60_000 });
    // Playback marks the turn being spoken; the mark does not carry over to the next call.
    await page.locator('audio').evaluate(async (a: HTMLAudioElement) => {
      await new Promise((r) =>
        a.readyState > 0
          ? r(null)
          : a.addEventListener('loadedmetadata', r, { once: true }),
      );
      a.currentTime = 0.2;
    });
    await expect.poll(() => page.locator('.turn.playing').count()).toBe(1);
    await page.locator(`tr[data-call-id="${first}"]`).getByRole('link').click();
    await page.waitForURL(`**/calls/${first}`);
    await page
      .getByRole('heading', { name: 'Utkast till journalanteckning' })
      .waitFor();
    // (Polled: both calls' pages have the heading, so it may be found before the first call's turns are replaced; a
    // mark that carried over would stay and fail the poll.)
    await expect.poll(() => page.locator('.turn.playing').count()).toBe(0);

    // A new draft while working on another call: a visible notification that opens it.
    const third = (
      await upload(stack.url('ingest'), {
        audio: callAudio,
        transcript: timedSidecar,
        agentId: 'anna',
        language: 'sv',
      })
    ).body['callId'] as string;
    const toast = page.locator(
      `[data-testid="new-draft"][data-call-id="${third}"]`,
    );
    await toast.waitFor({ timeout: 60_000 });
    expect(await toast.isVisible()).toBe(true);
    await screenshot(page, 'agent-new-draft');
    await toast.getByRole('link', { name: 'Öppna' }).click();
    await page.waitForURL(`**/calls/${third}`);
    await page.close();
  });

  it('agent: a failed call says why and what to do; the list is searchable, filterable and fits its card', async () => {
    const page = await login('anna');
    const failing = await upload(stack.url('ingest'), {
      audio: damagedAudio,
      audioName: 'call.flac',
      agentId: 'anna',
    });
    const callId = failing.body['callId'] as string;
    await page
      .locator(`tr[data-call-id="${callId}"] [data-status="failed"]`)
      .waitFor({ timeout: 60_000 });
    await page
      .locator(`tr[data-call-id="${callId}"]`)
      .getByRole('link')
      .click();
    const failed = page.getByTestId('call-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Nästa steg');
    expect(await failed.textContent()).toContain(
      'Inspelningen är skadad eller kan inte avkodas.',
    );
    expect(await page.getByText('Utkastet tas fram').count()).toBe(0);
    await screenshot(page, 'agent-failed');

    // Filter by status, then a search that matches nothing.
    await page.getByLabel('Status', { exact: true }).selectOption('failed');
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator('table.calls [data-status]')
              .evaluateAll((e) => e.map((x) => x.getAttribute('data-status'))),
          ),
      )
      .toEqual(new Set(['failed']));
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Sök').fill('inget sådant ämne');
    await page.getByText('Inga samtal matchar filtret.').waitFor();
    await page.getByLabel('Sök').fill('');

    // At 1440 wide the list fits its card: nothing clipped sideways, each time on one line.
    const fit = await page.locator('.calls-card').evaluate((card) => ({
      overflow: Math.max(
        card.scrollWidth - card.clientWidth,
        ...[...card.querySelectorAll('.table-wrap')].map(
          (w) => w.scrollWidth - w.clientWidth,
        ),
      ),
      lines: [...card.querySelectorAll('tbody td:first-child a')].map(
        (a) => a.getClientRects().length,
      ),
    }));
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(new Set(fit.lines)).toEqual(new Set([1]));
    await page.close();
  });

  it("agents see nothing of another agent's calls, live or over REST", async () => {
    const bertil = await liveClient(
      stack.url('gateway'),
      await token('bertil'),
    );
    const seen: string[] = [];
    bertil.onAny((event: string, payload: { callId?: string }) =>
      seen.push(`${event}:${payload?.callId}`),
    );
    const accepted = await upload(stack.url('ingest'), {
      audio: callAudio,
      transcript: sidecar,
      agentId: 'anna',
    });
    const callId = accepted.body['callId'] as string;
    const db = await stack.db();
    await waitFor('the draft', () =>
      db.collection('journal_entries').findOne({ _id: callId as never }),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    bertil.close();
    expect(seen.filter((s) => s.includes(callId))).toEqual([]);

    const headers = { authorization: `Bearer ${await token('bertil')}` };
    expect(
      (await fetch(`${stack.url('gateway')}/calls/${callId}`, { headers }))
        .status,
    ).toBe(403);
    expect(
      (
        await fetch(`${stack.url('gateway')}/calls/${callId}/export`, {
          headers,
        })
      ).status,
    ).toBe(403);
    const edit = await fetch(`${stack.url('gateway')}/calls/${callId}/draft`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x', topic: 'other', baseVersion: 0 }),
    });
    expect(edit.status).toBe(403);
    const bertilsList = (await (
      await fetch(`${stack.url('gateway')}/calls`, { headers })
    ).json()) as { id: string }[];
    expect(bertilsList.map((c) => c.id)).not.toContain(callId);
  });

  it('supervisor: the dashboard shows the team’s calls and updates live', async () => {
    const page = await login('sara');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    const count = async () =>
      Number(await page.getByTestId('dashboard-calls').textContent());
    await expect.poll(count).toBeGreaterThanOrEqual(2);
    const before = await count();
    await upload(stack.url('ingest'), {
      audio: callAudio,
      transcript: sidecar,
      agentId: 'bertil',
    });
    await expect.poll(count, { timeout: 60_000 }).toBe(before + 1);
    await expect
      .poll(() => page.locator(`tr[data-call-id="${annasCall}"]`).count())
      .toBe(1);
    await page.locator('figure').first().waitFor();
    await screenshot(page, 'supervisor-dashboard');

    // The team list follows the filters: one agent's calls only.
    await page
      .getByLabel('Handläggare', { exact: true })
      .selectOption('bertil');
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator('table.calls tbody tr td:nth-child(2)')
              .allTextContents(),
          ),
      )
      .toEqual(new Set(['Bertil Berg']));
    await page.getByLabel('Handläggare', { exact: true }).selectOption('');
    // Drill-down: an agent in the per-agent table filters charts and list alike.
    await page
      .getByRole('button', { name: 'Visa handläggarens samtal Anna Andersson' })
      .click();
    expect(
      await page.getByLabel('Handläggare', { exact: true }).inputValue(),
    ).toBe('anna');
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator('table.calls tbody tr td:nth-child(2)')
              .allTextContents(),
          ),
      )
      .toEqual(new Set(['Anna Andersson']));
    // CSV export of the list as filtered.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera som CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Tid;Handläggare;Längd;Status;Ämne');
    expect(lines.length - 1).toBe(
      await page.locator('table.calls tbody tr').count(),
    );
    expect(
      lines.slice(1).every((l) => l.split(';')[1] === 'Anna Andersson'),
    ).toBe(true);
    await page.getByLabel('Handläggare', { exact: true }).selectOption('');
    // An empty selection says so instead of drawing empty charts.
    await page.getByLabel('Från').fill('2020-01-01T00:00');
    await page.getByLabel('Till').fill('2020-01-02T00:00');
    await expect.poll(() => page.getByTestId('no-data').count()).toBe(3);
    await page.getByText('Inga samtal matchar filtret.').waitFor();
    await screenshot(page, 'supervisor-no-data');
    await page.reload();
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();

    // An alert opens its call in view; the note is labelled read-only.
    const angry = await upload(stack.url('ingest'), {
      audio: angryCall.audio,
      transcript: angryCall.sidecar,
      agentId: 'bertil',
      language: 'sv',
    });
    const angryId = angry.body['callId'] as string;
    const alert = page.locator(`.alerts li[data-call-id="${angryId}"]`);
    await alert.waitFor({ timeout: 60_000 });
    await alert.getByRole('link').click();
    await page
      .getByRole('heading', { name: 'Utkast till journalanteckning' })
      .waitFor();
    await expect
      .poll(() =>
        page
          .locator('#detail-title')
          .evaluate(
            (h) =>
              h.getBoundingClientRect().top >= 0 &&
              h.getBoundingClientRect().top < window.innerHeight,
          ),
      )
      .toBe(true);
    expect(
      await page.getByLabel('Journalanteckning (skrivskyddad)').count(),
    ).toBe(1);
    expect(await page.getByText('(redigerbar)').count()).toBe(0);
    await screenshot(page, 'supervisor-call');

    // Another team's agent: not on this supervisor's dashboard (bertil's angry call above counts).
    await expect.poll(count, { timeout: 60_000 }).toBe(before + 2);
    await upload(stack.url('ingest'), {
      audio: callAudio,
      transcript: sidecar,
      agentId: 'cecilia',
    });
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await count()).toBe(before + 2);
    const headers = { authorization: `Bearer ${await token('sara')}` };
    expect(
      (
        await fetch(`${stack.url('gateway')}/dashboard`, {
          headers: { authorization: `Bearer ${await token('anna')}` },
        })
      ).status,
    ).toBe(403);
    const detail = (await (
      await fetch(`${stack.url('gateway')}/calls/${annasCall}`, { headers })
    ).json()) as { journal: { edited: { text: string } } };
    expect(detail.journal.edited.text).toContain('Blankett skickas');
    expect(
      (
        await fetch(`${stack.url('gateway')}/calls/${annasCall}/draft`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    await page.close();
  });

  it('ops: a failing job is listed with its error and replayed; ops never read call content', async () => {
    const page = await login('olle');
    await page.getByRole('heading', { name: 'Misslyckade jobb' }).waitFor();
    await page.getByRole('heading', { name: 'Köer' }).waitFor();
    await screenshot(page, 'ops-start');
    await expect
      .poll(() => page.locator('.health-ok').count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(3);

    // A recording that passes the upload checks but will not decode: it fails every attempt.
    const failing = await upload(stack.url('ingest'), {
      audio: damagedAudio,
      audioName: 'call.flac',
      agentId: 'anna',
    });
    const callId = failing.body['callId'] as string;
    const row = page.locator(`tr[data-call-id="${callId}"]`);
    await row.waitFor({ timeout: 60_000 });
    await screenshot(page, 'ops-failed');
    expect(await row.textContent()).toMatch(/damaged/);
    // The reason in the UI's language; the raw error is a technical detail.
    expect(await row.locator('.error-text').textContent()).toBe(
      'Inspelningen är skadad eller kan inte avkodas.',
    );
    expect(
      await row.locator('details').evaluate((d: HTMLDetailsElement) => d.open),
    ).toBe(false);
    // Select all marks every failed job.
    await page.getByLabel('Markera alla').check();
    expect(
      await page
        .locator('tr[data-call-id] input[type="checkbox"]:not(:checked)')
        .count(),
    ).toBe(0);
    await page.getByLabel('Markera alla').uncheck();
    // The queue panel refreshes on its own.
    const updated = await page.getByTestId('queues-updated').textContent();
    await expect
      .poll(() => page.getByTestId('queues-updated').textContent(), {
        timeout: 15_000,
      })
      .not.toBe(updated);

    await row.getByRole('button', { name: `Kör om ${callId}` }).click();
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Köades om: 1' }).count(),
      )
      .toBe(1);
    const db = await stack.db();
    await expect
      .poll(
        async () =>
          (await db.collection('calls').findOne({ _id: callId as never }))?.[
            'replays'
          ],
      )
      .toBe(1);
    // The replayed call stays in view with its replay count while it reruns (and after).
    const replayed = page
      .getByTestId('replayed')
      .locator(`tr[data-call-id="${callId}"]`);
    await replayed.waitFor();
    expect(await replayed.getByTestId('replays').textContent()).toBe('1');
    await screenshot(page, 'ops-replayed');
    // Replay all: every open failed job at once.
    await expect
      .poll(
        () =>
          page
            .getByTestId('replayed')
            .locator(`tr[data-call-id="${callId}"] [data-status="failed"]`)
            .count(),
        { timeout: 60_000 },
      )
      .toBe(1);
    await expect
      .poll(
        () => page.getByRole('button', { name: 'Kör om alla' }).isEnabled(),
        { timeout: 60_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Kör om alla' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Köades om: [1-9]/ })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(
        async () =>
          (await db.collection('calls').findOne({ _id: callId as never }))?.[
            'replays'
          ],
      )
      .toBe(2);

    const headers = { authorization: `Bearer ${await token('olle')}` };
    const detail = (await (
      await fetch(`${stack.url('gateway')}/calls/${annasCall}`, { headers })
    ).json()) as { journal: unknown };
    expect(detail.journal).toBeNull();
    expect(
      (
        await fetch(`${stack.url('gateway')}/calls/${annasCall}/transcript`, {
          headers,
        })
      ).status,
    ).toBe(403);
    await page.close();
  });

  it('all roles: the English UI is English, and times are Swedish whatever the browser locale', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const page = await context.newPage();
    await page.goto(stack.url('gateway'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').fill('anna');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await loginSlot();
    await page.getByRole('button', { name: 'Sign in' }).click();
    const row = page.locator(`tr[data-call-id="${annasCall}"]`);
    await row.waitFor();
    const call = await (
      await stack.db()
    )
      .collection('calls')
      .findOne({ _id: annasCall as never });
    const stockholm = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(call!['createdAt'] as Date);
    expect(await row.getByRole('link').textContent()).toBe(stockholm);
    // The English list fits its card too.
    expect(
      await page
        .locator('.calls-card .table-wrap')
        .evaluate((w) => w.scrollWidth - w.clientWidth),
    ).toBeLessThanOrEqual(0);
    await row.getByRole('link').click();
    // Anna's call is approved by now: its note is headed as one.
    await page.getByRole('heading', { name: 'Approved journal note' }).waitFor();
    await page.getByText('Show where the sentences come from').click();
    // The UI around the (Swedish) note and dialogue: no Swedish words.
    const chrome = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone
        .querySelectorAll(
          'textarea, .turn .text, .section, .topic small, pre, option',
        )
        .forEach((e) => e.remove());
      return clone.innerText;
    });
    for (const swedish of [
      'Ämne',
      'Övrigt',
      'Spara',
      'Godkänn',
      'Kund',
      'Handläggare',
      'Mina samtal',
      'Stämning',
      'Sparad',
    ])
      expect(chrome, swedish).not.toContain(swedish);
    expect(await page.getByTestId('approved').textContent()).toMatch(
      /^Approved \d{4}-\d{2}-\d{2} \d{2}:\d{2} · Anna Andersson \(you\)$/,
    );
    await screenshot(page, 'agent-english');
    await context.close();
  });
});
