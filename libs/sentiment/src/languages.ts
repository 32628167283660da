import type { Language } from '@samtal/contracts';
import { englishLexicon, swedishLexicon, type Lexicon } from './lexicon.js';

/** What modifies a sentiment word in a language: negation, degree words, contrast. */
export interface LanguageRules {
  lexicon: Lexicon;
  /** Flip the sentiment of a word up to three words after them, within the clause. */
  negators: ReadonlySet<string>;
  /** Multiply the sentiment of the next word (very → ×1.5, a bit → ×0.6). */
  degree: ReadonlyMap<string, number>;
  /** Compound prefixes that intensify (jättebra = very good); each must be in `degree` too. */
  intensifyingPrefixes: readonly string[];
  /** "but": what follows it weighs more than what came before. */
  contrast: ReadonlySet<string>;
  /** Maps an inflected form to the lexicon's entry, when the lexicon lacks the form. */
  baseForm?: (word: string, lexicon: Lexicon) => string | undefined;
}

const words = (list: string) => new Set(list.split(' '));
const degrees = (up: string, down: string) =>
  new Map([...up.split(' ').map((w) => [w, 1.5] as const), ...down.split(' ').map((w) => [w, 0.6] as const)]);

// Endings of Swedish adjectives, nouns and verbs, longest first, and what replaces them.
const SWEDISH_ENDINGS: [string, string][] = [
  ['arna', ''],
  ['orna', ''],
  ['erna', ''],
  ['ande', ''],
  ['ende', ''],
  ['ade', ''],
  ['are', ''],
  ['aste', ''],
  ['ast', ''],
  ['ar', ''],
  ['at', ''],
  ['at', 'ad'],
  ['er', ''],
  ['or', ''],
  ['en', ''],
  ['et', ''],
  ['na', 'en'],
  ['a', ''],
  ['e', ''],
  ['t', ''],
  ['s', ''],
  ['tt', 'd'],
];

/** Swedish: strip one common ending (glada → glad, dåligt → dålig, besvikna → besviken, glatt → glad). */
function swedishBaseForm(word: string, lexicon: Lexicon): string | undefined {
  for (const [ending, replacement] of SWEDISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (stem.length < 3) continue;
    if (lexicon.has(stem)) return stem;
    // tacksamma → tacksamm → tacksam
    if (/([bdfgklmnprst])\1$/.test(stem) && lexicon.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return undefined;
}

let rules: Record<Language, LanguageRules> | undefined;

export function rulesFor(language: Language): LanguageRules {
  rules ??= {
    sv: {
      lexicon: swedishLexicon(),
      negators: words('inte ej aldrig ingen inget inga icke knappast utan slipper slippa slapp'),
      degree: degrees(
        'mycket väldigt jätte super skit kanon mega otroligt oerhört extremt riktigt verkligen helt himla sjukt totalt ytterst så alldeles fruktansvärt stor stort stora',
        'lite ganska något aningen relativt halvt nästan',
      ),
      intensifyingPrefixes: ['jätte', 'super', 'skit', 'kanon', 'mega'],
      contrast: words('men'),
      baseForm: swedishBaseForm,
    },
    en: {
      lexicon: englishLexicon(),
      negators: words(
        "not no never nothing nobody none neither nor cannot can't won't don't doesn't didn't isn't wasn't aren't haven't hasn't couldn't wouldn't shouldn't without",
      ),
      degree: degrees(
        'very really so extremely incredibly totally absolutely completely truly super terribly awfully highly most',
        'slightly somewhat fairly quite pretty rather bit little barely',
      ),
      intensifyingPrefixes: [],
      contrast: words('but'),
    },
  };
  return rules[language];
}
