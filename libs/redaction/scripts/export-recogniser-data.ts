/**
 * Writes the recogniser's training data: every line of the tuning sets as its tokens' features and
 * BIO labels, one JSON line per utterance. Only sets whose name begins with "tuning" are read: a
 * held-out set never reaches the model.
 *
 *   tsx --conditions=development libs/redaction/scripts/export-recogniser-data.ts OUT.jsonl [--without tuning-3,tuning-7]
 */
import { writeFileSync } from 'node:fs';
import { IDENTIFIER_TYPES, type EntityType } from '../src/entities.js';
import { recogniserFeatures } from '../src/recogniser.js';
import { tokenize } from '../src/tokens.js';
import { readSet, SETS, type GoldSpan } from '../eval/snippets.js';

const LABEL_OF: Partial<Record<GoldSpan['type'], string>> = { name: 'NAME', address: 'ADDR', postcode: 'POST', dateOfBirth: 'DOB' };
const labelOf = (type: GoldSpan['type']): string | undefined => LABEL_OF[type] ?? (IDENTIFIER_TYPES.includes(type as EntityType) ? 'ID' : undefined);

const [out, flag, list] = process.argv.slice(2);
if (!out) throw new Error('usage: export-recogniser-data.ts OUT.jsonl [--without SET,SET]');
const without = new Set(flag === '--without' ? list!.split(',') : []);
const sets = SETS.filter((s) => s.startsWith('tuning') && !without.has(s));

const rows: string[] = [];
for (const set of sets) {
  for (const dialogue of readSet(set)) {
    let previous: ReturnType<typeof tokenize> = [];
    for (const line of dialogue.lines) {
      const tokens = tokenize(line.text);
      const labels = tokens.map((t) => {
        const gold = line.gold.find((g) => g.start <= t.start && t.start < g.end);
        const label = gold && labelOf(gold.type);
        if (!label) return 'O';
        const first = tokens.findIndex((u) => u.start >= gold.start);
        return `${tokens[first] === t ? 'B' : 'I'}-${label}`;
      });
      if (tokens.length > 0) rows.push(JSON.stringify({ set, features: recogniserFeatures(tokens, previous), labels }));
      previous = tokens;
    }
  }
}
writeFileSync(out, rows.join('\n') + '\n');
console.log(`${rows.length} utterances from ${sets.join(', ')}`);
