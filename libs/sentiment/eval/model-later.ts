/**
 * The shipped learned alert model (data/alert-model.tsv, trained on tuning sets 2 to 47) on the journal's tuning sets
 * written since (48 to the newest present, never trained on), beside the rules (sentiment round 32). Per label: the
 * model alone at the shipped floor and at each candidate floor, rules OR model, and rules OR (model unless the rules'
 * end is at or above a veto). Then every call the model puts over 0.35, and every angry call the rules miss.
 * Reads only calls-tuning-48.json … up to the last one evaluate.ts lists; never a held-out set.
 * Usage: npx tsx --conditions=development libs/sentiment/eval/model-later.ts [--last=74]
 */
import type { Language, Segment, Transcript } from '@samtal/contracts';
import { redactDialogue } from '@samtal/redaction';
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_ALERT_THRESHOLDS, callerModelInput } from '../src/call.js';
import { alertFeatures, alertProbability, shippedAlertModel } from '../src/alert-model.js';

const LABELS = ['angry', 'worried', 'neutral', 'satisfied'] as const;
const last = Number(process.argv.find((a) => a.startsWith('--last='))?.slice(7) ?? 74);
if (last > 74) throw new Error('sets after 74 are not to be read');
const files = Array.from({ length: last - 47 }, (_, k) => `calls-tuning-${k + 48}.json`).filter((f) => existsSync(new URL(`../../journal/eval/${f}`, import.meta.url)));
const model = shippedAlertModel();
if (!model) throw new Error('no shipped model');
const t = DEFAULT_ALERT_THRESHOLDS;

interface Row { file: string; id: string; label: (typeof LABELS)[number]; p: number; end: number; trend: number; rules: boolean }
const rows: Row[] = [];
for (const file of files) {
  const raw = JSON.parse(readFileSync(new URL(`../../journal/eval/${file}`, import.meta.url), 'utf8')) as { id: string; language: Language; transcript: string[]; reference: { sentimentAtEnd: Row['label'] } }[];
  for (const call of raw) {
    const segments = call.transcript.map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
    });
    const redacted = redactDialogue(segments, { lang: call.language });
    const transcript: Transcript = { language: call.language, source: 'sidecar', segments: segments.map((s, i) => ({ ...s, text: redacted[i]!.text })) };
    const { turns, caller } = callerModelInput(transcript);
    if (!caller) continue;
    const p = alertProbability(model, alertFeatures(call.language, turns, caller));
    const rules = caller.end <= t.callerEndBelow || caller.trend <= t.callerTrendBelow;
    rows.push({ file, id: call.id, label: call.reference.sentimentAtEnd, p, end: caller.end, trend: caller.trend, rules });
  }
}
const tally = (m: (r: Row) => boolean) => LABELS.map((l) => `${rows.filter((r) => r.label === l && m(r)).length}/${rows.filter((r) => r.label === l).length}`.padStart(8)).join('');
console.log(`shipped model (floor ${model.floor}) on ${files[0]} … ${files.at(-1)}: ${rows.length} calls; per label angry worried neutral satisfied`);
console.log(`rules alone                          ${tally((r) => r.rules)}`);
for (const floor of [0.4, 0.41, 0.42, 0.43, 0.45, 0.5, 0.55, 0.6]) {
  console.log(`model alone > ${floor.toFixed(2)}                 ${tally((r) => r.p > floor)}   | rules OR model ${tally((r) => r.rules || r.p > floor)}`);
}
for (const veto of [0.3, 0.459, 0.5, 0.6, 0.7, 0.8]) {
  console.log(`rules OR (model > ${model.floor} unless end >= ${veto.toFixed(3)}) ${tally((r) => r.rules || (r.p > model.floor && r.end < veto))}`);
}
const show = (r: Row) => `  ${r.file.replace('calls-tuning-', 't').replace('.json', '').padEnd(5)} ${r.id.slice(0, 60).padEnd(61)} ${r.label.padEnd(9)} p ${r.p.toFixed(3)} end ${r.end.toFixed(3).padStart(6)} trend ${r.trend.toFixed(3).padStart(6)} rules ${r.rules ? 'ALERT' : '-'}`;
console.log('\ncalls with p > 0.35 that are not angry, and angry calls the rules miss or with p in 0.35..0.6:');
for (const r of [...rows].sort((a, b) => b.p - a.p)) {
  if ((r.label !== 'angry' && r.p > 0.35) || (r.label === 'angry' && (!r.rules || (r.p > 0.35 && r.p < 0.6)))) console.log(show(r));
}
