/**
 * Two parts of `npm run bench` (issue 16), selected by BENCH_PARTS in pipeline.ts:
 *
 * - lanes: upload→draft latency of sidecar calls on an idle stack, then the same sidecar calls
 *   while calls that need speech recognition are queued (the `asr` lane busy with whisper.cpp),
 *   and how many of those were still not drafted when the last sidecar call was: the proof that a
 *   call with its own transcript does not wait behind recognition (`transcriber` and `asr` durables).
 * - burst: N uploads fired at once at ingest (real FerretDB, real NATS): status of each first
 *   answer (202, 503 with or without Retry-After, anything else), latency to that answer, and the
 *   time until every call was accepted by a client that honours Retry-After and retries.
 *
 * Both print figures and assert nothing.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Socket } from 'socket.io-client';
import { Stack, accessToken, liveClient } from '../support/stack.js';

export const STALL_MS = 300_000;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** What one upload sends: a recording, optionally the platform's own transcript. */
export interface CallFiles {
  audio: Blob;
  audioName: string;
  transcript?: Blob;
  language?: string;
}

interface Answer {
  status: number; // 0: no HTTP answer (connection refused, reset)
  retryAfterS: number | undefined;
  ms: number;
  callId?: string;
}

/** One POST /calls as a telephony platform makes it; unlike tests/support's upload(), it keeps Retry-After. */
async function post(stack: Stack, files: CallFiles, idempotencyKey?: string): Promise<Answer> {
  const form = new FormData();
  form.set('audio', files.audio, files.audioName);
  if (files.transcript) form.set('transcript', files.transcript, 'transcript.txt');
  form.set('agentId', 'anna');
  if (files.language) form.set('language', files.language);
  const headers: Record<string, string> = { authorization: `Bearer ${stack.sourceKey}` };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const at = performance.now();
  try {
    const response = await fetch(`${stack.url('ingest')}/calls`, { method: 'POST', body: form, headers });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const retryAfter = response.headers.get('retry-after');
    return {
      status: response.status,
      retryAfterS: retryAfter === null ? undefined : Number(retryAfter),
      ms: performance.now() - at,
      callId: typeof body['callId'] === 'string' ? body['callId'] : undefined,
    };
  } catch {
    return { status: 0, retryAfterS: undefined, ms: performance.now() - at };
  }
}

/** When each call's first draft reached the agent's screen (a Socket.IO client, as the web app). */
class DraftWatch {
  private readonly draftedAt = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();

  constructor(socket: Socket) {
    socket.on('journal.updated', (event: { callId: string }) => {
      if (this.draftedAt.has(event.callId)) return; // a later revision
      const at = performance.now();
      this.draftedAt.set(event.callId, at);
      this.waiters.get(event.callId)?.(at);
    });
  }

  drafted(callId: string): boolean {
    return this.draftedAt.has(callId);
  }

  /** Resolves with the moment the call was drafted (it may already have been). */
  wait(callId: string, label: string, stack: Stack): Promise<number> {
    const at = this.draftedAt.get(callId);
    if (at !== undefined) return Promise.resolve(at);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${label}: no draft within ${STALL_MS / 1000} s\n${stack.logs().slice(-4000)}`)), STALL_MS);
      this.waiters.set(callId, (drafted) => {
        clearTimeout(timer);
        resolve(drafted);
      });
    });
  }
}

export interface LaneRun {
  stack: string;
  sidecarCalls: number;
  asrQueued: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** ASR calls not yet drafted when the last sidecar call was drafted. */
  asrNotDrafted?: number;
  /** The `asr` durable at that moment: messages not yet delivered, and delivered but not acked (in whisper.cpp). */
  asrConsumer?: { waiting: number; inProgress: number };
}

/** Sidecar calls uploaded one after the other (each upload answered before the next), as calls end on a platform; upload→draft of each. */
async function sidecarRound(stack: Stack, drafts: DraftWatch, calls: number, files: CallFiles, label: string): Promise<{ latencies: number[]; lastDraftAt: number }> {
  const sent: { callId: string; at: number }[] = [];
  for (let i = 0; i < calls; i++) {
    const at = performance.now();
    const answer = await post(stack, files);
    if (answer.status !== 202 || !answer.callId) throw new Error(`${label}: upload answered ${answer.status}`);
    sent.push({ callId: answer.callId, at });
  }
  const drafted = await Promise.all(sent.map((s) => drafts.wait(s.callId, label, stack)));
  return { latencies: drafted.map((at, i) => at - sent[i]!.at).sort((a, b) => a - b), lastDraftAt: Math.max(...drafted) };
}

/**
 * One stack: the sidecar calls on it idle, then `asrCalls` audio-only calls queued at once and,
 * as soon as whisper.cpp is working on the first, the same number of sidecar calls again.
 */
export async function measureLanes(sidecarCalls: number, asrCalls: number, sidecar: CallFiles, audioOnly: CallFiles, env: Record<string, string>): Promise<LaneRun[]> {
  if (sidecarCalls <= 0) return [];
  const stack = await Stack.start({ SOURCE_UPLOADS_PER_MINUTE: '100000', ...env });
  try {
    const agent = await liveClient(stack.url('gateway'), await accessToken('anna'));
    const drafts = new DraftWatch(agent);
    const summary = (name: string, latencies: number[], queued: number): LaneRun => ({
      stack: name,
      sidecarCalls: latencies.length,
      asrQueued: queued,
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      maxMs: Math.round(latencies.at(-1)!),
    });

    // One call first, not counted: the first call through fresh processes pays for loading code and connections.
    await sidecarRound(stack, drafts, 1, sidecar, 'lanes, warm-up');
    const idle = summary('idle', (await sidecarRound(stack, drafts, sidecarCalls, sidecar, 'lanes, idle')).latencies, 0);
    printLanes([idle], false);

    const asrIds: string[] = [];
    await Promise.all(
      Array.from({ length: asrCalls }, async () => {
        const answer = await post(stack, audioOnly);
        if (answer.status !== 202 || !answer.callId) throw new Error(`lanes: audio-only upload answered ${answer.status}`);
        asrIds.push(answer.callId);
      }),
    );
    // The backlog is real once whisper.cpp has one of them (the asr durable has a message in progress).
    const jsm = await jetstreamManager(await stack.natsConnection());
    const asrConsumer = async () => {
      const info = await jsm.consumers.info('SAMTAL_CALLS', 'asr');
      return { waiting: info.num_pending, inProgress: info.num_ack_pending };
    };
    const deadline = Date.now() + STALL_MS;
    while ((await asrConsumer()).inProgress === 0) {
      if (Date.now() > deadline) throw new Error(`lanes: the asr lane took no call within ${STALL_MS / 1000} s\n${stack.logs().slice(-4000)}`);
      await sleep(200);
    }
    const busy = await sidecarRound(stack, drafts, sidecarCalls, sidecar, 'lanes, ASR backlog');
    // Read at once: the figure that matters is how much recognition work was still ahead then.
    const consumer = await asrConsumer();
    const notDrafted = asrIds.filter((id) => !drafts.drafted(id)).length;
    const loaded: LaneRun = { ...summary('ASR calls queued', busy.latencies, asrCalls), asrNotDrafted: notDrafted, asrConsumer: consumer };
    printLanes([loaded], false);
    agent.close();
    return [idle, loaded];
  } finally {
    await stack.stop();
  }
}

export function printLanes(runs: LaneRun[], header = true): void {
  if (header) {
    console.log('\n| sidecar calls on | sidecar calls | ASR calls queued | p50 upload→draft | p95 | max | ASR calls not yet drafted at the last sidecar draft | `asr` durable then: not yet delivered (sidecar calls included) / in progress |');
    console.log('|---|---|---|---|---|---|---|---|');
  }
  for (const r of runs) {
    const consumer = r.asrConsumer ? `${r.asrConsumer.waiting} / ${r.asrConsumer.inProgress}` : '–';
    console.log(`| ${r.stack} | ${r.sidecarCalls} | ${r.asrQueued} | ${seconds(r.p50Ms)} | ${seconds(r.p95Ms)} | ${seconds(r.maxMs)} | ${r.asrNotDrafted ?? '–'} | ${consumer} |`);
  }
}

export interface BurstRun {
  uploads: number;
  /** First answers, by status (0: no HTTP answer). */
  statuses: Record<number, number>;
  retryAfter503: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Burst start → the last call accepted, the client retrying after each Retry-After; undefined if some never were. */
  allAcceptedMs?: number;
  retries: number;
  notAccepted: number;
}

const MAX_ATTEMPTS = 30;

/**
 * `uploads` sidecar calls fired at once at ingest on a fresh stack. Each client waits what
 * Retry-After says (1 s when an answer never came) and sends again with the same Idempotency-Key,
 * as a telephony platform would, until it gets 202; other answers are final.
 */
export async function measureBurst(uploads: number, files: CallFiles, env: Record<string, string>): Promise<BurstRun | undefined> {
  if (uploads <= 0) return undefined;
  // The per-source quota is not what is measured: the storage's backpressure is.
  const stack = await Stack.start({ SOURCE_UPLOADS_PER_MINUTE: '100000', ...env });
  try {
    // One upload first, not counted: a burst meets an ingest that has already served calls.
    const warmUp = await post(stack, files);
    if (warmUp.status !== 202) throw new Error(`burst: the warm-up upload answered ${warmUp.status}`);
    const started = performance.now();
    const clients = await Promise.all(
      Array.from({ length: uploads }, async () => {
        const key = randomUUID();
        let first: Answer | undefined;
        for (let attempt = 1; ; attempt++) {
          const answer = await post(stack, files, key);
          first ??= answer;
          if (answer.status === 202) return { first, acceptedAt: performance.now(), retries: attempt - 1 };
          const retryable = answer.status === 0 || ((answer.status === 503 || answer.status === 429) && answer.retryAfterS !== undefined);
          if (!retryable || attempt === MAX_ATTEMPTS) return { first, acceptedAt: undefined, retries: attempt - 1, last: answer.status };
          await sleep(answer.status === 0 ? 1000 : answer.retryAfterS! * 1000);
        }
      }),
    );
    const statuses: Record<number, number> = {};
    for (const c of clients) statuses[c.first.status] = (statuses[c.first.status] ?? 0) + 1;
    const latencies = clients.map((c) => c.first.ms).sort((a, b) => a - b);
    const accepted = clients.filter((c) => c.acceptedAt !== undefined);
    const run: BurstRun = {
      uploads,
      statuses,
      retryAfter503: clients.filter((c) => c.first.status === 503 && c.first.retryAfterS !== undefined).length,
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      maxMs: Math.round(latencies.at(-1)!),
      allAcceptedMs: accepted.length === uploads ? Math.round(Math.max(...accepted.map((c) => c.acceptedAt!)) - started) : undefined,
      retries: clients.reduce((n, c) => n + c.retries, 0),
      notAccepted: uploads - accepted.length,
    };
    const final = clients.filter((c) => c.acceptedAt === undefined).map((c) => c.last);
    if (final.length > 0) console.log(`  burst of ${uploads}: ${final.length} call(s) never accepted, last answers: ${final.join(', ')}`);
    if ((statuses[500] ?? 0) > 0) console.log(`  burst of ${uploads}: ${statuses[500]} answer(s) 500: a defect (an overloaded ingest must answer 503 with Retry-After)`);
    printBursts([run], false);
    return run;
  } finally {
    await stack.stop();
  }
}

export function printBursts(all: (BurstRun | undefined)[], header = true): void {
  const runs = all.filter((r) => r !== undefined);
  if (header) {
    console.log('\n| uploads at once | 202 | 503 (with Retry-After) | 500 | other first answers | p50 to the answer | p95 | max | all accepted after, retrying on Retry-After | retries |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
  }
  for (const r of runs) {
    const other = Object.entries(r.statuses)
      .filter(([status]) => !['202', '503', '500'].includes(status))
      .map(([status, n]) => `${status === '0' ? 'no answer' : status} × ${n}`)
      .join(', ');
    const all = r.allAcceptedMs === undefined ? `${r.notAccepted} never accepted` : seconds(r.allAcceptedMs);
    console.log(
      `| ${r.uploads} | ${r.statuses[202] ?? 0} | ${r.statuses[503] ?? 0} (${r.retryAfter503}) | ${r.statuses[500] ?? 0} | ${other || '–'} | ${seconds(r.p50Ms)} | ${seconds(r.p95Ms)} | ${seconds(r.maxMs)} | ${all} | ${r.retries} |`,
    );
  }
}
