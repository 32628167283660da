import { Confidence, type Candidate } from './candidates.js';
import { NAME_NOUNS, spellsNonPersonalWord } from './names.js';
import type { Token } from './tokens.js';

/**
 * Names spelled out letter by letter, as callers do after saying them: "h ä g g l u n d",
 * "K-O-W-A-L-S-K-I", "n som i Niklas, g som i Gustav, u, y, e, n", "M as in Mike, U, R, P, H, Y".
 * The spelling restores the name, so it is part of the name.
 */
export interface SpelledName extends Candidate {
  /** The letters, lower case ("kowalski"): the name, for the call's memory. */
  letters: string;
}

/** Letters that are words on their own ("i", "å", "ö", "a", "I"): a run of only these is speech. */
const LETTER_WORDS = new Set(['i', 'å', 'ö', 'a', 'o', 'e']);
/** Abbreviations read or written letter by letter: "d v s", "t ex", "o s v". */
const ABBREVIATIONS = new Set(['dvs', 'osv', 'tex', 'mm', 'pga', 'eg', 'ie', 'am', 'pm', 'etc', 'ca', 'sk', 'bla', 'mfl', 'ev', 'st', 'nr', 'kl', 'usa', 'eu', 'sms', 'tv', 'pdf', 'id']);
const SEPARATORS = new Set([',', '-', '–', '.', '/', 'apostrophe', 'apostrof', 'dash', 'hyphen', 'bindestreck', 'streck']);
/** The spelling alphabets' words, said alone for a letter ("Kilo, India, Lima"). */
/** The international (NATO) spelling alphabet's words: the letters of foreign identity numbers are read with these. */
export const NATO_WORDS: ReadonlySet<string> = new Set([
  'alfa', 'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima',
  'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'x-ray',
  'yankee', 'zulu',
]);
const ALPHABET_WORDS = new Set([
  ...NATO_WORDS, 'adam', 'bertil', 'caesar', 'cesar', 'david', 'erik', 'filip', 'gustav', 'helge', 'ivar', 'johan', 'kalle',
  'ludvig', 'martin', 'niklas', 'olof', 'petter', 'qvintus', 'rudolf', 'sigurd', 'tore', 'urban', 'viktor', 'wilhelm', 'xerxes',
  'yngve', 'zäta', 'åke', 'ärlig', 'östen',
]);
/** Alphabet words in a row that make a spelling on their own. */
const MIN_ALPHABET_WORDS = 3;
const SPELLED_TOKEN = /^\p{L}(?:[-.]\p{L}){2,}$/u;
const TWO_LETTER_TOKEN = /^\p{L}[-.]\p{L}$/u;
/** What either pattern needs, asked first: a hyphen or a dot (most words have neither, and both were tested on every word). */
const hasSeparator = (text: string): boolean => text.includes('-') || text.includes('.');

/**
 * Two letters are a spelling only of a word said just before them ("Ek, E K", "Ng, N G",
 * "Bergkvist, med k-v?"): the capitalised word before `before` that they spell or are part of.
 */
function spelledWordBefore(tokens: Token[], before: number, letters: string): Token | undefined {
  for (let k = before - 1; k >= 0 && k >= before - 12; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.capitalised && t.text.length >= 2 && t.lower.includes(letters)) return t;
  }
  return undefined;
}

const isLetter = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.text.length === 1;

/** "O S E I, I have …": the English "I" after a spelling, a word in lower case after it (not "L E V I Cohen", round 48). */
function pronounI(tokens: Token[], j: number): boolean {
  const [t, before, next] = [tokens[j]!, tokens[j - 1], tokens[j + 1]];
  return t.text === 'I' && before?.text === ',' && next?.kind === 'word' && !next.capitalised && next.text.length >= 2 && !SEPARATORS.has(next.lower);
}

/** "n som i Niklas", "M as in Mike", "B for Bravo": the tokens the item spans, or 0. */
export function alphabetItemLength(tokens: Token[], i: number): number {
  if (!isLetter(tokens[i])) return 0;
  const [a, b, c] = [tokens[i + 1]?.lower, tokens[i + 2]?.lower, tokens[i + 3]];
  if (((a === 'som' && b === 'i') || (a === 'as' && b === 'in')) && c?.kind === 'word') return 4;
  if ((a === 'for' || a === 'like') && tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.capitalised) return 3;
  return 0;
}

/** The words a run of alphabet words may begin on (`alphabetWordsFrom`), in lower case: keep in step with it (check with eval/snapshot.ts). */
const SPELLING_STARTS: ReadonlySet<string> = new Set([...ALPHABET_WORDS, ...SEPARATORS]);

/** "box" after the letters that end at `last` (a dot between, "P. O. box"): they are a post office box's. */
const poBoxAfter = (tokens: Token[], last: number): boolean => {
  const k = tokens[last + 1]?.text === '.' ? last + 2 : last + 1;
  return ['box', 'boxen'].includes(tokens[k]?.lower ?? '');
};

/** The words right before "P O box" that make it a post office box: "a P O box", "min P O box". */
const BOX_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'en', 'ett', 'min', 'mitt']);

/**
 * Words that say a name is meant: with one of them near, letters spelled are never kept as an agency's or a benefit's (review of
 * round 90: "Han heter Cesar, Sigurd, Niklas", "My surname is York, Y, O, R, K").
 */
const NAME_CUES: ReadonlySet<string> = new Set([...NAME_NOUNS, 'heter', 'hette', 'heta', 'name', 'names', 'named', 'surname', 'forename']);
/** What asks for a name or its spelling in the turn before: "Kan du stava efternamnet?", "How do you spell that?" (review of round 90). */
const SPELLING_ASKS: ReadonlySet<string> = new Set([
  ...NAME_CUES, 'stava', 'stavas', 'stavar', 'stavat', 'stavning', 'stavningen', 'spell', 'spelled', 'spelt', 'spelling',
]);
/** The turn before asked for a spelling or a name. */
export const spellingAsked = (previous: readonly Token[] | undefined): boolean => !!previous?.some((t) => SPELLING_ASKS.has(t.lower));
/** A name cue in the sentence before the letters spelled from `first` to `last`, or among the two words after them ("…, my surname"). */
function nameCueNear(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && !['.', '?', '!'].includes(tokens[k]!.text); k--) if (NAME_CUES.has(tokens[k]!.lower)) return true;
  let words = 0;
  for (let k = last + 1; k < tokens.length && words < 2; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    words++;
    if (NAME_CUES.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * Spelled names, and the spans of spelled words that are no one's (an agency's letters, a tax, a benefit; round 90). `nameAsked`:
 * the turn before asked for a name or a spelling, so nothing spelled here is kept (review of round 90).
 */
export function findSpellings(tokens: Token[], nameAsked = false): { names: SpelledName[]; words: { start: number; end: number }[] } {
  const found: SpelledName[] = [];
  const words: { start: number; end: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // A word of two letters or more, with no hyphen or dot, that is no alphabet word nor separator begins no
    // spelling (below, a run begins on a letter, or three alphabet words and separators): one look-up for most words.
    if (t.kind === 'word' && t.text.length > 1 && !hasSeparator(t.text) && !SPELLING_STARTS.has(t.lower)) {
      i++;
      continue;
    }
    if (t.kind === 'word' && hasSeparator(t.text) && TWO_LETTER_TOKEN.test(t.text)) {
      const letters = t.lower.replace(/[-.]/g, '');
      if (!ABBREVIATIONS.has(letters) && spelledWordBefore(tokens, i, letters)) found.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued, letters });
      i++;
      continue;
    }
    if (t.kind === 'word' && hasSeparator(t.text) && SPELLED_TOKEN.test(t.text)) {
      const letters = t.lower.replace(/[-.]/g, '');
      if (!ABBREVIATIONS.has(letters)) found.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued, letters });
      i++;
      continue;
    }
    // A run of items: single letters and alphabet items, with separators between them.
    let j = i;
    let last = -1;
    let letters = '';
    let alphabetItems = 0;
    let wordLetters = true;
    // Items of the run, and those that were "double L" (a remark on a letter, said alone; round 90).
    let items = 0;
    let doublings = 0;
    while (j < tokens.length) {
      const item = alphabetItemLength(tokens, j);
      if (item > 0) {
        alphabetItems++;
        // "Ś som i Sigurd med streck": the mark said after the alphabet item is the item's (Round 100: the spelling went on
        // past it, so the letters after it were left shown).
        const mark = diacriticAfter(tokens, j + item);
        letters += mark ? (MARKED.get(tokens[j]!.lower + mark.mark) ?? tokens[j]!.lower) : tokens[j]!.lower;
        wordLetters = false;
        last = j + item - 1 + (mark?.length ?? 0);
        j = last + 1;
      } else if (alphabetWordsFrom(tokens, j) >= MIN_ALPHABET_WORDS || (alphabetItems > 0 && ALPHABET_WORDS.has(tokens[j]!.lower))) {
        alphabetItems++;
        letters += tokens[j]!.lower[0];
        wordLetters = false;
        last = j;
        j++;
      } else if (j > i && hasSeparator(tokens[j]!.text) && SPELLED_TOKEN.test(tokens[j]!.text)) {
        // "O, apostrophe, S-U-L-L-I-V-A-N": a hyphenated spelling continues the letters before it.
        letters += tokens[j]!.lower.replace(/[-.]/g, '');
        wordLetters = false;
        last = j;
        j++;
      } else if (LETTER_PREFIXES.has(tokens[j]!.lower) && isLetter(tokens[j + 1]) && j > i) {
        // "double L", "dubbel-l" (two of it), "capital A", "stort A".
        const letter = tokens[j + 1]!.lower;
        letters += DOUBLING.has(tokens[j]!.lower) ? letter + letter : letter;
        if (DOUBLING.has(tokens[j]!.lower)) doublings++;
        items++;
        wordLetters = false;
        last = j + 1;
        j += 2;
      } else if (isLetter(tokens[j]) && !(j > i && pronounI(tokens, j))) {
        const mark = diacriticAfter(tokens, j + 1);
        letters += mark ? (MARKED.get(tokens[j]!.lower + mark.mark) ?? tokens[j]!.lower) : tokens[j]!.lower;
        wordLetters &&= LETTER_WORDS.has(tokens[j]!.lower) && !mark;
        items++;
        last = j + (mark?.length ?? 0);
        j = last + 1;
      } else break;
      while (j < tokens.length && SEPARATORS.has(tokens[j]!.lower) && j < last + 4) j++;
    }
    // ("changed my address to a P O box", "a P. O. box": the letters of a post office box, with the article before them, spell
    // nothing; round 85. Letters spelled before them are a spelling still.)
    // (Review of round 85: only the two letters P O, with an article right before them, or the article "a" read as a letter,
    // in lower case; "My surname is Po, P O box 14", "Apo, A P O box" are spellings.)
    const boxArticle = (letters === 'po' && BOX_ARTICLES.has(tokens[i - 1]?.lower ?? '')) || (letters === 'apo' && tokens[i]!.text === 'a');
    if (poBoxAfter(tokens, last) && boxArticle) {
      i = Math.max(i + 1, last + 1);
      continue;
    }
    // ("With a double S?", "Penhallow, double L", "med dubbel-l": one letter doubled, alone or after the article, remarks on a
    // spelling and spells nothing; round 90.)
    // (Review of round 90: the article only as a lower-case word with no comma after it, "with a double S"; not a spelled "A, double N".)
    const remark = doublings === 1 && (items === 1 || (items === 2 && ['a', 'ett', 'en'].includes(tokens[i]!.text) && tokens[i + 1]?.text !== ','));
    if (remark) {
      i = Math.max(i + 1, last + 1);
      continue;
    }
    const word = letters.length >= 2 && !ABBREVIATIONS.has(letters) ? spelledWordBefore(tokens, i, letters) : undefined;
    const spelled = (alphabetItems >= 1 && letters.length >= 2) || (letters.length >= 3 && !wordLetters) || (letters.length === 2 && !!word);
    // ("Det ska stå C, S, N", "S, I, N, K": letters that spell an agency, a form or a benefit spell no name; round 90.)
    // (Review of round 90: a closed list only, and never where the word said before spells the same letters, unless it is written
    // as the abbreviation, "LMA, L M A"; nor where a name cue is near or the turn before asked for a name or a spelling:
    // "York, Y, O, R, K", "Jag heter Isk, I, S, K".)
    const sameWordBefore = word?.lower === letters && word.text !== word.text.toUpperCase();
    const nonPersonal = last >= i && spelled && !nameAsked && !sameWordBefore && spellsNonPersonalWord(letters) && !nameCueNear(tokens, i, last);
    if (nonPersonal) words.push({ start: tokens[i]!.start, end: tokens[last]!.end });
    if (last >= i && spelled && !ABBREVIATIONS.has(letters) && !nonPersonal) {
      found.push({ type: 'name', start: tokens[i]!.start, end: tokens[last]!.end, confidence: Confidence.cued, letters });
      // The word spelled is a name, whatever else it could be ("It's Oh, O H").
      if (word && word.lower === letters) found.push({ type: 'name', start: word.start, end: word.end, confidence: Confidence.cued, letters });
      // "Sjöholm. S som i Sigurd, J som i Johan, Ö som i Östen, holm": the rest of the name said as it is.
      const rest = restAfterSpelling(tokens, last + 1);
      if (word && rest && word.lower === letters + rest.lower) found.push({ type: 'name', start: rest.start, end: rest.end, confidence: Confidence.cued, letters: word.lower });
    }
    // A run that is no spelling holds none further on ("a. a. a."): on past it, so the scan stays linear.
    i = Math.max(i + 1, last + 1);
  }
  return { names: found, words };
}

/** A letter with its marks: "O with two dots" is ö, "a med ring" å. */
/** Words before a letter that say how to write it: "double L", "capital A", "dubbel-l", "stort A". */
const DOUBLING = new Set(['double', 'dubbel', 'dubbla', 'dubbelt']);
/** Words before a letter that say its case: "capital A", "stort A". */
export const CASE_WORDS: ReadonlySet<string> = new Set(['capital', 'big', 'small', 'stor', 'stort', 'liten', 'litet']);
const LETTER_PREFIXES = new Set([...DOUBLING, ...CASE_WORDS]);
/** What may stand before the rest of a name after its spelling: "…, och sen berg", "…, then son". */
const REST_FILLERS = new Set([',', 'och', 'sen', 'and', 'then', 'resten', 'rest', 'the']);

/** The word after a spelling, past a comma and "och sen", if one follows. */
function restAfterSpelling(tokens: Token[], k: number): Token | undefined {
  while (k < tokens.length && REST_FILLERS.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  return t?.kind === 'word' && t.text.length >= 2 ? t : undefined;
}

const MARKED = new Map([
  ['odots', 'ö'], ['adots', 'ä'], ['udots', 'ü'], ['aring', 'å'], ['eaccent', 'é'], ['oaccent', 'ó'], ['aaccent', 'á'], ['naccent', 'ń'],
  ['saccent', 'ś'], ['caccent', 'ć'], ['zaccent', 'ź'], ['oslash', 'ø'], ['lslash', 'ł'], ['ntilde', 'ñ'], ['ccedilla', 'ç'],
  ['scaron', 'š'], ['ccaron', 'č'], ['zcaron', 'ž'],
]);
// "O med streck" (ó), "L with a stroke" (ł), "n med tilde", "c med hake" (č): Polish, Spanish, Czech and
// Bosnian names spelled out.
const MARK_WORDS = new Map([
  ['dots', 'dots'], ['prickar', 'dots'], ['prickarna', 'dots'], ['umlaut', 'dots'], ['ring', 'ring'], ['ringen', 'ring'], ['circle', 'ring'],
  ['accent', 'accent'], ['accenten', 'accent'], ['acute', 'accent'], ['streck', 'accent'], ['strecket', 'accent'], ['snedstreck', 'slash'],
  ['stroke', 'slash'], ['slash', 'slash'], ['tilde', 'tilde'], ['cedilla', 'cedilla'], ['cedilj', 'cedilla'], ['hake', 'caron'],
  ['hatt', 'caron'], ['caron', 'caron'], ['hacek', 'caron'], ['háček', 'caron'],
]);
const MARK_FILLERS = new Set(['two', 'två', 'a', 'an', 'en', 'the']);

/**
 * "O with two dots", "a med ring", "e med accent": how a caller spells a letter with diacritics.
 * The mark and how many tokens its description spans (from `j`), or undefined.
 */
export function diacriticAfter(tokens: Token[], j: number): { mark: string; length: number } | undefined {
  if (tokens[j]?.lower !== 'with' && tokens[j]?.lower !== 'med') return undefined;
  let k = j + 1;
  while (k < j + 3 && MARK_FILLERS.has(tokens[k]?.lower ?? '')) k++;
  const mark = MARK_WORDS.get(tokens[k]?.lower ?? '');
  return mark ? { mark, length: k - j + 1 } : undefined;
}

/** How many spelling-alphabet words follow one another from token `i` (separators between them). */
function alphabetWordsFrom(tokens: Token[], i: number): number {
  let count = 0;
  for (let j = i; j < tokens.length; j++) {
    if (SEPARATORS.has(tokens[j]!.text)) continue;
    if (tokens[j]!.kind !== 'word' || !ALPHABET_WORDS.has(tokens[j]!.lower)) break;
    count++;
  }
  return count;
}
