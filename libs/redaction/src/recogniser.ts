import { readFileSync } from 'node:fs';
import { Confidence, type Candidate } from './candidates.js';
import { careSaid, goingToRoom, HOME_WORDS, isCareHomeWord, isStreetWord, landmarkBefore, officeAfter, officeBefore, postcodeEndsAt, US_STATES, WARD_NAMED_AFTER, WEEKDAYS } from './addresses.js';
import { CASE_WORDS_BEFORE_FIGURES, cueOf } from './cues.js';
import { AGE_AFTER_WORDS, ageWithPersonIs, BIRTHDAY_VERBS, isAgeAt, isDatePart, OTHER_EVENTS, thingIsBorn } from './dates.js';
import type { EntityType } from './entities.js';
import { lexicon, NameFlag, REGIONS_ABROAD } from './lexicon.js';
import { brokenOrAbbreviated, companyNameEnd, whisperWriting, CAPITALISED_ROLES, CARE_TITLES, FORM_CODES, inCompanyName, insideCompanyName, isDiseaseEponym, isFrejaEid, FREJA_PRODUCT, isOrganisationWord, MONTH_LEADS, namedByCue, namesInstitution, namedDay, NAME_NOUNS, NATIONALITIES, neverAName, placeSaidAt, pronounWithVerb, publicInstitutionAfter, TITLES } from './names.js';
import { isNumberToken, numberWordAtoms } from './numbers.js';
import { HESITATIONS, SENTENCE_END_MARKS, sentenceStartOf, type Token } from './tokens.js';
import { isYear, MONTHS, UNITS } from './units.js';

/**
 * A learned recogniser for what has no checksum: names, addresses, postcodes and dates of birth
 * in new wording. A linear-chain CRF over word, shape, lexicon and context features, trained on the
 * tuning sets only (`scripts/train-recogniser.py`; the held-out sets never reach it). Its spans are
 * added to the rules' findings after the rules' own filters have run (`analyseUtterance`), so they
 * never take one away: the rules stay the fail-closed floor.
 */

/** The labels the model tags tokens with: BIO over these kinds, and O. */
const LABEL_TYPES: Record<string, EntityType | undefined> = {
  NAME: 'name',
  ADDR: 'address',
  POST: 'postcode',
  DOB: 'dateOfBirth',
  // Every identifier type, learned as one so that its numbers are not taught as "nothing"; the
  // rules find identifiers, so the model's are not used.
  ID: undefined,
};

export interface RecogniserModel {
  labels: string[];
  /** The score of label `to` after label `from`, at `from * labels.length + to`. */
  transitions: Float64Array;
  /** The same, exponentiated (the potentials forward-backward multiplies). */
  transitionPotentials: Float64Array;
  /** Per feature, the weight it gives each label it has one for. */
  weights: Map<string, [number, number][]>;
}

/** Reads the model file the trainer writes: a `#labels` line, a `#transitions` line, then one feature a line. */
export function parseRecogniser(source: string): RecogniserModel {
  const lines = source.split(/\r?\n/);
  const [labelsHead, ...labels] = lines[0]!.split('\t');
  const [transitionsHead, ...cells] = (lines[1] ?? '').split('\t');
  const transitions = Float64Array.from(cells, Number);
  if (labelsHead !== '#labels' || transitionsHead !== '#transitions' || !labels.includes('O') || transitions.length !== labels.length ** 2 || transitions.some(Number.isNaN)) {
    throw new Error('recogniser model: expected a #labels line with O, then #transitions with labels² numbers');
  }
  const weights = new Map<string, [number, number][]>();
  for (const line of lines.slice(2)) {
    if (!line) continue;
    const [feature, ...scores] = line.split('\t');
    weights.set(
      feature!,
      scores.map((cell) => {
        const colon = cell.indexOf(':');
        return [Number(cell.slice(0, colon)), Number(cell.slice(colon + 1))];
      }),
    );
  }
  return { labels, transitions, transitionPotentials: transitions.map(Math.exp), weights };
}

let shipped: RecogniserModel | undefined;
/** The shipped model, read once on first use. */
function shippedModel(): RecogniserModel {
  shipped ??= parseRecogniser(readFileSync(new URL('../data/recogniser.tsv', import.meta.url), 'utf8'));
  return shipped;
}

/**
 * A span is added only where the model is this sure of every token's label on it. Chosen by
 * cross-validation over the tuning sets (`eval/cross-validate.ts`), never on a held-out set.
 */
export const MIN_CONFIDENCE = 0.5;

/** The evaluation's replacement for the shipped model (`null`: none, the rules alone), and its confidence floor. */
let replacement: RecogniserModel | null | undefined;
let minConfidence = MIN_CONFIDENCE;

/**
 * For the evaluation and the benchmark only (exported by `@samtal/redaction/evaluation`, not the
 * package's main entry): replaces the model and its confidence floor process-wide, to score each
 * tuning set with a model trained without it, or the rules alone; no arguments restore the shipped one.
 */
export function useRecogniser(model?: RecogniserModel | null, floor = MIN_CONFIDENCE): void {
  replacement = model;
  minConfidence = floor;
}

/** A word's shape: "Storgatan" Xx, "12B" dX, "lgh." x. */
function shape(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (out.at(-1) !== c) out += c;
  }
  return out;
}

/** What the lexicon says of a word: the flags the features name. */
function lexiconTags(token: Token): string[] {
  if (token.kind !== 'word') return token.kind === 'digits' ? [`dl${Math.min(token.text.length, 5)}`] : [];
  const { names, places, stopWords, notNames } = lexicon();
  const tags: string[] = [];
  const flags = names.get(token.lower) ?? 0;
  if (flags & NameFlag.first) tags.push('nf');
  if (flags & NameFlag.surname) tags.push('ns');
  if (flags & NameFlag.common) tags.push('nc');
  if (places.has(token.lower)) tags.push('pl');
  if (stopWords.has(token.lower)) tags.push('sw');
  if (notNames.has(token.lower)) tags.push('nn');
  if (numberWordAtoms(token.lower) !== undefined) tags.push('num');
  if (token.text.length === 1) tags.push('letter');
  return tags;
}

const wordOf = (token: Token | undefined): string => (token === undefined ? '<none>' : token.kind === 'digits' ? `<d${Math.min(token.text.length, 5)}>` : token.lower);
const capOf = (token: Token): string => (token.capitalised ? (token.sentenceStart ? 'cs' : 'cap') : 'low');

/** How far the bag of words around a token reaches. */
const WIDE = 6;

/** The words of the utterance before: what was asked ("Var bor du?") bears on the answer. */
const CONTEXT_WORDS = 12;

/** A token's own features: its word, shape, capital, what the lexicon says, its ending and century. */
function ownFeatures(t: Token): string[] {
  const word = wordOf(t);
  const features = ['b', `w=${word}`, `sh=${shape(t.text)}`, capOf(t), ...lexiconTags(t)];
  if (t.kind === 'word' && t.lower.length >= 5) features.push(`s3=${t.lower.slice(-3)}`, `s4=${t.lower.slice(-4)}`, `p3=${t.lower.slice(0, 3)}`);
  // A year's century: birth years are 19xx, the years of payments and letters 20xx.
  if (t.kind === 'digits' && t.text.length === 4) features.push(`y=${t.text.slice(0, 2)}`);
  return features;
}

const OFFSETS = [-2, -1, 1, 2] as const;
/** What the token `offset` places away says of a token: its word, and next door also its shape, capital and lexicon flags. */
function neighbourFeatures(other: Token | undefined, offset: number): string[] {
  const features = [`${offset}w=${wordOf(other)}`];
  if (other && Math.abs(offset) === 1) features.push(`${offset}sh=${shape(other.text)}`, `${offset}${capOf(other)}`, ...lexiconTags(other).map((tag) => `${offset}${tag}`));
  return features;
}

/** The word pairs a token makes with its neighbours. */
const pairFeatures = (tokens: readonly Token[], i: number): string[] => [
  `-1w|w=${wordOf(tokens[i - 1])}|${wordOf(tokens[i])}`,
  `w|+1w=${wordOf(tokens[i])}|${wordOf(tokens[i + 1])}`,
];

/** The words a little further off (3 to `WIDE` away), as a bag: "född" three words before "3 mars", "kronor" after "8 400". */
const bagFeature = (other: Token, left: boolean): string => `${left ? 'L' : 'R'}=${other.lower}`;
const inBagWindow = (tokens: readonly Token[], i: number, k: number): boolean => Math.abs(k - i) > 2 && tokens[k]?.kind === 'word';

const askedWord = (t: Token): boolean => t.kind === 'word' && t.text.length >= 3;

/** The words of the utterance before, the same for every token. */
function askedFeatures(previous: readonly Token[]): string[] {
  const words = previous.filter(askedWord).slice(-CONTEXT_WORDS);
  const asked = [...new Set(words.map((t) => `q=${t.lower}`))];
  if (previous.at(-1)?.text === '?') asked.push('q?');
  return asked;
}

/** Every token's features: the token itself, its neighbours, and the utterance before (the training data's form). */
export function recogniserFeatures(tokens: readonly Token[], previous: readonly Token[] = []): string[][] {
  const asked = askedFeatures(previous);
  return tokens.map((t, i) => {
    const features = [...ownFeatures(t), ...asked, ...pairFeatures(tokens, i)];
    for (const offset of OFFSETS) features.push(...neighbourFeatures(tokens[i + offset], offset));
    for (let k = i - WIDE; k <= i + WIDE; k++) if (inBagWindow(tokens, i, k)) features.push(bagFeature(tokens[k]!, k < i));
    return features;
  });
}

/** The weights the features give each label, summed. */
function scoresOf(m: RecogniserModel, features: readonly string[]): Float64Array {
  const sum = new Float64Array(m.labels.length);
  for (const f of features) for (const [label, weight] of m.weights.get(f) ?? []) sum[label] += weight;
  return sum;
}

/**
 * Scores by their labels with a weight only: a bag word weighs two or three labels of eleven, a
 * neighbour six or seven, and adding the rest (zeros) was half the scoring's time.
 */
interface Sparse {
  labels: Int32Array;
  weights: Float64Array;
}
function sparse(vector: Float64Array): Sparse {
  const labels = Int32Array.from(vector.keys()).filter((y) => vector[y] !== 0);
  return { labels, weights: Float64Array.from(labels, (y) => vector[y]!) };
}

/** What one token contributes, as itself and as the neighbour or bag word of others: depends on the token alone. */
interface TokenScores {
  /** Its `wordOf`, and the word pairs it begins (`before.get(word)`, `after.get(word)`), looked up once. */
  word: string;
  pairsBefore?: Map<string, Sparse>;
  pairsAfter?: Map<string, Sparse>;
  own: Float64Array;
  /**
   * Its sparse scores as the token at -2, -1, +1, +2 (in `OFFSETS` order; -1 and +1 empty, see `next`) of another, then as a bag
   * word left of another (it stands before it) and right of another (empty for no word): segment `s`
   * is `labels`/`weights` from `starts[s]` to `starts[s + 1]`. (Two arrays rather than six small
   * ones: scoring reads them for every token around this one, and scattered arrays were slower.)
   */
  labels: Int32Array;
  weights: Float64Array;
  starts: Int32Array;
  /** As a word of the utterance before ("q=…"); undefined for a token `askedFeatures` leaves out. */
  asked?: Float64Array;
  /**
   * Its scores as the token at -1 and at +1 of another, dense (`labels` wide each): there its shape,
   * capital and lexicon flags weigh nearly every label, and a dense add skips the look-up of each
   * label (the zeros it adds leave the sums as they were).
   */
  next: Float64Array;
}

/**
 * A model's weights arranged for scoring without building feature strings: each token's scores by
 * its text, kind and capital (the same words recur in every call, so they are looked up once), and
 * the word-pair weights by the two words.
 */
interface Prepared {
  tokens: Map<string, (TokenScores | undefined)[]>;
  cachedTokens: number;
  /** "-1w|w=A|B", the weights for B: `before.get(A).get(B)`; "w|+1w=A|B", the weights for A: `after.get(A).get(B)`. */
  before: Map<string, Map<string, Sparse>>;
  after: Map<string, Map<string, Sparse>>;
  noNeighbour: Sparse[];
  /** The transitions and their potentials by the label they lead to (`to * labels + from`), read in order by the decoding. */
  transitionsTo: Float64Array;
  potentialsTo: Float64Array;
  /**
   * Per label, the labels before it by the transition into it, highest first (`y * labels + rank`):
   * the decoding scores the labels before in this order and stops where even this transition cannot
   * lift the runner-up to the best score so far (the rest have lower transitions still).
   */
  sourcesInto: Int32Array;
  /** The labels of spans the recogniser adds (B- and I- of a kind with an entity type): only their confidence is read. */
  spanLabels: boolean[];
  /** Each label's kind ("NAME" of B-NAME and I-NAME; undefined for O), and whether it begins a span: read per token, sliced once. */
  kinds: (string | undefined)[];
  begins: boolean[];
}
const prepared = new WeakMap<RecogniserModel, Prepared>();
const MAX_CACHED_TOKENS = 100_000;
const PAIR_BEFORE = '-1w|w=';
const PAIR_AFTER = 'w|+1w=';

function prepare(m: RecogniserModel): Prepared {
  let found = prepared.get(m);
  if (found) return found;
  const before = new Map<string, Map<string, Sparse>>();
  const after = new Map<string, Map<string, Sparse>>();
  for (const feature of m.weights.keys()) {
    const pairs = feature.startsWith(PAIR_BEFORE) ? before : feature.startsWith(PAIR_AFTER) ? after : undefined;
    if (!pairs) continue;
    // Register the pair at every "|" it could be split at, as the string lookup would match it
    // (a word that is itself "|" makes "a|||b" ambiguous).
    const both = feature.slice(PAIR_BEFORE.length);
    const scores = sparse(scoresOf(m, [feature]));
    for (let bar = both.indexOf('|'); bar >= 0; bar = both.indexOf('|', bar + 1)) {
      const [first, second] = [both.slice(0, bar), both.slice(bar + 1)];
      if (!pairs.has(first)) pairs.set(first, new Map());
      pairs.get(first)!.set(second, scores);
    }
  }
  const k = m.labels.length;
  const byTarget = (table: Float64Array) => Float64Array.from({ length: k * k }, (_, at) => table[(at % k) * k + Math.floor(at / k)]!);
  found = {
    tokens: new Map(),
    cachedTokens: 0,
    before,
    after,
    noNeighbour: OFFSETS.map((offset) => sparse(scoresOf(m, neighbourFeatures(undefined, offset)))),
    transitionsTo: byTarget(m.transitions),
    potentialsTo: byTarget(m.transitionPotentials),
    sourcesInto: Int32Array.from({ length: k * k }, (_, at) => {
      const to = Math.floor(at / k);
      // (A stable sort: equal transitions keep the order of their labels.)
      return m.labels.map((_, from) => from).sort((a, b) => m.transitions[b * k + to]! - m.transitions[a * k + to]!)[at % k]!;
    }),
    spanLabels: m.labels.map((label) => label !== 'O' && LABEL_TYPES[label.slice(2)] !== undefined),
    kinds: m.labels.map((label) => (label === 'O' ? undefined : label.slice(2))),
    begins: m.labels.map((label) => label.startsWith('B-')),
  };
  prepared.set(m, found);
  return found;
}

/** The segments of `TokenScores.labels`/`weights` after the neighbours': as a bag word on the left, on the right. */
const LEFT = OFFSETS.length;
const RIGHT = OFFSETS.length + 1;

/** Sparse scores one after another, as `TokenScores` keeps them. */
function packed(parts: readonly (Sparse | undefined)[]): Pick<TokenScores, 'labels' | 'weights' | 'starts'> {
  const starts = new Int32Array(parts.length + 1);
  parts.forEach((part, s) => (starts[s + 1] = starts[s]! + (part?.labels.length ?? 0)));
  const labels = new Int32Array(starts[parts.length]!);
  const weights = new Float64Array(starts[parts.length]!);
  parts.forEach((part, s) => {
    if (!part) return;
    labels.set(part.labels, starts[s]);
    weights.set(part.weights, starts[s]);
  });
  return { labels, weights, starts };
}

/** A token's place among the cached scores of its text: by kind, then by `capOf` (low, cap, cs). */
const slotOf = (t: Token): number => (t.kind === 'word' ? 0 : t.kind === 'digits' ? 3 : 6) + (t.capitalised ? (t.sentenceStart ? 2 : 1) : 0);

function tokenScores(m: RecogniserModel, p: Prepared, t: Token): TokenScores {
  return p.tokens.get(t.text)?.[slotOf(t)] ?? scoredToken(m, p, t);
}

/**
 * `tokenScores` for a token not cached yet. (Apart from the look-up: its closures capture `m` and `t`,
 * so a call allocates their context on entry, even where the token is found, a few hundred thousand a megabyte.)
 */
function scoredToken(m: RecogniserModel, p: Prepared, t: Token): TokenScores {
  let byShape = p.tokens.get(t.text);
  if (!byShape) {
    if (p.cachedTokens > MAX_CACHED_TOKENS) {
      p.tokens = new Map();
      p.cachedTokens = 0;
    }
    p.tokens.set(t.text, (byShape = []));
  }
  const slot = slotOf(t);
  let found = byShape[slot];
  if (!found) {
    const word = t.kind === 'word';
    const its = wordOf(t);
    const { labels, weights, starts } = packed([
      // (A token at -1 of another is that token's left neighbour: the feature names the offset from the other.)
      // (At -1 and +1, dense in `next` instead: their segments are left empty.)
      ...OFFSETS.map((offset) => (Math.abs(offset) === 1 ? undefined : sparse(scoresOf(m, neighbourFeatures(t, offset))))),
      word ? sparse(scoresOf(m, [bagFeature(t, true)])) : undefined,
      word ? sparse(scoresOf(m, [bagFeature(t, false)])) : undefined,
    ]);
    found = {
      word: its,
      pairsBefore: p.before.get(its),
      pairsAfter: p.after.get(its),
      own: scoresOf(m, ownFeatures(t)),
      labels,
      weights,
      starts,
      asked: askedWord(t) ? scoresOf(m, [`q=${t.lower}`]) : undefined,
      next: Float64Array.of(...scoresOf(m, neighbourFeatures(t, -1)), ...scoresOf(m, neighbourFeatures(t, 1))),
    };
    byShape[slot] = found;
    p.cachedTokens++;
  }
  return found;
}

/** Every token's score for every label (row-major, `labels` wide): the sum of `recogniserFeatures`' weights, by token. */
export function emissionScores(m: RecogniserModel, tokens: readonly Token[], previous: readonly Token[] = []): Float64Array {
  return scoreInto(new Float64Array(tokens.length * m.labels.length), m, tokens, previous);
}

/** `emissionScores` written into `emission` (at least tokens × labels long). */
function scoreInto(emission: Float64Array, m: RecogniserModel, tokens: readonly Token[], previous: readonly Token[]): Float64Array {
  const p = prepare(m);
  const k = m.labels.length;
  const n = tokens.length;
  const asked = askedScores(m, p, previous, scratch('asked', k));
  // (Reused from one utterance to the next, as the scratch arrays are.)
  const tokenParts = scratchParts;
  tokenParts.length = n;
  for (let i = 0; i < n; i++) tokenParts[i] = tokenScores(m, p, tokens[i]!);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    const part = tokenParts[i]!;
    // What depends on one token only, and the utterance before.
    for (let y = 0; y < k; y++) emission[row + y] = asked[y]! + part.own[y]!;
    // The pairs (pairFeatures).
    add(emission, row, (i > 0 ? tokenParts[i - 1]!.pairsBefore : p.before.get('<none>'))?.get(part.word));
    add(emission, row, part.pairsAfter?.get(i + 1 < n ? tokenParts[i + 1]!.word : '<none>'));
    for (let o = 0; o < OFFSETS.length; o++) {
      // (Bounds first: an index out of an array's range, below 0 above all, is a slow look-up in V8.)
      const offset = OFFSETS[o]!;
      const j = i + offset;
      const other = j >= 0 && j < n ? tokenParts[j] : undefined;
      if (!other) add(emission, row, p.noNeighbour[o]);
      else if (offset === -1 || offset === 1) {
        const at = offset === -1 ? 0 : k;
        for (let y = 0; y < k; y++) emission[row + y] += other.next[at + y]!;
      } else addSegment(emission, row, other, o);
    }
    for (let j = Math.max(0, i - WIDE); j < i - 2; j++) addSegment(emission, row, tokenParts[j]!, LEFT);
    for (let j = i + 3; j <= Math.min(n - 1, i + WIDE); j++) addSegment(emission, row, tokenParts[j]!, RIGHT);
  }
  return emission;
}

/** Sparse scores added into one row of the emission. */
function add(emission: Float64Array, row: number, scores: Sparse | undefined): void {
  if (scores) for (let q = 0; q < scores.labels.length; q++) emission[row + scores.labels[q]!] += scores.weights[q]!;
}

/** One segment of a token's packed scores added into one row of the emission. */
function addSegment(emission: Float64Array, row: number, part: TokenScores, segment: number): void {
  const { labels, weights, starts } = part;
  for (let q = starts[segment]!, end = starts[segment + 1]!; q < end; q++) emission[row + labels[q]!] += weights[q]!;
}

/**
 * `scoresOf(m, askedFeatures(previous))`, from each word's cached "q=…" scores: no feature string
 * built and looked up per word of the utterance before, for every utterance.
 */
function askedScores(m: RecogniserModel, p: Prepared, previous: readonly Token[], sum: Float64Array): Float64Array {
  const k = m.labels.length;
  sum.fill(0, 0, k);
  // The last `CONTEXT_WORDS` words that count, found from the end (no copy of the utterance before), then read in order.
  let from = previous.length;
  for (let counted = 0; from > 0 && counted < CONTEXT_WORDS; ) if (askedWord(previous[--from]!)) counted++;
  // (Twelve words at most: a list is quicker than a set.)
  const seen: string[] = [];
  for (let w = from; w < previous.length; w++) {
    const t = previous[w]!;
    if (!askedWord(t) || seen.includes(t.lower)) continue;
    seen.push(t.lower);
    const vector = tokenScores(m, p, t).asked;
    if (vector) for (let y = 0; y < k; y++) sum[y] += vector[y]!;
  }
  if (previous.at(-1)?.text === '?') for (const [label, weight] of m.weights.get('q?') ?? []) sum[label] += weight;
  return sum;
}

/**
 * Arrays the scoring and decoding reuse from one utterance to the next, by name, grown as needed:
 * a typed array of this size lives outside the heap, slow to make and to free by the thousand.
 */
const scratchArrays = new Map<string, Float64Array>();
let scratchBack = new Int32Array(0);
let scratchPath = new Int32Array(0);
const scratchParts: TokenScores[] = [];
function scratch(name: string, size: number): Float64Array {
  let array = scratchArrays.get(name);
  if (!array || array.length < size) scratchArrays.set(name, (array = new Float64Array(Math.max(2 * size, 256))));
  return array;
}

/**
 * The best-scoring path (Viterbi), and how sure the model is of each token's label on it: the
 * marginal probability, by scaled forward-backward.
 */
function decode(m: RecogniserModel, emission: Float64Array, n: number): { path: Int32Array; confidence: Float64Array } {
  const k = m.labels.length;
  const { transitionsTo, potentialsTo, spanLabels, sourcesInto } = prepare(m);
  // Viterbi, in log space (sums only).
  const best = scratch('best', n * k);
  const back = scratchBack.length >= n * k ? scratchBack : (scratchBack = new Int32Array(2 * n * k));
  for (let y = 0; y < k; y++) best[y] = emission[y]!;
  for (let i = 1; i < n; i++) {
    const before = (i - 1) * k;
    // The best label of the token before (the first of equals), and the best score of the others.
    let lead = 0;
    for (let x = 1; x < k; x++) if (best[before + x]! > best[before + lead]!) lead = x;
    let runnerUp = -Infinity;
    for (let x = 0; x < k; x++) if (x !== lead && best[before + x]! > runnerUp) runnerUp = best[before + x]!;
    for (let y = 0; y < k; y++) {
      const into = y * k;
      let top = best[before + lead]! + transitionsTo[into + lead]!;
      let from = lead;
      // The labels before other than the lead, by their transition into y, highest first: once not even
      // the runner-up's score with this transition reaches the best so far, none after it can (sums round
      // monotonically), and the lead stays best unless one scored above it; of equal scores the first
      // label wins, as in a scan in label order.
      for (let r = 0; r < k; r++) {
        const x = sourcesInto[into + r]!;
        if (x === lead) continue;
        if (runnerUp + transitionsTo[into + x]! < top) break;
        const score = best[before + x]! + transitionsTo[into + x]!;
        if (score > top || (score === top && x < from)) {
          top = score;
          from = x;
        }
      }
      back[i * k + y] = from;
      best[i * k + y] = top + emission[i * k + y]!;
    }
  }
  // (The path and the confidence in reused arrays, read up to n: two arrays less per utterance.)
  const path = scratchPath.length >= n ? scratchPath : (scratchPath = new Int32Array(2 * n));
  const confidence = scratch('confidence', n);
  let last = 0;
  for (let y = 1; y < k; y++) if (best[(n - 1) * k + y]! > best[(n - 1) * k + last]!) last = y;
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * k + path[i]!]!;
  // Only the tokens of a span that is used (a name, an address …, not O or ID) have their
  // confidence read: none (most utterances), no forward-backward; else beta from the first on.
  let first = 0;
  while (first < n && !spanLabels[path[first]!]) first++;
  if (first === n) return { path, confidence }; // (no span: no confidence is read)
  // Forward-backward on probabilities, each token's emissions scaled by their largest and each
  // step normalised, so nothing overflows and the marginals come out as alpha × beta.
  const potentials = scratch('potentials', n * k);
  for (let i = 0; i < n; i++) {
    let top = -Infinity;
    for (let y = 0; y < k; y++) top = Math.max(top, emission[i * k + y]!);
    for (let y = 0; y < k; y++) potentials[i * k + y] = Math.exp(emission[i * k + y]! - top);
  }
  const alpha = scratch('alpha', n * k);
  const scale = scratch('scale', n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let y = 0; y < k; y++) {
      let reach = i === 0 ? 1 : 0;
      if (i > 0) for (let x = 0; x < k; x++) reach += alpha[(i - 1) * k + x]! * potentialsTo[y * k + x]!;
      alpha[i * k + y] = reach * potentials[i * k + y]!;
      total += alpha[i * k + y]!;
    }
    scale[i] = total;
    for (let y = 0; y < k; y++) alpha[i * k + y] /= total;
  }
  const beta = scratch('beta', n * k);
  for (let y = 0; y < k; y++) beta[(n - 1) * k + y] = 1;
  // (What each label of the next token passes back, multiplied out once rather than per label before it.)
  const next = scratch('next', k);
  const { transitionPotentials } = m;
  for (let i = n - 2; i >= first; i--) {
    for (let y = 0; y < k; y++) next[y] = potentials[(i + 1) * k + y]! * beta[(i + 1) * k + y]!;
    for (let x = 0; x < k; x++) {
      let onward = 0;
      for (let y = 0; y < k; y++) onward += transitionPotentials[x * k + y]! * next[y]!;
      beta[i * k + x] = onward / scale[i + 1]!;
    }
  }
  // (Before `first`, beta is not computed: those tokens' confidence is NaN, and never read.)
  for (let i = 0; i < n; i++) confidence[i] = i < first ? NaN : alpha[i * k + path[i]!]! * beta[i * k + path[i]!]!;
  return { path, confidence };
}

/** What the dialogue knows around an utterance that bears on the model's spans. */
export interface RecognisedContext {
  /** The policy redacts dates of birth. */
  datesOfBirth: boolean;
  /** The question this utterance answers asked for one. */
  birthAsked: boolean;
  /** The question this utterance answers asked for a name ("Vad heter du?"). */
  nameAsked?: boolean;
}

/** The names, addresses, postcodes and dates of birth the model finds in one utterance. */
export function findRecognised(tokens: readonly Token[], previous: readonly Token[] = [], context: RecognisedContext = { datesOfBirth: true, birthAsked: false }): Candidate[] {
  const m = replacement === undefined ? shippedModel() : replacement;
  if (m === null || tokens.length === 0) return [];
  const { path, confidence } = decode(m, scoreInto(scratch('emission', tokens.length * m.labels.length), m, tokens, previous), tokens.length);
  const found: Candidate[] = [];
  // A span runs over the tokens of one kind, from a word or number to a word or number (not the
  // punctuation around it); how sure the model is of it is its least sure token inside.
  let open: { kind: string; first: number; last: number; sure: number } | undefined;
  const close = () => {
    const type = open && LABEL_TYPES[open.kind];
    const allowed = open && type && open.sure >= minConfidence ? allowedByRules(tokens, type, open.first, open.last, context) : undefined;
    if (allowed) found.push(allowed);
    open = undefined;
  };
  const { kinds, begins } = prepare(m);
  for (let i = 0; i < tokens.length; i++) {
    const kind = kinds[path[i]!];
    if (kind === undefined) {
      close();
      continue;
    }
    if (begins[path[i]!] || open?.kind !== kind) close();
    if (tokens[i]!.kind === 'punct') continue;
    open ??= { kind, first: i, last: i, sure: 1 };
    open.last = i;
    open.sure = Math.min(open.sure, confidence[i]!);
  }
  close();
  return found;
}

/** A form named before its code: "blanketten SKV 7640", "form FK 5012". */
const FORM_WORDS_BEFORE = /^(?:blankett(?:en)?|form(?:ulär(?:et)?)?)$/u;
/** "till Sverige 1998", "from Iraq in 2015": a place one moved to or from, before a year. */
const MOVED_TO = new Set(['till', 'to', 'i', 'in', 'från', 'from']);
const MOVE_VERBS = new Set(['flyttade', 'moved']);
const LIVING_VERBS = new Set(['bor', 'bodde', 'live', 'lives', 'living', 'lived']);
/** A move right before the preposition at `first - 1` ("flyttade vi till"), in a sentence that does not say where one lives ("Vi flyttade i mars och bor nu i Berga sextiofyra"). */
function movedJustBefore(tokens: readonly Token[], first: number): boolean {
  if (!tokens.slice(Math.max(0, first - 4), first - 1).some((t) => MOVE_VERBS.has(t.lower))) return false;
  return !tokens.slice(sentenceStartOf(tokens, first), first).some((t) => LIVING_VERBS.has(t.lower));
}
/** "nittonhundranittioett", "nineteen ninety-one", "tvåtusentolv": a whole year in words. */
function yearInWords(numbers: readonly Token[]): boolean {
  const atoms = numbers.map((t) => (t.kind === 'word' ? numberWordAtoms(t.lower) : undefined));
  if (atoms.some((a) => a === undefined)) return false;
  const first = atoms[0]!;
  // ("tjugohundratolv": the 2000s said as twenty hundred, round 75.)
  if (numbers.length === 1) return ((first[0] === 19 || first[0] === 18 || first[0] === 20) && first[1] === -100) || (first[0] === 2 && first[1] === -1000);
  return numbers.length === 2 && (first[0] === 19 || first[0] === 20) && first.length === 1 && isTensWord(numbers[1]!);
}
/** "nittiotvå", "sixty": a number from twenty to ninety-nine in words, as a year is said in short. */
function isTensWord(t: Token): boolean {
  const atoms = t.kind === 'word' ? numberWordAtoms(t.lower) : undefined;
  return !!atoms && atoms[0]! >= 20 && atoms[0]! < 100 && atoms[0]! % 10 === 0 && (atoms.length === 1 || (atoms.length === 2 && atoms[1]! < 10));
}

/** Prepositions of place, which no name has inside it ("de", "la", "van" are particles, not these). */
const PLACE_PREPOSITIONS_IN_NAME = new Set(['at', 'in', 'på', 'i', 'från', 'from', 'hos', 'vid']);

const ROOM_OR_WARD = new Set(['rum', 'room', 'avdelning', 'ward', 'sal', 'bay']);
/** Verbs of events whose dates are said like dates of birth. */
const EVENTS_BEFORE_DATE = new Set([
  'dog', 'died', 'passed', 'flyttade', 'moved', 'kom', 'came',
  'avled', 'dött', 'skickade', 'sent', 'beslutet', 'betalades', 'paid',
  // "date of death 2nd of December 2026", "vi gifte oss … bröllopet 12 juni 1976" (round 34).
  'death', 'dödsdatum', 'dödsdag', 'dödsdagen', 'wedding', 'bröllop', 'bröllopet',
  // "the letter is dated 8 September 2026", "brevet är daterat …" (round 44).
  'dated', 'daterat', 'daterad', 'daterade',
  // "två betalningar den 23 december", "the payment on the 25th": a payment's date (round 21).
  'betalning', 'betalningar', 'betalningarna', 'utbetalning', 'utbetalningen', 'utbetalningar', 'betalade', 'payment', 'payments',
]);
/** "född", "föddes", "born": the verb of a birth, said right before or just after its date. */
const isBirthVerb = (t: Token | undefined): boolean => t !== undefined && /^(?:född|föddes|born)$/u.test(t.lower);
/** A word that speaks of birth at all: its verbs, "birth", "födelsedatum", "födelsedagen". */
const speaksOfBirth = (t: Token): boolean => isBirthVerb(t) || /^(?:birth|födelse\p{L}*)$/u.test(t.lower);
/** "Senast den 31 januari 2027", "by 1 March": a deadline, unless birth is asked for or named ("född strax före jul, 22 december 1985"). */
const DEADLINE_BEFORE_DATE = new Set(['senast', 'innan', 'före', 'tills', 'by', 'before', 'until', 'deadline']);
/** Function words that belong to a spoken date. */
const DATE_WORDS = new Set(['den', 'the', 'of', 'on', 'in', 'i', 'på', 'år', 'året']);
/**
 * The words a note and a call name the parties and the name with ("Kunden läste upp …",
 * "Efternamnet stavas …"): never a name's or an address's own.
 */
const ROLE_WORDS = new Set(['kunden', 'kundens', 'handläggaren', 'handläggarens', 'caller', "caller's", 'agent', "agent's", 'surname', ...NAME_NOUNS]);
/** "Dr", "fru", "doktor": a title before a name is no part of it (an address may begin with one: "Doktor Abelins gata 5"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLES, ...CARE_TITLES]);
/** "vi heter Holmgrens Bygg", "firman heter …": a firm is named, not a person. */
const FIRM_NAMED = new Set(['vi', 'firman', 'företaget', 'bolaget', 'we']);

/**
 * Words no name or address begins or ends with, though the lists lack them: "ungefär 3 000", "about 2,000" (an amount),
 * "Vecka 3", "week 12" (a time), round 37.
 */
const NEVER_AT_EDGE = new Set(['ungefär', 'cirka', 'runt', 'omkring', 'about', 'around', 'approximately', 'roughly', 'vecka', 'veckan', 'week', 'weeks']);

/** A week of a pregnancy after a birth date: "i vecka trettioåtta", "in week 39" (round 79). */
const PREGNANCY_WEEK: ReadonlySet<string> = new Set(['vecka', 'veckan', 'week']);
const IN_WEEK: ReadonlySet<string> = new Set(['i', 'in', 'på', 'at']);
/** What may stand between a week's number and a year after it: "vecka 24, 1985", "week 12 of 1990", "vecka 32 år 2019". */
const WEEK_TO_YEAR: ReadonlySet<string> = new Set([',', 'of', 'av', 'år', 'året', 'year', 'in', 'i']);
/** "1985", "nittonhundranittio", "nineteen", "tjugonitton": a year, in figures or words. */
const isYearToken = (m: Token): boolean => (m.kind === 'digits' && m.text.length === 4) || (numberWordAtoms(m.lower)?.[0] ?? 0) >= 19;
/**
 * The token of a year that follows the week at `week` and its number, up to `last`: "vecka 24, 1985", "week 12 of nineteen
 * ninety" (review 79); undefined where none does.
 */
function yearAfterWeek(tokens: readonly Token[], week: number, last: number): number | undefined {
  let j = week + 1;
  if (j <= last && isNumberToken(tokens[j]!)) j++;
  while (j <= last && WEEK_TO_YEAR.has(tokens[j]!.lower)) j++;
  return j <= last && isNumberToken(tokens[j]!) && isYearToken(tokens[j]!) ? j : undefined;
}

/** "står", "kostar", "costs": what a letter says or a thing costs, between an address and a sum. */
const SAYS_OR_COSTS = new Set(['står', 'kostar', 'kostade', 'costs', 'shows', 'visar']);

/** English words before "home" that make it a home many live in: "care home", "nursing home". */
const HOME_KINDS = new Set(['care', 'nursing', 'residential', 'retirement', 'senior']);
/** The index of the home's word when the span from `first` opens with a home's name: "Solgårdens äldreboende", "Oakwood Care Home". */
function homeNamedAt(tokens: readonly Token[], first: number, last: number): number | undefined {
  let k = first;
  while (k <= last && k < first + 3 && tokens[k]!.kind === 'word' && tokens[k]!.capitalised && !isStreetWord(tokens[k]!.lower) && !HOME_KINDS.has(tokens[k]!.lower)) k++;
  if (k === first || k > last) return undefined;
  if (HOME_WORDS.has(tokens[k]!.lower)) return k;
  return HOME_KINDS.has(tokens[k]!.lower) && tokens[k + 1]?.lower === 'home' && k + 1 <= last ? k + 1 : undefined;
}

/**
 * "…, fel ställe, OCR 8 8 2 0 4 4 1 7 3", "Dnr 4 4 1 2": a reference's or a case's word and only figures after it is that
 * reference, no street with its house number nor a postcode with its letters (Round 99). The figures still go to the
 * identifier rules: a valid personnummer or account after "OCR" is redacted all the same.
 */
function referenceWithFigures(tokens: readonly Token[], first: number, last: number): boolean {
  while (first < last && tokens[first]!.kind === 'punct') first++;
  return first < last && cueOf(tokens as Token[], first) === 'exempt' && tokens.slice(first + 1, last + 1).every((t) => isNumberToken(t) || t.kind === 'punct');
}

/**
 * The number in words that token `k` is in, read whole ("one hundred and fifty-seven thousand", "etthundranittiotvåtusen
 * trehundra"), is said with its thousands and is ten thousand or more (round 102). English "and" only after a hundred or a
 * thousand, as a number says it.
 */
function sumOfThousandsAt(tokens: readonly Token[], k: number): boolean {
  const atoms = (j: number) => (tokens[j]?.kind === 'word' ? numberWordAtoms(tokens[j]!.lower) : undefined);
  const joins = (j: number) => tokens[j]?.lower === 'and' && (atoms(j - 1)?.at(-1) ?? 0) < 0 && atoms(j + 1) !== undefined;
  if (atoms(k) === undefined) return false;
  let from = k;
  while (atoms(from - 1) !== undefined || (from > 1 && joins(from - 1))) from--;
  let total = 0;
  let current = 0;
  let thousands = false;
  for (let j = from; atoms(j) !== undefined || joins(j); j++) {
    for (const a of atoms(j) ?? []) {
      if (a === -100) current = (current || 1) * 100;
      else if (a === -1000) {
        total += (current || 1) * 1000;
        current = 0;
        thousands = true;
      } else if (a >= 0) current += a;
    }
  }
  return thousands && total >= 10000;
}

/**
 * What the rules know to keep, the model may not take: the places, organisations, months, weekdays
 * and function words at the edges of a "name" ("i Juni Lindberg", "Lindqvist since May": only the
 * name is one), the country before an address and the town after it, a firm's name ("Holmgrens Bygg
 * AB", "vi heter Holmgrens Bygg"), a name word that is also an ordinary one said first ("Stig på"), a
 * number counted in a unit ("Solgården 3 veckor"), the date of another event, a year alone where
 * birth was not asked for, and any date of birth where the policy keeps them. Returns the span of
 * tokens `first` to `last` as the rules allow it, or undefined.
 */
function allowedByRules(tokens: readonly Token[], type: EntityType, first: number, last: number, context: RecognisedContext): Candidate | undefined {
  if (type === 'dateOfBirth' && !context.datesOfBirth) return undefined;
  if ((type === 'address' || type === 'postcode') && referenceWithFigures(tokens, first, last)) return undefined;
  const { places, notNames, stopWords, names } = lexicon();
  const neverAtEdge = (t: Token) => t.kind === 'punct' || stopWords.has(t.lower) || notNames.has(t.lower) || REGIONS_ABROAD.has(t.lower) || NATIONALITIES.has(t.lower) || ROLE_WORDS.has(t.lower) || NEVER_AT_EDGE.has(t.lower) || (t.capitalised && US_STATES.has(t.lower));
  if (type === 'name') {
    // (In a transcript with capitals, a lower-case word at the edge is no part of a name: "since".)
    const capitals = tokens.slice(first, last + 1).some((t) => t.capitalised && !t.sentenceStart);
    // ("Niohundra, ja": a number said first is no name.)
    const notAName = (k: number) => {
      const t = tokens[k]!;
      return neverAtEdge(t) || pronounWithVerb(tokens, k) || TITLE_WORDS.has(t.lower) || t.kind !== 'word' || (capitals && !t.capitalised) || places.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || numberWordAtoms(t.lower) !== undefined;
    };
    // ("June Whitaker", "Maj Lund": a first name that is a month, before a surname the model took with it, stays.)
    const monthFirstName = (k: number) => k < last && !MONTH_LEADS.has(tokens[k - 1]?.lower ?? '') && MONTHS.has(tokens[k]!.lower) && tokens[k]!.capitalised && ((names.get(tokens[k]!.lower) ?? 0) & NameFlag.first) !== 0 && tokens[k + 1]!.capitalised && !tokens[k + 1]!.sentenceStart;
    while (first <= last && notAName(first) && !monthFirstName(first)) first++;
    while (last >= first && notAName(last)) last--;
    // "they live in Addis Ababa", "bodde i Hua Hin": a known town after a verb of living is the place.
    if (placeSaidAt(tokens, first, last)) return undefined;
    // "on Ward 10 North": a ward by its number is no one called Ward.
    if (first === last && ['ward', 'bay'].includes(tokens[first]?.lower ?? '') && tokens[first + 1]?.kind === 'digits') return undefined;
    // "Dr. de la Cruz at Karolinska": a name ends before a preposition of place; what follows is where.
    for (let k = first + 1; k <= last; k++) {
      if (!PLACE_PREPOSITIONS_IN_NAME.has(tokens[k]!.lower)) continue;
      last = k - 1;
      break;
    }
    while (last >= first && notAName(last)) last--;
    // "Hedvig Eleonora församling", "Parkinsons": a public institution or a disease named after someone (round 29).
    const namedAfter = first === last ? isDiseaseEponym(tokens, first) : false;
    const institution = first <= last && publicInstitutionAfter(tokens, first) !== undefined;
    if (first <= last && (namedAfter || institution) && !namedByCue(tokens as Token[], first)) return undefined;
  } else if (type === 'address') {
    // "i Afghanistan, Karte Se, gata 4", "Storgatan 5 Karlstad": the country before and the town after are kept.
    while (first <= last && neverAtEdge(tokens[first]!)) first++;
    while (last >= first && (neverAtEdge(tokens[last]!) || places.has(tokens[last]!.lower))) last--;
    // (Nothing left but a comma or a town: no address, and no token past the end to read.)
    if (first > last) return undefined;
    // "…, hus 17, i Kabul", "… 14 i Pireus", "…, Chiang Mai": after the last number, a comma or a
    // preposition begins the town line.
    let lastNumber = last;
    while (lastNumber >= first && !isNumberToken(tokens[lastNumber])) lastNumber--;
    const after = tokens[lastNumber + 1];
    if (lastNumber >= first && lastNumber < last && after && (after.text === ',' || stopWords.has(after.lower))) last = lastNumber;
    // "Kyrkogatan 8 står 13 950": a verb of what a letter says or costs after the house number ends the address; the
    // number after it is no part of it (round 37).
    const verb = tokens.findIndex((t, k) => k > first && k < last && isNumberToken(tokens[k - 1]) && SAYS_OR_COSTS.has(t.lower) && isNumberToken(tokens[k + 1]));
    if (verb > 0) last = verb - 1;
    // ("Pohjoisranta 11 A.", "…, Storgata 14 B, 1771": a stairwell's capital after the house number, closing its clause, is the
    // address's, whatever the model or the stop words left of it; round 91.)
    const stair = tokens[last + 1];
    if (last > first && tokens[last]!.kind === 'digits' && stair && /^[A-H]$/u.test(stair.text) && (!tokens[last + 2] || tokens[last + 2]!.kind === 'punct')) last++;
    // "2300 København S", "00185 Roma": the town right after a postcode is kept too.
    const townOnly = tokens.slice(lastNumber + 1, last + 1).every((t) => t.kind === 'word' && t.capitalised);
    if (lastNumber >= first && lastNumber < last && postcodeEndsAt(tokens, lastNumber) && townOnly) {
      last = lastNumber;
      // (What is left may be the postcode alone: it stays redacted, as one.)
      if (tokens.slice(first, last + 1).every((t) => t.kind === 'digits')) return { type: 'postcode', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.learned };
    }
    // In a transcript with capitals, words with no capital and no number or ordinal ("läste", not
    // "third floor") are no address.
    const span = tokens.slice(first, last + 1);
    if (tokens.some((t) => t.capitalised) && !span.some((t) => t.capitalised || isNumberToken(t) || isDatePart(t))) return undefined;
    // "… nära Sten Sturegymnasiet, men det är inte därför, jag heter faktiskt": a clause that names someone is no address.
    if (span.some((t) => NAMING_WORDS.has(t.lower))) return undefined;
    // "Absolut, då ringer jag dig på måndag den tjugoandra i stället. Samma nummer som du ringer": a clause with a person in
    // it is no address.
    // (A long span only: an address read in a few words is taken as it is.)
    if (span.filter((t) => t.kind === 'word').length >= 5 && span.some((t) => CLAUSE_PERSONS.has(t.lower))) return undefined;
    // "Adolf Fredriks kyrka 1969", "Danderyd Hospital, ward 12, room 4": a public institution is no one's address; what
    // follows it may be (a room).
    const institution = span.some((t) => isStreetWord(t.lower)) ? undefined : publicInstitutionAfter(tokens, first);
    if (institution !== undefined) {
      let after = institution + 1;
      while (after <= last && tokens[after]!.kind === 'punct') after++;
      if (after > last || tokens.slice(after, last + 1).every((t) => isNumberToken(t) || t.kind === 'punct')) return undefined;
      return allowedByRules(tokens, type, after, last, context);
    }
    // "Solgårdens äldreboende, rum 214", "Rosewood Care Home, room 17": a home that many live in, named first, is kept as a
    // hospital is; the room or flat after it is the address (round 36).
    const home = homeNamedAt(tokens, first, last);
    if (home !== undefined) {
      let after = home + 1;
      // ("Lärkans gruppboende i Nacka, lägenhet 4": the town the home is in, too.)
      // (A known town only: "in Mill Lane, room 17" is the home's street, part of the address.)
      const town = (k: number) => tokens[k]?.capitalised === true && lexicon().places.has(tokens[k]!.lower) && !isStreetWord(tokens[k]!.lower) && ['i', 'in'].includes(tokens[k - 1]?.lower ?? '');
      while (after <= last && (tokens[after]!.kind === 'punct' || (['i', 'in'].includes(tokens[after]!.lower) && town(after + 1)) || town(after))) after++;
      if (after > last || tokens.slice(after, last + 1).every((t) => t.kind === 'punct')) return undefined;
      return allowedByRules(tokens, type, after, last, context);
    }
    // "Hemgården nu, rum 5", "Finngården, ett boende för finskspråkiga, lägenhet 3", "avdelning Lönnen, rum 208": in a call
    // about a care home, the home or ward named first, with no street or number, is kept; the room or flat after it is the
    // address.
    if ((tokens[first]!.capitalised || WARDS.has(tokens[first]!.lower)) && !isStreetWord(tokens[first]!.lower) && careSaid(tokens)) {
      let after = first;
      for (let k = first; k <= last; k++) {
        const t = tokens[k]!;
        if (isNumberToken(t) || isStreetWord(t.lower)) break;
        if (t.text === ',') after = k + 1;
      }
      // (The ward, or the home with its care word beside it: "Finngården, ett boende, …"; not "Hemgården nu, rum 5", which may
      // be one's own farm.)
      const named = WARDS.has(tokens[first]!.lower) || tokens.slice(first, after).some((t) => isCareHomeWord(t.lower));
      if (named && after > first && after <= last) return allowedByRules(tokens, type, after, last, context);
    }
    // (Round 84: "på Psykiatrimottagningen Söder", "Dr Lundell, Neurology Clinic": a clinic or a unit named by its own word,
    // with no number or street word, is no one's address; "Diagnosis relapsing-remitting MS": a certificate's field read out.)
    const unnumbered = !span.some((t) => isNumberToken(t) || isStreetWord(t.lower));
    if (unnumbered && ((last === first + 1 && namesInstitution(tokens, last)) || companyNameEnd(tokens, first) === last || CERTIFICATE_FIELDS.has(tokens[first]!.lower))) return undefined;
    // "vid Drottninggatan 12, ert servicekontor": the agency's office, named as one.
    if (officeAfter(tokens, last) || officeBefore(tokens, first)) return undefined;
    // "The doctor said ward 54, room 12": a ward and a room one goes to, with no street, are no one's home.
    const room = span.findIndex((t) => ROOM_OR_WARD.has(t.lower));
    if (room >= 0 && !span.some((t) => isStreetWord(t.lower)) && goingToRoom(tokens, first + room)) return undefined;
    // "vid Drottninggatan, ovanför ICA", "near Kungsgatan": a street with no number as a landmark.
    if (!span.some(isNumberToken) && landmarkBefore(tokens, first)) return undefined;
    // "skattetabell 31, kolumn 1": what a keeping cue numbers is no address.
    if (!span.some((t) => t.capitalised && !t.sentenceStart) && cueOf(tokens as Token[], first) === 'exempt') return undefined;
    // ("Mål 2, jag heter …", "Målet 12, kontonummer …": a case named "mål" before its figures is no street, whatever shape the
    // figures have; only the figures are judged, as unnamed; review of round 85.)
    if (CASE_WORDS_BEFORE_FIGURES.has(tokens[first]!.lower) && tokens[first + 1]?.kind === 'digits') return undefined;
    // "The Australian one we don't need": a nationality with no number is no one's address.
    if (!span.some(isNumberToken) && span.some((t) => NATIONALITIES.has(t.lower))) return undefined;
    // A number alone ("Femtiofyra.") is no address: what it numbers is.
    if (span.every((t) => isNumberToken(t) || t.kind === 'punct')) return undefined;
    // "flyttade hem till Sverige 1998": a place and a year is when, not where one lives.
    const numbers = span.filter(isNumberToken);
    const words = span.filter((t) => t.kind === 'word' && !isNumberToken(t));
    const placeThenYear = words.length <= 2 && words.every((t) => t.capitalised && !isStreetWord(t.lower)) && MOVED_TO.has(tokens[first - 1]?.lower ?? '');
    // (A year said in words too: "kom till Sverige nittonhundranittioett", "came to Sweden in nineteen ninety-one".)
    if (numbers.length > 0 && (numbers.every((t) => t.kind === 'digits' && isYear(t.text)) || yearInWords(numbers)) && placeThenYear) return undefined;
    // "flyttade vi till Falun nittiotvå": a known town and a year in words after a move (a town has streets, no
    // house numbers of its own; a village's "Norrbyn 118" is no known town).
    if (placeThenYear && numbers.length === 1 && isTensWord(numbers[0]!) && words.length === 1 && lexicon().places.has(words[0]!.lower) && movedJustBefore(tokens, first)) return undefined;
    // "avdelning 11 B", "ward 12": a hospital ward by its number is where someone is cared for, not where they live.
    if (WARDS.has(tokens[first]!.lower) && !span.some((t) => ['rum', 'room'].includes(t.lower) || isStreetWord(t.lower))) return undefined;
    // "about seven hundred pounds every four weeks", "pay back 9,400": a sum of money is no address.
    if (span.some((t) => CURRENCIES.has(t.lower))) return undefined;
    // ("Assets one hundred and fifty-seven thousand", "Summa skulder trettiotvåtusen": a figure of ten thousand or more read with
    // its thousands is a sum, no house number, where no street word says it is one; read on past the span, which the model may
    // end before the thousands. Round 102.)
    if (lastNumber >= first && !span.some((t) => isStreetWord(t.lower)) && sumOfThousandsAt(tokens, lastNumber)) return undefined;
    if (!span.some((t) => isStreetWord(t.lower)) && span.some((t, k) => t.kind === 'digits' && span[k + 1]?.text === ',' && span[k + 1]!.start === t.end && span[k + 2]?.kind === 'digits' && span[k + 2]!.start === span[k + 1]!.end && span[k + 2]!.text.length === 3)) return undefined;
    // "Ekbackens äldreboende i mars, Ekbacksvägen 2": the address begins after the month (when one moved).
    const month = span.findLastIndex((t) => MONTHS.has(t.lower));
    if (month >= 0 && span.slice(month + 1).some(isNumberToken) && !isNumberToken(span[month + 1]) && !isNumberToken(span[month - 1])) {
      first += month + 1;
      while (first <= last && tokens[first]!.kind === 'punct') first++;
    }
  } else if (type === 'postcode') {
    // Nor is a turn that is only a number under a hundred a postcode ("Femtiofyra.": a year, an age).
    const words = tokens.filter((t) => t.kind !== 'punct');
    const atoms = words.length === 1 && words[0]!.kind === 'word' ? numberWordAtoms(words[0]!.lower) : undefined;
    const small = words.length === 1 && (words[0]!.kind === 'digits' ? words[0]!.text.length <= 2 : atoms !== undefined && atoms.reduce((a, b) => a + b, 0) < 100 && atoms.some((a) => a >= 10));
    if (small) return undefined;
    // "eight thousand nine hundred": an amount is read with thousands, a postcode never; "seven hundred pounds" is one too.
    const span = tokens.slice(first, last + 1);
    if (span.some((t) => numberWordAtoms(t.lower)?.includes(-1000) || CURRENCIES.has(t.lower))) return undefined;
    // "Sixty-five. I turn sixty-six in March.": a lone number under a hundred closing a sentence that the turn goes on after.
    const lone = first === last ? numberWordAtoms(tokens[first]!.lower) : undefined;
    if (lone && lone.reduce((a, b) => a + b, 0) < 100 && tokens[last + 1]?.text === '.' && tokens[last + 2]?.kind === 'word') return undefined;
  } else if (type === 'dateOfBirth') {
    // "So that's 3 March", "let me think. June …": a date begins and ends on a part of one ("den", "the" may lead).
    while (first <= last && !isDatePart(tokens[first]!) && !DATE_WORDS.has(tokens[first]!.lower)) first++;
    // "Born 1962, you can take income pension from sixty-four": the date ends at the first word that is no part of one,
    // unless another date with its month follows ("it says the eleventh of September but it's the eleventh of July").
    for (let k = first + 1; k <= last; k++) {
      const t = tokens[k]!;
      // ("two thousand and one": the "and" inside a number; "Christmas Day": a named day's "day".)
      const inNumber = (t.lower === 'and' || t.lower === 'och') && isNumberToken(tokens[k - 1]!) && isNumberToken(tokens[k + 1]!);
      const dayNamed = (t.lower === 'day' || t.lower === 'eve') && isDatePart(tokens[k - 1]!);
      // ("Han föddes den elfte juli, i vecka trettioåtta", "born the 3rd of May, in week 39": a pregnancy's week is kept; the
      // date ends before it, round 79.)
      if (PREGNANCY_WEEK.has(t.lower)) {
        // (Review 79: not before the year of the birth, "Född 12 juni, vecka 24, 1985": a date with no year yet goes on past
        // the week and its number to the year after them; fails closed.)
        const yearBefore = tokens.slice(first, k).some(isYearToken);
        const after = yearAfterWeek(tokens, k, tokens.length - 1);
        if (!yearBefore && after !== undefined) {
          last = Math.max(last, after);
          k = after - 1;
          continue;
        }
        last = k - 1;
        while (last >= first && (tokens[last]!.text === ',' || IN_WEEK.has(tokens[last]!.lower))) last--;
        break;
      }
      if (t.kind === 'word' && !isDatePart(t) && !DATE_WORDS.has(t.lower) && !HESITATIONS.has(t.lower) && !inNumber && !dayNamed) {
        // (Cut only a date that already has its year: "Tredje juni, och året är femtiotvå" says the year after words.)
        const yearBefore = tokens.slice(first, k).some(isYearToken);
        // ("11th of July 1950 and date of death 2nd of December 2026": another event's date is its own.)
        const anotherEvent = tokens.slice(k, last + 1).some((m) => EVENTS_BEFORE_DATE.has(m.lower) || OTHER_EVENTS.has(m.lower));
        // ("född i maj och flyttade i juni": another event's date is its own with no year said too, round 44; unless a number
        // follows that may be the year, "born the 2nd of June, came three weeks early, 1950".)
        const numberAfter = tokens.slice(k + 1, last + 1).some(isNumberToken);
        if ((anotherEvent && (yearBefore || !numberAfter)) || (yearBefore && !tokens.slice(k + 1, last + 1).some((m) => MONTHS.has(m.lower)))) last = k - 1;
        break;
      }
    }
    while (last >= first && !isDatePart(tokens[last]!)) last--;
    // (Review 79: a date with no year yet, the week after it and then the year, "Född 4 mars, vecka 35, 1992": the year is the
    // birth's, and the date goes on to it.)
    if (first <= last && !tokens.slice(first, last + 1).some(isYearToken)) {
      let w = last + 1;
      while (w < tokens.length && (tokens[w]!.text === ',' || IN_WEEK.has(tokens[w]!.lower))) w++;
      const year = PREGNANCY_WEEK.has(tokens[w]?.lower ?? '') ? yearAfterWeek(tokens, w, tokens.length - 1) : undefined;
      if (year !== undefined) last = year;
    }
    // ("i vecka trettiofem", "in week thirty-five": the week's number is no year of birth, round 79.)
    // (Review 79: the week's number alone, not with the year after it, "born in week 24 of 1985", "vecka 12 av 1990": then
    // the date is the week's number and its year.)
    if (PREGNANCY_WEEK.has(tokens[first - 1]?.lower ?? '')) {
      const year = yearAfterWeek(tokens, first - 1, tokens.length - 1);
      if (year === undefined) return undefined;
      last = Math.max(last, year);
    }
  }
  if (first > last || UNITS.has(tokens[last + 1]?.lower ?? '')) return undefined;
  // (Round 46: "3.5 per cent" is a rate, "FK 5223" a form, "page 2 of 3" a page: never a home or a birth.)
  const spanAndNext = tokens.slice(first, last + 2);
  if (spanAndNext.some((t, k) => PERCENT.has(t.lower) || (t.lower === 'per' && spanAndNext[k + 1]?.lower === 'cent'))) return undefined;
  // (A form code with its number: "FK 5223"; not "från MIGR Omar Haddad", a person after it. A page count, "page 2 of 3",
  // never under the question for the birth date nor with a month: "Sidan tre maj nittonhundrafyrtiofem" — round 46's review.)
  const formAt = (k: number) => FORM_CODES.has(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'digits';
  // ("på blanketten SKV 7640" after an address said: the form's code inside the span too, round 75.)
  if (formAt(first) || formAt(first - 1) || (type === 'address' && tokens.slice(first, last).some((t, k) => formAt(first + k) && FORM_WORDS_BEFORE.test(tokens[first + k - 1]?.lower ?? '')))) return undefined;
  if (PAGE_WORDS.has(tokens[first - 1]?.lower ?? '') && !context.birthAsked && !spanAndNext.some((t) => MONTHS.has(t.lower))) return undefined;
  if (type === 'dateOfBirth') {
    // "Pappa dog den 2 maj 2025": the date of a death, a move or a decision is no date of birth.
    // ("I sent it on the 2nd of October": past an object pronoun too.)
    // (An event in the date's clause, up to eight words back: "and he started at his new school on the 21st of August"; not
    // past a clause of its own, "We married in 1975 and it's the 9th of July 1952", nor with a birth word between or just
    // after, "vi gifte oss och han är född den 22 januari", "men det var fjärde juni fyrtiofyra han föddes".)
    let from = first;
    while (from > 0 && from > first - 8 && tokens[from - 1]!.text !== ',' && !SENTENCE_END_MARKS.has(tokens[from - 1]!.text) && !newClauseAt(tokens, from - 1)) from--;
    const before = tokens.slice(from, first);
    // (Under a question for a date of birth, only the events no answer to it tells: a sending, a payment, a death, a move.)
    const event = before.findLastIndex((t) => EVENTS_BEFORE_DATE.has(t.lower) || (!context.birthAsked && OTHER_EVENTS.has(t.lower)));
    const birthAfter = tokens.slice(last + 1, last + 4).some(isBirthVerb);
    if (event >= 0 && !birthAfter && !before.slice(event + 1).some(isBirthVerb)) return undefined;
    // ("from the 20th of June to the 10th of August": a date without a year that ends a stretch of time, round 48; not a date of
    // birth corrected "from the 3rd of May to the 5th of May 1961", nor where the sentence speaks of birth.)
    const to = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
    const yearIn = tokens.slice(first, last + 1).some((t) => t.kind === 'digits' ? isYear(t.text) : numberWordAtoms(t.lower)?.some((n) => n >= 20) === true);
    const stretch = ['to', 'till', 'until', 'tills'].includes(tokens[to]?.lower ?? '') && tokens.slice(Math.max(0, to - 10), to).some((t) => ['from', 'från'].includes(t.lower));
    if (stretch && !yearIn && !birthAfter && !birthCueBefore(tokens, first, last) && !tokens.some(speaksOfBirth)) return undefined;
    // "utgångsdatum 11/27", "expiry 09/28": a card's last month, named right before it.
    for (let k = Math.max(0, first - 2); k < first; k++) if (cueOf(tokens as Token[], k) === 'exempt') return undefined;
    if (!context.birthAsked && !birthCueBefore(tokens, first, last) && tokens.slice(Math.max(0, first - 3), first).some((t) => DEADLINE_BEFORE_DATE.has(t.lower))) return undefined;
    // "Niohundra, ja": hundreds that are no century (900, not 1900) are an amount.
    const atoms = first === last ? numberWordAtoms(tokens[first]!.lower) : undefined;
    if (atoms?.includes(-100) && !(atoms[1] === -100 && atoms[0]! >= 18 && atoms[0]! <= 20)) return undefined;
    // ("… och fyllde sjuttiofyra i år": the age a birthday brought, round 44; an age's shape only, never under a question for
    // the birth date: "Vilket år är du född?" "Fyllde 1950." is a year.)
    if (first === last && !context.birthAsked && BIRTHDAY_VERBS.has(tokens[first - 1]?.lower ?? '') && ageShaped(tokens[first]!)) return undefined;
    // ("Ja, hon är femtio nu": an age, said as one, under the question too.)
    if (first === last && isAgeAt(tokens, first) && AGE_AFTER_WORDS.has(tokens[last + 1]?.lower ?? '')) return undefined;
    // ("The 11th of January, 1970. I'm fifty-six.": after a year said in the turn, "I'm" and a count is an age.)
    if (first === last && ageWithPersonIs(tokens, first) && tokens.slice(0, first).some((t) => t.kind === 'digits' && isYear(t.text))) return undefined;
    if (first === last && isAgeAt(tokens, first) && ageOfYearBefore(tokens, first)) return undefined;
    // "När flyttade ni hit?" "1972.": a year alone is a date of birth only where birth was asked for.
    if (!context.birthAsked && isYearAlone(tokens.slice(first, last + 1))) return undefined;
    // "Femtonde januari.", "Gärna senast den femtonde december", "in ninety-four": in a call most dates
    // are of payments, moves and deadlines. Unasked and with no birth word just before it, a date of
    // birth is a whole one, a day or month and a year ("3 mars 1947", "the 2nd of February fifty-one").
    if (!context.birthAsked && !birthCueBefore(tokens, first, last) && !wholeDate(tokens, first, last)) return undefined;
  }
  // "Mahmouds Städ HB", "Dnipro Translations HB": a firm's name is no person's name, nor an address.
  if ((type === 'name' || type === 'address') && inCompanyName(tokens, last)) return undefined;
  if (type === 'name') {
    for (let k = first; k <= last; k++) if (insideCompanyName(tokens, k)) return undefined;
    if (brokenOrAbbreviated(tokens as Token[], { type, start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.learned })) return undefined;
    // ("Whisper skriver …": the recogniser named as a writer, review 77.)
    if (whisperWriting(tokens as Token[], { start: tokens[first]!.start, end: tokens[last]!.end })) return undefined;
    if (namedDay(tokens, { type, start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.learned })) return undefined;
    if (FIRM_NAMED.has(tokens[first - 2]?.lower ?? '') && tokens[first - 1]?.lower === 'heter') return undefined;
    // ("Hotel Kronhamn", "Vårdcentralen Lind": an institution's word and the one word that names it, round 82.)
    if (last === first + 1 && namesInstitution(tokens, last)) return undefined;
    const word = tokens[first]!;
    if (first === last && word.sentenceStart && ((names.get(word.lower) ?? 0) & NameFlag.common) !== 0) return undefined;
    // "avdelning Linnéa": a ward is named like a person (round 22); not "avdelningen Karin Lund", a person on it.
    if (WARD_NAMED_AFTER.has(tokens[first - 1]?.lower ?? '') && first === last) return undefined;
    // "nära Gustav Adolfs torg": a name in the genitive before a street word names the street.
    if (tokens[last]!.lower.endsWith('s') && STREET_AFTER_GENITIVE.has(tokens[last + 1]?.lower ?? '')) return undefined;
    // "Försäkringskassan, Inläsningscentralen": an organisation by its ending.
    if (first === last && (isOrganisationWord(word.lower) || CAPITALISED_ROLES.has(word.lower) || neverAName(word.lower))) return undefined;
    // "Freja", "Freja eID Plus": the e-identification, with the words of its product name.
    if (isFrejaEid(tokens as Token[], first) && tokens.slice(first + 1, last + 1).every((t) => FREJA_PRODUCT.has(t.lower))) return undefined;
    // "Pengarna har inte kommit.", "Precis.", "Enklast på Mina sidor": a capital that only begins a
    // sentence, on a word no one is known to bear, is a name only as the answer to a name question.
    if (first === last && word.sentenceStart && !context.nameAsked && !names.has(word.lower) && !notNames.has(word.lower) && word.text !== word.text.toUpperCase()) return undefined;
  }
  return { type, start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.learned };
}

/** A medical certificate's fields, read out before what they say (round 84). */
const CERTIFICATE_FIELDS: ReadonlySet<string> = new Set(['diagnosis', 'diagnos', 'diagnosen', 'diagnoses', 'diagnoser']);
const NAMING_WORDS = new Set(['heter', 'hette', 'name', "name's", "i'm"]);
/** "… och han är …", "… but it's …": a conjunction with a subject of its own begins a clause. */
function newClauseAt(tokens: readonly Token[], k: number): boolean {
  return /^(?:och|men|så|and|but|so)$/u.test(tokens[k]!.lower) && /^(?:jag|du|han|hon|hen|den|det|vi|de|dom|i|you|he|she|it|it's|we|they|that's)$/u.test(tokens[k + 1]?.lower ?? '');
}
/** Pronouns of people talking: in a clause, never in an address. */
const CLAUSE_PERSONS = new Set(['jag', 'du', 'dig', 'mig', 'vi', 'ni', 'han', 'hon', 'you', 'we', 'he', 'she', 'me']);
const STREET_AFTER_GENITIVE = new Set(['torg', 'torget', 'väg', 'gata', 'gränd', 'allé']);
const WARDS = new Set(['avdelning', 'avdelningen', 'avd', 'ward']);
const PERCENT = new Set(['procent', 'percent', '%', 'pct']);
const PAGE_WORDS = new Set(['page', 'sida', 'sidan', 'sidorna', 'pages']);
const CURRENCIES = new Set(['kronor', 'kr', 'pounds', 'pound', 'euro', 'euros', 'dollars', 'dollar', 'sek', 'crowns']);

/** "sjuttiofyra", "74": a number an age may be (under 120, no year in words or figures). */
function ageShaped(t: Token): boolean {
  const value = smallCount(t);
  return value !== undefined && value < 120;
}
/** "79", "sjuttionio", "forty-seven": a count in figures (up to four) or in words without hundreds, its value. */
function smallCount(t: Token): number | undefined {
  if (t.kind === 'digits') return t.text.length <= 4 ? Number(t.text) : undefined;
  const atoms = numberWordAtoms(t.lower);
  return atoms === undefined || atoms.some((a) => a < 0) ? undefined : atoms.reduce((sum, a) => sum + a, 0);
}
/**
 * "Och du är född fyrtiosju? Du är alltså sjuttionio?": a count after the year said last before it in the turn that, added
 * to the year, makes a year of our time is the age that year gives, not a second year (round 60). Not a year said again
 * or put right ("…fyrtionio?", "Eller är du sextiosex?": a word of another choice or a correction between), nor a count
 * near the year's own two figures, which a year put right may be too (round 60's review): privacy fails closed.
 */
function ageOfYearBefore(tokens: readonly Token[], at: number): boolean {
  const age = smallCount(tokens[at]!);
  if (age === undefined || age >= 120) return false;
  for (let k = at - 1; k >= 0; k--) {
    if (OTHER_CHOICE.has(tokens[k]!.lower)) return false;
    const said = smallCount(tokens[k]!);
    if (said === undefined || (said >= 100 && (said < 1900 || said > 2030))) continue;
    const year = said < 100 ? 1900 + said : said;
    return Math.abs(age - (year % 100)) > 3 && year + age >= 2020 && year + age <= 2035;
  }
  return false;
}
/** Words that make a second number another choice or a correction of the first: "eller", "or", "nej", "sorry". */
const OTHER_CHOICE = new Set(['eller', 'or', 'nej', 'no', 'förlåt', 'sorry', 'menar', 'mean', 'inte', 'not']);

/** "född", "born", "födelsedatum", "fyller år" within a few words before the span or inside it. */
function birthCueBefore(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 10); k <= last; k++) if ((cueOf(tokens as Token[], k) === 'dateOfBirth' || /^(?:born|birth)/.test(tokens[k]!.lower)) && !thingIsBorn(tokens, k)) return true;
  return false;
}

/**
 * A day or a month, and a year: "3 mars 1947", "tolfte i tredje trettioett", "Seventh of the ninth,
 * eighty", or a day and a month with the year said just before ("nineteen fifty-three, and the day is
 * the fourth of July").
 */
function wholeDate(tokens: readonly Token[], first: number, last: number): boolean {
  // ("Den 14 oktober": two figures before the month are its day, not a year.)
  // ("Jag är den 3 maj 2025 ledig": unasked and uncued, a date of this century is another event's.)
  const yearLike = (k: number) => {
    const t = tokens[k]!;
    return t.kind === 'digits' ? /^19\d\d$/.test(t.text) || (t.text.length === 2 && !MONTHS.has(tokens[k + 1]?.lower ?? '')) : (numberWordAtoms(t.lower)?.[0] ?? 0) >= 19;
  };
  let dayOrMonth = 0;
  let yearIn = false;
  for (let k = first; k <= last; k++) {
    if (yearLike(k)) yearIn = true;
    else if (tokens[k]!.lower !== 'of' && isDatePart(tokens[k]!)) dayOrMonth++;
  }
  // (The year said just before, in the same sentence, and no house number: "Kåbovägen 12, som vanligt. Och den 18 december".)
  const numbersSomething = (k: number) => tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.capitalised && !isDatePart(tokens[k - 1]!);
  for (let k = Math.max(0, first - 10); k < first && !yearIn; k++) {
    yearIn = yearLike(k) && isDatePart(tokens[k]!) && !numbersSomething(k) && !tokens.slice(k + 1, first).some((t) => SENTENCE_END_MARKS.has(t.text));
  }
  return yearIn && dayOrMonth >= 1 && last > first;
}

/** The only date in the span is a year, in digits or words ("1972", "hit 1972", "nittonhundrasjuttiotvå", "nineteen seventy-two"). */
function isYearAlone(span: readonly Token[]): boolean {
  if (span.some((t) => MONTHS.has(t.lower))) return false;
  const numbers = span.filter(isNumberToken);
  if (numbers.length === 1 && numbers[0]!.kind === 'digits') return isYear(numbers[0]!.text);
  const century = numbers[0]?.kind === 'word' ? numberWordAtoms(numbers[0].lower)?.[0] : undefined;
  return numbers.length <= 2 && (century === 19 || century === 20) && numbers.every((t) => t.kind === 'word');
}
