import { parseWith, type DraftTopic, type Language } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { containsPhrase, phraseIndex, wordsOf, type Utterance } from './text.js';

const PerLanguage = <T extends z.ZodType>(schema: T) => z.object({ sv: schema, en: schema });
const Phrases = PerLanguage(z.array(z.string().trim().min(1)));

/** The topics a draft may carry, with the words that point at each. */
export const TaxonomySchema = z.object({
  $comment: z.string().optional(),
  other: z.object({
    label: PerLanguage(z.string().min(1)),
    /**
     * Errands outside the taxonomy (another agency's benefits): when these weigh at least as
     * much as the best topic, the topic is "other".
     */
    names: Phrases.optional(),
  }),
  topics: z
    .array(
      z.object({
        key: z.string().min(1),
        label: PerLanguage(z.string().min(1)),
        /** The topic's own names: strong evidence. */
        names: Phrases,
        /** Words that usually come with it: weak evidence. */
        cues: Phrases,
      }),
    )
    .min(1)
    .refine((topics) => new Set(topics.map((t) => t.key)).size === topics.length, 'topic keys must be unique')
    .refine((topics) => topics.every((t) => t.key !== 'other'), '"other" is the fallback topic and is not listed'),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;

export const OTHER = 'other';
export const NAME_WEIGHT = 3;
export const CUE_WEIGHT = 1;
/** The caller usually states the errand; the agent's words count half as much. */
export const CALLER_FACTOR = 2;
/** The sentences that state the errand count this many times over. */
export const ERRAND_FACTOR = 3;
/** Below this, the evidence is too thin (one cue in passing) and the topic is "other". */
export const MIN_TOPIC_SCORE = 2;

/** The agent sends the errand elsewhere: another agency handles it, not this one. */
const REFERRAL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:handläggs (?:av|hos)|sköter|sköts (?:av|hos)|ligger hos|får du vända dig till|ska du vända dig till|behöver du kontakta|inte (?:av |hos )?oss|inte vi som|inget vi)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:is handled by|are handled by|handles (?:that|this|it)|not (?:by |with )?us|isn't us|is not us|you(?:'ll| will)? need to contact|you should contact|we don't handle|we do not handle)(?![\p{L}])/iu,
};

/** Reads and validates a taxonomy file; the error names the file and what is wrong. */
export function loadTaxonomy(path: string): Taxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read taxonomy ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseWith(TaxonomySchema, raw, `taxonomy ${path}`);
}

let pensions: Taxonomy | undefined;

/** Samtal's built-in topics for a pensions agency (taxonomy/pensions.json). */
export function defaultTaxonomy(): Taxonomy {
  pensions ??= loadTaxonomy(fileURLToPath(new URL('../taxonomy/pensions.json', import.meta.url)));
  return pensions;
}

const phrasesOf = (topic: Taxonomy['topics'][number], language: Language) => [
  ...topic.names[language].map((phrase) => ({
    phrase,
    words: wordsOf(phrase),
    weight: NAME_WEIGHT,
  })),
  ...topic.cues[language].map((phrase) => ({
    phrase,
    words: wordsOf(phrase),
    weight: CUE_WEIGHT,
  })),
];

/**
 * The phrases of a topic found in an utterance, each span of words counted once: two cues that
 * match the same words ("hyra" and "hyran" on "hyran") count as the longer one. A longer phrase
 * around a shorter one ("byta fond" and "fond") still adds its weight: it is more specific.
 */
function phrasesFound(utterance: Utterance, phrases: ReturnType<typeof phrasesOf>) {
  const spans = new Set<string>();
  const kept = new Set<(typeof phrases)[number]>();
  for (const p of [...phrases].sort((a, b) => b.weight - a.weight || b.phrase.length - a.phrase.length)) {
    const span = `${phraseIndex(utterance.words, p.words)}:${p.words.length}`;
    if (span.startsWith('-1:') || spans.has(span)) continue;
    spans.add(span);
    kept.add(p);
  }
  // In the taxonomy's order, as the UI lists them.
  return phrases.filter((p) => kept.has(p)).map((p) => ({ phrase: p.phrase, weight: p.weight, at: phraseIndex(utterance.words, p.words) }));
}

/**
 * The topic whose names and cues weigh most in the dialogue, with the phrases found
 * (the explanation the UI shows). The caller's words count double, and the sentence
 * stating the errand double again; ties go to the topic named first.
 */
export function detectTopic(utterances: Utterance[], language: Language, taxonomy: Taxonomy, errand?: Utterance | Utterance[]): DraftTopic {
  const errands = new Set(errand === undefined ? [] : Array.isArray(errand) ? errand : [errand]);
  // "Återkravet gäller bostadstillägg", "It concerns your housing supplement": the sentence that says
  // which benefit the errand concerns is part of the errand.
  const concerns = utterances.find((u) => concernsTopic(u, language, taxonomy));
  if (concerns) errands.add(concerns);
  let best:
    | {
        key: string;
        label: string;
        score: number;
        first: number;
        cues: DraftTopic['cues'];
      }
    | undefined;
  // The errand decides when it names a topic: only the topics it weighs most stay candidates
  // ("Kunden ringer för sin pappa som ska flytta till Spanien" is about moving abroad, however
  // often the agent then says "garantipension"). An errand that names none leaves all of them.
  const errandScores = new Map(
    taxonomy.topics.map((topic) => [
      topic.key,
      [...errands].reduce(
        (sum, utterance) => sum + phrasesFound(utterance, phrasesOf(topic, language)).reduce((s, p) => s + p.weight, 0),
        0,
      ),
    ]),
  );
  const errandBest = Math.max(0, ...errandScores.values());
  for (const topic of taxonomy.topics) {
    if (errandBest > 0 && errandScores.get(topic.key) !== errandBest) continue;
    let score = 0;
    let first = Infinity;
    const cues: DraftTopic['cues'] = [];
    const phrases = phrasesOf(topic, language);
    for (const [position, utterance] of utterances.entries()) {
      const factor = (utterance.speaker === 'caller' ? CALLER_FACTOR : 1) * (errands.has(utterance) ? ERRAND_FACTOR : 1);
      for (const { phrase, weight, at } of phrasesFound(utterance, phrases)) {
        score += weight * factor;
        // The topic named first in the dialogue wins a tie, to the word.
        first = Math.min(first, position * 1000 + at);
        if (!cues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
          cues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
        }
      }
    }
    if (score >= MIN_TOPIC_SCORE && (!best || score > best.score || (score === best.score && first < best.first))) {
      best = {
        key: topic.key,
        label: topic.label[language],
        score,
        first,
        cues,
      };
    }
  }
  // An errand outside the taxonomy ("sjukpenning", "föräldrapenning") is "other", whatever
  // pension words come with it ("ansökan", "intyg").
  let outside = 0;
  let outsideInErrand = false;
  const outsideCues: DraftTopic['cues'] = [];
  for (const utterance of utterances) {
    const factor = (utterance.speaker === 'caller' ? CALLER_FACTOR : 1) * (errands.has(utterance) ? ERRAND_FACTOR : 1);
    for (const phrase of taxonomy.other.names?.[language] ?? []) {
      if (!containsPhrase(utterance.words, wordsOf(phrase))) continue;
      // "maintenance support for the elderly" (a cue of ours) is not "maintenance support" (another agency's): the longer phrase found decides.
      if (insideLongerPhrase(utterance, wordsOf(phrase), taxonomy, language)) continue;
      outside += NAME_WEIGHT * factor;
      outsideInErrand ||= errands.has(utterance);
      if (!outsideCues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
        outsideCues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
      }
    }
  }
  // The agent says the errand belongs to another agency ("Det handläggs av Försäkringskassan, inte
  // av oss", "Parental benefit is handled by Försäkringskassan, not by us"): it is outside the taxonomy.
  const referred = utterances.some(
    (u) =>
      u.speaker === 'agent' &&
      REFERRAL[language].test(u.text) &&
      (taxonomy.other.names?.[language] ?? []).some((phrase) => containsPhrase(u.words, wordsOf(phrase))),
  );
  // An errand that names a topic of ours decides against another agency named elsewhere in the call
  // ("I'm a social worker at social services" before "He applied for maintenance support for the elderly").
  const errandDecides = errandBest > 0 && !outsideInErrand;
  if (outside > 0 && (referred || (!errandDecides && outside >= (best?.score ?? 0)))) return { key: OTHER, label: taxonomy.other.label[language], cues: outsideCues };
  return best ? { key: best.key, label: best.label, cues: best.cues } : { key: OTHER, label: taxonomy.other.label[language], cues: [] };
}

/** "gäller", "concerns": what follows names what the errand concerns. */
const CONCERNS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:gäller|avser)\s+(?:(?:ditt|din|dina|ert|er|hans|hennes|mitt|min|mina)\s+)?/giu,
  en: /(?<![\p{L}])(?:concerns|is about|it's about|it’s about|is for)\s+(?:(?:your|his|her|my|the|their)\s+)?/giu,
};
/** Whether the utterance says the errand concerns one of the topics by its name ("Återkravet gäller bostadstillägg"). */
function concernsTopic(utterance: Utterance, language: Language, taxonomy: Taxonomy): boolean {
  for (const m of utterance.text.matchAll(CONCERNS[language])) {
    const after = wordsOf(utterance.text.slice(m.index + m[0].length)).slice(0, 4);
    if (taxonomy.topics.some((t) => t.names[language].some((n) => phraseIndex(after, wordsOf(n)) === 0))) return true;
  }
  return false;
}

/** Whether a topic's longer phrase that contains `words` is found in the utterance. */
function insideLongerPhrase(utterance: Utterance, words: string[], taxonomy: Taxonomy, language: Language): boolean {
  return taxonomy.topics.some((topic) =>
    phrasesOf(topic, language).some((p) => p.words.length > words.length && containsPhrase(p.words, words) && containsPhrase(utterance.words, p.words)),
  );
}

/** Where the dialogue names a given topic: the evidence for a topic chosen elsewhere (the LLM). */
export function topicEvidence(utterances: Utterance[], topicKey: string, language: Language, taxonomy: Taxonomy): DraftTopic {
  const topic = taxonomy.topics.find((t) => t.key === topicKey);
  if (!topic) return { key: OTHER, label: taxonomy.other.label[language], cues: [] };
  const cues: DraftTopic['cues'] = [];
  for (const utterance of utterances) {
    for (const { phrase, words } of phrasesOf(topic, language)) {
      if (containsPhrase(utterance.words, words) && !cues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
        cues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
      }
    }
  }
  return { key: topic.key, label: topic.label[language], cues };
}

/** Whether a sentence names the topic (one of its names or cues). */
export function mentionsTopic(utterance: Utterance, topicKey: string, language: Language, taxonomy: Taxonomy): boolean {
  const topic = taxonomy.topics.find((t) => t.key === topicKey);
  return !!topic && phrasesOf(topic, language).some(({ words }) => containsPhrase(utterance.words, words));
}
