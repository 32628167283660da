/**
 * The learned recogniser's cross-validation over the tuning sets: each fold's set is scored by the
 * rules alone and by the rules with a model trained on every other tuning set, at several
 * confidence floors. This is how the training settings and `MIN_CONFIDENCE` are chosen; no
 * held-out set is read.
 *
 *   tsx --conditions=development libs/redaction/eval/cross-validate.ts [--folds tuning-13,tuning-14] [--floors 0.5,0.7]
 *
 * The default folds are the tuning sets written blind for the recogniser (tuning-13 …), each unseen
 * by the rules of its round when it was written (round 12's for tuning-13 … -19, round 13's for
 * tuning-21 and -22; tuning-20 was round 13's own).
 *
 * Needs the trainer's Python environment (see the README: `.cache/recogniser-venv`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecogniser, useRecogniser } from '../src/evaluation.js';
import { evaluate, fmt, groupRecall, GROUPS, precisionOf, ratio } from './score.js';
import { readSet, type SetName } from './snippets.js';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  if (!args.includes(name)) return fallback;
  const value = args[args.indexOf(name) + 1];
  if (value === undefined) throw new Error(`${name} needs a value`);
  return value;
}
const folds = option('--folds', 'tuning-13,tuning-14,tuning-15,tuning-16,tuning-17,tuning-18,tuning-19,tuning-20,tuning-21,tuning-22').split(',') as SetName[];
const floors = option('--floors', '0.5,0.7').split(',').map(Number);
if (folds.some((f) => !f.startsWith('tuning'))) throw new Error('cross-validation folds are tuning sets only');

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const python = join(repoRoot, '.cache/recogniser-venv/bin/python');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const script = (name: string) => fileURLToPath(new URL(`../scripts/${name}`, import.meta.url));

/** One line of figures: each group's recall, then precision and keep rate. */
function row(label: string, set: SetName): string {
  const { byType, keep } = evaluate(readSet(set), false);
  const groups = Object.values(GROUPS).map(({ member }) => fmt(groupRecall(byType, member)));
  return `${label.padEnd(22)} ${groups.map((g) => g.padStart(11)).join('')} ${fmt(precisionOf(byType)).padStart(10)} ${fmt(ratio(keep.kept, keep.spans)).padStart(8)}`;
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
    // The shipped model beside it: a fair comparison only for folds it was not trained on (see the README).
    useRecogniser();
    console.log(row(`${fold}: + shipped`, fold));
    for (const floor of floors) {
      useRecogniser(trained, floor);
      console.log(row(`${fold}: + model ≥ ${floor}`, fold));
    }
  }
} finally {
  useRecogniser();
  rmSync(dir, { recursive: true, force: true });
}
