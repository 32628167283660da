/**
 * The learned alert model checked forward (sentiment round 23): trained on the training files (scripts/alert-data.ts,
 * tuning sets 2 to 47, as the shipped model) with the shipped feature settings and with each candidate's, then applied
 * to the tuning sets written since (48 to 63 in round 23; 48 to 79 since round 36), which none of them saw. Alerts per label at the floor, the model alone
 * and with the rules; --calls lists every later call whose probability moved across the floor or is over 0.3.
 * Usage: npx tsx --conditions=development libs/sentiment/eval/alert-forward.ts [--calls]
 */
import { DEFAULT_ALERT_THRESHOLDS } from '../src/call.js';
import { ALERT_FEATURES, ALERT_MODEL_FLOOR, TRAIN, alertFeatures, alertProbability, trainAlertModel, type AlertFeatureOptions } from '../src/alert-model.js';
import { LABELS, LATER_FILES, readAlertCalls, readAllAlertCalls, type AlertCall } from '../scripts/alert-data.js';

const train = readAllAlertCalls().filter((c) => c.caller !== null);
const later = LATER_FILES.flatMap((f) => readAlertCalls(f, true)).filter((c) => c.caller !== null);
const t = DEFAULT_ALERT_THRESHOLDS;
const rules = (c: AlertCall) => c.caller!.end <= t.callerEndBelow || c.caller!.trend <= t.callerTrendBelow;
const settings: [string, AlertFeatureOptions][] = [
  ['shipped', ALERT_FEATURES],
  ['A: courtesy words left out', { ...ALERT_FEATURES, dropCourtesy: true }],
  ['B: closing thanks, last turn only', { ...ALERT_FEATURES, thanksLastTurns: 1 }],
  ['B2: closing thanks, last 2 turns', { ...ALERT_FEATURES, thanksLastTurns: 2 }],
  // Sentiment round 36's candidates (eval/alert-round36.ts): function words left out, the rules' end and trend, the closing thanks.
  ['C: function words dropped', { ...ALERT_FEATURES, stopWords: 'drop' }],
  ['C2: function words, single words only', { ...ALERT_FEATURES, stopWords: 'unigrams' }],
  ['D: the rules\' end and trend', { ...ALERT_FEATURES, rulesEnd: true }],
  ['E: closing thanks or goodbye', { ...ALERT_FEATURES, closingThanks: true }],
];
const probs = settings.map(([name, fo]) => {
  const model = trainAlertModel(train.map((c) => ({ features: alertFeatures(c.language, c.turns, c.caller!, fo), angry: c.label === 'angry' })), TRAIN);
  return [name, new Map(later.map((c) => [c, alertProbability(model, alertFeatures(c.language, c.turns, c.caller!, fo))]))] as const;
});
const tally = (m: (c: AlertCall) => boolean, of: AlertCall[]) => LABELS.map((l) => `${of.filter((c) => c.label === l && m(c)).length}/${of.filter((c) => c.label === l).length}`).join(' ');
console.log(`trained on ${train.length} calls (tuning 2–47); applied to ${later.length} calls of tuning ${LATER_FILES[0]!.match(/\d+/)![0]}–${LATER_FILES.at(-1)!.match(/\d+/)![0]}; floor ${ALERT_MODEL_FLOOR}`);
console.log('alerts per label (angry worried neutral satisfied)');
for (const [name, p] of probs) {
  const calm = later.filter((c) => c.label === 'satisfied');
  console.log(
    `${name.padEnd(36)} model ${tally((c) => p.get(c)! > ALERT_MODEL_FLOOR, later).padEnd(24)} rules OR model ${tally((c) => rules(c) || p.get(c)! > ALERT_MODEL_FLOOR, later).padEnd(24)} highest satisfied ${Math.max(...calm.map((c) => p.get(c)!)).toFixed(3)}`,
  );
}
console.log(`${'rules alone'.padEnd(36)} ${tally(rules, later)}`);
if (process.argv.includes('--calls')) {
  const base = probs[0]![1];
  for (const c of later) {
    const ps = probs.map(([, p]) => p.get(c)!);
    const crosses = ps.some((q) => q > ALERT_MODEL_FLOOR) !== ps.every((q) => q > ALERT_MODEL_FLOOR);
    if (crosses || ps.some((q) => q > 0.3) || c.file === 'calls-tuning-63.json')
      console.log(`  ${c.id.slice(0, 60).padEnd(60)} ${c.label.padEnd(9)} rules ${rules(c) ? 'ALERT' : '-    '} p ${ps.map((q) => q.toFixed(3)).join(' ')}${crosses ? '  <- crosses' : ''}${base.get(c)! > ALERT_MODEL_FLOOR ? '' : ''}`);
  }
}
