/**
 * Sentiment round 36: reads and redacts the training calls (scripts/alert-data.ts, sets 2 to 47 as the shipped model) and
 * the later tuning sets 48 to 79 once, and writes what the model needs of each (turns and the caller's trajectory, no
 * transcript) to one JSON file for eval/alert-round36.ts. Never reads a held-out set nor calls-tuning-80 or later.
 * Usage: npx tsx --conditions=development libs/sentiment/eval/alert-round36-cache.ts --out=/tmp/s36/calls.json
 */
import { writeFileSync } from 'node:fs';
import { LATER_FILES, readAlertCalls, readAllAlertCalls } from '../scripts/alert-data.js';

const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
if (!out) throw new Error('--out=FILE');
const strip = (c: ReturnType<typeof readAllAlertCalls>[number]) => ({ file: c.file, id: c.id, language: c.language, label: c.label, turns: c.turns, caller: c.caller });
const rows = [...readAllAlertCalls(), ...LATER_FILES.flatMap((f) => readAlertCalls(f, true))].map(strip);
writeFileSync(out, JSON.stringify(rows));
console.log(`${rows.length} calls written to ${out}`);
