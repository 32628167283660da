/**
 * Everything the redactor finds on the tuning sets, as one JSON document on standard output: for a
 * change that must not change what is redacted (a speed round, a refactor). Write it before the
 * change and after, and compare the two files (`cmp`). Held-out sets are never read.
 *
 *   npx tsx --conditions=development libs/redaction/eval/snapshot.ts > /tmp/before.json
 *
 * It holds each dialogue's entities with the learned recogniser and without it, and the leak
 * scan's output on every raw line: the rules' word-set shortcuts (`CUE_ENDS`, `LOWER_CASE_STARTS`,
 * `CUES_IN_TURN`, `SPELLING_STARTS`, `SAID_ATS`) must be kept in step with the rules by hand, and
 * this is how a change to either is checked.
 */
import { findDialogueEntities } from '../src/dialogue.js';
import { guardText } from '../src/leak-scan.js';
import { readSet, SETS } from './snippets.js';

const out: unknown[] = [];
for (const set of SETS.filter((s) => s.startsWith('tuning'))) {
  for (const dialogue of readSet(set)) {
    const lines = dialogue.lines.map((l) => ({ speaker: l.speaker, text: l.text }));
    const options = { lang: dialogue.lang };
    out.push(
      findDialogueEntities(lines, options),
      findDialogueEntities(lines, { ...options, recogniser: false }),
      lines.map((l) => guardText(l.text, options).text),
    );
  }
}
process.stdout.write(JSON.stringify(out));
