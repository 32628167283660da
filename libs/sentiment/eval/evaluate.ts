/**
 * Sentiment evaluation: labels every utterance of utterances.tsv (the set the lexicon
 * corrections were made against) and heldout.tsv (written afterwards, never tuned on) and
 * prints accuracy and macro-F1 over negative/neutral/positive, per language and overall.
 * Usage: npm run eval:sentiment [-- --errors]   (--errors lists the misclassified utterances)
 */
import { LanguageSchema, SentimentLabelSchema, type Language, type SentimentLabel } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { scoreUtterance } from '../src/index.js';

interface Example {
  language: Language;
  expected: SentimentLabel;
  speaker: string;
  text: string;
}

const read = (file: string): Example[] =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [language, expected, speaker, text] = line.split('\t');
      return {
        language: LanguageSchema.parse(language),
        expected: SentimentLabelSchema.parse(expected),
        speaker: speaker!,
        text: text!,
      };
    });

const LABELS = SentimentLabelSchema.options;
type Result = Example & { predicted: ReturnType<typeof scoreUtterance> };
const label = (examples: Example[]): Result[] =>
  examples.map((e) => ({
    ...e,
    predicted: scoreUtterance(e.text, e.language),
  }));

function report(name: string, rows: Result[]): void {
  const correct = rows.filter((r) => r.predicted.label === r.expected).length;
  const f1s = LABELS.map((label) => {
    const tp = rows.filter((r) => r.predicted.label === label && r.expected === label).length;
    const predicted = rows.filter((r) => r.predicted.label === label).length;
    const actual = rows.filter((r) => r.expected === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return {
      label,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  });
  const macroF1 = f1s.reduce((sum, f) => sum + f.f1, 0) / f1s.length;
  console.log(
    `${name.padEnd(8)} n=${String(rows.length).padEnd(4)} accuracy ${(correct / rows.length).toFixed(3)}  macro-F1 ${macroF1.toFixed(3)}  ` +
      f1s.map((f) => `${f.label} P ${f.precision.toFixed(2)} R ${f.recall.toFixed(2)} F1 ${f.f1.toFixed(2)}`).join(' | '),
  );
}

const sets = [
  { name: 'utterances.tsv (tuned on)', results: label(read('utterances.tsv')) },
  { name: 'heldout.tsv (never tuned on)', results: label(read('heldout.tsv')) },
];
for (const { name, results } of sets) {
  console.log(`\n${name}: ${results.length} labelled utterances`);
  for (const language of LanguageSchema.options)
    report(
      language,
      results.filter((r) => r.language === language),
    );
  report('all', results);
  console.log('  confusion (rows: expected; columns: predicted negative, neutral, positive)');
  for (const expected of LABELS) {
    const counts = LABELS.map((p) => results.filter((r) => r.expected === expected && r.predicted.label === p).length);
    console.log(`    ${expected.padEnd(9)} ${counts.map((c) => String(c).padStart(4)).join('')}`);
  }
  if (process.argv.includes('--errors')) {
    for (const r of results.filter((r) => r.predicted.label !== r.expected)) {
      console.log(
        `    [${r.language}] expected ${r.expected}, got ${r.predicted.label} (${r.predicted.score}; ` +
          `${r.predicted.words.join(', ') || 'no lexicon words'}): ${r.text}`,
      );
    }
  }
}
