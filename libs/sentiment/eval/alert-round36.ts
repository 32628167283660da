/**
 * Sentiment round 36: the learned alert model's false alerts on curt, satisfied closes. Reads the calls that
 * eval/alert-round36-cache.ts wrote (the training sets 2 to 47, redacted, and the later sets 48 to 79) and, for each
 * candidate feature setting, (1) round 23's leave-one-set-out cross-validation over the blind sets 4 to 47 (the model of
 * each fold trained on every other training file) and (2) forward: the model trained on all of 2 to 47, as shipped,
 * applied to 48 to 79, which it never saw. Per label, the model alone and rules OR model at the floor, and which angry
 * alerts are lost or false alerts gained against the shipped settings.
 *   --run=NAME[,NAME]  compute and write /tmp/s36/NAME.json (out-of-fold and forward probabilities)
 *   --report           compare every /tmp/s36/*.json written with the shipped settings
 *   --calib            the calibration candidate: logistic regression over the shipped model's logit, the rules' end and
 *                      the closing thanks, fitted leaving each fold out on the out-of-fold probabilities (forward: fitted on
 *                      all of 4-47's out-of-fold probabilities, applied to the forward ones)
 * Usage: npx tsx --conditions=development libs/sentiment/eval/alert-round36.ts --cache=/tmp/s36/calls.json --run=shipped
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { CallerTrajectory, Language } from '@samtal/contracts';
import { DEFAULT_ALERT_THRESHOLDS } from '../src/call.js';
import { ALERT_FEATURES, ALERT_MODEL_FLOOR, TRAIN, alertFeatures, alertProbability, trainAlertModel, type AlertFeatureOptions, type ModelTurn } from '../src/alert-model.js';
import { FOLDS, LABELS, TRAINING_FILES, type EndLabel } from '../scripts/alert-data.js';

interface Call { file: string; id: string; language: Language; label: EndLabel; turns: ModelTurn[]; caller: CallerTrajectory | null }
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dir = '/tmp/s36';
const all = (JSON.parse(readFileSync(arg('cache') ?? `${dir}/calls.json`, 'utf8')) as Call[]).filter((c) => c.caller !== null);
const training = all.filter((c) => (TRAINING_FILES as readonly string[]).includes(c.file));
const later = all.filter((c) => !(TRAINING_FILES as readonly string[]).includes(c.file));
const t = DEFAULT_ALERT_THRESHOLDS;
const rules = (c: Call) => c.caller!.end <= t.callerEndBelow || c.caller!.trend <= t.callerTrendBelow;
const key = (c: Call) => `${c.file} ${c.id}`;

export const VARIANTS: Record<string, AlertFeatureOptions> = {
  shipped: ALERT_FEATURES,
  stopDrop: { ...ALERT_FEATURES, stopWords: 'drop' },
  stopUni: { ...ALERT_FEATURES, stopWords: 'unigrams' },
  courtesy: { ...ALERT_FEATURES, dropCourtesy: true },
  stopCourtesy: { ...ALERT_FEATURES, stopWords: 'drop', dropCourtesy: true },
  end: { ...ALERT_FEATURES, rulesEnd: true },
  thanks: { ...ALERT_FEATURES, closingThanks: true },
  stopEndThanks: { ...ALERT_FEATURES, stopWords: 'drop', rulesEnd: true, closingThanks: true },
};

const run = arg('run');
if (run)
  for (const name of run.split(',')) {
    const fo = VARIANTS[name];
    if (!fo) throw new Error(`no variant ${name}`);
    const started = Date.now();
    const f = new Map(all.map((c) => [c, alertFeatures(c.language, c.turns, c.caller!, fo)]));
    const p: Record<string, number> = {};
    // Forward first (one training), written at once; then the folds (44 trainings), written when all are done.
    const full = trainAlertModel(training.map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), TRAIN);
    for (const c of later) p[key(c)] = alertProbability(full, f.get(c)!);
    writeFileSync(`${dir}/fwd-${name}.json`, JSON.stringify(p));
    console.log(`${name} forward: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (process.argv.includes('--forward-only')) continue;
    for (const fold of FOLDS) {
      const model = trainAlertModel(training.filter((c) => c.file !== fold).map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), TRAIN);
      for (const c of training.filter((c) => c.file === fold)) p[key(c)] = alertProbability(model, f.get(c)!);
    }
    writeFileSync(`${dir}/${name}.json`, JSON.stringify(p));
    console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }

const num = (file: string) => Number(file.match(/(\d+)\.json$/)?.[1] ?? 0);
const oofCalls = all.filter((c) => (FOLDS as readonly string[]).includes(c.file));
const parts: [string, Call[]][] = [
  ['out of fold, sets 4-47', oofCalls],
  ['forward, sets 48-79', later],
  ['forward, sets 50-78 (the evaluator\'s)', later.filter((c) => num(c.file) >= 50 && num(c.file) <= 78)],
];
const tally = (of: Call[], m: (c: Call) => boolean) => LABELS.map((l) => `${of.filter((c) => c.label === l && m(c)).length}/${of.filter((c) => c.label === l).length}`.padStart(9)).join('');
const short = (c: Call) => `${c.file.replace('calls-tuning-', 't').replace('.json', '')}:${c.id.slice(0, 24)}`;

function sigmoid(z: number) { return 1 / (1 + Math.exp(-z)); }
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const closingThanksOf = (c: Call) => (alertFeatures(c.language, c.turns, c.caller!, { ...ALERT_FEATURES, words: false, closingThanks: true }).get('#closingThanks') ?? 0);
/** Logistic regression on a few numbers (Newton-free gradient descent, standardised inputs). */
function fitSmall(rows: { x: number[]; y: number }[]) {
  const k = rows[0]!.x.length;
  const w = new Array<number>(k + 1).fill(0);
  for (let e = 0; e < 3000; e++) {
    const g = new Array<number>(k + 1).fill(0);
    for (const r of rows) {
      const err = (sigmoid(w[k]! + r.x.reduce((s, v, i) => s + v * w[i]!, 0)) - r.y) * (r.y ? 2 : 1);
      r.x.forEach((v, i) => (g[i]! += err * v));
      g[k]! += err;
    }
    for (let i = 0; i <= k; i++) w[i]! -= (0.5 * g[i]!) / rows.length;
  }
  return (x: number[]) => sigmoid(w[k]! + x.reduce((s, v, i) => s + v * w[i]!, 0));
}

if (process.argv.includes('--report') || process.argv.includes('--calib')) {
  const probs = new Map<string, Record<string, number>>();
  // --forward: the forward probabilities alone (fwd-NAME.json), for candidates whose folds are not done.
  const forward = process.argv.includes('--forward');
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'calls.json' && f.startsWith('fwd-') === forward).sort();
  for (const file of names) probs.set(file.replace(/^fwd-|\.json$/g, ''), JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
  const base = probs.get('shipped');
  if (!base) throw new Error('run --run=shipped first');
  if (process.argv.includes('--calib') && !forward) {
    // Calibration on the shipped model's probability: x = [logit p, end, closing thanks].
    const xOf = (c: Call) => [logit(base[key(c)]!), c.caller!.end, closingThanksOf(c)];
    const cal: Record<string, number> = {};
    for (const fold of FOLDS) {
      const fit = fitSmall(oofCalls.filter((c) => c.file !== fold).map((c) => ({ x: xOf(c), y: c.label === 'angry' ? 1 : 0 })));
      for (const c of oofCalls.filter((c) => c.file === fold)) cal[key(c)] = fit(xOf(c));
    }
    const fitAll = fitSmall(oofCalls.map((c) => ({ x: xOf(c), y: c.label === 'angry' ? 1 : 0 })));
    for (const c of later) cal[key(c)] = fitAll(xOf(c));
    probs.set('calib', cal);
  }
  const floors = [0.35, 0.4, 0.42, 0.45, 0.5];
  console.log('per label: angry worried neutral satisfied; "lost" = angry calls rules OR shipped model alert on and the candidate does not; floor 0.42 unless said');
  for (const [part, of] of parts.filter(([, of]) => !forward || of !== oofCalls)) {
    console.log(`\n== ${part}: ${of.length} calls; rules alone ${tally(of, rules)}`);
    for (const [name, p] of probs) {
      const auc = (() => {
        const a = of.filter((c) => c.label === 'angry'), b = of.filter((c) => c.label === 'neutral' || c.label === 'satisfied');
        let s = 0;
        for (const x of a) for (const y of b) s += p[key(x)]! > p[key(y)]! ? 1 : p[key(x)]! === p[key(y)]! ? 0.5 : 0;
        return s / (a.length * b.length);
      })();
      console.log(`${name.padEnd(14)} AUC ${auc.toFixed(3)}`);
      for (const floor of floors) {
        const alert = (c: Call) => rules(c) || p[key(c)]! > floor;
        const shippedAlert = (c: Call) => rules(c) || base[key(c)]! > ALERT_MODEL_FLOOR;
        const lost = of.filter((c) => c.label === 'angry' && shippedAlert(c) && !alert(c));
        const gained = of.filter((c) => c.label === 'angry' && !shippedAlert(c) && alert(c));
        const calmNew = of.filter((c) => (c.label === 'neutral' || c.label === 'satisfied') && !shippedAlert(c) && alert(c));
        console.log(
          `  ${floor.toFixed(2)} model ${tally(of, (c) => p[key(c)]! > floor)} | OR rules ${tally(of, alert)} | lost ${lost.length}${lost.length ? ` (${lost.map(short).join(', ')})` : ''} gained ${gained.length}; new calm ${calmNew.length}`,
        );
      }
    }
  }
  console.log('\nthe calls in question (shipped model alone alerting on a calm call, or an angry call the rules miss), p per variant:');
  console.log(`${''.padEnd(40)}${[...probs.keys()].map((n) => n.slice(0, 9).padStart(10)).join('')}`);
  for (const c of forward ? later : [...oofCalls, ...later])
    if ((c.label !== 'angry' && c.label !== 'worried' && !rules(c) && [...probs.values()].some((p) => p[key(c)]! > 0.4)) || (c.label === 'angry' && !rules(c)))
      console.log(`${short(c).padEnd(32)}${c.label.slice(0, 3)} ${c.caller!.end.toFixed(2).padStart(5)}${[...probs.values()].map((p) => p[key(c)]!.toFixed(3).padStart(10)).join('')}`);
}
