import {
  AlertSchema,
  ApiErrorSchema,
  CallListResponseSchema,
  CallViewSchema,
  Events,
  FailedJobListSchema,
  Headers,
  HealthResponseSchema,
  JournalExportSchema,
  JournalVersionListSchema,
  JournalVersionViewSchema,
  LoginResponseSchema,
  MeResponseSchema,
  QueueListSchema,
  ReplayResultSchema,
  SentimentDashboardSchema,
  ServerEvents,
  ServiceHealthListSchema,
  TopicListSchema,
  createEvent,
  type ServerEventName,
} from '@samtal/contracts';
import type { z } from 'zod';
import { synthesizeCall, waitFor } from '@samtal/testing';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from '../support/browser.js';
import { DEMO_PASSWORD, JWT_SECRET, Stack, accessToken, liveClient, upload } from '../support/stack.js';

/** The forged draft an attacker on NATS would like an agent to read out to a caller. */
const SCAM = 'Ring 0900-123 45 67 och uppge ditt BankID';

/** The gateway's doors (issue 12): live revocation, hardening headers, edit topics, audit of reads, forged events. */
describe('gateway security, against the whole stack', () => {
  let stack: Stack;
  let browser: Browser;
  let callId: string;
  let gateway: string;

  beforeAll(async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Pensionsmyndigheten, Anna här. Vad gäller det?' },
      { speaker: 'caller', text: 'Mitt bostadstillägg har inte kommit den här månaden.' },
      { speaker: 'agent', text: 'Jag ser det. Jag skickar en blankett till dig i dag.' },
    ]);
    stack = await Stack.start();
    gateway = stack.url('gateway');
    browser = await launchBrowser();
    // A sidecar with times: the call gets a redacted recording too (its read is audited).
    const accepted = await upload(stack.url('ingest'), {
      audio: new Blob([await readFile(call.wavPath)], { type: 'audio/wav' }),
      transcript: new Blob([call.sidecarJson]),
      agentId: 'anna',
      language: 'sv',
    });
    expect(accepted.status).toBe(202);
    callId = accepted.body['callId'] as string;
    const db = await stack.db();
    await waitFor('the redacted recording', async () => (await db.collection('calls').findOne({ _id: callId as never }))?.['redactedAudioFileId'], 60_000);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const bearer = async (user: string, role: 'agent' | 'supervisor' | 'ops' = 'agent', team?: string) => ({ authorization: `Bearer ${await accessToken(user, role, team)}` });

  async function login(username: string, password = DEMO_PASSWORD): Promise<Response> {
    return fetch(`${gateway}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  }

  /** The command line against this stack, as its NATS user `cli`. */
  const samtal = (args: string[]) => stack.samtal(args, { SAMTAL_USER_PASSWORD: 'dora has a long password' });

  /** Every CSP violation or script error a page reports, from its first load on. */
  async function watchedPage(url: string): Promise<{ page: Page; seen: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'sv-SE' });
    const seen: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
    });
    page.on('pageerror', (error) => seen.push(error.message));
    await page.goto(url);
    return { page, seen };
  }

  async function watchedSignIn(username: string): Promise<{ page: Page; seen: string[] }> {
    const watched = await watchedPage(gateway);
    await watched.page.getByLabel('Användarnamn').fill(username);
    await watched.page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await watched.page.getByRole('button', { name: 'Logga in' }).click();
    await watched.page.getByRole('button', { name: 'Logga ut' }).waitFor();
    return watched;
  }

  describe('hardening headers', () => {
    it('are on every response of every service', async () => {
      const targets = [
        ...['ingest', 'transcriber', 'journal', 'gateway'].map((name) => `${stack.url(name as 'gateway')}/health`),
        `${gateway}/`,
        `${gateway}/calls`, // 401
        `${gateway}/no-such-route`, // 404
        `${stack.url('ingest')}/calls`, // 404 or 405 on GET
      ];
      for (const url of targets) {
        const response = await fetch(url);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp, url).toContain("script-src 'self'");
        expect(csp, url).toContain("style-src 'self'");
        expect(csp, url).not.toContain('unsafe-inline');
        expect(csp, url).toContain("object-src 'none'");
        expect(response.headers.get('x-frame-options'), url).toBe('DENY');
        expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), url).toBe('no-referrer');
        expect(response.headers.get('x-powered-by'), url).toBeNull();
      }
      // Swagger UI sets styles inline: only /docs allows that, and it still may not be framed.
      const docs = await fetch(`${gateway}/docs`);
      expect(docs.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
      expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(docs.headers.get('x-frame-options')).toBe('DENY');
    });

    it('leave the web app and Swagger UI working in Chromium, with no CSP violation', async () => {
      // The built app has no inline script or style for the policy to block.
      const html = await (await fetch(`${gateway}/`)).text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|style="/);

      const { page, seen } = await watchedSignIn('anna');
      const row = page.locator(`tr[data-call-id="${callId}"]`);
      await row.locator('[data-status="drafted"]').waitFor({ timeout: 30_000 });
      await row.getByRole('link').click();
      await page.getByRole('heading', { name: 'Utkast till journalanteckning' }).waitFor();
      // The redacted recording plays from a blob: URL (media-src allows it).
      await expect.poll(() => page.locator('audio').evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 10_000 }).toBeGreaterThan(0);
      await screenshot(page, 'csp-agent');
      await page.close();

      const { page: sara, seen: saraSeen } = await watchedSignIn('sara');
      await sara.locator('figure canvas').first().waitFor();
      await sara.close();

      const { page: docs, seen: docsSeen } = await watchedPage(`${gateway}/docs`);
      await docs.locator('.swagger-ui .info .title').waitFor();
      await docs.getByText('/calls/{id}/draft').first().waitFor();
      await screenshot(docs, 'csp-docs');
      await docs.close();
      expect([...seen, ...saraSeen, ...docsSeen]).toEqual([]);
    });
  });

  describe('access tokens and live revocation', () => {
    it('refuses a token without an expiry, and a token of a user that does not exist', async () => {
      const jwt = new JwtService({ secret: JWT_SECRET });
      const noExp = await jwt.signAsync({ sub: 'anna', role: 'agent', team: 'pension-1' }, { algorithm: 'HS256' });
      const nobody = await jwt.signAsync({ sub: 'nobody', role: 'ops' }, { algorithm: 'HS256', expiresIn: 600 });
      for (const token of [noExp, nobody]) {
        for (const path of ['/auth/me', '/calls', '/topics']) {
          expect((await fetch(`${gateway}${path}`, { headers: { authorization: `Bearer ${token}` } })).status, path).toBe(401);
        }
        await expect(liveClient(gateway, token)).rejects.toThrow();
      }
      // The same user with an expiry is let in.
      expect((await fetch(`${gateway}/auth/me`, { headers: await bearer('anna') })).status).toBe(200);
    });

    it('takes the role and team from the user store, not from the token', async () => {
      // A token signed for anna claiming to be a supervisor: she is an agent in the store.
      const headers = { authorization: `Bearer ${await accessToken('anna', 'supervisor', 'pension-1')}` };
      expect((await fetch(`${gateway}/dashboard`, { headers })).status).toBe(403);
      expect(await (await fetch(`${gateway}/auth/me`, { headers })).json()).toMatchObject({ id: 'anna', role: 'agent' });
    });

    it('answers a login of an unknown or disabled user after a password hash, as for a wrong password', async () => {
      // Loosely: the dummy hash makes an unknown user cost the same scrypt run (without it: a few ms against 50+).
      const time = async (username: string) => {
        const start = performance.now();
        expect((await login(username, 'not the password')).status).toBe(401);
        return performance.now() - start;
      };
      // (Logins are throttled to 10 a minute per address: one each.)
      const known = await time('bertil');
      const unknown = await time('no-such-user');
      expect(unknown).toBeGreaterThan(known * 0.3);
    });

    it('a disabled user’s token gets 401 and their socket and page are closed within seconds', async () => {
      expect((await samtal(['users', 'add', 'dora', '--role', 'supervisor', '--team', 'pension-1', '--name', 'Dora D'])).code).toBe(0);
      const token = ((await (await login('dora', 'dora has a long password')).json()) as { accessToken: string }).accessToken;
      const headers = { authorization: `Bearer ${token}` };
      for (const path of ['/calls', '/dashboard', '/auth/me']) expect((await fetch(`${gateway}${path}`, { headers })).status, path).toBe(200);

      const socket: Socket = await liveClient(gateway, token);
      const closed: string[] = [];
      socket.on('auth_error', (e: { message: string }) => closed.push(`auth_error: ${e.message}`));
      socket.on('disconnect', (reason: string) => closed.push(`disconnect: ${reason}`));
      const page = await signIn(browser, gateway, 'dora', 'dora has a long password');
      await page.getByRole('heading', { name: 'Översikt' }).waitFor();

      const disabled = await samtal(['users', 'disable', 'dora']);
      expect(disabled.output).toContain('user dora disabled');
      const at = Date.now();
      for (const path of ['/calls', '/dashboard', '/auth/me']) {
        await expect.poll(async () => (await fetch(`${gateway}${path}`, { headers })).status, { timeout: 10_000, interval: 250 }).toBe(401);
      }
      await expect.poll(() => closed, { timeout: 10_000, interval: 250 }).toEqual(['auth_error: access revoked', 'disconnect: io server disconnect']);
      const seconds = (Date.now() - at) / 1000;
      expect(seconds).toBeLessThan(10);
      // The page is back at the login form, saying why.
      await page.getByTestId('session-ended').waitFor({ timeout: 10_000 });
      await page.getByLabel('Användarnamn').waitFor();
      await screenshot(page, 'session-ended');
      await page.close();
      // Nor can they come back: a new socket, a new login.
      await expect(liveClient(gateway, token)).rejects.toThrow();
      expect((await login('dora', 'dora has a long password')).status).toBe(401);
      socket.close();
    });
  });

  describe('journal edits', () => {
    it('refuses a topic that is not a taxonomy key with 400, and stores nothing', async () => {
      const headers = { ...(await bearer('anna')), 'content-type': 'application/json' };
      const put = (topic: string) =>
        fetch(`${gateway}/calls/${callId}/draft`, { method: 'PUT', headers, body: JSON.stringify({ text: 'Kunden ringde om bostadstillägg.', topic, baseVersion: 0 }) });
      for (const topic of ['<img src=x onerror=alert(1)>', 'bostadstillägg ', 'Other']) {
        const response = await put(topic);
        expect(response.status, topic).toBe(400);
        expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'invalid request', problems: ['topic: invalid_value'] });
      }
      const approve = await fetch(`${gateway}/calls/${callId}/approve`, { method: 'POST', headers, body: JSON.stringify({ text: 'x', topic: '<b>x</b>', baseVersion: 0 }) });
      expect(approve.status).toBe(400);
      expect(await (await stack.db()).collection('journal_versions').countDocuments({ callId })).toBe(0);
      // A real key is saved.
      expect((await put('bostadstillägg')).status).toBe(200);
      expect((await put('other')).status).toBe(409); // based on version 0 again: someone (anna) saved since
    });
  });

  describe('forged UI events', () => {
    it('a journal.drafted published on NATS that does not match the stored draft reaches no socket and no page', async () => {
      const db = await stack.db();
      const stored = (await db.collection('journal_entries').findOne({ _id: callId as never }))!;
      const page = await signIn(browser, gateway, 'anna', DEMO_PASSWORD);
      await page.locator(`tr[data-call-id="${callId}"]`).getByRole('link').click();
      await page.getByRole('heading', { name: 'Utkast till journalanteckning' }).waitFor();
      const sockets = await Promise.all([liveClient(gateway, await accessToken('anna')), liveClient(gateway, await accessToken('sara', 'supervisor', 'pension-1'))]);
      const received: { event: string; payload: unknown }[] = [];
      for (const socket of sockets) socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));

      const revision = stored['revision'] as number;
      // Events carry ids only (journal.drafted v2), so a forged one can carry no words: it can only
      // name a revision that is not stored, a call that does not exist, or another agent.
      const forged = [
        createEvent(Events.journalDrafted, callId, { agentId: 'anna', revision: revision + 1 }),
        createEvent(Events.journalDrafted, randomUUID(), { agentId: 'anna', revision: 1 }),
        createEvent(Events.journalDrafted, callId, { agentId: 'bertil', revision }),
        createEvent(Events.stageFailed, callId, { agentId: 'anna', stage: 'drafting', attempts: 5, error: SCAM }),
      ];
      // Version 1, which carried the draft's text, is no contract any more: dropped unread.
      const fat = { ...createEvent(Events.journalDrafted, callId, { agentId: 'anna', revision }), version: 1, data: { agentId: 'anna', revision, draft: { text: SCAM } } };
      const nats = await stack.natsConnection();
      for (const event of [...forged, fat]) nats.publish(event.type, JSON.stringify(event));
      await nats.flush();
      await new Promise((r) => setTimeout(r, 3_000));

      expect(received).toEqual([]);
      expect(await page.content()).not.toContain('BankID');
      expect(await page.getByLabel('Journalanteckning (redigerbar)').inputValue()).not.toContain('BankID');
      expect(stack.logs()).not.toContain('BankID');
      expect(stack.logs()).toContain('does not match the stored draft');

      // A true event (the stored draft, announced again by a replay) still notifies, with ids only.
      const truth = createEvent(Events.journalDrafted, callId, { agentId: 'anna', revision });
      nats.publish(truth.type, JSON.stringify(truth));
      // To anna, and to her team's supervisor.
      await expect.poll(() => received.filter((r) => r.event === 'journal.updated').length, { timeout: 10_000 }).toBe(2);
      for (const { event, payload } of received) expect(ServerEvents[event as ServerEventName].safeParse(payload).success, JSON.stringify(payload)).toBe(true);
      expect(JSON.stringify(received)).not.toContain(SCAM);
      for (const socket of sockets) socket.close();
      // Let the page's re-read on that notification finish: the audit tests below count reads.
      await new Promise((r) => setTimeout(r, 1_500));
      await page.close();
    });
  });

  describe('audit of every read', () => {
    type Read = [who: string, role: 'agent' | 'supervisor' | 'ops', team: string | undefined, method: string, path: () => string, action: string];
    const reads: Read[] = [
      ['anna', 'agent', 'pension-1', 'GET', () => '/calls', 'call.list'],
      ['anna', 'agent', 'pension-1', 'GET', () => `/calls/${callId}`, 'call.read'],
      ['anna', 'agent', 'pension-1', 'GET', () => `/calls/${callId}/versions`, 'call.versions'],
      ['anna', 'agent', 'pension-1', 'GET', () => `/calls/${callId}/audio`, 'call.read'],
      ['anna', 'agent', 'pension-1', 'GET', () => `/calls/${callId}/export?format=json`, 'draft.export'],
      ['sara', 'supervisor', 'pension-1', 'GET', () => '/calls', 'call.list'],
      ['sara', 'supervisor', 'pension-1', 'GET', () => `/calls/${callId}`, 'call.read'],
      ['sara', 'supervisor', 'pension-1', 'GET', () => `/calls/${callId}/versions`, 'call.versions'],
      ['sara', 'supervisor', 'pension-1', 'GET', () => '/dashboard', 'dashboard.read'],
      ['olle', 'ops', 'drift', 'GET', () => '/calls', 'call.list'],
      ['olle', 'ops', 'drift', 'GET', () => `/calls/${callId}`, 'call.read'],
      ['olle', 'ops', 'drift', 'GET', () => '/ops/failed-jobs', 'failed_jobs.read'],
      ['olle', 'ops', 'drift', 'POST', () => `/ops/calls/${callId}/replay`, 'call.replay'],
    ];

    it.each(reads)('%s (%s): %s %s is audited as %s', async (who, role, team, method, path, action) => {
      const audit = (await stack.db()).collection('audit_log');
      const before = await audit.countDocuments({ actor: who, action });
      const response = await fetch(`${gateway}${path()}`, { method, headers: await bearer(who, role, team) });
      expect(response.status).toBeLessThan(300);
      const entries = await audit.find({ actor: who, action }).sort({ at: 1 }).toArray();
      expect(entries.length).toBe(before + 1);
      const entry = entries.at(-1)!;
      expect(entry['role']).toBe(role);
      // Which call: the call itself, or the calls a list showed (the failed-job list shows none here).
      if (action !== 'failed_jobs.read') expect([entry['callId'], ...((entry['callIds'] as string[] | undefined) ?? [])]).toContain(callId);
      // Never content.
      expect(JSON.stringify(entry)).not.toMatch(/bostadstillägg|blankett/i);
    });

    it('samtal replay (the command line) is audited with the operating-system user', async () => {
      const replayed = await samtal(['replay', callId]);
      expect(replayed.output).toContain(`replayed ${callId}`);
      const entry = await (await stack.db()).collection('audit_log').findOne({ action: 'call.replay', role: 'cli', callId });
      expect(entry).toMatchObject({ actor: expect.stringMatching(/.+@.+/), detail: 'samtal replay' });
    });
  });

  describe('every REST answer follows its contract (@samtal/contracts)', () => {
    /** Calls the gateway and parses the answer with the contract the web app relies on. */
    async function answer(schema: z.ZodType, method: string, path: string, who?: [string, 'agent' | 'supervisor' | 'ops', string?], body?: unknown) {
      const headers: Record<string, string> = who ? await bearer(...who) : {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${gateway}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const json: unknown = await response.json();
      const parsed = schema.safeParse(json);
      expect(parsed.success, `${method} ${path} (${response.status}): ${parsed.error?.message}`).toBe(true);
      return { status: response.status, data: parsed.data };
    }
    const anna = ['anna', 'agent', 'pension-1'] as [string, 'agent', string];
    const sara = ['sara', 'supervisor', 'pension-1'] as [string, 'supervisor', string];
    const olle = ['olle', 'ops', 'drift'] as [string, 'ops', string];

    it('auth, calls, versions, edits, export, topics, dashboard, ops, health and errors', async () => {
      const login = await answer(LoginResponseSchema, 'POST', '/auth/login', undefined, { username: 'anna', password: DEMO_PASSWORD });
      expect(login.status).toBe(200);
      for (const who of [anna, sara, olle]) {
        expect((await answer(MeResponseSchema, 'GET', '/auth/me', who)).status).toBe(200);
        const list = await answer(CallListResponseSchema, 'GET', '/calls?limit=20', who);
        expect((list.data as z.infer<typeof CallListResponseSchema>).map((c) => c.id)).toContain(callId);
        const view = await answer(CallViewSchema, 'GET', `/calls/${callId}`, who);
        expect(view.status).toBe(200);
        expect((view.data as z.infer<typeof CallViewSchema>).call.agentName).toBe('Anna Andersson');
        expect((await answer(TopicListSchema, 'GET', '/topics', who)).status).toBe(200);
      }
      const view = (await answer(CallViewSchema, 'GET', `/calls/${callId}`, anna)).data as z.infer<typeof CallViewSchema>;
      expect(view.journal).not.toBeNull();
      expect(view.call.redactedAudio).toEqual({ state: 'ready' });
      const saved = await answer(JournalVersionViewSchema, 'PUT', `/calls/${callId}/draft`, anna, {
        text: `${view.journal!.edited?.text ?? view.journal!.draft.text}\nKontrakt.`,
        topic: view.journal!.edited?.topic ?? view.journal!.draft.topic.key,
        baseVersion: view.journal!.version,
      });
      expect(saved.status).toBe(200);
      // The same text and topic again: nothing to save, no empty version.
      const savedVersion = saved.data as z.infer<typeof JournalVersionViewSchema>;
      const unchanged = await answer(ApiErrorSchema, 'PUT', `/calls/${callId}/draft`, anna, {
        text: savedVersion.text,
        topic: savedVersion.topic,
        baseVersion: savedVersion.version,
      });
      expect(unchanged.status).toBe(422);
      for (const who of [anna, sara]) expect((await answer(JournalVersionListSchema, 'GET', `/calls/${callId}/versions`, who)).status).toBe(200);
      expect((await answer(JournalExportSchema, 'GET', `/calls/${callId}/export?format=json`, anna)).status).toBe(200);
      expect((await answer(SentimentDashboardSchema, 'GET', '/dashboard', sara)).status).toBe(200);
      expect((await answer(FailedJobListSchema, 'GET', '/ops/failed-jobs', olle)).status).toBe(200);
      expect((await answer(QueueListSchema, 'GET', '/ops/queues', olle)).status).toBe(200);
      const health = await answer(ServiceHealthListSchema, 'GET', '/ops/health', olle);
      expect(health.status).toBe(200);
      // The gateway reports itself too, with NATS and MongoDB as it reaches them.
      expect((health.data as z.infer<typeof ServiceHealthListSchema>)[0]).toMatchObject({ service: 'gateway', status: 'ok', details: { nats: { status: 'up' }, mongo: { status: 'up' } } });
      expect((await answer(ReplayResultSchema, 'POST', '/ops/replay-failed', olle)).status).toBe(202);
      expect((await answer(HealthResponseSchema, 'GET', '/health')).status).toBe(200);
      // Refusals have one shape too: 401, 403, 404, 400 (naming fields, never values).
      expect((await answer(ApiErrorSchema, 'GET', '/calls')).status).toBe(401);
      expect((await answer(ApiErrorSchema, 'GET', '/dashboard', anna)).status).toBe(403);
      expect((await answer(ApiErrorSchema, 'GET', `/calls/${randomUUID()}`, anna)).status).toBe(404);
      const invalid = await answer(ApiErrorSchema, 'GET', '/calls?limit=0', anna);
      expect(invalid.status).toBe(400);
      expect((invalid.data as z.infer<typeof ApiErrorSchema>).problems).toEqual(['limit: too_small']);
    });

    it('the OpenAPI document describes the answers with those schemas', async () => {
      const document = (await (await fetch(`${gateway}/docs-json`)).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> }> }>>;
      };
      const callView = document.paths['/calls/{id}']!['get']!.responses['200']!.content!['application/json']!.schema!;
      expect(Object.keys(callView.properties ?? {})).toEqual(['call', 'journal']);
      const login = document.paths['/auth/login']!['post']!.responses['200']!.content!['application/json']!.schema!;
      expect(Object.keys(login.properties ?? {})).toEqual(['accessToken', 'user']);
    });
  });

  describe('a drafting failure reaches the agent and ops as a transcription failure does', () => {
    /** A stored sidecar call of anna's at `status`. */
    const storeCall = async (id: string, status: 'transcribed' | 'drafted') => {
      const now = new Date();
      await (await stack.db()).collection('calls').insertOne({
        _id: id as never,
        idempotencyKey: id,
        agentId: 'anna',
        status,
        language: 'sv',
        audio: { fileId: `${id}.audio`, filename: 'a.wav', sizeBytes: 1000, durationMs: 1000, channels: 2, sampleRate: 16000, codec: 'pcm_s16le', container: 'wav' },
        channelMap: { left: 'agent', right: 'caller' },
        transcriptSource: 'sidecar',
        replays: 0,
        queuedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    };
    /** A calls.transcribed for the call that can never be drafted (an invalid payload: dead-lettered at once). */
    const publishUndraftable = async (id: string) => {
      const h = natsHeaders();
      h.set(Headers.callId, id);
      await jetstream(await stack.natsConnection()).publish('calls.transcribed', JSON.stringify({ type: 'calls.transcribed', version: 1, data: { nonsense: true } }), { headers: h });
    };

    it('calls.stage_failed (stage drafting): call.updated with stage and reason, an alert, and the failure in the REST view', async () => {
      // A transcribed call whose calls.transcribed can never be drafted (an invalid payload: dead-lettered at once).
      const failing = randomUUID();
      await storeCall(failing, 'transcribed');
      const sockets = await Promise.all([liveClient(gateway, await accessToken('anna')), liveClient(gateway, await accessToken('olle', 'ops', 'drift'))]);
      const received: { who: string; event: string; payload: { callId?: string } }[] = [];
      sockets.forEach((socket, i) => socket.onAny((event: string, payload: { callId?: string }) => received.push({ who: ['anna', 'olle'][i]!, event, payload })));

      await publishUndraftable(failing);

      const about = () => received.filter((r) => r.payload.callId === failing);
      await expect.poll(() => about().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
      for (const who of ['anna', 'olle']) {
        const updated = about().find((r) => r.who === who && r.event === 'call.updated');
        expect(updated?.payload).toMatchObject({ callId: failing, status: 'failed', stage: 'drafting', reason: expect.any(String) });
        const alert = about().find((r) => r.who === who && r.event === 'alert');
        expect(AlertSchema.parse(alert?.payload)).toEqual({ kind: 'stageFailed', callId: failing, agentId: 'anna', stage: 'drafting' });
      }
      for (const socket of sockets) socket.close();

      const view = await fetch(`${gateway}/calls/${failing}`, { headers: await bearer('anna', 'agent', 'pension-1') });
      const call = CallViewSchema.parse(await view.json()).call;
      expect(call.status).toBe('failed');
      expect(call.failure).toMatchObject({ stage: 'drafting', attempts: expect.any(Number) });
      const jobs = FailedJobListSchema.parse(await (await fetch(`${gateway}/ops/failed-jobs`, { headers: await bearer('olle', 'ops', 'drift') })).json());
      expect(jobs.find((j) => j.callId === failing)?.stage).toBe('drafting');
    });

    it('a drafting failure after the draft was stored keeps the call drafted: ops see the failed job, the agent no failure', async () => {
      // An earlier delivery drafted the call; a later one is dead-lettered (here: an invalid payload).
      const drafted = randomUUID();
      await storeCall(drafted, 'drafted');
      const socket = await liveClient(gateway, await accessToken('anna'));
      const received: { event: string; payload: { callId?: string } }[] = [];
      socket.onAny((event: string, payload: { callId?: string }) => received.push({ event, payload }));

      await publishUndraftable(drafted);

      const opsHeaders = await bearer('olle', 'ops', 'drift');
      const job = await waitFor('the failed job', async () => {
        const jobs = FailedJobListSchema.parse(await (await fetch(`${gateway}/ops/failed-jobs`, { headers: opsHeaders })).json());
        return jobs.find((j) => j.callId === drafted);
      });
      expect(job.stage).toBe('drafting');
      // A failure would be set and announced right after the job is recorded: give it that moment.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const view = await fetch(`${gateway}/calls/${drafted}`, { headers: await bearer('anna', 'agent', 'pension-1') });
      expect(CallViewSchema.parse(await view.json()).call.status).toBe('drafted');
      expect(received.filter((r) => r.payload.callId === drafted && (r.event === 'alert' || r.event === 'call.updated'))).toEqual([]);
      socket.close();
    });

    it('a transcription failure after the draft was stored keeps the call drafted too', async () => {
      // A redelivered calls.received of a drafted call that gives up (here: an invalid payload, dead-lettered at once).
      const drafted = randomUUID();
      await storeCall(drafted, 'drafted');
      const h = natsHeaders();
      h.set(Headers.callId, drafted);
      await jetstream(await stack.natsConnection()).publish('calls.received', JSON.stringify({ type: 'calls.received', version: 1, data: { nonsense: true } }), { headers: h });

      const opsHeaders = await bearer('olle', 'ops', 'drift');
      const job = await waitFor('the failed job', async () => {
        const jobs = FailedJobListSchema.parse(await (await fetch(`${gateway}/ops/failed-jobs`, { headers: opsHeaders })).json());
        return jobs.find((j) => j.callId === drafted);
      });
      expect(job.stage).toBe('transcription');
      // A failure would be set right after the job is recorded: give it that moment.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const view = await fetch(`${gateway}/calls/${drafted}`, { headers: await bearer('anna', 'agent', 'pension-1') });
      expect(CallViewSchema.parse(await view.json()).call.status).toBe('drafted');
    });
  });
});
