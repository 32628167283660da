import type { Language, SentimentLabel } from '@samtal/contracts';
import Sentiment from 'sentiment';
import { rulesFor, type LanguageRules } from './languages.js';

export interface UtteranceScore {
  /** -1..1 */
  score: number;
  label: SentimentLabel;
  /** The lexicon's sum after negation and degree words, before it is squashed to -1..1. */
  raw: number;
  /** The lexicon entries that counted, for explaining a score. */
  words: string[];
  /** The complaint and sarcasm phrases among `words` ("det gör ni alla", "thanks for nothing"). */
  complaints: string[];
  /** The words of anger among `words` that counted as negative ("förbannad", "ridiculous"; not "orolig"). */
  anger: string[];
}

/** |score| at or above this is positive or negative; below it, neutral. */
export const LABEL_THRESHOLD = 0.3;
/** Squashes a lexicon sum into -1..1 as VADER does: x / sqrt(x² + α). */
const SQUASH_ALPHA = 15;
const NEGATION_SCOPE = 3;
const NEGATION_FACTOR = -0.75;
/**
 * A negated negative word is a denial, not praise: "jag har inte gjort något fel" says nothing
 * good (it is usually said in protest), so it counts nothing.
 */
const NEGATED_NEGATIVE_FACTOR = 0;
/** Words in a question count this much: asked about, not felt. */
const QUESTION_FACTOR = 0.3;
/** Words in a hedged clause ("if that doesn't work") count this much: a possibility, not a feeling. */
const HEDGE_FACTOR = 0.2;
/** The complaint phrases of one utterance add at most this much to its raw sum. */
const MAX_COMPLAINT = -6;
/** What one sarcastic phrase adds, like a complaint phrase; its praise counts nothing. */
const SARCASM = -3;
/** What an apology for one's own earlier anger adds ("förlåt att jag var sur"): making peace. */
const RECONCILIATION = 2;
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
/** Marks clause ends in the token stream (the `sentiment` tokenizer keeps it). */
const BOUNDARY = '|';
const MAX_PHRASE_WORDS = 3;

const analyzer = new Sentiment();
const registered = new Set<Language>();

/** Registers the language with the `sentiment` package: its lexicon and a scoring strategy. */
function languageCode(language: Language): string {
  const code = `samtal-${language}`;
  if (registered.has(language)) return code;
  const rules = rulesFor(language);
  const labels: Record<string, number> = {};
  for (const [entry, score] of rules.lexicon) {
    // Negators and degree words modify the words after them; they carry no sentiment of their own.
    if (!rules.negators.has(entry) && !rules.degree.has(entry)) labels[entry.replaceAll(' ', '+')] = score;
  }
  analyzer.registerLanguage(code, {
    labels,
    scoringStrategy: {
      apply: (tokens, cursor, score) => modify(rules, tokens, cursor, score),
    },
  });
  registered.add(language);
  return code;
}

/** Negation, degree words and contrast around the sentiment word at `cursor`. */
function modify(rules: LanguageRules, tokens: string[], cursor: number, score: number): number {
  let result = score;
  let negated = false;
  for (const token of tokens.slice(Math.max(0, cursor - NEGATION_SCOPE), cursor).reverse()) {
    if (token === BOUNDARY) break;
    if (rules.negators.has(token)) {
      negated = true;
      break;
    }
  }
  // A negated opinion negates its clause: "jag tycker inte att det är bra", "I don't think that it's fair".
  if (!negated) {
    for (let i = cursor - 1; i > 0; i--) {
      if (tokens[i] === BOUNDARY) break;
      // "tycker inte att", "don't think that": the negator one or two words before.
      // Round 20: within the clause only: in "No, that was the big one." / "Nej, att det gick så bra …" the "no" answers the
      // agent's question and negates nothing after the comma.
      const before = tokens.slice(Math.max(0, i - 2), i);
      const own = before.slice(before.lastIndexOf(BOUNDARY) + 1);
      if (rules.complementisers.has(tokens[i] ?? '') && own.some((t) => rules.negators.has(t))) {
        negated = true;
        break;
      }
    }
  }
  // Swedish puts "inte" after the verb ("jag accepterar inte det", "det godtar jag inte").
  if (!negated && rules.negationAfterVerb) {
    const [next, then] = [tokens[cursor + 1] ?? '', tokens[cursor + 2] ?? ''];
    negated = rules.negators.has(next) || (rules.negationAfterVerb.has(next) && rules.negators.has(then));
  }
  // "inte så bra" is mildly negative: a degree word under negation does not strengthen it.
  const degree = rules.degree.get(tokens[cursor - 1] ?? '');
  if (negated) result *= score < 0 ? NEGATED_NEGATIVE_FACTOR : NEGATION_FACTOR;
  else if (degree !== undefined) result *= degree;
  if (hedged(rules, tokens, cursor)) result *= HEDGE_FACTOR;
  // Within the sentence, what follows "but" counts more than what precedes it.
  const clause = (from: number, to: number) => tokens.slice(from, to);
  const sentenceStart = tokens.lastIndexOf(BOUNDARY, cursor) + 1;
  // Round 33: anger said to last in a strong word is not conceded by "men tack" / "but thanks" after it: "Jag är fortfarande
  // arg, men tack." weighs as "Tack, men jag är fortfarande arg." does, the anger as what follows "but", the thanks as what
  // precedes it. The mild form ("fortfarande irriterad, men tack", round 18) is not lasting anger here and closes on the thanks.
  const contrastThanks = (i: number) => rules.contrast.has(tokens[i] ?? '') && rules.thanks.has(tokens[i + 1] ?? '');
  if (lastingAnger(rules, tokens, cursor) && tokens.some((_, i) => i > cursor && contrastThanks(i))) return result * CONTRAST_AFTER;
  if (rules.thanks.has(tokens[cursor] ?? '') && contrastThanks(cursor - 1) && tokens.some((_, i) => i < cursor - 1 && lastingAnger(rules, tokens, i)))
    return result * CONTRAST_BEFORE;
  const sentenceEnd = tokens.indexOf(BOUNDARY, cursor);
  if (clause(sentenceStart, cursor).some((t) => rules.contrast.has(t))) return result * CONTRAST_AFTER;
  if (clause(cursor + 1, sentenceEnd < 0 ? tokens.length : sentenceEnd).some((t) => rules.contrast.has(t))) return result * CONTRAST_BEFORE;
  // Round 18: the comma before "men" / "but" ends the clause, but not the contrast: in "Jag är fortfarande irriterad,
  // men tack." / "I'm still annoyed, but thanks." what is conceded before it weighs as it does without the comma.
  // (Each sentence is analysed alone, so the tokens after the cursor are the rest of its sentence.)
  if (tokens.some((t, i) => i > cursor && tokens[i - 1] === BOUNDARY && rules.contrast.has(t))) return result * CONTRAST_BEFORE;
  return result;
}

/** Round 33: whether the word at `at` is a strong anger word said to last ("fortfarande arg", "still really angry"). */
function lastingAnger(rules: LanguageRules, tokens: string[], at: number): boolean {
  if (!rules.lastingAnger.strong.has(tokens[at] ?? '')) return false;
  for (let i = at - 1; i >= 0 && tokens[i] !== BOUNDARY; i--) if (rules.lastingAnger.still.has(tokens[i] ?? '')) return true;
  return false;
}

/** Whether the word at `cursor` is in a clause opened by a hedge ("if", "om det"). */
function hedged(rules: LanguageRules, tokens: string[], cursor: number): boolean {
  for (let i = cursor - 1; i >= 0; i--) {
    const token = tokens[i] ?? '';
    if (token === BOUNDARY) return false;
    if (!rules.hedges.has(token)) continue;
    const followers = rules.hedges.get(token);
    if (!followers || followers.has(tokens[i + 1] ?? '')) return true;
  }
  return false;
}

/** Lower case with curly apostrophes and backticks straightened, as the rules' patterns are written. */
const folded = (text: string): string => text.toLowerCase().replace(/[’`]/g, "'");

/** The complaint and demand phrases in the utterance, with their summed score (at most MAX_COMPLAINT). */
function complaintsIn(text: string, rules: LanguageRules): { score: number; phrases: string[] } {
  const lower = folded(text);
  const phrases: string[] = [];
  let score = 0;
  for (const [pattern, value] of rules.complaints) {
    const match = pattern.exec(lower);
    if (!match) continue;
    phrases.push(match[0].trim());
    score += value;
  }
  return { score: Math.max(MAX_COMPLAINT, score), phrases };
}

/** The phrases of a list in the utterance ("thanks for nothing"). */
function phrasesIn(text: string, patterns: readonly RegExp[]): string[] {
  const lower = folded(text);
  return patterns.flatMap((pattern) => {
    const match = pattern.exec(lower);
    return match ? [match[0].trim()] : [];
  });
}

/**
 * Lower-cased words with clause ends marked; phrases in the lexicon joined into one token,
 * inflected forms mapped to the lexicon's entry, intensifying compounds split.
 */
export function normalise(text: string, rules: LanguageRules): string[] {
  const raw = folded(text)
    .replace(/[.!?;:,…"()–—]+/g, ` ${BOUNDARY} `)
    .split(/[^\p{L}\p{N}'|-]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const phrase = longestPhraseAt(raw, i, rules);
    if (phrase) {
      out.push(phrase.join('+'));
      i += phrase.length - 1;
    } else {
      out.push(...word(raw[i] ?? '', rules));
    }
  }
  return out;
}

function longestPhraseAt(tokens: string[], at: number, rules: LanguageRules): string[] | undefined {
  for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - at); n >= 2; n--) {
    const candidate = tokens.slice(at, at + n);
    if (rules.lexicon.has(candidate.join(' '))) return candidate;
  }
  return undefined;
}

function word(token: string, rules: LanguageRules): string[] {
  if (token === BOUNDARY || rules.lexicon.has(token)) return [token];
  for (const prefix of rules.intensifyingPrefixes) {
    if (token.startsWith(prefix) && token.length > prefix.length + 2) {
      const [rest] = word(token.slice(prefix.length), rules);
      // jättebra → "jätte bra", where the prefix acts as a degree word.
      if (rest && rules.lexicon.has(rest)) return [prefix, rest];
    }
  }
  return [rules.baseForm?.(token, rules.lexicon) ?? token];
}

/** Whether a word of anger is felt in the text (a sentence before praise): "Det är ju skandal. Toppen." */
function angerBefore(text: string, rules: LanguageRules): boolean {
  return text.trim() !== '' && normalise(text, rules).some((w) => rules.anger.has(w.replaceAll('+', ' ')) && (rules.lexicon.get(w.replaceAll('+', ' ')) ?? 0) < 0);
}

export function labelOf(score: number): SentimentLabel {
  if (score >= LABEL_THRESHOLD) return 'positive';
  if (score <= -LABEL_THRESHOLD) return 'negative';
  return 'neutral';
}

/** Round 23: apology words that open a repair ("Förlåt, vad sa du?", "Sorry, what was that?"). */
const APOLOGY = /^(?:förlåt|ursäkta|sorry|pardon|excuse(?:\+me)?)$/u;

/** Scores one utterance with the language's lexicon, negation and degree words. */
export function scoreUtterance(text: string, language: Language): UtteranceScore {
  const rules = rulesFor(language);
  // Sentence by sentence: a feeling word in a question asks about a state ("Är det fel?", "Is something
  // wrong?") rather than expressing it, and counts less. Rhetorical questions are complaint phrases.
  const sentences = text.match(/[^.!?…]+[.!?…]*/g) ?? [];
  // Round 23: conversational repair ("Förlåt, vad sa du? Jag hör dåligt i telefonen.", "Sorry, the signal isn't great.").
  const repairAt = sentences.map((s) => rules.repairQuestion.test(folded(s)));
  const repaired = repairAt.some(Boolean);
  const calculation = sentences.flatMap((sentence, i) => {
    // Round 14: a sentence conceded before a "Men …" / "But …" sentence weighs as a clause before "but" does:
    // "Det är ju bra. Men det borde inte vara mitt jobb …" is a complaint, not praise.
    const conceded = rules.contrast.has(sentences[i + 1]?.trim().toLowerCase().match(/^[\p{L}]+/u)?.[0] ?? '') ? CONTRAST_BEFORE : 1;
    const factor = (sentence.trim().endsWith('?') ? QUESTION_FACTOR : 1) * conceded;
    // Round 16: a mistake the caller owns ("Då har jag tänkt fel.") is a correction; its negative words count nothing.
    // Round 30: a trait said of the customer by the one calling for them ("Han är envis.") is no feeling either.
    // Round 32: the days or hours someone works ("The customer does not work weekends.") are a schedule.
    const owned = rules.ownMistake.test(folded(sentence)) || rules.customerTrait.test(folded(sentence)) || (rules.workingHours?.test(folded(sentence)) ?? false);
    // Round 23: the apology of a repair question counts nothing, nor do the negative words of the line or the
    // surroundings named beside one or after an apology ("Sorry, I'm in the car park, the signal isn't great.").
    const apology = repairAt[i] || (rules.lineTrouble.test(folded(sentence)) && /^\s*(?:förlåt|ursäkta|sorry|excuse me)\b/iu.test(sentence));
    const line = (repaired || apology) && rules.lineTrouble.test(folded(sentence)) && complaintsIn(sentence, rules).phrases.length === 0;
    return analyzer
      .analyze(normalise(sentence, rules).join(' '), { language: languageCode(language) })
      .calculation.flatMap((entry) => Object.entries(entry))
      .map(([entry, value]) => {
        const mute = (value < 0 && (owned || line)) || (apology && APOLOGY.test(entry));
        return [entry, value * factor * (mute ? 0 : 1)] as const;
      });
  });
  const complaint = complaintsIn(text, rules);
  const sarcasm = phrasesIn(text, rules.sarcasm);
  // Praise standing alone beside a complaint is sarcasm: "Fantastiskt. Då får jag leva på luft."; so is praise
  // that closes an utterance after a burden accepted with resignation: "Jag får väl ringa dem igen. Fantastiskt."
  const lower = text.toLowerCase();
  const praise = [...lower.matchAll(new RegExp(rules.lonePraise.source, 'giu'))];
  const last = praise.at(-1);
  const afterBurden =
    last !== undefined && last.index > 0 && lower.slice(last.index + last[0].length).trim() === '' && rules.burden.test(lower.slice(0, last.index));
  // Round 8: praise standing alone after a failure repeated or long, or a lack ("Två gånger. Kul.", "Which I don't have.
  // Wonderful."), or after a mock "oh" ("Oh brilliant. Another form."), in an utterance without thanks.
  const thanked = normalise(text, rules).some((w) => rules.thanks.has(w));
  const mocked = thanked
    ? undefined
    : praise.find((p) => rules.mockPrefix.test(p[0]) || rules.sarcasmContext.test(lower.slice(0, p.index)) || angerBefore(lower.slice(0, p.index), rules));
  // Round 14: praise standing alone before a cost the caller is left with ("Great. So I pay twice."), without thanks.
  const beforeCost = thanked ? undefined : praise.find((p) => rules.costAfter.test(lower.slice(p.index + p[0].length)));
  const lonePraise = complaint.phrases.length > 0 ? praise[0]?.[0] : afterBurden ? last[0] : (mocked ?? beforeCost)?.[0];
  if (lonePraise && sarcasm.length === 0) sarcasm.push(lonePraise.replace(/[.!?\s]+/g, ' ').trim());
  const reconciliation = phrasesIn(text, rules.reconciliation);
  const counted = calculation
    .filter(([, value]) => value !== 0)
    // Mock praise ("great, just great", "tack för ingenting") is no praise; an apology for one's own
    // anger ("förlåt att jag var sur") tells of a feeling that is over.
    .filter(([, value]) => !(sarcasm.length && value > 0) && !(reconciliation.length && value < 0));
  const lexical = counted.reduce((sum, [, value]) => sum + value, 0);
  const raw =
    Math.round((lexical + Math.max(MAX_COMPLAINT, complaint.score + SARCASM * sarcasm.length) + RECONCILIATION * reconciliation.length) * 100) / 100;
  const score = Math.round((raw / Math.sqrt(raw * raw + SQUASH_ALPHA)) * 1000) / 1000;
  const words = counted
    .map(([entry]) => entry.replaceAll('+', ' '))
    .reverse()
    .concat(complaint.phrases, sarcasm, reconciliation);
  const anger = counted.filter(([entry, value]) => value < 0 && rules.anger.has(entry.replaceAll('+', ' '))).map(([entry]) => entry.replaceAll('+', ' '));
  return { score, label: labelOf(score), raw, words, complaints: [...complaint.phrases, ...sarcasm], anger };
}
