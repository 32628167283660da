/**
 * Pipeline benchmark: calls per hour and upload-to-draft latency (p50/p95, measured on a
 * Socket.IO client as an agent's screen sees it), with one and with two transcriber
 * processes, and every service's peak memory; sidecar calls' latency while speech recognition
 * is queued (the two lanes); parallel uploads at ingest (backpressure). Prints figures; asserts nothing.
 *
 *   npm run bench             (every part below, then the ASR and redaction benchmarks)
 *   BENCH_CALLS=50 BENCH_WHISPER_CALLS=5 BENCH_QUICK=1 npm run bench   (smaller; ASR bench without repeats or the 60-min call)
 *   BENCH_WHISPER_CALLS=0 BENCH_PIPELINE_ONLY=1 npm run bench           (the sidecar runs only, single node and cluster, and lanes and burst)
 *   BENCH_NATS=cluster BENCH_TRANSCRIBERS=1 …                           (only some of the sidecar runs: single, cluster or both; 1, 2 or 1,2)
 *   BENCH_PARTS=lanes,burst npm run bench                               (only the parts named; default all of
 *       sidecar, whisper, lanes, burst, redaction, asr; BENCH_PIPELINE_ONLY=1 drops redaction and asr)
 *   BENCH_LANES_SIDECAR_CALLS=20 BENCH_LANES_ASR_CALLS=4 …              (lanes: sidecar calls per round, audio-only calls queued)
 *   BENCH_LANES_MODEL=base …                                            (lanes: .cache/models/base.bin, or a path; default the generated tiny)
 *   BENCH_BURSTS=50,200 …                                               (burst: uploads fired at once, one fresh stack each)
 *
 * The sidecar runs go twice: on one nats-server, and on a three-node JetStream cluster with
 * every stream replicated three times (each publish and ack waits for a quorum of two).
 * lanes: on one stack, BENCH_LANES_SIDECAR_CALLS sidecar calls uploaded one after the other on the
 * idle stack, then BENCH_LANES_ASR_CALLS audio-only calls (the 71-s sample) at once and, once
 * whisper.cpp works on the first, the same sidecar calls again; p50/p95/max upload→draft of each
 * round, and the recognition backlog left when the last sidecar call was drafted.
 * burst: each number of uploads fired at once on a fresh stack; first answers by status, how many
 * 503s carried Retry-After, latency to the answer, and the time until all were accepted by clients
 * that wait what Retry-After says and send again (same Idempotency-Key). */
import { REPO_ROOT, synthesizeCall, testWhisper } from '@samtal/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { Stack, accessToken, liveClient, upload, type StackOptions, type UploadOptions } from '../support/stack.js';
import { existsSync } from 'node:fs';
import { measureBurst, measureLanes, percentile, printBursts, printLanes, STALL_MS, type BurstRun, type LaneRun } from './flow.js';

interface Run {
  label: string;
  nats: string;
  calls: number;
  transcribers: number;
  callsPerHour: number;
  p50Ms: number;
  p95Ms: number;
  peakRssMb: Record<string, number>;
}

const SIDECAR_CALLS = Number(process.env['BENCH_CALLS'] ?? 200);
const WHISPER_CALLS = Number(process.env['BENCH_WHISPER_CALLS'] ?? 20);
const QUICK = process.env['BENCH_QUICK'] === '1';
const PIPELINE_ONLY = process.env['BENCH_PIPELINE_ONLY'] === '1';
const NATS_SETUPS = (process.env['BENCH_NATS'] ?? 'both') === 'both' ? ['single', 'cluster'] : [process.env['BENCH_NATS']];
const TRANSCRIBERS = (process.env['BENCH_TRANSCRIBERS'] ?? '1,2').split(',').map(Number);
const UPLOAD_CONCURRENCY = 8;
const ALL_PARTS = ['sidecar', 'whisper', 'lanes', 'burst', 'redaction', 'asr'];
const PARTS = new Set((process.env['BENCH_PARTS'] ?? ALL_PARTS.join(',')).split(',').map((p) => p.trim()));
for (const part of PARTS) if (!ALL_PARTS.includes(part)) throw new Error(`BENCH_PARTS: unknown part ${part} (known: ${ALL_PARTS.join(', ')})`);
if (PIPELINE_ONLY) for (const part of ['redaction', 'asr']) PARTS.delete(part);
const LANES_SIDECAR_CALLS = Number(process.env['BENCH_LANES_SIDECAR_CALLS'] ?? 20);
const LANES_ASR_CALLS = Number(process.env['BENCH_LANES_ASR_CALLS'] ?? 4);
const LANES_MODEL = process.env['BENCH_LANES_MODEL'];
const BURSTS = (process.env['BENCH_BURSTS'] ?? '50,200').split(',').map(Number);

/** Peak resident memory of a process (Linux: VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

async function measure(label: string, calls: number, transcribers: number, env: Record<string, string>, make: () => UploadOptions, options: StackOptions = {}): Promise<Run | undefined> {
  if (calls <= 0) return undefined;
  // The benchmark measures throughput: its source is not held to the default upload quota.
  const stack = await Stack.start({ SOURCE_UPLOADS_PER_MINUTE: '100000', ...env }, undefined, options);
  try {
    for (let i = 2; i <= transcribers; i++) await stack.startService('transcriber', i);
    const agent = await liveClient(stack.url('gateway'), await accessToken('anna'));
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let lastDraftAt = 0;
    // A run that stops drafting fails with the services' last log lines (they carry no call content).
    let stallTimer: NodeJS.Timeout | undefined;
    const allDrafted = new Promise<void>((resolve, reject) => {
      const watch = () => {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(() => reject(new Error(`${label}: no draft for ${STALL_MS / 1000} s after ${latencies.length} of ${calls}\n${stack.logs().slice(-4000)}`)), STALL_MS);
      };
      watch();
      agent.on('journal.updated', (event: { callId: string }) => {
        const sent = sentAt.get(event.callId);
        if (sent === undefined) return;
        sentAt.delete(event.callId);
        lastDraftAt = performance.now();
        latencies.push(lastDraftAt - sent);
        watch();
        if (latencies.length % Math.max(1, Math.round(calls / 4)) === 0) console.log(`  ${label}, ${transcribers} transcriber(s): ${latencies.length}/${calls} drafted`);
        if (latencies.length === calls) {
          clearTimeout(stallTimer);
          resolve();
        }
      });
    });
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: UPLOAD_CONCURRENCY }, async () => {
        while (next < calls) {
          next++;
          const at = performance.now();
          const response = await upload(stack.url('ingest'), make());
          if (response.status !== 202) throw new Error(`upload failed: ${response.status} ${JSON.stringify(response.body)}`);
          sentAt.set(response.body['callId'] as string, at);
        }
      }),
    );
    await allDrafted;
    agent.close();
    latencies.sort((a, b) => a - b);
    const peak: Record<string, number> = {};
    for (const [key, service] of stack.services) peak[key] = peakRssMb(service.process.child.pid!);
    const run: Run = {
      label,
      nats: options.cluster ? '3-node cluster, R3' : 'single node',
      calls,
      transcribers,
      callsPerHour: Math.round((calls / ((lastDraftAt - started) / 1000)) * 3600),
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      peakRssMb: peak,
    };
    // Each run's row as soon as it is measured: a long benchmark stopped half-way keeps its figures.
    print([run], false);
    return run;
  } finally {
    await stack.stop();
  }
}

function print(all: (Run | undefined)[], header = true): void {
  const runs = all.filter((r) => r !== undefined);
  if (header) console.log('\n| run | NATS | calls | transcribers | calls/hour | p50 upload→draft | p95 | peak RSS per service (MB) |');
  if (header) console.log('|---|---|---|---|---|---|---|---|');
  for (const r of runs) {
    const rss = Object.entries(r.peakRssMb).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`| ${r.label} | ${r.nats} | ${r.calls} | ${r.transcribers} | ${r.callsPerHour} | ${(r.p50Ms / 1000).toFixed(2)} s | ${(r.p95Ms / 1000).toFixed(2)} s | ${rss} |`);
  }
}

async function main(): Promise<void> {
  // FerretDB on SQLite serialises concurrent writers (and backs off between them): use the
  // PostgreSQL backend where one runs, closer to how MongoDB behaves under load.
  process.env['FERRETDB_BACKEND'] ??= (await hasPostgres()) ? 'postgresql' : 'sqlite';
  console.log(`FerretDB backend: ${process.env['FERRETDB_BACKEND']}`);
  console.log(`Samtal pipeline benchmark on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const call = await synthesizeCall([
    { speaker: 'agent', text: 'Pensionsmyndigheten, du pratar med Karin. Vad gäller saken?' },
    { speaker: 'caller', text: 'Hej, mitt bostadstillägg har inte kommit den här månaden och jag är orolig.' },
    { speaker: 'agent', text: 'Jag förstår. Kan jag få ditt personnummer?' },
    { speaker: 'caller', text: 'Ja, det är 121212-1212.' },
    { speaker: 'agent', text: 'Tack. Jag skickar en blankett till dig i dag och ringer upp dig på fredag.' },
    { speaker: 'caller', text: 'Tack så mycket, vad bra.' },
  ]);
  const audio = new Blob([await readFile(call.wavPath)]);
  const sidecar = () => ({ audio, transcript: new Blob([call.sidecarJson]), agentId: 'anna' });
  const runs: (Run | undefined)[] = [];
  const calm = { OUTBOX_INTERVAL_MS: '15000' }; // the production default, not the tests' 2 s
  if (PARTS.has('sidecar')) {
    for (const nats of NATS_SETUPS) {
      for (const transcribers of TRANSCRIBERS) runs.push(await measure('sidecar', SIDECAR_CALLS, transcribers, calm, sidecar, { cluster: nats === 'cluster' }));
    }
  }

  // Through whisper.cpp with the generated tiny model (its words are meaningless; its cost is
  // real tiny's). The bundled sample call: 71 s, stereo. Both setups use the machine's 2 cores.
  const sample = new Blob([await readFile(join(REPO_ROOT, 'apps/cli/samples/bostadstillagg.ogg'))]);
  const whisper = (threads: number, model = testWhisper().model) => ({ ...calm, WHISPER_MODEL: model, ASR_THREADS: String(threads), ASR_BEAM_SIZE: '5' });
  if (PARTS.has('whisper')) {
    runs.push(await measure('whisper.cpp, 2 threads', WHISPER_CALLS, 1, whisper(2), () => ({ audio: sample, audioName: 'call.ogg', agentId: 'anna', language: 'sv' })));
    runs.push(await measure('whisper.cpp, 1 thread each', WHISPER_CALLS, 2, whisper(1), () => ({ audio: sample, audioName: 'call.ogg', agentId: 'anna', language: 'sv' })));
  }

  // The two lanes: one transcriber, whisper.cpp with both cores on the recognition backlog.
  let lanes: LaneRun[] = [];
  if (PARTS.has('lanes')) {
    const model = LANES_MODEL === undefined ? testWhisper().model : LANES_MODEL === 'base' ? join(REPO_ROOT, '.cache/models/base.bin') : LANES_MODEL;
    if (!existsSync(model)) throw new Error(`BENCH_LANES_MODEL: no model at ${model} (bash infra/setup.sh real-models)`);
    console.log(`\nlanes: ${LANES_SIDECAR_CALLS} sidecar calls idle, then again behind ${LANES_ASR_CALLS} audio-only calls (model ${model.split('/').at(-1)})`);
    lanes = await measureLanes(
      LANES_SIDECAR_CALLS,
      LANES_ASR_CALLS,
      { audio, audioName: 'call.wav', transcript: new Blob([call.sidecarJson]) },
      { audio: sample, audioName: 'call.ogg', language: 'sv' },
      whisper(2, model),
    );
  }

  const bursts: (BurstRun | undefined)[] = [];
  if (PARTS.has('burst')) {
    console.log(`\nburst: ${BURSTS.join(', ')} uploads at once (FerretDB on ${process.env['FERRETDB_BACKEND']})`);
    for (const uploads of BURSTS) bursts.push(await measureBurst(uploads, { audio, audioName: 'call.wav', transcript: new Blob([call.sidecarJson]) }, calm));
  }

  // Every table of this run together, each part's rows as measured above.
  if (runs.some((r) => r !== undefined)) print(runs);
  if (lanes.length > 0) printLanes(lanes);
  if (bursts.some((b) => b !== undefined)) printBursts(bursts);

  for (const script of ['bench:redaction', 'bench:asr']) {
    if (!PARTS.has(script.slice('bench:'.length))) continue;
    console.log(`\n## npm run ${script}\n`);
    const env = QUICK ? { ...process.env, BENCH_REPEATS: '1', BENCH_LONG: '0' } : process.env;
    spawnSync('npm', ['run', '--silent', script], { cwd: REPO_ROOT, stdio: 'inherit', env });
  }
}

async function hasPostgres(): Promise<boolean> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => execFile('psql', ['postgres://postgres@127.0.0.1:5432/postgres', '-qc', 'select 1'], (err) => resolve(!err)));
}

await main();
process.exit(0);
