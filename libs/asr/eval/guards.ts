/**
 * Guards against Whisper's inventions, measured with a real model: non-speech audio that
 * calls are full of (silence, white and pink noise, hold music, DTMF tones, a Swedish
 * ringback tone), synthesised with ffmpeg, each alone and placed between two real speech
 * clips from $SAMTAL_SHARED/audio (Swedish and English). Each file goes through
 * `samtal transcribe` with the guards on (production: speech detection before Whisper,
 * non-speech token suppression and the post-Whisper filters after it) and off
 * (`--no-speech-detection --no-filters`); the words Whisper wrote outside the speech are
 * counted (by word timestamps; all words of a file without speech).
 * Usage: npm run eval:guards
 *   EVAL_GUARDS_MODEL=base          model (a name in SAMTAL_MODELS_DIR, default .cache/models)
 *   EVAL_GUARDS_SECONDS=24          length of each non-speech stretch
 *   EVAL_GUARDS_MODES=off,energy    guard settings to compare (off | energy | silero: the speech detector)
 *   EVAL_GUARDS_CONDITIONS=…        only these conditions (default: all)
 *   EVAL_GUARDS_THREADS=2           whisper.cpp threads
 *   EVAL_GUARDS_JOBS=1              files transcribed at once
 *   EVAL_GUARDS_PLACEMENTS=alone,sv,en  only these placements (alone; between sv or en speech)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { normaliseForWer, wordErrors } from '../src/wer.js';
import { CONDITIONS, SPEECH_CLIPS, buildFile, type Condition, type GuardFile } from './synth.js';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(root, '..', 'shared'));
const modelsDir = resolve(process.env['SAMTAL_MODELS_DIR'] ?? join(root, '.cache/models'));
const model = process.env['EVAL_GUARDS_MODEL'] ?? 'base';
const seconds = Number(process.env['EVAL_GUARDS_SECONDS'] ?? 24);
const threads = process.env['EVAL_GUARDS_THREADS'] ?? '2';
const modes = (process.env['EVAL_GUARDS_MODES'] ?? 'off,energy').split(',').filter(Boolean);
const only = process.env['EVAL_GUARDS_CONDITIONS']?.split(',').filter(Boolean);
const onlyPlacements = process.env['EVAL_GUARDS_PLACEMENTS']?.split(',').filter(Boolean);
const jobs = Math.max(1, Number(process.env['EVAL_GUARDS_JOBS'] ?? 1));
const run = promisify(execFile);

interface Heard {
  text: string;
  words: { text: string; startMs: number; endMs: number }[];
  wallMs: number;
}

async function transcribe(file: GuardFile, mode: string): Promise<Heard> {
  const args = [join(root, 'apps/cli/bin/samtal.js'), 'transcribe', file.wavPath, '--model', model, '--lang', file.lang, '--threads', threads, '--json', '--words'];
  const env: NodeJS.ProcessEnv = { ...process.env, SAMTAL_MODELS_DIR: modelsDir };
  if (mode === 'off') args.push('--no-speech-detection', '--no-filters');
  else env['ASR_SPEECH_DETECTOR'] = mode;
  const started = Date.now();
  const { stdout } = await run(process.execPath, args, { env, maxBuffer: 64 << 20 });
  const transcript = JSON.parse(stdout) as { segments: { text: string; words?: Heard['words'] }[] };
  return {
    text: transcript.segments.map((s) => s.text).join(' '),
    words: transcript.segments.flatMap((s) => s.words ?? []),
    wallMs: Date.now() - started,
  };
}

/** Whisper's word times drift by a few hundred ms: a word this close to speech counts as speech. */
const MARGIN_MS = 700;

/** Words whose middle lies in a non-speech stretch of the file, minus the margins next to speech. */
function wordsOutsideSpeech(file: GuardFile, heard: Heard): string[] {
  return heard.words
    .filter((w) => {
      const mid = (w.startMs + w.endMs) / 2;
      return file.nonSpeech.some((span) => {
        const from = span.startMs + (span.startMs > 0 ? MARGIN_MS : 0);
        const to = span.endMs - (span.endMs < file.durationMs ? MARGIN_MS : 0);
        return mid >= from && mid < to;
      });
    })
    .filter((w) => normaliseForWer(w.text, 'en').length > 0 && !isSpeechWord(w.text, file))
    .map((w) => w.text.trim());
}

/** At most one letter added, dropped or changed. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * A word of the speech itself, placed in the gap by Whisper's word times, which are least sure
 * where two pieces of a block meet: the same word as one of the reference's, or one letter off.
 */
function isSpeechWord(text: string, file: GuardFile): boolean {
  if (!file.reference) return false;
  const word = normaliseForWer(text, file.lang).join(' ');
  return normaliseForWer(file.reference, file.lang).some((r) => nearlyEqual(r, word));
}

const work = mkdtempSync(join(tmpdir(), 'samtal-guards-'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    report();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
const started = Date.now();
const conditions: Condition[] = CONDITIONS.filter((c) => !only || only.includes(c.id));
const placements = [
  { id: 'alone', lang: 'sv' as const, label: 'alone' },
  { id: 'sv', lang: 'sv' as const, label: 'between sv speech' },
  { id: 'en', lang: 'en' as const, label: 'between en speech' },
].filter((p) => !onlyPlacements || onlyPlacements.includes(p.id));
type Cell = { hallucinated: number; examples: Set<string> };
const table = new Map<string, Cell>();
const speech: Record<string, { errors: number; words: number }> = {};
const timeMs: Record<string, number> = {};
try {
  const files: { condition: Condition; placement: string; file: GuardFile }[] = [];
  for (const condition of conditions) {
    for (const placement of placements) {
      const clips = placement.id === 'alone' ? undefined : SPEECH_CLIPS[placement.lang];
      files.push({ condition, placement: placement.id, file: await buildFile(work, shared, condition, clips, placement.lang, seconds) });
    }
  }
  // Most telling first (Swedish calls, guards off and on), so that a run cut short (SIGINT or
  // SIGTERM: the table so far is printed) still answers the question.
  const rank = (placement: string, mode: string) => ['alone', 'sv', 'en'].indexOf(placement) + (mode === modes[0] || mode === modes[1] ? 0 : 3) + (placement === 'en' ? 3 : 0);
  const tasks = files.flatMap((f) => modes.map((mode) => ({ ...f, mode }))).sort((a, b) => rank(a.placement, a.mode) - rank(b.placement, b.mode));
  const worker = async () => {
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      const { condition, placement, file, mode } = task;
      let heard: Heard;
      try {
        heard = await transcribe(file, mode);
      } catch (err) {
        // whisper.cpp past its time limit (a busy machine, or a loop decoding noise): noted, not fatal.
        table.set(`${condition.id}/${placement}/${mode}`, { hallucinated: NaN, examples: new Set() });
        process.stderr.write(`${condition.id} ${placement} ${mode}: failed (${String(err).split('\n').find((l) => l.startsWith('samtal:')) ?? 'error'})\n`);
        continue;
      }
      const outside = wordsOutsideSpeech(file, heard);
      table.set(`${condition.id}/${placement}/${mode}`, { hallucinated: outside.length, examples: new Set(outside.slice(0, 8)) });
      timeMs[mode] = (timeMs[mode] ?? 0) + heard.wallMs;
      if (file.reference) {
        const s = (speech[mode] ??= { errors: 0, words: 0 });
        const reference = normaliseForWer(file.reference, file.lang);
        s.words += reference.length;
        s.errors += wordErrors(reference, normaliseForWer(heard.text, file.lang));
      }
      process.stderr.write(`${condition.id} ${placement} ${mode}: ${outside.length} word(s) outside speech${outside.length ? ` (${outside.slice(0, 12).join(' ')})` : ''}; all: ${heard.text.slice(0, 200)}\n`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function report(): void {
  const header = ['condition', ...placements.flatMap((p) => modes.map((m) => `${p.label}, ${m === 'off' ? 'guards off' : `guards on (${m})`}`))];
  const cell = (key: string) => {
    const n = table.get(key)?.hallucinated;
    return n === undefined ? '–' : Number.isNaN(n) ? 'timed out' : String(n);
  };
  const rows = conditions.map((c) => `| ${c.name} | ${placements.flatMap((p) => modes.map((m) => cell(`${c.id}/${p.id}/${m}`))).join(' | ')} |`);
  process.stdout.write(
    [
      `Words Whisper wrote outside the speech; model ${model}, ${seconds} s of each non-speech condition, ${threads} threads, beam 5, ${table.size} runs (${Math.round((Date.now() - started) / 1000)} s; – : not run)`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows,
      '',
      `Word error rate on the speech around the non-speech: ${modes.map((m) => `${m}: ${speech[m] ? ((100 * speech[m].errors) / Math.max(1, speech[m].words)).toFixed(1) : '–'} % of ${speech[m]?.words ?? 0} words`).join('; ')}`,
      `Wall time of all runs: ${modes.map((m) => `${m}: ${((timeMs[m] ?? 0) / 1000).toFixed(0)} s`).join('; ')}`,
      '',
    ].join('\n'),
  );
}
report();
