import { findDialogueEntities } from '../src/dialogue.js';
import { IDENTIFIER_TYPES, type EntityType, type RedactedEntity } from '../src/entities.js';
import { applyPlaceholders } from '../src/redact.js';
import type { GoldSpan, LabelledDialogue } from './snippets.js';

/**
 * How the redactor scores on labelled dialogues, shared by the evaluator and the recogniser's
 * cross-validation. Recall: a gold span counts as found only when redacted spans cover every
 * letter and digit of it. Precision: a redacted span is correct when it overlaps a gold span.
 * Keep rate: a `keep` span is kept when no redacted span touches it.
 */
interface Tally {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, predicted: 0, correct: 0 });

export const GROUPS: Record<string, { member: (t: string) => boolean; target: number }> = {
  identifiers: { member: (t) => IDENTIFIER_TYPES.includes(t as EntityType), target: 0.99 },
  names: { member: (t) => t === 'name', target: 0.97 },
  addresses: { member: (t) => t === 'address' || t === 'postcode', target: 0.97 },
  'dates of birth': { member: (t) => t === 'dateOfBirth', target: 0.97 },
};
export const KEEP_TARGET = 0.98;

const covered = (text: string, gold: GoldSpan, predicted: RedactedEntity[]): boolean => {
  for (let i = gold.start; i < gold.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!predicted.some((p) => p.start <= i && i < p.end)) return false;
  }
  return true;
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluate(dialogues: LabelledDialogue[], showMisses: boolean) {
  const byType = new Map<string, Tally>();
  const of = (type: string) => byType.get(type) ?? byType.set(type, tally()).get(type)!;
  const keep = { spans: 0, kept: 0 };
  for (const d of dialogues) {
    const predicted = findDialogueEntities(
      d.lines.map((l) => ({ speaker: l.speaker, text: l.text })),
      { lang: d.lang },
    );
    d.lines.forEach((line, i) => {
      const found = predicted[i]!;
      const personal = line.gold.filter((g) => g.type !== 'keep');
      let wrong = false;
      for (const g of line.gold) {
        if (g.type === 'keep') {
          keep.spans++;
          if (found.some((p) => overlaps(p, g))) wrong = true;
          else keep.kept++;
          continue;
        }
        const t = of(g.type);
        t.gold++;
        if (covered(line.text, g, found)) t.found++;
        else wrong = true;
      }
      for (const p of found) {
        const t = of(p.type);
        t.predicted++;
        if (personal.some((g) => overlaps(p, g))) t.correct++;
        else wrong = true;
      }
      if (wrong && showMisses) console.log(`  ${d.set}/${d.kind}s.${d.lang}:${d.line + i}  ${line.text}\n      → ${applyPlaceholders(line.text, found)}`);
    });
  }
  return { byType, keep };
}

export const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
export const fmt = (x: number) => (Number.isNaN(x) ? '   – ' : x.toFixed(3));
const sum = (tallies: Tally[]): Tally =>
  tallies.reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, predicted: a.predicted + t.predicted, correct: a.correct + t.correct }), tally());

/** Recall of one group of types (`GROUPS`). */
export const groupRecall = (byType: Map<string, Tally>, member: (type: string) => boolean): number => {
  const t = sum([...byType].filter(([type]) => member(type)).map(([, x]) => x));
  return ratio(t.found, t.gold);
};

/** Precision over every redacted span. */
export const precisionOf = (byType: Map<string, Tally>): number => {
  const all = sum([...byType.values()]);
  return ratio(all.correct, all.predicted);
};

