import { existsSync, readFileSync } from 'node:fs';
import type { Language, Speaker } from '@samtal/contracts';
import { ENTITY_TYPES, type EntityType } from '../src/entities.js';

/**
 * The labelled sets, each in its own folder beside this file, kept apart by role:
 * - `tuning/`: written with the rules, which were refined where it showed misses;
 * - `tuning-2/`: written by a hand that never read the rules; the second round was tuned on it;
 * - `tuning-3/`: written by the third round's rule writer from the kinds the last blind run missed;
 * - `tuning-4/`: written blind (by a hand that never read the rules) for the fourth round, weighted
 *   towards the kinds the blind runs miss most;
 * - `tuning-5/`: written blind for the fifth round (its first run, on round 4's rules, is in
 *   `tuning-5/before-round-5.txt`);
 * - `heldout-1/`: written after the first rules, reported once, seen since;
 * - `heldout-2026-11/`, `heldout-2026-11b/`: written by hands that never read the rules, before the
 *   first and the second round of rule changes; each evaluated once after its round (that first run
 *   is the honest figure), never tuned on;
 * - `heldout-2026-11c/`, `heldout-2026-11d/`: the same, written blind before the third and the fourth
 *   round (each one's first run after its round is the honest figure);
 * - `tuning-6/`: written blind for the sixth round (its first run, on round 5's rules, is in
 *   `tuning-6/before-round-6.txt`);
 * - `heldout-2026-12/`, `heldout-2026-12c/`: the same, written blind before the fifth and the sixth
 *   round;
 * - `tuning-7/`: written blind for the seventh round (its first run, on round 6's rules, is in
 *   `tuning-7/before-round-7.txt`);
 * - `heldout-2026-12d/`: written blind before the seventh round (its first run after it is the
 *   honest figure);
 * - `tuning-8/`, `heldout-2026-12e/`: the same pair for the eighth round.
 * - `tuning-9/`, `heldout-2026-12f/`: the same pair for the ninth round.
 * - `tuning-10/`, `heldout-2026-12g/`: the same pair for the tenth round.
 * - `tuning-11/`, `heldout-2026-12h/`: the same pair for the eleventh round.
 * - `tuning-12/`, `heldout-2026-12i/`: the same pair for the twelfth round.
 * - `tuning-13/`, `heldout-2026-12j/`: the same pair for the learned recogniser's first round (tuning-13 is
 *   also part of its training data).
 * - `tuning-14/` … `tuning-17/`: written blind for the recogniser's training, each weighted to one
 *   kind (addresses and postcodes; dates of birth; names; English calls). Their first runs on round
 *   12's rules alone are in each folder's `before-recogniser.txt`.
 * - `tuning-18/`, `tuning-19/`: two more (addresses; dates of birth), their first runs on the first
 *   recogniser in `before-retraining.txt`, then added to its training data; `heldout-2026-12j/`,
 *   `-12k/`, `-12l/`: held out from the recogniser (each one's `first-run.txt` is the honest figure).
 * - Later rounds add their blind tuning sets (tuned on, never trained on: `tuning-23/` … `tuning-71/`)
 *   and one held-out set each (`heldout-2026-12m/` … `-12t/`), as the README's table lists them.
 *
 * Files: `snippets.<lang>.txt` (one utterance a line) and `dialogues.<lang>.txt` (`agent:` /
 * `caller:` lines, dialogues separated by `---`). Gold spans are marked `{type|text}`; the type
 * `keep` marks text that must survive redaction (amounts, case numbers, the agency's number).
 */
export const SETS = ['tuning', 'tuning-2', 'tuning-3', 'tuning-4', 'tuning-5', 'tuning-6', 'tuning-7', 'tuning-8', 'tuning-9', 'tuning-10', 'tuning-11', 'tuning-12', 'tuning-13', 'tuning-14', 'tuning-15', 'tuning-16', 'tuning-17', 'tuning-18', 'tuning-19', 'tuning-20', 'tuning-21', 'tuning-22', 'tuning-23', 'tuning-24', 'tuning-25', 'tuning-26', 'tuning-27', 'tuning-28', 'tuning-29', 'tuning-30', 'tuning-31', 'tuning-32', 'tuning-33', 'tuning-34', 'tuning-35', 'tuning-36', 'tuning-37', 'tuning-38', 'tuning-39', 'tuning-40', 'tuning-41', 'tuning-42', 'tuning-43', 'tuning-44', 'tuning-45', 'tuning-46', 'tuning-47', 'tuning-48', 'tuning-49', 'tuning-50', 'tuning-51', 'tuning-52', 'tuning-53', 'tuning-54', 'tuning-55', 'tuning-56', 'tuning-57', 'tuning-58', 'tuning-59', 'tuning-60', 'tuning-61', 'tuning-62', 'tuning-63', 'tuning-64', 'tuning-65', 'tuning-66', 'tuning-67', 'tuning-68', 'tuning-69', 'tuning-70', 'tuning-71', 'tuning-72', 'tuning-73', 'tuning-74', 'tuning-75', 'tuning-76', 'tuning-77', 'tuning-78', 'tuning-79', 'tuning-80', 'tuning-81', 'tuning-82', 'tuning-83', 'tuning-84', 'tuning-85', 'tuning-86', 'tuning-87', 'tuning-88', 'tuning-89', 'tuning-90', 'tuning-91', 'tuning-92', 'tuning-93', 'tuning-94', 'tuning-95', 'tuning-96', 'tuning-97', 'tuning-98', 'tuning-99', 'tuning-100', 'tuning-101', 'tuning-102', 'tuning-103', 'tuning-104', 'tuning-105', 'tuning-106', 'tuning-107', 'tuning-108', 'tuning-109', 'tuning-110', 'tuning-111', 'tuning-112', 'heldout-1', 'heldout-2026-11', 'heldout-2026-11b', 'heldout-2026-11c', 'heldout-2026-11d', 'heldout-2026-12', 'heldout-2026-12c', 'heldout-2026-12d', 'heldout-2026-12e', 'heldout-2026-12f', 'heldout-2026-12g', 'heldout-2026-12h', 'heldout-2026-12i', 'heldout-2026-12j', 'heldout-2026-12k', 'heldout-2026-12l', 'heldout-2026-12m', 'heldout-2026-12n', 'heldout-2026-12o', 'heldout-2026-12p', 'heldout-2026-12q', 'heldout-2026-12r', 'heldout-2026-12s', 'heldout-2026-12t', 'heldout-2026-12u', 'heldout-2026-12v', 'heldout-2026-12w', 'heldout-2026-12x', 'heldout-2026-12y', 'heldout-2026-12z', 'heldout-2026-12aa', 'heldout-2026-12ab', 'heldout-2026-12ac', 'heldout-2026-12ad', 'heldout-2026-12ae', 'heldout-2026-12af', 'heldout-2026-12ag', 'heldout-2026-12ah', 'heldout-2026-12ai', 'heldout-2026-12aj', 'heldout-2026-12ak', 'heldout-2026-12al', 'heldout-2026-12am', 'heldout-2026-12an', 'heldout-2026-12ao', 'heldout-2026-12ap', 'heldout-2026-12aq', 'heldout-2026-12ar', 'heldout-2026-12as', 'heldout-2026-12at', 'heldout-2026-12au', 'heldout-2026-12av', 'heldout-2026-12aw', 'heldout-2026-12ax', 'heldout-2026-12ay', 'heldout-2026-12az', 'heldout-2026-12ba', 'heldout-2026-12bb', 'heldout-2026-12bc', 'heldout-2026-12bd', 'heldout-2026-12be', 'heldout-2026-12bf', 'heldout-2026-12bg', 'heldout-2026-12bh', 'heldout-2026-12bi', 'heldout-2026-12bj', 'heldout-2026-12bk', 'heldout-2026-12bl', 'heldout-2026-12bm', 'heldout-2026-12bn', 'heldout-2026-12bo', 'heldout-2026-12bp', 'heldout-2026-12bq', 'heldout-2026-12br', 'heldout-2026-12bs', 'heldout-2026-12bt', 'heldout-2026-12bu', 'heldout-2026-12bv', 'heldout-2026-12bw', 'heldout-2026-12bx', 'heldout-2026-12by', 'heldout-2026-12bz', 'heldout-2026-12ca', 'heldout-2026-12cb', 'heldout-2026-12cc', 'heldout-2026-12cd', 'heldout-2026-12ce', 'heldout-2026-12cf', 'heldout-2026-12cg', 'heldout-2026-12ch', 'heldout-2026-12ci', 'heldout-2026-12cj', 'heldout-2026-12ck', 'heldout-2026-12cl', 'heldout-2026-12cm', 'heldout-2026-12cn', 'heldout-2026-12co', 'heldout-2026-12cp', 'heldout-2026-12cq', 'heldout-2026-12cr'] as const;
export type SetName = (typeof SETS)[number];

export interface GoldSpan {
  type: EntityType | 'keep';
  start: number;
  end: number;
}

export interface LabelledLine {
  speaker: Speaker;
  text: string;
  gold: GoldSpan[];
}

/** A snippet is a dialogue of one line. */
export interface LabelledDialogue {
  set: SetName;
  lang: Language;
  kind: 'snippet' | 'dialogue';
  /** Line of its first utterance in its file, for reports. */
  line: number;
  lines: LabelledLine[];
}

const MARK = /\{(\w+)\|([^{}]*)\}/g;
const SPEAKER = /^(agent|caller):\s?/;

function parseLine(raw: string, where: string): LabelledLine {
  const speaker = SPEAKER.exec(raw);
  const body = speaker ? raw.slice(speaker[0].length) : raw;
  let text = '';
  let at = 0;
  const gold: GoldSpan[] = [];
  for (const m of body.matchAll(MARK)) {
    const type = m[1] as GoldSpan['type'];
    if (type !== 'keep' && !ENTITY_TYPES.includes(type)) throw new Error(`${where}: unknown type ${type}`);
    text += body.slice(at, m.index);
    gold.push({ type, start: text.length, end: text.length + m[2]!.length });
    text += m[2];
    at = m.index + m[0].length;
  }
  text += body.slice(at);
  if (/[{}]/.test(text)) throw new Error(`${where}: unbalanced braces`);
  return { speaker: (speaker?.[1] as Speaker | undefined) ?? 'unknown', text, gold };
}

export function readSet(set: SetName): LabelledDialogue[] {
  const all: LabelledDialogue[] = [];
  for (const lang of ['sv', 'en'] as const) {
    for (const kind of ['snippet', 'dialogue'] as const) {
      const name = `${set}/${kind}s.${lang}.txt`;
      const file = new URL(name, import.meta.url);
      if (!existsSync(file)) continue;
      let current: LabelledDialogue | undefined;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((raw, index) => {
          if (raw.startsWith('#')) return;
          if (!raw.trim() || raw.trim() === '---') {
            current = undefined;
            return;
          }
          const line = parseLine(raw, `${name}:${index + 1}`);
          if (kind === 'snippet' || !current) {
            current = { set, lang, kind, line: index + 1, lines: [] };
            all.push(current);
          }
          current.lines.push(line);
          if (kind === 'snippet') current = undefined;
        });
    }
  }
  return all;
}
