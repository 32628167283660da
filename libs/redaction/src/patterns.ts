/** Something that tests a word: a regular expression without the `g` or `y` flag, or a function of the word alone. */
interface WordTest {
  test(word: string): boolean;
}

/** Words remembered per test before it starts afresh (a call has a few thousand distinct words). */
const MAX_REMEMBERED = 50_000;

/**
 * `test`, remembered per word: the rules test every token of every utterance against patterns of
 * many endings ("…gatan", "…myndigheten"), and the same words recur through a call and from call to
 * call, so a look-up replaces most runs of the pattern. Only for tests of the word alone, that never change.
 */
export function rememberedTest(test: WordTest): WordTest {
  if (test instanceof RegExp && (test.global || test.sticky)) throw new Error('rememberedTest: a global or sticky pattern keeps state between tests');
  const known = new Map<string, boolean>();
  return {
    test(word: string): boolean {
      let result = known.get(word);
      if (result === undefined) {
        if (known.size >= MAX_REMEMBERED) known.clear();
        result = test.test(word);
        known.set(word, result);
      }
      return result;
    },
  };
}

/**
 * The matches of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them (from the
 * start, past an empty match by one character or code point), read with `exec`: `matchAll` copies
 * the pattern for every text, a third of a microsecond each, and the rules run a dozen patterns on
 * every utterance with digits.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf: the pattern needs the g flag, as matchAll does');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/** A police report's number: "5000-K118422-26", "K1187433-26" (the letter's prefix, the number, the year). */
export const POLICE_REPORT = /(?<![\p{L}\p{N}])(?:\d{3,4}-)?[A-Z]{1,2}\d{2,9}-\d{2}(?![\p{L}\p{N}])/gu;
/** `start`..`end` of `text` lies within a police report's number written in its own shape ("K734219-26"). */
export const withinPoliceReport = (text: string, start: number, end: number): boolean =>
  matchesOf(text, POLICE_REPORT).some((m) => m.index <= start && end <= m.index + m[0].length);

/** The index after `at`: past a whole surrogate pair in unicode mode (ECMAScript's AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
