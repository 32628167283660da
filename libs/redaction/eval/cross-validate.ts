/**
 * The learned recogniser's cross-validation over the tuning sets: each fold's set is scored by the
 * rules alone and by the rules with a model trained on every other tuning set, at several
 * confidence floors. This is how the training settings and `MIN_CONFIDENCE` are chosen; no
 * held-out set is read.
 *
 *   tsx --conditions=development libs/redaction/eval/cross-validate.ts [--folds tuning-12,tuning-13] [--floors 0.5,0.7,0.9]
 *
 * Needs the trainer's Python environment (see the README: `.cache/recogniser-venv`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecogniser, useRecogniser } from '../src/recogniser.js';
import { evaluate, fmt, GROUPS, ratio, sum } from './score.js';
import { readSet, type SetName } from './snippets.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const folds = option('--folds', 'tuning-9,tuning-10,tuning-11,tuning-12,tuning-13').split(',') as SetName[];
const floors = option('--floors', '0.5,0.7,0.9').split(',').map(Number);
if (folds.some((f) => !f.startsWith('tuning'))) throw new Error('cross-validation folds are tuning sets only');

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const python = join(repoRoot, '.cache/recogniser-venv/bin/python');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

/** One line of figures: each group's recall, then precision and keep rate. */
function row(label: string, set: SetName): string {
  const { byType, keep } = evaluate(readSet(set), false);
  const groups = Object.values(GROUPS).map(({ member }) => {
    const t = sum([...byType].filter(([type]) => member(type)).map(([, x]) => x));
    return fmt(ratio(t.found, t.gold));
  });
  const all = sum([...byType.values()]);
  return `${label.padEnd(22)} ${groups.map((g) => g.padStart(11)).join('')} ${fmt(ratio(all.correct, all.predicted)).padStart(10)} ${fmt(ratio(keep.kept, keep.spans)).padStart(8)}`;
}

const dir = mkdtempSync(join(tmpdir(), 'samtal-recogniser-'));
try {
  console.log(`${'fold'.padEnd(22)} ${Object.keys(GROUPS).map((g) => g.slice(0, 10).padStart(11)).join('')}  precision     kept`);
  for (const fold of folds) {
    const data = join(dir, `${fold}.jsonl`);
    const model = join(dir, `${fold}.tsv`);
    execFileSync(tsx, ['--conditions=development', script('export-recogniser-data.ts'), data, '--without', fold], { stdio: 'ignore' });
    execFileSync(python, [script('train-recogniser.py'), data, model], { stdio: 'ignore' });
    const trained = parseRecogniser(readFileSync(model, 'utf8'));
    useRecogniser(null);
    console.log(row(`${fold}: rules`, fold));
    for (const floor of floors) {
      useRecogniser(trained, floor);
      console.log(row(`${fold}: + model ≥ ${floor}`, fold));
    }
  }
} finally {
  useRecogniser();
  rmSync(dir, { recursive: true, force: true });
}
