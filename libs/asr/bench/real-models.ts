/**
 * Real Whisper base, side by side on the same audio (part of `npm run bench:asr`):
 *   Samtal (`samtal transcribe`, whisper.cpp) with the ggml conversion of faster-whisper's base
 *     weights in f16, and whisper.cpp's q8_0 and q5_0 quantisations of it;
 *   faster-whisper (CTranslate2, from PyPI) running the same CTranslate2 weights in int8 and float32.
 * Same audio (real sv and en speech from $SAMTAL_SHARED/audio, one file per language), same
 * threads and beam, no speech detection on either side (both hear every sample), no earlier
 * text as context, temperature fallback on. Prints wall time, RTF, CPU time per audio second,
 * peak RSS and word error rate for each. Figures only; nothing is asserted.
 *   BENCH_THREADS=2  BENCH_BEAM=5  BENCH_REAL_SECONDS=120 (speech per language)  BENCH_REPEATS=1
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normaliseForWer, wordErrors } from '../src/wer.js';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(root, '..', 'shared'));
const threads = process.env['BENCH_THREADS'] ?? '2';
const beam = process.env['BENCH_BEAM'] ?? '5';
const targetS = Number(process.env['BENCH_REAL_SECONDS'] ?? 120);
const repeats = Number(process.env['BENCH_REPEATS'] ?? 1);
const modelsDir = join(root, '.cache/models');
const ct2 = join(root, '.cache/ct2/base');
const python = join(root, '.cache/fw-venv/bin/python');
const samtal = join(root, 'apps/cli/bin/samtal.js');
const work = mkdtempSync(join(tmpdir(), 'samtal-bench-real-'));
const log = (line = '') => process.stdout.write(`${line}\n`);

execFileSync('bash', [join(root, 'infra/setup.sh'), 'whisper', 'real-models', 'faster-whisper'], { stdio: 'inherit' });
for (const type of ['q8_0', 'q5_0']) {
  if (!existsSync(join(modelsDir, `base-${type}.bin`))) {
    execFileSync(process.execPath, [samtal, 'models', 'quantize', 'base', '--type', type], { stdio: 'inherit', env: { ...process.env, SAMTAL_MODELS_DIR: modelsDir } });
  }
}

const seconds = (file: string) => Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString());

interface Speech {
  lang: 'sv' | 'en';
  wav: string;
  seconds: number;
  clips: number;
  reference: string;
}

/** Real speech clips of one language in a row, 16 kHz mono, until `targetS` seconds. */
function speech(lang: 'sv' | 'en', dirs: string[]): Speech {
  const references = new Map(
    readFileSync(join(shared, 'audio', lang, 'transcripts.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t') as [string, string]),
  );
  const clips: string[] = [];
  const texts: string[] = [];
  let total = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(join(shared, 'audio', lang, dir)).filter((f) => f.endsWith('.wav')).sort()) {
      const text = references.get(`${dir}/${f}`);
      if (total >= targetS || text === undefined) continue;
      clips.push(join(shared, 'audio', lang, dir, f));
      texts.push(text);
      total += seconds(join(shared, 'audio', lang, dir, f));
    }
  }
  const wav = join(work, `${lang}.wav`);
  const chain = clips.map((_, i) => `[${i}:a]aresample=16000,aformat=sample_fmts=s16:channel_layouts=mono[a${i}]`).join(';');
  const concat = `${clips.map((_, i) => `[a${i}]`).join('')}concat=n=${clips.length}:v=0:a=1[out]`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...clips.flatMap((c) => ['-i', c]), '-filter_complex', `${chain};${concat}`, '-map', '[out]', '-c:a', 'pcm_s16le', wav]);
  return { lang, wav, seconds: seconds(wav), clips: clips.length, reference: texts.join(' ') };
}

interface Measured {
  wallS: number;
  cpuS: number;
  rssMb: number;
  stdout: string;
}

/** One process under GNU time: wall and CPU seconds, peak RSS. */
function measure(program: string, args: string[]): Measured {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', program, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, SAMTAL_MODELS_DIR: modelsDir } });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${program} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(r.stderr)?.[1]);
  return { wallS, cpuS: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024, stdout: r.stdout };
}

interface Contender {
  name: string;
  run(s: Speech): Measured & { text: string };
}

const samtalWith = (model: string, label: string): Contender => ({
  name: `Samtal, whisper.cpp 1.9.1, ${label}`,
  run: (s) => {
    const m = measure(process.execPath, [samtal, 'transcribe', s.wav, '--model', model, '--lang', s.lang, '--threads', threads, '--beam-size', beam, '--no-speech-detection', '--json']);
    return { ...m, text: (JSON.parse(m.stdout) as { segments: { text: string }[] }).segments.map((x) => x.text).join(' ') };
  },
});
const fasterWhisper = (computeType: string): Contender => ({
  name: `faster-whisper 1.2.1 (CTranslate2 4.8), ${computeType}`,
  run: (s) => {
    const m = measure(python, [join(root, 'libs/asr/bench/faster-whisper-run.py'), ct2, computeType, threads, beam, s.lang, s.wav]);
    return { ...m, text: (JSON.parse(m.stdout.trim().split('\n').at(-1)!) as { text: string }).text };
  },
});

const contenders = [
  samtalWith('base', 'f16 (converted from the CTranslate2 weights)'),
  samtalWith('base-q8_0', 'q8_0'),
  samtalWith('base-q5_0', 'q5_0'),
  fasterWhisper('int8'),
  fasterWhisper('float32'),
];

try {
  const audio = [speech('sv', ['cv', 'tts_wavenet']), speech('en', ['voxforge', 'asterisk_8k'])];
  const audioS = audio.reduce((n, s) => n + s.seconds, 0);
  log(`\nReal Whisper base, side by side: ${audio.map((s) => `${s.lang} ${s.seconds.toFixed(0)} s (${s.clips} clips)`).join(', ')}; ${threads} threads, beam ${beam}, no speech detection, best of ${repeats} (interleaved)`);
  const words = Object.fromEntries(audio.map((s) => [s.lang, normaliseForWer(s.reference, s.lang).length]));
  const pct = (e: number, n: number) => `${((100 * e) / Math.max(1, n)).toFixed(1)} %`;
  const results = new Map<string, { wallS: number; cpuS: number; rssMb: number; errors: Record<string, number> }>();
  const row = (name: string) => {
    const r = results.get(name)!;
    return `| ${name} | ${r.wallS.toFixed(1)} | ${(r.wallS / audioS).toFixed(3)} | ${(r.cpuS / audioS).toFixed(3)} | ${r.rssMb.toFixed(0)} | ${pct(r.errors['sv']!, words['sv']!)} | ${pct(r.errors['en']!, words['en']!)} |`;
  };
  const header = [
    `| engine, weights | wall s | RTF | CPU s per audio s | peak RSS MB | WER sv (${words['sv']} words) | WER en (${words['en']} words) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (let i = 0; i < repeats; i++) {
    for (const c of contenders) {
      let wallS = 0;
      let cpuS = 0;
      let rssMb = 0;
      const errors: Record<string, number> = {};
      for (const s of audio) {
        const r = c.run(s);
        wallS += r.wallS;
        cpuS += r.cpuS;
        rssMb = Math.max(rssMb, r.rssMb);
        errors[s.lang] = wordErrors(normaliseForWer(s.reference, s.lang), normaliseForWer(r.text, s.lang));
      }
      const best = results.get(c.name);
      if (!best || wallS < best.wallS) results.set(c.name, { wallS, cpuS, rssMb: Math.max(rssMb, best?.rssMb ?? 0), errors });
      // Each row as soon as it is measured (to stderr; the table follows on stdout).
      process.stderr.write(`${i === 0 && c === contenders[0] ? `${header.join('\n')}\n` : ''}${row(c.name)}\n`);
    }
  }
  log('');
  for (const line of header) log(line);
  for (const c of contenders) log(row(c.name));
  log('\n(wall and RTF: model load included, one process per language; CPU s: user + system of the whole process)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
