import type { Word } from '@samtal/contracts';
import type { AsrSegment } from './engine.js';

/**
 * Whisper's known failure modes on call audio, caught after recognition. (Silence and
 * steady noise are kept from Whisper before it: see `detectSpeech` in @samtal/audio.)
 *
 * - Captions instead of speech: "[Musik]", "(applåder)", "♪", or nothing but punctuation.
 * - Phrases from its subtitle training data that it "hears" in silence and hold music:
 *   "Tack för att du tittade", "Undertexter från Amara.org-gemenskapen", "Thanks for watching".
 * - Repetition loops: the same words or sentence over and over.
 */

/** Whole-segment texts that are subtitle credits or sign-offs, never what a caller says. */
const HALLUCINATED_PHRASES: RegExp[] = [
  /^tack för att (du|ni) (har )?(tittat|tittade|kollade|kollat)( på (den här|videon|klippet))?$/,
  /^(svensk)?textning[ .]?nu$/,
  /^undertext(er|ning)? (från|av) .*$/,
  /^.*amara[ .]org.*$/,
  /^prenumerera( på kanalen)?$/,
  /^thanks? (you )?for watching( this video)?$/,
  /^(please )?(like and )?subscribe( to (my|the) channel)?$/,
  /^subtitles? by .*$/,
];

/** Lower case, no punctuation, single spaces: how texts are compared. */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s.]/gu, ' ')
    .replace(/\.(?!\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text that is not speech: empty, punctuation or symbols only, or a caption in brackets. */
export function isNonSpeech(text: string): boolean {
  const t = text.trim();
  return !/[\p{L}\p{N}]/u.test(t) || /^[[(*♪].*[\])*♪]$/su.test(t);
}

export function isHallucinatedPhrase(text: string): boolean {
  const t = normaliseForComparison(text);
  return HALLUCINATED_PHRASES.some((phrase) => phrase.test(t));
}

/** A phrase repeated more than this many times in a row is a loop (people say "ja, ja, ja"). */
export const MAX_NATURAL_REPEATS = 3;
const MAX_LOOP_WORDS = 12;

/**
 * Cuts repetition loops inside a segment: a run of one to twelve words repeated more
 * than three times in a row is kept once. Returns the kept items.
 */
export function collapseLoops<T>(items: T[], key: (item: T) => string): T[] {
  const keys = items.map(key);
  const kept: T[] = [];
  for (let i = 0; i < items.length; ) {
    let skipped = false;
    for (let n = 1; n <= MAX_LOOP_WORDS && i + n * (MAX_NATURAL_REPEATS + 1) <= items.length; n++) {
      const unit = keys.slice(i, i + n).join('\u0000');
      let repeats = 1;
      while (keys.slice(i + repeats * n, i + (repeats + 1) * n).join('\u0000') === unit) repeats++;
      if (repeats > MAX_NATURAL_REPEATS) {
        kept.push(...items.slice(i, i + n));
        i += repeats * n;
        skipped = true;
        break;
      }
    }
    if (!skipped) {
      kept.push(items[i]!);
      i++;
    }
  }
  return kept;
}

const wordKey = (w: string) => normaliseForComparison(w);

function collapseSegmentLoops(segment: AsrSegment): AsrSegment {
  if (segment.words?.length) {
    const words = collapseLoops<Word>(segment.words, (w) => wordKey(w.text));
    if (words.length === segment.words.length) return segment;
    return { ...segment, words, text: words.map((w) => w.text).join(' '), endMs: words.at(-1)!.endMs };
  }
  const tokens = segment.text.split(/\s+/).filter(Boolean);
  const kept = collapseLoops(tokens, wordKey);
  return kept.length === tokens.length ? segment : { ...segment, text: kept.join(' ') };
}

/** Answers this short are often said twice on purpose ("Ja." "Ja."); longer repeats are loops. */
const SHORT_ANSWER_WORDS = 2;

/**
 * Removes what Whisper made up from one speaker's segments, in time order: non-speech
 * captions, known hallucinated phrases, loops inside a segment, and a segment repeating
 * the one before it (a short answer may repeat, but not more than three times).
 */
export function removeHallucinations(segments: AsrSegment[]): AsrSegment[] {
  const kept: AsrSegment[] = [];
  let run = 0;
  for (const original of segments) {
    if (isNonSpeech(original.text) || isHallucinatedPhrase(original.text)) continue;
    const segment = collapseSegmentLoops(original);
    const previous = kept.at(-1);
    const same = previous !== undefined && normaliseForComparison(previous.text) === normaliseForComparison(segment.text);
    run = same ? run + 1 : 1;
    if (same && (normaliseForComparison(segment.text).split(' ').length > SHORT_ANSWER_WORDS || run > MAX_NATURAL_REPEATS)) continue;
    kept.push(segment);
  }
  return kept;
}
