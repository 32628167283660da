import type { DraftTopic, Language } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { answeringAgency, OTHER, topicEvidence, type Taxonomy } from './taxonomy.js';
import type { Utterance } from './text.js';

/**
 * A learned topic classifier: multinomial naive Bayes over the words of the dialogue, trained on the tuning
 * calls (scripts/train-topic-model.ts) and read from data/topic-model.tsv at run time. It sees the same
 * (redacted) sentences as the rules, lower-cased words of both speakers, the caller's counting more and the
 * caller's first turns most (they usually state the errand).
 */

/** Weight of an agent's word. */
export const AGENT_WEIGHT = 1;
/** Weight of a caller's word (cross-validation found no gain in weighing the caller's words more). */
export const CALLER_WEIGHT = 1;
/** Weight of a word in the caller's first turns (CALLER_FIRST_TURNS of them). */
export const CALLER_FIRST_WEIGHT = 1;
export const CALLER_FIRST_TURNS = 2;
/** Words of at least this many letters also count by their first STEM_LENGTH letters ("bostadstillägget" ~ "bostad"). */
export const STEM_LENGTH = 6;
/**
 * The model overrules the rules when its best topic's probability is at least this: chosen by leave-one-set-out
 * cross-validation against the rules as they were before each blind set was tuned on (eval/topic-cv.ts).
 */
export const MODEL_FLOOR = 0.995;
/** Add-alpha smoothing of the word counts. */
export const ALPHA = 0.1;

export interface TopicModel {
  /** Topic keys, "other" among them. */
  classes: string[];
  /** Training calls per class. */
  calls: number[];
  /** Each feature's weighted count per class. */
  counts: Map<string, number[]>;
  /** Total weighted count per class (over the features kept). */
  totals: number[];
}

export type ModelUtterance = Pick<Utterance, 'speaker' | 'words' | 'segmentIndex'>;

/** The features of a call: word → weighted count. Words as `text.ts` splits them; stems marked with "~". */
export interface FeatureOptions {
  agent: number;
  caller: number;
  callerFirst: number;
  firstTurns: number;
  stem: number;
  bigrams: boolean;
}
export const FEATURES: FeatureOptions = {
  agent: AGENT_WEIGHT,
  caller: CALLER_WEIGHT,
  callerFirst: CALLER_FIRST_WEIGHT,
  firstTurns: CALLER_FIRST_TURNS,
  stem: STEM_LENGTH,
  bigrams: true,
};

export function topicFeatures(utterances: readonly ModelUtterance[], o: FeatureOptions = FEATURES): Map<string, number> {
  const features = new Map<string, number>();
  const add = (f: string, w: number) => features.set(f, (features.get(f) ?? 0) + w);
  const callerTurns: number[] = [];
  for (const u of utterances) {
    if (u.speaker === 'caller' && !callerTurns.includes(u.segmentIndex)) callerTurns.push(u.segmentIndex);
    const weight =
      u.speaker === 'caller' ? (callerTurns.indexOf(u.segmentIndex) < o.firstTurns ? o.callerFirst : o.caller) : o.agent;
    if (weight === 0) continue;
    let previous: string | undefined;
    for (const word of u.words) {
      // Numbers and one-letter words say nothing of the topic.
      if (word.length < 2 || /^[\p{N}:-]+$/u.test(word)) continue;
      add(word, weight);
      if (o.stem > 0 && word.length > o.stem) add(`${word.slice(0, o.stem)}~`, weight);
      if (o.bigrams && previous) add(`${previous} ${word}`, weight);
      previous = word;
    }
  }
  return features;
}

/** Trains the model; deterministic (the classes and features in sorted order). `minCalls`: a feature kept must occur in that many calls. */
export function trainTopicModel(examples: readonly { topic: string; features: Map<string, number> }[], minCalls = 2): TopicModel {
  const classes = [...new Set(examples.map((e) => e.topic))].sort();
  const calls = classes.map((c) => examples.filter((e) => e.topic === c).length);
  const documentFrequency = new Map<string, number>();
  for (const e of examples) for (const f of e.features.keys()) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const kept = [...documentFrequency].filter(([, n]) => n >= minCalls).map(([f]) => f).sort();
  const counts = new Map<string, number[]>(kept.map((f) => [f, classes.map(() => 0)]));
  for (const e of examples) {
    const c = classes.indexOf(e.topic);
    for (const [f, w] of e.features) {
      const row = counts.get(f);
      if (row) row[c] = (row[c] ?? 0) + w;
    }
  }
  const totals = classes.map((_, c) => [...counts.values()].reduce((s, row) => s + (row[c] ?? 0), 0));
  return { classes, calls, counts, totals };
}

/**
 * The classes' posterior probabilities for a call, best first. The log-likelihood is divided by the call's
 * weighted length over `scale`, so that long calls do not make every decision look certain.
 */
export function scoreTopics(model: TopicModel, features: Map<string, number>, scale = 50, alpha = ALPHA): { key: string; p: number }[] {
  const vocabulary = model.counts.size;
  const n = model.calls.reduce((a, b) => a + b, 0);
  const logLikelihood = model.classes.map(() => 0);
  let length = 0;
  for (const [f, w] of features) {
    const row = model.counts.get(f);
    if (!row) continue;
    length += w;
    for (let c = 0; c < model.classes.length; c++) {
      logLikelihood[c]! += w * Math.log(((row[c] ?? 0) + alpha) / ((model.totals[c] ?? 0) + alpha * vocabulary));
    }
  }
  const damp = length > scale ? scale / length : 1;
  const logs = model.classes.map((_, c) => Math.log((model.calls[c] ?? 0) / n) + logLikelihood[c]! * damp);
  const max = Math.max(...logs);
  const exp = logs.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return model.classes.map((key, c) => ({ key, p: exp[c]! / sum })).sort((a, b) => b.p - a.p || (a.key < b.key ? -1 : 1));
}

/** The model as text: a header of classes and call counts, then a feature and its counts per class a line. */
export function serialiseTopicModel(model: TopicModel): string {
  const round = (x: number) => String(Math.round(x * 1000) / 1000);
  return [
    `# Samtal topic model (multinomial naive Bayes), written by libs/journal/scripts/train-topic-model.ts; do not edit`,
    `classes\t${model.classes.join('\t')}`,
    `calls\t${model.calls.join('\t')}`,
    ...[...model.counts].map(([f, row]) => `${f}\t${row.map(round).join('\t')}`),
    '',
  ].join('\n');
}

/** Parses serialiseTopicModel's text; the error says what is wrong. */
export function parseTopicModel(text: string): TopicModel {
  const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
  const [classLine, callLine, ...rows] = lines;
  const classes = classLine?.split('\t') ?? [];
  const calls = callLine?.split('\t') ?? [];
  if (classes.shift() !== 'classes' || calls.shift() !== 'calls' || classes.length === 0 || calls.length !== classes.length) {
    throw new Error('topic model: the header (classes, calls) is missing or malformed');
  }
  const counts = new Map<string, number[]>();
  for (const line of rows) {
    const [feature, ...values] = line.split('\t');
    const row = values.map(Number);
    if (!feature || row.length !== classes.length || row.some((x) => !Number.isFinite(x) || x < 0)) {
      throw new Error(`topic model: malformed line ${lines.indexOf(line) + 1}`);
    }
    counts.set(feature, row);
  }
  const totals = classes.map((_, c) => [...counts.values()].reduce((s, row) => s + (row[c] ?? 0), 0));
  return { classes, calls: calls.map(Number), counts, totals };
}

let shipped: TopicModel | undefined;

/** The model trained on all the tuning calls (data/topic-model.tsv). */
export function shippedTopicModel(): TopicModel {
  shipped ??= parseTopicModel(readFileSync(new URL('../data/topic-model.tsv', import.meta.url), 'utf8'));
  return shipped;
}

/**
 * The topic of a call: the rules' (`detectTopic`), unless the model is at least MODEL_FLOOR sure of another topic that the
 * dialogue names; then that topic, with its cues found in the dialogue (`topicEvidence`). Never "other" against the rules.
 * A taxonomy whose topics are not the model's keeps the rules'. Chosen by eval/topic-cv.ts ("named topic if p>=0.995").
 */
export function decideTopic(
  rules: DraftTopic,
  utterances: Utterance[],
  language: Language,
  taxonomy: Taxonomy,
  model: TopicModel | false | undefined = undefined,
): DraftTopic {
  // A call another agency answers ("Försäkringskassan, Sam.") is that agency's errand: no model makes it one of ours.
  if (model === false || (rules.key === OTHER && answeringAgency(utterances, language, taxonomy))) return rules;
  const m = model ?? shippedTopicModel();
  const keys = new Set([OTHER, ...taxonomy.topics.map((t) => t.key)]);
  if (m.classes.length !== keys.size || !m.classes.every((c) => keys.has(c))) return rules;
  const best = scoreTopics(m, topicFeatures(utterances))[0];
  if (!best || best.p < MODEL_FLOOR || best.key === rules.key) return rules;
  // Only towards a topic the dialogue names (one of its names or cues): a note says what the call was about in its own
  // words, and "other" (which has none) stays the rules' to say.
  const evidence = topicEvidence(utterances, best.key, language, taxonomy);
  return evidence.key !== OTHER && evidence.cues.length > 0 ? evidence : rules;
}
