/**
 * Trains the learned alert model on ALL the training calls (scripts/alert-data.ts: eval/calls-tuning.json and the
 * journal's tuning sets 2 to 47, redacted; never a held-out set) with the settings of src/alert-model.ts and writes
 * data/alert-model.tsv with the floor chosen by cross-validation (eval/alert-cv.ts). Deterministic.
 * Usage: npx tsx --conditions=development libs/sentiment/scripts/train-alert-model.ts [--out=FILE]
 *   (ALERT_TRAIN_LAST=74 trains on sets 2 to 74, sentiment round 33; --out writes a candidate elsewhere than data/)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALERT_FEATURES, ALERT_MODEL_FLOOR, TRAIN, alertFeatures, serialiseAlertModel, trainAlertModel } from '../src/alert-model.js';
import { TRAINING_FILES, readAllAlertCalls } from './alert-data.js';

const calls = readAllAlertCalls().filter((c) => c.caller !== null);
const model = trainAlertModel(
  calls.map((c) => ({ features: alertFeatures(c.language, c.turns, c.caller!, ALERT_FEATURES), angry: c.label === 'angry' })),
  TRAIN,
);
const text = serialiseAlertModel({ ...model, floor: ALERT_MODEL_FLOOR }, [
  `Learned alert model (src/alert-model.ts), written by scripts/train-alert-model.ts: logistic regression, angry vs the rest.`,
  `Trained on ${calls.length} calls (${calls.filter((c) => c.label === 'angry').length} angry): ${TRAINING_FILES.join(', ')}.`,
  `Features ${JSON.stringify(ALERT_FEATURES)}; training ${JSON.stringify(TRAIN)}.`,
  `The floor is chosen by leave-one-set-out cross-validation (eval/alert-cv.ts); 0.42 since sentiment round 32 (eval/model-later.ts).`,
]);
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
writeFileSync(out ? pathToFileURL(out) : new URL('../data/alert-model.tsv', import.meta.url), text);
console.log(`wrote ${out ?? 'data/alert-model.tsv'}: ${text.split('\n').length} lines, ${text.length} bytes, ${model.weights.size} weights before rounding`);
