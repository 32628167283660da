// Derives the compact name and place lists in ../data from the SCB name statistics and place
// lists in shared/lex (see data/NOTICE.md for sources and licences). Run it when the sources or
// thresholds change, and commit the result: the product reads only ../data.
//
//   node libs/redaction/scripts/build-lexicon.mjs
//
// Needs SAMTAL_SHARED (default: <repo root>/../shared) and the word lists of Debian's
// `wswedish` and `wamerican` packages (/usr/share/dict), used only to flag names that are also
// ordinary words ("Bo", "Per", "Berg", "Will"): those are redacted only with support from context.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const shared = process.env.SAMTAL_SHARED ?? join(repoRoot, '..', 'shared');
const out = join(here, '..', 'data');

/** Bearers needed for a given name (tilltalsnamn, the name in everyday use) or any first name. */
const MIN_CALLED_BY = 20;
const MIN_FIRST_NAME = 100;
const MIN_SURNAME = 40;
/** Names this common are redacted even in lower case (transcripts without capitals). */
const FREQUENT = 500;

const readCounts = (file) => {
  const counts = new Map();
  for (const line of readFileSync(join(shared, 'lex/names', file), 'utf8').split('\n').slice(1)) {
    const comma = line.lastIndexOf(',');
    if (comma < 1) continue;
    const name = line.slice(0, comma).toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + Number(line.slice(comma + 1)));
  }
  return counts;
};
const readWords = (path) =>
  new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => w && w === w.toLowerCase()),
  );

const calledBy = readCounts('tilltalsnamn-kvinnor.csv');
for (const [name, n] of readCounts('tilltalsnamn-man.csv')) calledBy.set(name, (calledBy.get(name) ?? 0) + n);
const firstNames = readCounts('fornamn-kvinnor.csv');
for (const [name, n] of readCounts('fornamn-man.csv')) firstNames.set(name, (firstNames.get(name) ?? 0) + n);
const surnames = readCounts('efternamn.csv');

const stopWords = new Set([
  ...readWords(join(shared, 'lex/stopwords/stopwords-iso-sv.txt')),
  ...readWords(join(shared, 'lex/stopwords/svensktext-stoppord-mycket.csv')),
]);
const dictionary = new Set([...readWords('/usr/share/dict/swedish'), ...readWords('/usr/share/dict/american-english')]);

// Places: localities (tätorter) and municipalities. Kept for the `towns` policy and to tell
// "i Lund" (a town) from "Anna Lund" (a surname).
const places = new Set();
for (const line of readFileSync(join(shared, 'lex/places/svenska-stader.csv'), 'utf8').split('\n').slice(1)) {
  const name = line.split(',')[0]?.trim();
  if (name) places.add(name);
}
for (const line of readFileSync(join(shared, 'lex/places/kommuner.csv'), 'utf8').split('\n').slice(1)) {
  const name = line.split(',')[1]?.replace(/s? kommun$/, '').trim();
  if (name) places.add(name);
}
const placeKeys = new Set([...places].map((p) => p.toLowerCase()));

/**
 * A stop word that is also this common a name ("Hans", "Maj") stays, flagged as an ordinary word; so does one that this
 * many people are called by ("Mina", "Dina", "Dag": "Det är Mina" must be read as a name, round 39).
 */
const STOP_WORD_NAME = 5000;
const STOP_WORD_CALLED_BY = 1000;
const bearersOf = (name) => Math.max(calledBy.get(name) ?? 0, firstNames.get(name) ?? 0) + (surnames.get(name) ?? 0);
const isNameShaped = (name) => /^\p{L}[\p{L}'’-]*\p{L}$/u.test(name) && !name.includes(' ');
const entries = new Map();
const add = (name, flag) => {
  if (!isNameShaped(name) || (stopWords.has(name) && bearersOf(name) < STOP_WORD_NAME && (calledBy.get(name) ?? 0) < STOP_WORD_CALLED_BY)) return;
  entries.set(name, (entries.get(name) ?? '') + flag);
};
for (const [name, n] of calledBy) if (n >= MIN_CALLED_BY) add(name, 'f');
for (const [name, n] of firstNames) if (n >= MIN_FIRST_NAME && (calledBy.get(name) ?? 0) < MIN_CALLED_BY) add(name, 'f');
for (const [name, n] of surnames) if (n >= MIN_SURNAME) add(name, 's');

const lines = [];
for (const [name, flags] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
  let all = [...new Set(flags)].join('');
  if (dictionary.has(name) || stopWords.has(name) || placeKeys.has(name)) all += 'c';
  if (bearersOf(name) >= FREQUENT) all += 'h';
  lines.push(`${name}\t${all}`);
}
writeFileSync(
  join(out, 'names.tsv'),
  `# name<TAB>flags: f first name, s surname, c also an ordinary word or a place, h ${FREQUENT}+ bearers. Built by scripts/build-lexicon.mjs.\n${lines.join('\n')}\n`,
);
writeFileSync(
  join(out, 'places.txt'),
  `# Swedish localities and municipalities. Built by scripts/build-lexicon.mjs.\n${[...places].sort().join('\n')}\n`,
);
// Function words that never start a name, even after "jag heter" (Swedish from stopwords-iso,
// English written here).
const ENGLISH_STOP_WORDS = `a about after again all also am an and any are as at be because been before being both but by can
could did do does doing down during each few for from further had has have having he her here hers herself him himself his
how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours out
over own same she should so some such than that the their theirs them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yourself calling
speaking here sorry yes yeah okay ok well hello hi thanks thank please sure`.split(/\s+/);
writeFileSync(
  join(out, 'stopwords.txt'),
  `# Function words, Swedish (stopwords-iso, MIT) and English. Built by scripts/build-lexicon.mjs.\n${[
    ...new Set([...readWords(join(shared, 'lex/stopwords/stopwords-iso-sv.txt')), ...ENGLISH_STOP_WORDS]),
  ]
    .sort()
    .join('\n')}\n`,
);
console.log(`names.tsv: ${lines.length} names; places.txt: ${places.size} places`);
