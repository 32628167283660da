/**
 * Redaction quality on the labelled snippets in data/eval: recall and precision per type and
 * overall F2 (recall weighs more: a leak is worse than an over-redaction).
 *
 *   npm run eval:redaction [-- --misses]
 *
 * A gold span counts as found only when redacted spans cover every letter and digit of it (a
 * partly redacted personnummer is a leak). A redacted span counts as correct when it overlaps a
 * gold span. `--misses` prints the snippets with a leak or an over-redaction (synthetic data).
 */
import { IDENTIFIER_TYPES, type EntityType, type RedactedEntity } from '../src/entities.js';
import { applyPlaceholders, findEntities } from '../src/redact.js';
import { readSnippets, type LabelledSnippet } from './snippets.js';

interface Tally {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  typed: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0, typed: 0 });

const GROUPS: Record<string, (t: EntityType) => boolean> = {
  identifiers: (t) => IDENTIFIER_TYPES.includes(t),
  names: (t) => t === 'name',
  addresses: (t) => t === 'address' || t === 'postcode',
  'dates of birth': (t) => t === 'dateOfBirth',
};
const TARGETS: Record<string, number> = { identifiers: 0.99, names: 0.95, addresses: 0.95 };

const covered = (text: string, gold: RedactedEntity, predicted: RedactedEntity[]): boolean => {
  for (let i = gold.start; i < gold.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!predicted.some((p) => p.start <= i && i < p.end)) return false;
  }
  return true;
};
const overlaps = (a: RedactedEntity, b: RedactedEntity) => a.start < b.end && b.start < a.end;

function evaluate(snippets: LabelledSnippet[], showMisses: boolean) {
  const byType = new Map<EntityType, Tally>();
  const of = (type: EntityType) => byType.get(type) ?? byType.set(type, tally()).get(type)!;
  let falseAlarms = 0;
  let negatives = 0;
  for (const snippet of snippets) {
    const predicted = findEntities(snippet.text, { lang: snippet.lang });
    let wrong = false;
    for (const g of snippet.gold) {
      const t = of(g.type);
      t.gold++;
      if (covered(snippet.text, g, predicted)) {
        t.found++;
        if (predicted.some((p) => overlaps(p, g) && p.type === g.type)) t.typed++;
      } else wrong = true;
    }
    for (const p of predicted) {
      const t = of(p.type);
      t.predicted++;
      if (snippet.gold.some((g) => overlaps(p, g))) t.correct++;
      else wrong = true;
    }
    if (snippet.gold.length === 0) {
      negatives++;
      if (predicted.length > 0) falseAlarms++;
    }
    if (wrong && showMisses) {
      console.log(`  ${snippet.set}.${snippet.lang}:${snippet.line}  ${snippet.text}\n      → ${applyPlaceholders(snippet.text, predicted)}`);
    }
  }
  return { byType, falseAlarms, negatives };
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const fmt = (x: number) => (Number.isNaN(x) ? '   – ' : x.toFixed(3));
const f2 = (p: number, r: number) => (p + r === 0 ? 0 : (5 * p * r) / (4 * p + r));
const sum = (tallies: Tally[]): Tally =>
  tallies.reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, predicted: a.predicted + t.predicted, correct: a.correct + t.correct, typed: a.typed + t.typed }), tally());

function report(title: string, snippets: LabelledSnippet[], printMisses: boolean) {
  const { byType, falseAlarms, negatives } = evaluate(snippets, printMisses);
  const sv = snippets.filter((s) => s.lang === 'sv').length;
  console.log(`\n== ${title}: ${snippets.length} snippets (${sv} Swedish, ${snippets.length - sv} English), ${negatives} without personal data\n`);
  console.log('type                  gold  recall  redacted  precision  right type');
  for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `${type.padEnd(20)} ${String(t.gold).padStart(5)}   ${fmt(ratio(t.found, t.gold))}   ${String(t.predicted).padStart(7)}      ${fmt(ratio(t.correct, t.predicted))}       ${fmt(ratio(t.typed, t.found))}`,
    );
  }
  console.log('\ngroup                 recall  precision  target');
  let allMet = true;
  for (const [group, member] of Object.entries(GROUPS)) {
    const t = sum([...byType].filter(([type]) => member(type)).map(([, x]) => x));
    const recall = ratio(t.found, t.gold);
    const target = TARGETS[group];
    const met = target === undefined || recall >= target;
    allMet &&= met;
    console.log(`${group.padEnd(20)}  ${fmt(recall)}   ${fmt(ratio(t.correct, t.predicted))}     ${target ? `recall ≥ ${target} ${met ? 'met' : 'NOT met'}` : ''}`);
  }
  const all = sum([...byType.values()]);
  const recall = ratio(all.found, all.gold);
  const precision = ratio(all.correct, all.predicted);
  allMet &&= precision >= 0.95;
  console.log(`\noverall: recall ${fmt(recall)}, precision ${fmt(precision)} (target ≥ 0.95), F2 ${fmt(f2(precision, recall))}`);
  console.log(`snippets without personal data that lost something: ${falseAlarms} of ${negatives}`);
  console.log(allMet ? 'all targets met' : 'some targets NOT met');
}

const showMisses = process.argv.includes('--misses');
const main = [...readSnippets('snippets', 'sv'), ...readSnippets('snippets', 'en')];
const heldOut = [...readSnippets('heldout', 'sv'), ...readSnippets('heldout', 'en')];
if (showMisses) console.log('Leaks and over-redactions:');
report('Evaluation set (data/eval/snippets.*.txt)', main, showMisses);
report('Held-out set, never tuned on (data/eval/heldout.*.txt)', heldOut, showMisses);
report('Both', [...main, ...heldOut], false);
