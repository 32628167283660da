import { readFileSync } from 'node:fs';

/**
 * The word lists redaction needs, derived from SCB name statistics and Swedish place lists by
 * scripts/build-lexicon.mjs (sources and licences in data/NOTICE.md). Read once, on first use.
 */
export const NameFlag = {
  first: 1,
  surname: 2,
  /** Also an ordinary word or a place ("Bo", "Berg", "Lund", "Will"): needs support from context. */
  common: 4,
  /** Borne by 500+ people: recognised even in lower case. */
  frequent: 8,
} as const;

const FLAG_LETTERS: Record<string, number> = { f: NameFlag.first, s: NameFlag.surname, c: NameFlag.common, h: NameFlag.frequent };

export interface Lexicon {
  names: Map<string, number>;
  stopWords: Set<string>;
  /** Places, lower case. */
  places: Set<string>;
  /** Organisations and places abroad, lower case: capitalised, but not people. */
  notNames: Set<string>;
  /** The world's towns, countries and US states, lower case: only to tell a place after "i" / "in". */
  worldPlaces: Set<string>;
}

/**
 * Islands and coasts abroad where pensioners live, by their Swedish and English names: a place where one lives or moves
 * to ("flyttade till Kanarieöarna", "we were in Lanzarote"), never a name in the lists above, because some are surnames
 * too ("Rui Madeira"). Written for Samtal.
 */
export const REGIONS_ABROAD: ReadonlySet<string> = new Set([
  'kanarieöarna', 'teneriffa', 'tenerife', 'lanzarote', 'fuerteventura', 'mallorca', 'majorca', 'algarve', 'andalusien', 'andalusia',
  'madeira', 'kreta', 'crete', 'rhodos', 'cypern', 'cyprus',
]);

let loaded: Lexicon | undefined;

const dataLines = (file: string): string[] =>
  readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));

export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const names = new Map<string, number>();
  for (const line of dataLines('names.tsv')) {
    const tab = line.indexOf('\t');
    let flags = 0;
    for (const letter of line.slice(tab + 1)) flags |= FLAG_LETTERS[letter] ?? 0;
    names.set(line.slice(0, tab), flags);
  }
  loaded = {
    names,
    stopWords: new Set(dataLines('stopwords.txt')),
    places: new Set(dataLines('places.txt').map((p) => p.toLowerCase())),
    notNames: new Set(dataLines('not-names.txt')),
    worldPlaces: new Set(dataLines('world-places.txt')),
  };
  return loaded;
}
