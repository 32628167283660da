/**
 * Sentiment round 33: the learned alert model retrained on the tuning sets up to 74 (round 32's left), checked as round 23
 * checked the shipped one, by leave-one-set-out cross-validation, against the shipped model (trained on sets 2 to 47).
 * Run with ALERT_TRAIN_LAST=74 (scripts/alert-data.ts); never reads a held-out set; set 75 is read only to measure.
 *   --run=DIR   one process: the model trained on 2–74 (DIR/model-2-74.tsv) and its probabilities on calls-tuning-75
 *               (DIR/set75.json), then the out-of-fold probabilities of calls-tuning-74 … -4, newest first (DIR/oof.json)
 *   --merge=DIR  per label, the retrained model out of fold against the shipped model (its own out-of-fold figures on
 *               4–47 from eval/alert-cv-round-32.txt, forward on 48–74), each alone and OR the rules; both models on
 *               calls-tuning-75, which neither saw.
 * Usage: ALERT_TRAIN_LAST=74 npx tsx --conditions=development libs/sentiment/eval/alert-retrain.ts --run=/tmp/s33 (then --merge=/tmp/s33)
 */
import type { Language, Segment, Transcript } from '@samtal/contracts';
import { redactDialogue } from '@samtal/redaction';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_ALERT_THRESHOLDS, callerModelInput } from '../src/call.js';
import { ALERT_FEATURES, ALERT_MODEL_FLOOR, TRAIN, alertFeatures, alertProbability, serialiseAlertModel, shippedAlertModel, trainAlertModel } from '../src/alert-model.js';
import { FOLDS, LABELS, TRAIN_LAST, readAllAlertCalls, type AlertCall, type EndLabel } from '../scripts/alert-data.js';

if (TRAIN_LAST !== 74) throw new Error('run with ALERT_TRAIN_LAST=74');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const t = DEFAULT_ALERT_THRESHOLDS;
interface Row { file: string; id: string; label: EndLabel; p: number; shipped: number; end: number; rules: boolean }

/** Set 75 read only to measure (never trained on), redacted as the product sees it. */
function set75(): AlertCall[] {
  const raw = JSON.parse(readFileSync(new URL('../../journal/eval/calls-tuning-75.json', import.meta.url), 'utf8')) as { id: string; language: Language; transcript: string[]; reference: { sentimentAtEnd: EndLabel } }[];
  return raw.map((call) => {
    const segments = call.transcript.map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
    });
    const redacted = redactDialogue(segments, { lang: call.language });
    const transcript: Transcript = { language: call.language, source: 'sidecar', segments: segments.map((s, i) => ({ ...s, text: redacted[i]!.text })) };
    return { file: 'calls-tuning-75.json', id: call.id, language: call.language, label: call.reference.sentimentAtEnd, transcript, ...callerModelInput(transcript) };
  });
}
const rowOf = (c: AlertCall, p: number, shipped: number): Row => ({ file: c.file, id: c.id, label: c.label, p, shipped, end: c.caller!.end, rules: c.caller!.end <= t.callerEndBelow || c.caller!.trend <= t.callerTrendBelow });

// --run=DIR: one process (reading and redacting the calls is most of the time): the model trained on 2–74 and set 75
// first, then the folds from the newest down, each written as it is done.
const dir = arg('run');
if (dir) {
  mkdirSync(dir, { recursive: true });
  let started = Date.now();
  const calls = readAllAlertCalls().filter((c) => c.caller !== null);
  const later = set75().filter((c) => c.caller !== null);
  console.log(`read ${calls.length} training calls and ${later.length} of set 75 in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const f = new Map([...calls, ...later].map((c) => [c, alertFeatures(c.language, c.turns, c.caller!, ALERT_FEATURES)]));
  const shipped = shippedAlertModel()!;
  started = Date.now();
  const full = trainAlertModel(calls.map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), TRAIN);
  const text = serialiseAlertModel({ ...full, floor: ALERT_MODEL_FLOOR }, [
    `Candidate (sentiment round 33, eval/alert-retrain.ts): trained on ${calls.length} calls (${calls.filter((c) => c.label === 'angry').length} angry): calls-tuning.json and the journal's calls-tuning-2 … -${TRAIN_LAST}.`,
    `Features ${JSON.stringify(ALERT_FEATURES)}; training ${JSON.stringify(TRAIN)}.`,
  ]);
  writeFileSync(`${dir}/model-2-74.tsv`, text);
  writeFileSync(`${dir}/set75.json`, JSON.stringify(later.map((c) => rowOf(c, alertProbability(full, f.get(c)!), alertProbability(shipped, f.get(c)!)))));
  console.log(`trained on 2–74 in ${((Date.now() - started) / 1000).toFixed(0)} s: ${text.length} bytes; set 75 written`);
  const rows: Row[] = [];
  for (const fold of [...FOLDS].reverse()) {
    started = Date.now();
    const model = trainAlertModel(calls.filter((c) => c.file !== fold).map((c) => ({ features: f.get(c)!, angry: c.label === 'angry' })), TRAIN);
    for (const c of calls.filter((c) => c.file === fold)) rows.push(rowOf(c, alertProbability(model, f.get(c)!), alertProbability(shipped, f.get(c)!)));
    writeFileSync(`${dir}/oof.json`, JSON.stringify(rows));
    console.log(`${fold} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

const merge = arg('merge');
if (merge) {
  const rows = JSON.parse(readFileSync(`${merge}/oof.json`, 'utf8')) as Row[];
  console.log(`folds done: ${[...new Set(rows.map((r) => r.file))].length} of ${FOLDS.length}`);
  // The shipped model's own out-of-fold probabilities on sets 4–47 (round 32's cross-validation, the same settings).
  const cv32 = new Map<string, number>();
  for (const line of readFileSync(new URL('alert-cv-round-32.txt', import.meta.url), 'utf8').split('\n')) {
    const m = line.match(/^\s+(calls-tuning-\d+)\s+(\S+)\s+\S+\s+p ([\d.]+)/);
    if (m) cv32.set(`${m[1]}.json ${m[2]}`, Number(m[3]));
  }
  const num = (file: string) => Number(file.match(/(\d+)\.json$/)![1]);
  const shippedP = (r: Row) => (num(r.file) <= 47 ? cv32.get(`${r.file} ${r.id}`) ?? cv32.get(`${r.file} ${r.id.slice(0, 28)}`) : r.shipped);
  const missing = rows.filter((r) => num(r.file) <= 47 && shippedP(r) === undefined);
  if (missing.length) console.log(`(${missing.length} calls of sets 4–47 not in alert-cv-round-32.txt: ${missing.slice(0, 3).map((r) => r.id).join(', ')} …)`);
  const tally = (of: Row[], m: (r: Row) => boolean) => LABELS.map((l) => `${of.filter((r) => r.label === l && m(r)).length}/${of.filter((r) => r.label === l).length}`.padStart(8)).join('');
  for (const [name, of] of [['sets 4–47', rows.filter((r) => num(r.file) <= 47)], ['sets 48–74', rows.filter((r) => num(r.file) >= 48)], ['sets 4–74', rows]] as const) {
    console.log(`\n${name}: ${of.length} calls; per label angry worried neutral satisfied (shipped: out of fold on 4–47, forward on 48–74; retrained: out of fold)`);
    console.log(`rules alone                                 ${tally(of, (r) => r.rules)}`);
    for (const floor of [0.35, 0.4, 0.42, 0.45, 0.5, 0.55, 0.6]) {
      console.log(`floor ${floor.toFixed(2)} shipped alone ${tally(of, (r) => (shippedP(r) ?? 0) > floor)} | OR rules ${tally(of, (r) => r.rules || (shippedP(r) ?? 0) > floor)}`);
      console.log(`           retrained alone ${tally(of, (r) => r.p > floor)} | OR rules ${tally(of, (r) => r.rules || r.p > floor)}`);
    }
  }
  const show = (r: Row) => `  ${r.file.replace('calls-tuning-', 't').replace('.json', '').padEnd(5)} ${r.id.slice(0, 50).padEnd(51)} ${r.label.padEnd(9)} shipped ${(shippedP(r) ?? NaN).toFixed(3)} retrained ${r.p.toFixed(3)} end ${r.end.toFixed(3).padStart(6)} rules ${r.rules ? 'ALERT' : '-'}`;
  console.log('\nnot angry with either p > 0.35, and angry calls the rules miss or with either p in 0.3..0.6:');
  for (const r of [...rows].sort((a, b) => b.p - a.p)) {
    const s = shippedP(r) ?? 0;
    if ((r.label !== 'angry' && (r.p > 0.35 || s > 0.35)) || (r.label === 'angry' && (!r.rules || (r.p > 0.3 && r.p < 0.6) || (s > 0.3 && s < 0.6)))) console.log(show(r));
  }
  {
    const set = JSON.parse(readFileSync(`${merge}/set75.json`, 'utf8')) as Row[];
    console.log(`\ncalls-tuning-75 (never trained on): ${set.length} calls`);
    console.log(`rules alone                                 ${tally(set, (r) => r.rules)}`);
    for (const floor of [0.4, 0.42, 0.45, 0.5]) {
      console.log(`floor ${floor.toFixed(2)} shipped alone ${tally(set, (r) => r.shipped > floor)} | OR rules ${tally(set, (r) => r.rules || r.shipped > floor)}`);
      console.log(`           retrained alone ${tally(set, (r) => r.p > floor)} | OR rules ${tally(set, (r) => r.rules || r.p > floor)}`);
    }
    for (const r of set) console.log(`  ${r.id.slice(0, 50).padEnd(51)} ${r.label.padEnd(9)} shipped ${r.shipped.toFixed(3)} retrained ${r.p.toFixed(3)} end ${r.end.toFixed(3).padStart(6)} rules ${r.rules ? 'ALERT' : '-'}`);
  }
}
