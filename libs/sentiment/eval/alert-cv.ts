/**
 * Leave-one-set-out cross-validation of the learned alert model (src/alert-model.ts) against the rules.
 * For each blind tuning set (calls-tuning-4 … -47) the model is trained on all the other training files
 * (scripts/alert-data.ts: eval/calls-tuning.json and the journal's tuning sets; never a held-out set) and every
 * method's alerts are counted per label on the set left out: (a) today's rules (alertsFor with the default
 * thresholds), (b) the model alone at a floor, (c) rules OR model.
 * Usage: npx tsx --conditions=development libs/sentiment/eval/alert-cv.ts [--search] [--floors] [--blind-rules] [--calls]
 *   --search: the model's feature and training settings (out-of-fold ranking figures);
 *   --floors: every floor's alerts per label over all folds;
 *   --blind-rules: also the rules as they were when each fold was first run (eval/blind-rules.sh extracts them);
 *   --calls: every fold call's out-of-fold probability (ids and labels only).
 */
import { DEFAULT_ALERT_THRESHOLDS, scoreCall } from '../src/call.js';
import type { CallerTrajectory } from '@samtal/contracts';
import { ALERT_FEATURES, TRAIN, alertFeatures, alertProbability, trainAlertModel, type AlertFeatureOptions, type ModelTurn, type TrainOptions } from '../src/alert-model.js';
import { FOLDS, LABELS, readAllAlertCalls, type AlertCall } from '../scripts/alert-data.js';
import { readFileSync } from 'node:fs';

/** --features={"dropCourtesy":true}: settings laid over ALERT_FEATURES for the shipped-settings run (round 23 candidates). */
const overrides = JSON.parse(process.argv.find((a) => a.startsWith('--features='))?.slice(11) ?? '{}') as Partial<AlertFeatureOptions>;
const FEATURES: AlertFeatureOptions = { ...ALERT_FEATURES, ...overrides };
const calls = readAllAlertCalls().filter((c) => c.caller !== null);
const t = DEFAULT_ALERT_THRESHOLDS;
const rules = new Map(calls.map((c) => [c, c.caller!.end <= t.callerEndBelow || c.caller!.trend <= t.callerTrendBelow]));

/** Out-of-fold probabilities of every fold call. */
function outOfFold(features: AlertFeatureOptions, train: TrainOptions): Map<AlertCall, number> {
  const f = new Map(calls.map((c) => [c, alertFeatures(c.language, c.turns, c.caller!, features)]));
  const p = new Map<AlertCall, number>();
  for (const fold of FOLDS) {
    const model = trainAlertModel(calls.filter((c) => c.file !== fold).map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), train);
    for (const c of calls.filter((c) => c.file === fold)) p.set(c, alertProbability(model, f.get(c)!));
  }
  return p;
}

const foldCalls = calls.filter((c) => (FOLDS as readonly string[]).includes(c.file));
/** Angry calls caught at the floor just under the lowest satisfied call's probability (the best the model could do with no satisfied alert), and the AUC of angry vs satisfied+neutral. */
function ranking(p: Map<AlertCall, number>) {
  const maxSatisfied = Math.max(...foldCalls.filter((c) => c.label === 'satisfied').map((c) => p.get(c)!));
  const angry = foldCalls.filter((c) => c.label === 'angry');
  const calm = foldCalls.filter((c) => c.label === 'satisfied' || c.label === 'neutral');
  let pairs = 0;
  for (const a of angry) for (const b of calm) pairs += p.get(a)! > p.get(b)! ? 1 : p.get(a)! === p.get(b)! ? 0.5 : 0;
  const caught = angry.filter((c) => p.get(c)! > maxSatisfied);
  const extra = caught.filter((c) => !rules.get(c)).length;
  return { maxSatisfied, caught: caught.length, extra, angry: angry.length, auc: pairs / (angry.length * calm.length) };
}

function searchGrid(): [string, AlertFeatureOptions, TrainOptions][] {
  const grid: [string, AlertFeatureOptions, TrainOptions][] = [];
  for (const [fname, fo] of [
    ['numbers only', { ...ALERT_FEATURES, words: false }],
    ['words only, last 3, pairs', { ...ALERT_FEATURES, numbers: false }],
    ['numbers+words last 2', { ...ALERT_FEATURES, lastTurns: 2 }],
    ['numbers+words last 3', { ...ALERT_FEATURES, lastTurns: 3 }],
    ['numbers+words last 4', { ...ALERT_FEATURES, lastTurns: 4 }],
    ['numbers+words last 3, no pairs', { ...ALERT_FEATURES, bigrams: false }],
  ] as [string, AlertFeatureOptions][])
    for (const l2 of [0.001, 0.01, 0.05]) grid.push([`${fname}, l2 ${l2}`, fo, { ...TRAIN, l2 }]);
  return grid;
}

if (process.argv.includes('--search') && !process.argv.includes('--blind-only')) {
  const grid = searchGrid();
  console.log('settings                                          AUC   max p(satisfied)  angry over it (of which rules miss)');
  for (const [name, fo, to] of grid) {
    const r = ranking(outOfFold(fo, to));
    console.log(`${name.padEnd(48)} ${r.auc.toFixed(3)}  ${r.maxSatisfied.toFixed(3).padStart(8)}          ${r.caught}/${r.angry} (${r.extra})`);
  }
}

const p = outOfFold(FEATURES, TRAIN);
const r = ranking(p);
console.log(`\nshipped settings: ${JSON.stringify(ALERT_FEATURES)} ${JSON.stringify(TRAIN)}; run with ${JSON.stringify(FEATURES)}`);
console.log(`out-of-fold AUC (angry vs neutral+satisfied) ${r.auc.toFixed(3)}; highest satisfied probability ${r.maxSatisfied.toFixed(3)}`);

type Method = (c: AlertCall) => boolean;
const tally = (method: Method, of: AlertCall[]) =>
  LABELS.map((label) => {
    const l = of.filter((c) => c.label === label);
    return `${l.filter(method).length}/${l.length}`;
  });

if (process.argv.includes('--floors')) {
  console.log('\nfloor   model alone: angry worried neutral satisfied | rules OR model: angry worried neutral satisfied');
  for (let f = 0.05; f < 0.999; f += 0.05) {
    const floor = Math.round(f * 100) / 100;
    const m = tally((c) => p.get(c)! > floor, foldCalls);
    const o = tally((c) => rules.get(c)! || p.get(c)! > floor, foldCalls);
    console.log(`${floor.toFixed(2)}    ${m.map((x) => x.padStart(7)).join('')}   | ${o.map((x) => x.padStart(7)).join('')}`);
  }
  // Round 32: the floors between 0.40 and 0.45, and the rules' end vetoing the model at 0.40 (a clearly positive end).
  for (const floor of [0.41, 0.42, 0.43, 0.44]) {
    const m = tally((c) => p.get(c)! > floor, foldCalls);
    const o = tally((c) => rules.get(c)! || p.get(c)! > floor, foldCalls);
    console.log(`${floor.toFixed(2)}    ${m.map((x) => x.padStart(7)).join('')}   | ${o.map((x) => x.padStart(7)).join('')}`);
  }
  console.log('\nveto: rules OR (model p>0.40 unless the rules\' end is at or above the veto): angry worried neutral satisfied');
  for (const veto of [0.459, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const o = tally((c) => rules.get(c)! || (p.get(c)! > 0.4 && c.caller!.end < veto), foldCalls);
    console.log(`${veto.toFixed(3)}   ${o.map((x) => x.padStart(7)).join('')}`);
  }
}

const floor = Number(process.argv.find((a) => a.startsWith('--floor='))?.slice(8) ?? readFloor());
function readFloor(): number {
  try {
    const line = readFileSync(new URL('../data/alert-model.tsv', import.meta.url), 'utf8').split('\n').find((l) => l.startsWith('floor\t'));
    return Number(line!.split('\t')[1]);
  } catch {
    return 0.5;
  }
}

/**
 * --blind-rules: the rules as they were when each fold was first run. The model's numbers come from the rules, so in
 * this simulation the model of fold k is trained and applied with the features the fold-k rules give (on every call),
 * and combined with those rules: what shipping the model at that time would have caught on the next blind set.
 */
type OldModule = {
  scoreCall: typeof scoreCall;
  scoreUtterance: (text: string, language: AlertCall['language']) => { score: number; complaints?: string[]; anger?: string[] };
};
const blind = new Map<AlertCall, boolean>();
const blindP = new Map<AlertCall, number>();
const blindInputs = new Map<string, Map<AlertCall, { turns: ModelTurn[]; caller: CallerTrajectory }>>();
function blindOutOfFold(features: AlertFeatureOptions, train: TrainOptions): Map<AlertCall, number> {
  const p = new Map<AlertCall, number>();
  for (const fold of FOLDS) {
    const inputs = blindInputs.get(fold)!;
    const f = new Map(calls.map((c) => [c, alertFeatures(c.language, inputs.get(c)!.turns, inputs.get(c)!.caller, features)]));
    const model = trainAlertModel(calls.filter((c) => c.file !== fold).map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), train);
    for (const c of calls.filter((c) => c.file === fold)) p.set(c, alertProbability(model, f.get(c)!));
  }
  return p;
}
if (process.argv.includes('--blind-rules')) {
  for (const fold of FOLDS) {
    const name = fold.replace(/^calls-|\.json$/g, '');
    const old = (await import(`./.blind-rules/${name}/src/index.ts`)) as OldModule;
    const inputs = new Map<AlertCall, { turns: ModelTurn[]; caller: CallerTrajectory }>();
    for (const c of calls) {
      const result = old.scoreCall(c.transcript);
      const turns = c.transcript.segments
        .filter((s) => s.speaker === 'caller' && s.text.trim())
        .map((s) => {
          const u = old.scoreUtterance(s.text, c.language);
          const n = s.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
          return { text: s.text, score: u.score, substantive: u.score !== 0 || n >= 4, complaints: u.complaints?.length ?? 0, anger: u.anger?.length ?? 0 };
        });
      if (c.file === fold) blind.set(c, result.alerts.length > 0);
      inputs.set(c, { turns, caller: result.caller! });
    }
    blindInputs.set(fold, inputs);
  }
  for (const [c, q] of blindOutOfFold(ALERT_FEATURES, TRAIN)) blindP.set(c, q);
  if (process.argv.includes('--search')) {
    console.log('\nwith the blind rules: settings                    AUC   max p(satisfied)  angry over it  angry over every neutral+satisfied (of which blind rules miss)');
    for (const [name, fo, to] of searchGrid()) {
      const q = blindOutOfFold(fo, to);
      const r = ranking(q);
      const calm = Math.max(...foldCalls.filter((c) => c.label === 'neutral' || c.label === 'satisfied').map((c) => q.get(c)!));
      const over = foldCalls.filter((c) => c.label === 'angry' && q.get(c)! > calm);
      console.log(`${name.padEnd(48)} ${r.auc.toFixed(3)}  ${r.maxSatisfied.toFixed(3).padStart(8)}          ${r.caught}/${r.angry}        ${over.length}/${r.angry} (${over.filter((c) => !blind.get(c)).length})`);
    }
  }
  const rb = ranking(blindP);
  console.log(`\nblind rules' features: out-of-fold AUC ${rb.auc.toFixed(3)}; highest satisfied probability ${rb.maxSatisfied.toFixed(3)}`);
  console.log('floor   blind model alone: angry worried neutral satisfied | blind rules OR blind model: angry worried neutral satisfied');
  for (let f = 0.05; f < 0.999; f += 0.05) {
    const fl = Math.round(f * 100) / 100;
    const m = tally((c) => blindP.get(c)! > fl, foldCalls);
    const o = tally((c) => blind.get(c)! || blindP.get(c)! > fl, foldCalls);
    console.log(`${fl.toFixed(2)}    ${m.map((x) => x.padStart(7)).join('')}   | ${o.map((x) => x.padStart(7)).join('')}`);
  }
}

const methods: [string, Method][] = [
  ['(a) rules (today)', (c) => rules.get(c)!],
  [`(b) model p>${floor}`, (c) => p.get(c)! > floor],
  [`(c) rules OR model`, (c) => rules.get(c)! || p.get(c)! > floor],
  ...(blind.size
    ? ([
        ["(a') blind rules", (c) => blind.get(c)!],
        [`(b') blind model p>${floor}`, (c) => blindP.get(c)! > floor],
        ["(c') blind rules OR (b')", (c) => blind.get(c)! || blindP.get(c)! > floor],
      ] as [string, Method][])
    : []),
];
console.log(`\nalerts per label (angry, worried, neutral, satisfied), floor ${floor}`);
console.log(`${'fold'.padEnd(22)}${methods.map(([n]) => n.padEnd(24)).join('')}`);
for (const fold of [...FOLDS, 'all folds']) {
  const of = fold === 'all folds' ? foldCalls : foldCalls.filter((c) => c.file === fold);
  console.log(`${fold.replace('.json', '').padEnd(22)}${methods.map(([, m]) => tally(m, of).join(' ').padEnd(24)).join('')}`);
}

if (process.argv.includes('--calls'))
  for (const c of [...foldCalls].sort((a, b) => p.get(b)! - p.get(a)!))
    console.log(
      `  ${c.file.replace('.json', '').padEnd(16)} ${c.id.padEnd(28)} ${c.label.padEnd(9)} p ${p.get(c)!.toFixed(3)} end ${c.caller!.end.toFixed(3)} rules ${rules.get(c) ? 'ALERT' : '-'}` +
        (blind.size ? `  blind p ${blindP.get(c)!.toFixed(3)} blind rules ${blind.get(c) ? 'ALERT' : '-'}` : ''),
    );
