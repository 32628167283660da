/** A word, a run of digits or one punctuation character, with its place in the text. */
/** The sounds a speaker pauses on, as Whisper writes them: they stand between the pieces of what is read out. */
export const HESITATIONS: ReadonlySet<string> = new Set(['eh', 'öh', 'ehm', 'öhm', 'uh', 'um', 'erm']);
/** What ends a sentence in a transcript. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '?', '!']);
/** Words that take back what was just said: "nej vänta", "no, sorry", "jag menar", "I mean". */
export const TAKING_BACK: ReadonlySet<string> = new Set(['nej', 'nä', 'no', 'sorry', 'förlåt', 'vänta', 'wait', 'menar', 'mean']);
/** Words of a bad line between the pieces of a number: "hallå?", "hörs jag?", "hör du mig?", "can you hear me?", "you're breaking up", noise. */
export const BAD_LINE: ReadonlySet<string> = new Set(['hör', 'hörs', 'hallå', 'hear', 'hello', 'breaking', 'hostar', 'brus', 'cough', 'static']);
/** A word of a correction: one that takes back, or the "jag", "I" of "jag menar", "I mean". */
export const inCorrection = (lower: string): boolean => TAKING_BACK.has(lower) || lower === 'jag' || lower === 'i';
/** A word without its diacritics: callers and Whisper write "Sjöblom" as "sjoblom", "Müller" as "Muller". */
export const folded = (lower: string): string => (/[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower);
/** A capital letter said on its own: "S O one four", "uppgång B". */
export const isSingleCapital = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}$/u.test(t.text);
/** Token `k` is a full stop of "...": a pause ("H91... K seven two F"), not the end of a sentence. */
export function ellipsisDotAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== '.') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before?.text === '.' && before.end === t.start) || (after?.text === '.' && after.start === t.end);
}
/** The first token of the sentence that token `i` stands in. */
export function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  return start;
}
/** Just past the last token of the sentence that token `i` stands in. */
export function sentenceEndOf(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (end < tokens.length && !tokens[end]!.sentenceStart) end++;
  return end;
}

export interface Token {
  text: string;
  /** Lower case, for look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'digits' | 'punct';
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** First token of the text, of a line, or after . ! ? : */
  sentenceStart: boolean;
}

// Words keep inner hyphens and apostrophes ("Karl-Johan", "snabel-a", "O'Connor", "twenty-one"):
//   /(\p{L}[\p{L}\p{M}0-9]*(?:['’-][\p{L}\p{M}0-9]+)*)|([0-9]+)|(\S)/gu
// read by hand below (the regular expression was a tenth of the redactor's time), character
// classes looked up once per code point.
const SENTENCE_END = new Set(['.', '!', '?', ':', '…']);
const BULLETS = new Set(['-', '–', '•', '*']);

const enum Char {
  Other,
  Letter,
  Mark,
  Digit,
  Space,
}
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const classes = new Map<number, Char>();
function classOf(cp: number): Char {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return Char.Letter;
    if (cp >= 48 && cp <= 57) return Char.Digit;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return Char.Space;
    return Char.Other;
  }
  // Latin-1 and Latin Extended-A/B (å, ä, ö, é, ł, ș …) are letters but for × and ÷.
  if (cp >= 0xc0 && cp <= 0x24f) return cp === 0xd7 || cp === 0xf7 ? Char.Other : Char.Letter;
  let c = classes.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER.test(ch) ? Char.Letter : MARK.test(ch) ? Char.Mark : SPACE.test(ch) ? Char.Space : Char.Other;
    classes.set(cp, c);
  }
  return c;
}
const inWord = (c: Char): boolean => c === Char.Letter || c === Char.Mark || c === Char.Digit;
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45; // ' ’ -
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** An ASCII letter or digit: what `classOf` calls a word character below 128, without the call. */
const asciiWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** The end of the run of letters, marks and digits from `i`. */
function wordCharsEnd(text: string, i: number): number {
  while (i < text.length) {
    // ASCII first (most characters of a call): no code point to read, no class to look up.
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (!asciiWordChar(code)) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!inWord(classOf(cp))) break;
    i += width(cp);
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const c = classOf(cp);
    if (c === Char.Space) {
      i += width(cp);
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (c === Char.Letter) {
      kind = 'word';
      i = wordCharsEnd(text, i + width(cp));
      // An inner hyphen or apostrophe, with a letter, mark or digit after it, continues the word.
      while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && inWord(classOf(text.codePointAt(i + 1)!))) i = wordCharsEnd(text, i + 1);
    } else if (c === Char.Digit) {
      kind = 'digits';
      i++;
      while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    } else {
      kind = 'punct';
      i += width(cp);
    }
    const raw = text.slice(start, i);
    // (A line's bullet, "- The caller said", starts the sentence after it as the line would.)
    // (A dot between digits, "1.7.1939", "3.5 procent", ends no sentence.)
    const dotInNumber = kind === 'digits' && previous?.text === '.' && previous.end === start && tokens[tokens.length - 2]?.kind === 'digits' && tokens[tokens.length - 2]!.end === previous.start;
    const sentenceStart =
      !previous || (previous.kind === 'punct' && !dotInNumber && (SENTENCE_END.has(previous.text) || (previous.sentenceStart && BULLETS.has(previous.text)))) || hasNewline(text, previous.end, start);
    const token: Token = {
      text: raw,
      lower: kind === 'word' ? lowerOf(raw) : raw,
      start,
      end: i,
      kind,
      // (An ASCII first letter is a capital from A to Z: no lower-case copy needed to tell.)
      capitalised: kind === 'word' && (cp < 128 ? cp >= 65 && cp <= 90 : raw[0] !== raw[0]!.toLowerCase()),
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

/**
 * `word.toLowerCase()`, or the word itself where it has nothing to lower (most words of a call):
 * `toLowerCase` copies the string even then, a few hundred thousand copies a megabyte.
 */
function lowerOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // (Below 128 only A–Z has a lower case; from ß to ÿ Latin-1 is lower case already.)
    if ((code >= 65 && code <= 90) || (code >= 128 && code < 0xdf) || code > 0xff) return word.toLowerCase();
  }
  return word;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Whether the text has an ASCII digit (what `\d` matches). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A noise Whisper writes between stars, "*hostar*", "*cough*", "*brus*", begins at `j`: the line's, no word said. */
export const noiseAsideStartsAt = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.text === '*' && tokens[j + 1]?.kind === 'word' && tokens[j + 2]?.text === '*';

/** Token `i` is part of such a noise, a star or its word (round 77). */
export function inNoiseAside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'word') return noiseAsideStartsAt(tokens, i - 1);
  return t.text === '*' && (noiseAsideStartsAt(tokens, i) || noiseAsideStartsAt(tokens, i - 2));
}
