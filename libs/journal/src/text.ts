import type { Language, Segment } from '@samtal/contracts';

/** A sentence of the dialogue, with where it came from. */
export interface Utterance {
  segmentIndex: number;
  speaker: Segment['speaker'];
  text: string;
  /** Lower-cased words, for matching cues. */
  words: string[];
  isQuestion: boolean;
}

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Lower-cased words; digits and hyphens stay inside words ("e-tjänst", "121212-1212"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * "Så jag får ringa banken och tjata, menar du.", "So I just wait, you mean.": what the speaker checks of the other's words,
 * said without a question mark, is a question; it states nothing (round 38).
 */
const CHECKS_UNDERSTANDING = /,\s*(?:menar du|menar ni|eller hur|you mean|do you mean|is that right|is that it)[.!]?$/iu;

/** Splits every segment into sentences (ICU sentence rules for the call's language). */
export function utterancesOf(segments: Segment[], language: Language): Utterance[] {
  const segmenter = new Intl.Segmenter(LOCALES[language], {
    granularity: 'sentence',
  });
  return segments.flatMap((segment) =>
    [...segmenter.segment(segment.text)]
      .map((s) => s.segment.trim())
      .filter(Boolean)
      .map((text) => ({
        segmentIndex: segment.index,
        speaker: segment.speaker,
        text,
        words: wordsOf(text),
        isQuestion: text.endsWith('?') || CHECKS_UNDERSTANDING.test(text),
      })),
  );
}

/**
 * Whether `phrase` (lower-cased words) occurs in `words`. Every word of the phrase must
 * match a whole word except the last, which may continue: "bostadstillägg" matches
 * "bostadstillägget", "skatt" matches "skatteavdrag"; a last word under five letters only
 * by an inflection ("app" matches "appen" but not "apply", "form" not "formally").
 */
export function containsPhrase(words: string[], phrase: string[]): boolean {
  return phraseIndex(words, phrase) >= 0;
}

/** Endings that inflect a short word without making another ("app" → "appen", "apps"; not "apply"). */
const INFLECTION = /^(?:s|es|en|et|er|ar|or|na|n|t|a|e|erna|arna|orna|ens|ets|ns|ts|ed|d|ing|'s|’s)$/u;

/**
 * Whether `word` is `stem` or continues it: a stem of five letters or more may continue
 * ("bostadstillägget", "skatteavdrag"), a shorter one only by an inflection ("appen", not "apply").
 */
function continues(stem: string, word: string | undefined): boolean {
  if (!word?.startsWith(stem)) return false;
  return word === stem || stem.length >= 5 || INFLECTION.test(word.slice(stem.length));
}

/** Where `phrase` begins in `words` (as `containsPhrase` matches it), or -1. */
export function phraseIndex(words: string[], phrase: string[]): number {
  if (phrase.length === 0) return -1;
  const last = phrase.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    if (phrase.every((p, j) => (j === last ? continues(p, words[i + j]) : words[i + j] === p))) return i;
  }
  return -1;
}

/** The text as a literal inside a RegExp: its special characters escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Ends a sentence with a full stop unless it has its own punctuation. */
export const asSentence = (text: string) => {
  const trimmed = capitalise(text.trim().replace(/[,;:\s]+$/, ''));
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};
