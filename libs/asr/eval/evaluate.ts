/**
 * Speech-recognition evaluation: word error rate per set of real speech in
 * $SAMTAL_SHARED/audio (default ../shared) per model, each clip through `samtal transcribe`
 * as in production (speech detection on), and again with speech detection off.
 * Prints a Markdown table. Sets: sv Common Voice, sv Common Voice through a phone line
 * (8 kHz), en VoxForge, en VoxForge through a phone line, en Asterisk 8 kHz prompts.
 * Usage: npm run eval:asr
 *   EVAL_ASR_MODELS=base,tiny.en   models (names in SAMTAL_MODELS_DIR, default .cache/models)
 *   EVAL_ASR_CLIPS=5               clips per set (the first N; 0: all), to spare a shared machine
 *   EVAL_ASR_THREADS=2             whisper.cpp threads
 *   EVAL_ASR_SETS=cv,cv_tel8k      only these sets (default: all five)
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describeModel, readGgmlHeader } from '../src/ggml.js';
import { normaliseForWer, wordErrors } from '../src/wer.js';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(root, '..', 'shared'));
const modelsDir = resolve(process.env['SAMTAL_MODELS_DIR'] ?? join(root, '.cache/models'));
const models = (process.env['EVAL_ASR_MODELS'] ?? 'base,tiny.en').split(',').filter(Boolean);
const clips = Number(process.env['EVAL_ASR_CLIPS'] ?? 5);
const threads = process.env['EVAL_ASR_THREADS'] ?? '2';
const only = process.env['EVAL_ASR_SETS']?.split(',').filter(Boolean);
const run = promisify(execFile);

const SETS = [
  { lang: 'sv', dir: 'cv', name: 'sv Common Voice (48 kHz)' },
  { lang: 'sv', dir: 'cv_tel8k', name: 'sv Common Voice, phone line (8 kHz)' },
  { lang: 'en', dir: 'voxforge', name: 'en VoxForge' },
  { lang: 'en', dir: 'voxforge_tel8k', name: 'en VoxForge, phone line (8 kHz)' },
  { lang: 'en', dir: 'asterisk_8k', name: 'en Asterisk prompts (8 kHz)' },
] as const;

function references(lang: 'sv' | 'en', dir: string): { wav: string; text: string }[] {
  const tsv = readFileSync(join(shared, 'audio', lang, 'transcripts.tsv'), 'utf8');
  const all = tsv
    .split('\n')
    .filter((l) => l.startsWith(`${dir}/`))
    .map((l) => {
      const [path, text] = l.split('\t');
      return { wav: join(shared, 'audio', lang, path!), text: text ?? '' };
    });
  return clips > 0 ? all.slice(0, clips) : all;
}

function modelKind(name: string): string {
  const head = readFileSync(join(modelsDir, `${name}.bin`)).subarray(0, 1 << 20);
  return describeModel(readGgmlHeader(head).hparams);
}

async function transcribe(wav: string, model: string, lang: string, speechDetection: boolean): Promise<string> {
  const args = [join(root, 'apps/cli/bin/samtal.js'), 'transcribe', wav, '--model', model, '--lang', lang, '--threads', threads, '--json'];
  if (!speechDetection) args.push('--no-speech-detection');
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, SAMTAL_MODELS_DIR: modelsDir }, maxBuffer: 64 << 20 });
  const transcript = JSON.parse(stdout) as { segments: { text: string }[] };
  return transcript.segments.map((s) => s.text).join(' ');
}

const rows: string[] = [];
const started = Date.now();
for (const model of models) {
  const kind = modelKind(model);
  for (const set of SETS) {
    if ((kind.endsWith('.en') && set.lang !== 'en') || (only && !only.includes(set.dir))) continue;
    const refs = references(set.lang, set.dir);
    const wer: Record<'on' | 'off', number> = { on: 0, off: 0 };
    let words = 0;
    for (const ref of refs) {
      const reference = normaliseForWer(ref.text, set.lang);
      words += reference.length;
      for (const mode of ['on', 'off'] as const) {
        const hypothesis = normaliseForWer(await transcribe(ref.wav, model, set.lang, mode === 'on'), set.lang);
        wer[mode] += wordErrors(reference, hypothesis);
      }
      process.stderr.write('.');
    }
    const pct = (errors: number) => `${((100 * errors) / Math.max(words, 1)).toFixed(1)} %`;
    rows.push(`| ${set.name} | ${model} (${kind}) | ${refs.length} | ${words} | ${pct(wer.on)} | ${pct(wer.off)} |`);
    process.stderr.write(` ${set.name}, ${model}\n`);
  }
}
process.stdout.write(
  [
    `Word error rate, ${clips > 0 ? `first ${clips} clips of each set` : 'every clip'}; \`samtal transcribe --lang <set's language>\`, beam 5, ${threads} threads (${Math.round((Date.now() - started) / 1000)} s)`,
    '',
    '| set | model | clips | words | WER, speech detection on (production) | WER, speech detection off |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
