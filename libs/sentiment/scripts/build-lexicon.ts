/**
 * Rebuilds lexicon/sv.tsv, the Swedish sentiment lexicon, from the sources in the shared
 * data folder (SAMTAL_SHARED, default ../shared beside the repository):
 *   lex/afinn/AFINN-sv-165.txt       AFINN-165, Swedish translation (Apache-2.0, Finn Årup Nielsen)
 *   lex/afinn/AFINN-en-165.txt       the English original, to spot words left untranslated
 *   lex/sentiment/sentimentlex.csv   Språkbanken's Sentimentlex (CC BY, Nusko, Tahmasebi & Mogren 2016)
 * Usage: npx tsx libs/sentiment/scripts/build-lexicon.ts [--check]
 * With --check it only reports whether the committed lexicon is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const libRoot = resolve(import.meta.dirname, '..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(libRoot, '../../../shared'));
const output = join(libRoot, 'lexicon/sv.tsv');

/**
 * AFINN-sv is a line-by-line translation of the English list, and some lines were never
 * translated. A Swedish entry identical to an English one near the same line is such a
 * leftover, unless Sentimentlex knows it as Swedish or it is spelled the same in Swedish.
 */
const ALIGNMENT_WINDOW = { before: 5, after: 25 };
const SAME_IN_SWEDISH = new Set(
  (
    'attack bomb brilliant cancer charm chic demonstration dilemma donation elegant extremist fascist fatal ' +
    'glad humor idiot innovation inspiration intelligent motivation optimism paradox pessimism problem ' +
    'profit propaganda risk robust sabotage super terror terrorist tolerant trauma vitamin'
  ).split(' '),
);
/** Swedish sentiment scores range over the AFINN scale. */
const clamp = (n: number) => Math.max(-5, Math.min(5, n));
/** Rounds half away from zero, so a mean of -2.5 stays as negative as its inputs. */
const round = (n: number) => Math.sign(n) * Math.round(Math.abs(n));

function readAfinn(path: string): [string, number][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [word, score] = line.split('\t');
      return [word!.trim().toLowerCase().replace(/\s+/g, ' '), Number(score)];
    });
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const english = readAfinn(join(shared, 'lex/afinn/AFINN-en-165.txt')).map(([w]) => w);
const swedish = readAfinn(join(shared, 'lex/afinn/AFINN-sv-165.txt'));
const [header, ...rows] = parseCsv(readFileSync(join(shared, 'lex/sentiment/sentimentlex.csv'), 'utf8'));
const col = (name: string) => header!.indexOf(name);
const inSentimentlex = new Set(rows.map((row) => row[col('word')]!.trim().toLowerCase()));

function isUntranslated(word: string, line: number): boolean {
  if (SAME_IN_SWEDISH.has(word) || inSentimentlex.has(word)) return false;
  return english.slice(Math.max(0, line - ALIGNMENT_WINDOW.before), line + ALIGNMENT_WINDOW.after).includes(word);
}

// AFINN-sv: lower-cased, untranslated lines dropped, duplicates merged by their mean.
const afinnScores = new Map<string, number[]>();
let untranslated = 0;
for (const [line, [word, score]] of swedish.entries()) {
  if (!word || !Number.isFinite(score)) continue;
  if (isUntranslated(word, line)) {
    untranslated++;
    continue;
  }
  afinnScores.set(word, [...(afinnScores.get(word) ?? []), score]);
}
const lexicon = new Map<string, number>();
for (const [word, scores] of afinnScores) {
  const mean = round(scores.reduce((a, b) => a + b, 0) / scores.length);
  if (mean !== 0) lexicon.set(word, clamp(mean));
}

// Sentimentlex adds the words AFINN lacks, with their written variants; entries its
// reviewers were unsure of (confidence 0.25) are left out.
let fromSentimentlex = 0;
for (const row of rows) {
  if (Number(row[col('confidence')]) < 0.5) continue;
  const strength = Number(row[col('strength')]);
  const variants = (row[col('written_form')] ?? '').match(/'([^']+)'/g)?.map((v) => v.slice(1, -1)) ?? [];
  for (const form of new Set([row[col('word')]!, ...variants])) {
    const word = form.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!word || lexicon.has(word) || !Number.isFinite(strength) || strength === 0) continue;
    lexicon.set(word, clamp(strength));
    fromSentimentlex++;
  }
}

const sorted = [...lexicon].sort(([a], [b]) => a.localeCompare(b, 'sv'));
const content =
  [
    '# Swedish sentiment lexicon for Samtal: word or phrase<TAB>score (-5..5). Generated by',
    '# libs/sentiment/scripts/build-lexicon.ts from AFINN-sv-165 (Apache-2.0) and Språkbanken',
    '# Sentimentlex (CC BY); see LICENSES.md. Do not edit by hand: edit samtal-sv.tsv instead.',
    ...sorted.map(([word, score]) => `${word}\t${score}`),
  ].join('\n') + '\n';

if (process.argv.includes('--check')) {
  const current = readFileSync(output, 'utf8');
  console.log(current === content ? 'lexicon/sv.tsv is up to date' : 'lexicon/sv.tsv differs from its sources: rebuild it');
  process.exitCode = current === content ? 0 : 1;
} else {
  writeFileSync(output, content);
  console.log(
    `wrote ${output}: ${sorted.length} entries (${lexicon.size - fromSentimentlex} from AFINN-sv, ` +
      `${fromSentimentlex} from Sentimentlex; ${untranslated} untranslated lines dropped)`,
  );
}
