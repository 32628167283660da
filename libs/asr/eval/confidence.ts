/**
 * Transcript-confidence evaluation: how whisper.cpp's segment confidence (the mean probability of
 * a segment's text tokens) is distributed on real speech in $SAMTAL_SHARED/audio (default
 * ../shared) for each model, each clip through `samtal transcribe` as in production. The figures
 * behind the transcript-quality thresholds (README, "Transcript confidence"): a real model on real
 * speech against the generated test model, whose words are meaningless.
 * Usage: npm run eval:confidence
 *   EVAL_CONF_MODELS=for-tests-tiny,base   models (names in SAMTAL_MODELS_DIR, default .cache/models)
 *   EVAL_CONF_CLIPS=3                      clips per set (the first N), to spare a shared machine
 *   EVAL_CONF_THREADS=2                    whisper.cpp threads
 * Real models decode as in production (beam 5, temperature fallback); the generated test models
 * (`for-tests-*`) as the tests run them (greedy, no fallback: with fallback their endless
 * meaningless windows take minutes each). Each clip's segments are kept in
 * .cache/eval-confidence/, so a run stopped on a busy machine resumes where it was; a clip that
 * fails (a time-out) is counted and skipped.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(root, '..', 'shared'));
const modelsDir = resolve(process.env['SAMTAL_MODELS_DIR'] ?? join(root, '.cache/models'));
const models = (process.env['EVAL_CONF_MODELS'] ?? 'for-tests-tiny,base').split(',').filter(Boolean);
const clips = Number(process.env['EVAL_CONF_CLIPS'] ?? 3);
const cacheDir = join(root, '.cache/eval-confidence');
const threads = process.env['EVAL_CONF_THREADS'] ?? '2';
const run = promisify(execFile);

/** Two sets per language: a dozen clips of each language at the default of 6. */
const SETS = [
  { lang: 'sv', dir: 'cv' },
  { lang: 'sv', dir: 'cv_tel8k' },
  { lang: 'en', dir: 'voxforge' },
  { lang: 'en', dir: 'asterisk_8k' },
] as const;
/** Candidate per-segment thresholds: the share of speech in segments below each is printed. */
const CANDIDATES = [0.3, 0.4, 0.5, 0.6];

function clipsOf(lang: string, dir: string): string[] {
  const tsv = readFileSync(join(shared, 'audio', lang, 'transcripts.tsv'), 'utf8');
  return tsv
    .split('\n')
    .filter((l) => l.startsWith(`${dir}/`))
    .slice(0, clips)
    .map((l) => join(shared, 'audio', lang, l.split('\t')[0]!));
}

interface Seg {
  startMs?: number;
  endMs?: number;
  confidence?: number;
  words?: { confidence?: number }[];
}

/** The clip's segments, from the cache or `samtal transcribe`; null when the run failed. */
async function segmentsOf(wav: string, model: string, lang: string): Promise<Seg[] | null> {
  const cached = join(cacheDir, model, `${lang}-${basename(join(wav, '..'))}-${basename(wav)}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Seg[];
  const args = [join(root, 'apps/cli/bin/samtal.js'), 'transcribe', wav, '--model', model, '--lang', lang, '--threads', threads, '--json', '--words'];
  if (model.startsWith('for-tests')) args.push('--beam-size', '1', '--no-fallback');
  try {
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, SAMTAL_MODELS_DIR: modelsDir },
      maxBuffer: 64 << 20,
    });
    // Confidences and times only: the words' text stays out of the cache.
    const segments = (JSON.parse(stdout) as { segments: Seg[] }).segments.map((s) => ({
      startMs: s.startMs,
      endMs: s.endMs,
      confidence: s.confidence,
      words: s.words?.map((w) => ({ confidence: w.confidence })),
    }));
    mkdirSync(join(cacheDir, model), { recursive: true });
    writeFileSync(cached, JSON.stringify(segments));
    return segments;
  } catch (err) {
    process.stderr.write(`\n${basename(wav)}, ${model}: ${String((err as { stderr?: string }).stderr ?? err).trim().slice(0, 200)}\n`);
    return null;
  }
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
const f2 = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const pct = (x: number) => `${Math.round(100 * x)} %`;
const durationOf = (s: Seg) => Math.max(1, (s.endMs ?? 0) - (s.startMs ?? 0));

const rows: string[] = [];
const wordRows: string[] = [];
const started = Date.now();
for (const model of models) {
  for (const lang of ['sv', 'en'] as const) {
    const segments: Seg[] = [];
    /** Per clip (a call stand-in): its duration-weighted mean confidence and its share of speech below each candidate. */
    const calls: { mean: number; below: number[] }[] = [];
    let n = 0;
    let failed = 0;
    for (const set of SETS.filter((s) => s.lang === lang)) {
      for (const wav of clipsOf(lang, set.dir)) {
        const all = await segmentsOf(wav, model, lang);
        n++;
        process.stderr.write('.');
        if (!all) {
          failed++;
          continue;
        }
        const segs = all.filter((s) => s.confidence !== undefined);
        if (!segs.length) continue;
        segments.push(...segs);
        const total = segs.reduce((a, s) => a + durationOf(s), 0);
        calls.push({
          mean: segs.reduce((a, s) => a + s.confidence! * durationOf(s), 0) / total,
          below: CANDIDATES.map((t) => segs.filter((s) => s.confidence! < t).reduce((a, s) => a + durationOf(s), 0) / total),
        });
      }
    }
    const conf = segments.map((s) => s.confidence!).sort((a, b) => a - b);
    const words = segments.flatMap((s) => (s.words ?? []).map((w) => w.confidence ?? NaN)).filter((c) => !Number.isNaN(c)).sort((a, b) => a - b);
    wordRows.push(
      [`| ${model} | ${lang} | ${words.length}`, f2(quantile(words, 0.1)), f2(quantile(words, 0.5)), f2(quantile(words, 0.9)), ...CANDIDATES.map((t) => pct(words.filter((c) => c < t).length / Math.max(words.length, 1)))].join(' | ') + ' |',
    );
    const speech = segments.reduce((a, s) => a + durationOf(s), 0);
    const shareBelow = (t: number) => segments.filter((s) => s.confidence! < t).reduce((a, s) => a + durationOf(s), 0) / Math.max(speech, 1);
    const means = calls.map((c) => c.mean).sort((a, b) => a - b);
    rows.push(
      [
        `| ${model} | ${lang} | ${n}${failed ? ` (${failed} timed out)` : ''} | ${segments.length}`,
        f2(quantile(conf, 0.1)),
        f2(quantile(conf, 0.5)),
        f2(quantile(conf, 0.9)),
        ...CANDIDATES.map((t) => pct(shareBelow(t))),
        `${f2(means[0] ?? NaN)}–${f2(means.at(-1) ?? NaN)} |`,
      ].join(' | '),
    );
    process.stderr.write(` ${model} ${lang}\n`);
  }
}
process.stdout.write(
  [
    `Segment confidence, first ${clips} clips of sv cv, cv_tel8k, en voxforge, asterisk_8k; \`samtal transcribe --lang <lang> --words\` (test models: \`--beam-size 1 --no-fallback\`), ${threads} threads (${Math.round((Date.now() - started) / 1000)} s)`,
    '',
    `| model | lang | clips | segments | p10 | p50 | p90 | ${CANDIDATES.map((t) => `speech in segments < ${t}`).join(' | ')} | clip mean confidence (min–max) |`,
    `|---|---|---|---|---|---|---|${CANDIDATES.map(() => '---|').join('')}---|`,
    ...rows,
    '',
    'Word confidence (the mean probability of its tokens), the same runs with `--words`:',
    '',
    `| model | lang | words | p10 | p50 | p90 | ${CANDIDATES.map((t) => `words < ${t}`).join(' | ')} |`,
    `|---|---|---|---|---|---|${CANDIDATES.map(() => '---|').join('')}`,
    ...wordRows,
    '',
  ].join('\n'),
);
