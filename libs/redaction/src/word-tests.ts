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
