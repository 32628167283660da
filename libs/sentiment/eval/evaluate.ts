/**
 * Sentiment evaluation: labels every utterance of utterances.tsv (the set the lexicon
 * corrections were made against) and heldout.tsv (written afterwards, never tuned on) and
 * prints accuracy and macro-F1 over negative/neutral/positive, per language and overall.
 * Then scores the whole calls of calls-tuning.json (labelled by how the caller ends: angry,
 * worried, neutral, satisfied) and prints which get an alert with the default thresholds, and
 * the thresholds that separate them best (the alert thresholds were calibrated on this set).
 * Then the journal's tuning sets (calls-tuning-2.json to calls-tuning-8.json and, since round 14, 50 to 52; those present), whose calls carry the same labels;
 * the alert figures per set and for all together. Last, the journal's development calls (calls-sv.json, calls-en.json),
 * which carry no sentiment label: which of them alert, and on what.
 * Since sentiment round 35 every call is scored as the product scores it (libs/pipeline's draft.ts): redacted first,
 * and an alert is any of scoreCall's alerts, the learned model's callerSoundsAngry included; the rules alone are
 * printed beside it ("rules alone"), as every round before 35 reported them.
 * Usage: npm run eval:sentiment [-- --errors] [-- --no-heldout] [-- --only=calls-tuning-5.json]   (--errors lists the
 *        misclassified utterances; --no-heldout leaves heldout.tsv out while tuning; --only scores one set's calls alone)
 */
import { LanguageSchema, SentimentLabelSchema, type Language, type SentimentLabel } from '@samtal/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { redactDialogue } from '@samtal/redaction';
import { DEFAULT_ALERT_THRESHOLDS, scoreCall, scoreUtterance, type AlertThresholds } from '../src/index.js';

interface Example {
  language: Language;
  expected: SentimentLabel;
  speaker: string;
  text: string;
}

const read = (file: string): Example[] =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [language, expected, speaker, text] = line.split('\t');
      return {
        language: LanguageSchema.parse(language),
        expected: SentimentLabelSchema.parse(expected),
        speaker: speaker!,
        text: text!,
      };
    });

const LABELS = SentimentLabelSchema.options;
type Result = Example & { predicted: ReturnType<typeof scoreUtterance> };
const label = (examples: Example[]): Result[] =>
  examples.map((e) => ({
    ...e,
    predicted: scoreUtterance(e.text, e.language),
  }));

function report(name: string, rows: Result[]): void {
  const correct = rows.filter((r) => r.predicted.label === r.expected).length;
  const f1s = LABELS.map((label) => {
    const tp = rows.filter((r) => r.predicted.label === label && r.expected === label).length;
    const predicted = rows.filter((r) => r.predicted.label === label).length;
    const actual = rows.filter((r) => r.expected === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return {
      label,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  });
  const macroF1 = f1s.reduce((sum, f) => sum + f.f1, 0) / f1s.length;
  console.log(
    `${name.padEnd(8)} n=${String(rows.length).padEnd(4)} accuracy ${(correct / rows.length).toFixed(3)}  macro-F1 ${macroF1.toFixed(3)}  ` +
      f1s.map((f) => `${f.label} P ${f.precision.toFixed(2)} R ${f.recall.toFixed(2)} F1 ${f.f1.toFixed(2)}`).join(' | '),
  );
}

const sets = [
  { name: 'utterances.tsv (tuned on)', results: label(read('utterances.tsv')) },
  // --no-heldout: tuning; the held-out utterances are not even read.
  ...(process.argv.includes('--no-heldout') ? [] : [{ name: 'heldout.tsv (never tuned on)', results: label(read('heldout.tsv')) }]),
];
for (const { name, results } of sets) {
  console.log(`\n${name}: ${results.length} labelled utterances`);
  for (const language of LanguageSchema.options)
    report(
      language,
      results.filter((r) => r.language === language),
    );
  report('all', results);
  console.log('  confusion (rows: expected; columns: predicted negative, neutral, positive)');
  for (const expected of LABELS) {
    const counts = LABELS.map((p) => results.filter((r) => r.expected === expected && r.predicted.label === p).length);
    console.log(`    ${expected.padEnd(9)} ${counts.map((c) => String(c).padStart(4)).join('')}`);
  }
  if (process.argv.includes('--errors')) {
    for (const r of results.filter((r) => r.predicted.label !== r.expected)) {
      console.log(
        `    [${r.language}] expected ${r.expected}, got ${r.predicted.label} (${r.predicted.score}; ` +
          `${r.predicted.words.join(', ') || 'no lexicon words'}): ${r.text}`,
      );
    }
  }
}

// ---- Whole calls: alerts ------------------------------------------------------------------

const CallSchema = z.object({
  id: z.string(),
  language: LanguageSchema,
  label: z.enum(['angry', 'worried', 'neutral', 'satisfied']),
  transcript: z.array(z.string().regex(/^(agent|caller): /)),
});
/** The journal's tuning sets label their calls too (reference.sentimentAtEnd); the alert is calibrated on all of them. */
const JournalCallSchema = CallSchema.omit({ label: true }).extend({
  reference: z.object({ sentimentAtEnd: CallSchema.shape.label }),
});
const journalCalls = (file: string) =>
  z
    .array(JournalCallSchema)
    .parse(JSON.parse(readFileSync(new URL(`../../journal/eval/${file}`, import.meta.url), 'utf8')))
    .map((c) => ({ id: c.id, language: c.language, label: c.reference.sentimentAtEnd, transcript: c.transcript, set: file }));
const TUNING_SETS = ['calls-tuning-2.json', 'calls-tuning-3.json', 'calls-tuning-4.json', 'calls-tuning-5.json', 'calls-tuning-6.json', 'calls-tuning-7.json', 'calls-tuning-8.json',
  // Round 14: the newest blind sets, tuned on in round 14.
  'calls-tuning-50.json', 'calls-tuning-51.json', 'calls-tuning-52.json',
  // Round 15: the blind set written for drafting round 61.
  'calls-tuning-53.json',
  // The blind set written for drafting round 62 (calibration only; no sentiment round was tuned on it).
  'calls-tuning-54.json',
  // Round 16: the blind set written for drafting round 63.
  'calls-tuning-55.json',
  // Round 17: the blind set written for drafting round 64.
  'calls-tuning-56.json',
  // Round 18: the blind set written for drafting round 65.
  'calls-tuning-57.json',
  // The blind set written for drafting round 66 (calibration only: its first run had no wrong alert).
  'calls-tuning-58.json',
  // Round 19: the blind set written for drafting round 67.
  'calls-tuning-59.json',
  // The blind set written for drafting round 68.
  'calls-tuning-60.json',
  // The blind set written for drafting round 69.
  'calls-tuning-61.json',
  // The blind set written for drafting round 70.
  'calls-tuning-62.json',
  // The blind set written for drafting round 71.
  'calls-tuning-63.json',
  // The blind set written for drafting round 72.
  'calls-tuning-64.json',
  // The blind set written for drafting round 73.
  'calls-tuning-65.json',
  // The blind set written for drafting round 74.
  'calls-tuning-66.json',
  // The blind set written for drafting round 76.
  'calls-tuning-67.json',
  // The blind set written for drafting round 77.
  'calls-tuning-68.json',
  // The blind set written for drafting round 79.
  'calls-tuning-69.json',
  // The blind set written for drafting round 80.
  'calls-tuning-70.json',
  // The blind set written for drafting round 81.
  'calls-tuning-71.json',
  // The blind set written for drafting round 82.
  'calls-tuning-72.json',
  // The blind set written for drafting round 83.
  'calls-tuning-73.json',
  // The blind set written for drafting round 84.
  'calls-tuning-74.json',
  // The blind set written for drafting round 85.
  'calls-tuning-75.json',
  // The blind set written for drafting round 86.
  'calls-tuning-76.json',
  // The blind set written for drafting round 87.
  'calls-tuning-77.json',
  // The blind set written for drafting round 88.
  'calls-tuning-78.json',
  // The blind set written for drafting round 89.
  'calls-tuning-79.json',
  // The blind set written for drafting round 90.
  'calls-tuning-80.json',
  // The blind set written for drafting round 91.
  'calls-tuning-81.json',
  // The blind set written for drafting round 92.
  'calls-tuning-82.json',
  // The blind set written for drafting round 93.
  'calls-tuning-83.json',
  // The blind set written for drafting round 94.
  'calls-tuning-84.json',
  // The blind set written for drafting round 96.
  'calls-tuning-85.json',
  // The blind set written for drafting round 97.
  'calls-tuning-86.json',
  // The blind set written for drafting round 98.
  'calls-tuning-87.json'];
// --only=calls-tuning-5.json: that set alone (a blind set's first run, before anything is tuned on it).
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const allCalls = [
  ...z
    .array(CallSchema)
    .parse(JSON.parse(readFileSync(new URL('calls-tuning.json', import.meta.url), 'utf8')))
    .map((c) => ({ ...c, set: 'calls-tuning.json' })),
  ...TUNING_SETS.filter((file) => existsSync(new URL(`../../journal/eval/${file}`, import.meta.url))).flatMap(journalCalls),
];
const calls = only ? allCalls.filter((c) => c.set === only) : allCalls;
/** As the product scores a call (libs/pipeline/src/draft.ts): the transcript redacted first, the learned model on. */
const scoreOne = (call: { language: Language; transcript: string[] }, thresholds: AlertThresholds) => {
  const segments = call.transcript.map((line, index) => {
    const [speaker, ...text] = line.split(': ');
    return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
  });
  const redacted = redactDialogue(segments, { lang: call.language });
  return scoreCall(
    { language: call.language, source: 'sidecar', segments: segments.map((s, i) => ({ ...s, text: redacted[i]!.text })) },
    { alerts: thresholds },
  );
};
// Scored once; a threshold only decides which of them alert (as alertsFor in call.ts does), so the
// sweep below can step by 0.01.
const results = calls.map((call) => ({ call, result: scoreOne(call, DEFAULT_ALERT_THRESHOLDS) }));
const modelAlert = (result: (typeof results)[number]['result']) => result.alerts.find((a) => a.kind === 'callerSoundsAngry');
const rulesAlert = (result: (typeof results)[number]['result'], thresholds: AlertThresholds) =>
  result.caller !== null && (result.caller.end <= thresholds.callerEndBelow || result.caller.trend <= thresholds.callerTrendBelow);
/** The product's alert: the rules at these thresholds or the learned model (`rulesOnly`: the rules alone, as before round 35). */
const scored = (thresholds: AlertThresholds, rulesOnly = false) =>
  results.map(({ call, result }) => ({
    call,
    result,
    alerted: rulesAlert(result, thresholds) || (!rulesOnly && modelAlert(result) !== undefined),
  }));
/** Angry calls must alert, satisfied ones must not; worried calls may, neutral ones should not. */
const cost = (rows: ReturnType<typeof scored>) =>
  rows.reduce(
    (sum, r) =>
      sum +
      (r.call.label === 'angry' && !r.alerted ? 3 : 0) +
      (r.call.label === 'satisfied' && r.alerted ? 3 : 0) +
      (r.call.label === 'neutral' && r.alerted ? 1 : 0),
    0,
  );
const callSets = [...new Set(calls.map((c) => c.set))];
console.log(
  `\n${callSets.join(', ')}${only ? '' : ' (tuned on)'}: ${calls.length} whole calls, redacted, alerts with the default thresholds and the learned model (as the product)`,
);
const defaults = scored(DEFAULT_ALERT_THRESHOLDS);
const rulesDefaults = scored(DEFAULT_ALERT_THRESHOLDS, true);
const tally = (rows: typeof defaults) =>
  CallSchema.shape.label.options
    .map((label) => {
      const of = rows.filter((r) => r.call.label === label);
      return `${label} ${of.filter((r) => r.alerted).length}/${of.length}`;
    })
    .join(', ');
console.log(`  all: alerted ${tally(defaults)}`);
console.log(`  all, rules alone: alerted ${tally(rulesDefaults)}`);
for (const set of callSets)
  console.log(
    `    ${set.padEnd(20)} alerted ${tally(defaults.filter((r) => r.call.set === set))}; rules alone ${tally(rulesDefaults.filter((r) => r.call.set === set))}`,
  );
for (const r of defaults) {
  const model = modelAlert(r.result);
  console.log(
    `    ${r.call.id.padEnd(28)} ${r.call.label.padEnd(9)} end ${String(r.result.caller?.end).padStart(6)} trend ${String(r.result.caller?.trend).padStart(6)} ${r.alerted ? 'ALERT' : ''}${model ? ` (model ${model.value}${rulesAlert(r.result, DEFAULT_ALERT_THRESHOLDS) ? '' : ' alone'})` : ''}`,
  );
}
// The end threshold is swept with the default trend threshold, and the trend threshold with the
// default end one; the middle of the cheapest range leaves the widest margin on both sides.
// With the model's alerts as they are (its floor is chosen by eval/alert-cv.ts), then the rules alone as before round 35.
const sweep = (name: keyof AlertThresholds, from: number, to: number, rulesOnly: boolean) => {
  const points: { value: number; cost: number }[] = [];
  for (let v = from; v <= to + 1e-9; v += 0.01) {
    const value = Math.round(v * 100) / 100;
    points.push({ value, cost: cost(scored({ ...DEFAULT_ALERT_THRESHOLDS, [name]: value }, rulesOnly)) });
  }
  const lowest = Math.min(...points.map((p) => p.cost));
  const cheapest = points.filter((p) => p.cost === lowest).map((p) => p.value);
  console.log(
    `  ${name}${rulesOnly ? ' (rules alone)' : ''}: cost ${lowest} from ${cheapest[0]} to ${cheapest.at(-1)} (middle ${((cheapest[0]! + cheapest.at(-1)!) / 2).toFixed(2)}); default ${DEFAULT_ALERT_THRESHOLDS[name]}, cost ${cost(rulesOnly ? rulesDefaults : defaults)}`,
  );
};
sweep('callerEndBelow', -0.8, -0.05, false);
sweep('callerTrendBelow', -1.5, -0.2, false);
sweep('callerEndBelow', -0.8, -0.05, true);
sweep('callerTrendBelow', -1.5, -0.2, true);

// ---- Development calls: no labels; which alert, and on what ------------------------------
if (!only) {
  const DevCallSchema = z.object({ id: z.string(), language: LanguageSchema, transcript: CallSchema.shape.transcript });
  const development = ['calls-sv.json', 'calls-en.json'].flatMap((file) =>
    z.array(DevCallSchema.passthrough()).parse(JSON.parse(readFileSync(new URL(`../../journal/eval/${file}`, import.meta.url), 'utf8'))),
  );
  const alerted = development.map((call) => ({ call, result: scoreOne(call, DEFAULT_ALERT_THRESHOLDS) })).filter((r) => r.result.alerts.length > 0);
  console.log(`\ncalls-sv.json, calls-en.json (development, no sentiment labels): ${alerted.length} of ${development.length} calls alert`);
  for (const { call, result } of alerted)
    console.log(`    ${call.id.padEnd(28)} end ${String(result.caller?.end).padStart(6)} trend ${String(result.caller?.trend).padStart(6)} ${result.alerts.map((a) => a.kind).join(', ')}`);
}
