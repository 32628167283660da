/**
 * Leave-one-set-out cross-validation of the learned topic model against the rules.
 * For each blind tuning set (calls-tuning-4 … -8) the model is trained on all the other training files
 * (scripts/topic-data.ts: the development and tuning sets; never a held-out set) and every method's topic
 * accuracy is measured on the set left out.
 * Usage: npx tsx --conditions=development libs/journal/eval/topic-cv.ts [--calls] [--search] [--blind-rules]
 *        (--blind-rules after libs/journal/eval/blind-rules.sh)
 */
import { defaultTaxonomy, draftJournal, topicEvidence } from '../src/index.js';
import { FEATURES, scoreTopics, topicFeatures, trainTopicModel, type FeatureOptions } from '../src/topic-model.js';
import { FOLDS, readTopicCalls, TRAINING_FILES, type TopicCall } from '../scripts/topic-data.js';

const calls = TRAINING_FILES.flatMap((f) => readTopicCalls(f));
// The rules alone (today's code): the topic the extractive draft carries.
const rules = new Map(
  calls.map((c) => {
    const topic = draftJournal(c.transcript, { callDate: c.callDate, topicModel: false }).topic;
    return [c, { key: topic.key, cued: topic.cues.length > 0 }];
  }),
);

/** --search: the model alone under other feature settings and smoothing (the CV mean; the shipped settings are chosen by it). */
if (process.argv.includes('--search')) {
  const grid: [string, Partial<FeatureOptions>, number, number][] = [];
  for (const [agent, caller, callerFirst] of [[1, 1, 1], [1, 2, 4], [1, 2, 2], [1, 3, 6], [0, 1, 2], [1, 1, 3]] as const)
    for (const stem of [0, 6])
      for (const bigrams of [false, true])
        for (const scale of [50, 1e9])
          grid.push([`a${agent} c${caller} c1st${callerFirst} stem${stem} bi${bigrams ? 1 : 0} scale${scale}`, { agent, caller, callerFirst, stem, bigrams }, 0.1, scale]);
  for (const [name, options] of [['alpha 0.5', {}], ['alpha 1', {}]] as const) grid.push([name, options, name === 'alpha 1' ? 1 : 0.5, 50]);
  for (const [name, options, alpha, scale] of grid) {
    const f = new Map(calls.map((c) => [c, topicFeatures(c.utterances, { ...FEATURES, ...options })]));
    const perFold = FOLDS.map((fold) => {
      const model = trainTopicModel(calls.filter((c) => c.file !== fold).map((c) => ({ topic: c.topic, features: f.get(c)! })));
      const inFold = calls.filter((c) => c.file === fold);
      return inFold.filter((c) => scoreTopics(model, f.get(c)!, scale, alpha)[0]!.key === c.topic).length / inFold.length;
    });
    console.log(`${name.padEnd(44)}${perFold.map((x) => x.toFixed(3).padStart(7)).join('')}  mean ${(perFold.reduce((a, b) => a + b, 0) / perFold.length).toFixed(3)}`);
  }
}
const features = new Map(calls.map((c) => [c, topicFeatures(c.utterances)]));

/**
 * --blind-rules: the rules as they were when each fold was first run, before a round tuned on it (eval/blind-rules.sh
 * extracts them): today's rules were refined on every fold, so their figures and the combinations' are optimistic.
 */
const blind = new Map<TopicCall, { key: string; cued: boolean }>();
if (process.argv.includes('--blind-rules')) {
  for (const fold of FOLDS) {
    const name = fold.replace(/^calls-|\.json$/g, '');
    const old = (await import(`./.blind-rules/${name}/src/index.ts`)) as { draftJournal: typeof draftJournal };
    for (const c of calls.filter((c) => c.file === fold)) {
      const topic = old.draftJournal(c.transcript, { callDate: c.callDate }).topic;
      blind.set(c, { key: topic.key, cued: topic.cues.length > 0 });
    }
  }
}

/** evidence: the model's best topic is named in the dialogue (one of its names or cues, `topicEvidence`). */
type Prediction = { rules: string; cued: boolean; model: { key: string; p: number }[]; evidence: boolean };
const predictions = new Map<TopicCall, Prediction>();
const blindPredictions = new Map<TopicCall, Prediction>();
for (const fold of FOLDS) {
  const model = trainTopicModel(calls.filter((c) => c.file !== fold).map((c) => ({ topic: c.topic, features: features.get(c)! })));
  for (const c of calls.filter((c) => c.file === fold)) {
    const scored = scoreTopics(model, features.get(c)!);
    const evidence = topicEvidence(c.utterances, scored[0]!.key, c.language, defaultTaxonomy()).cues.length > 0;
    predictions.set(c, { rules: rules.get(c)!.key, cued: rules.get(c)!.cued, model: scored, evidence });
    const b = blind.get(c);
    if (b) blindPredictions.set(c, { rules: b.key, cued: b.cued, model: scored, evidence });
  }
}

const FLOORS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999, 0.9999];
const methods: Record<string, (p: Prediction) => string> = {
  rules: (p) => p.rules,
  model: (p) => p.model[0]!.key,
  'model if rules other/no cue': (p) => (p.rules === 'other' || !p.cued ? p.model[0]!.key : p.rules),
  'rules if other, else model': (p) => (p.rules === 'other' ? 'other' : p.model[0]!.key),
  ...Object.fromEntries(FLOORS.map((floor) => [`model if p>=${floor}`, (p: Prediction) => (p.model[0]!.p >= floor ? p.model[0]!.key : p.rules)])),
  // The model overrules the rules only towards a topic the dialogue names (never towards "other", which has no cues).
  ...Object.fromEntries(
    FLOORS.map((floor) => [`named topic if p>=${floor}`, (p: Prediction) => (p.model[0]!.p >= floor && p.evidence ? p.model[0]!.key : p.rules)]),
  ),
};

const tableOf = (of: Map<TopicCall, Prediction>) =>
  Object.entries(methods).map(([name, decide]) => {
    const perFold = FOLDS.map((fold) => {
      const inFold = calls.filter((c) => c.file === fold);
      return inFold.filter((c) => decide(of.get(c)!) === c.topic).length / inFold.length;
    });
    return { name, perFold, mean: perFold.reduce((a, b) => a + b, 0) / perFold.length };
  });
const head = FOLDS.map((f) => f.replace(/^calls-|\.json$/g, '').padStart(9));
for (const [title, of] of [
  ["with today's rules (refined on every fold: the rules' figures and the combinations' are optimistic)", predictions],
  ...(blind.size ? ([['with the rules as they were before each fold was tuned on (blind)', blindPredictions]] as const) : []),
] as const) {
  console.log(`\n${title}\n${'method'.padEnd(30)}${head.join('')}     mean`);
  for (const r of tableOf(of)) console.log(`${r.name.padEnd(30)}${r.perFold.map((x) => x.toFixed(3).padStart(9)).join('')}${r.mean.toFixed(3).padStart(9)}`);
}
console.log(`\ncalls per fold: ${FOLDS.map((f) => calls.filter((c) => c.file === f).length).join(', ')}`);

if (process.argv.includes('--calls')) {
  for (const c of calls.filter((c) => predictions.has(c))) {
    const p = predictions.get(c)!;
    console.log(`  ${c.id.padEnd(42)} ref ${c.topic.padEnd(26)} rules ${p.rules.padEnd(26)} blind ${(blind.get(c)?.key ?? '-').padEnd(26)} model ${p.model[0]!.key.padEnd(26)} ${p.model[0]!.p.toFixed(2)}`);
  }
}
