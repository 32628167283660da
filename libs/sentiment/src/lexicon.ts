import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Word or phrase → score on the AFINN scale (-5..5). Phrases are space-separated. */
export type Lexicon = ReadonlyMap<string, number>;

/**
 * Reads `word<TAB>score` lines into `into` (later lists override earlier ones); `#` starts a
 * comment. A score of 0 keeps a word neutral, also against its base form.
 */
export function parseLexicon(tsv: string, into = new Map<string, number>()): Map<string, number> {
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [word, score] = line.split('\t');
    const value = Number(score);
    if (!word || !Number.isFinite(value)) throw new Error(`bad lexicon line: ${line.slice(0, 60)}`);
    into.set(word, value);
  }
  return into;
}

// The data lies beside src/ and dist/ alike.
const lexiconFile = (name: string) => readFileSync(new URL(`../lexicon/${name}`, import.meta.url), 'utf8');

let swedish: Lexicon | undefined;
let english: Lexicon | undefined;

/** AFINN-sv and Sentimentlex (built by scripts/build-lexicon.ts), then Samtal's own call words. */
export function swedishLexicon(): Lexicon {
  swedish ??= parseLexicon(lexiconFile('samtal-sv.tsv'), parseLexicon(lexiconFile('sv.tsv')));
  return swedish;
}

/** AFINN-165 as the `sentiment` package ships it, then Samtal's own call words. */
export function englishLexicon(): Lexicon {
  if (!english) {
    const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
    english = parseLexicon(lexiconFile('samtal-en.tsv'), new Map(Object.entries(afinn)));
  }
  return english;
}
