/**
 * Redaction quality on the labelled sets (see snippets.ts): recall and precision per type, the
 * share of must-keep text kept, and the UI-facing output of whole calls.
 *
 *   npm run eval:redaction [-- --set heldout-2026-11] [--misses] [--no-peers]
 *
 * - Recall: a gold span counts as found only when redacted spans cover every letter and digit of
 *   it (a partly redacted personnummer is a leak). Precision: a redacted span is correct when it
 *   overlaps a gold span. Keep rate: a `keep` span is kept when no redacted span touches it.
 * - Every snippet and dialogue goes through the dialogue redactor, as the journal service uses it.
 * - UI-facing: every dialogue also runs through `samtal process` (sidecar transcript, as in
 *   production: dialogue redaction, draft, sentiment, leak scan), and any gold value found anywhere
 *   in what it prints for the UI (dialogue, draft, sentiment) counts as a leak.
 * - Peers (Presidio, domherre) run on the same files where `eval/peers/setup.sh` installed them.
 *
 * `--misses` prints the lines with a leak or an over-redaction: for tuning sets only. A held-out
 * set is evaluated once, after the rules change; its first run is the honest figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, fmt, groupRecall, GROUPS, KEEP_TARGET, precisionOf, ratio } from './score.js';
import { readSet, SETS, type LabelledDialogue, type SetName } from './snippets.js';

// ---- UI-facing: whole calls through `samtal process` ----

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const samtal = join(repoRoot, 'apps/cli/bin/samtal.js');
const sampleAudio = join(repoRoot, 'apps/cli/samples/bostadstillagg.ogg');

/** Whether the value of a gold span appears in the UI-facing output. */
function leaked(value: string, type: string, shown: string): boolean {
  // As a whole word: "Per" is not shown by "[PERSONNUMMER]". A name as written: "the grace period" shows no "Grace".
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (value.replace(/\W/g, '').length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, type === 'name' ? 'u' : 'iu').test(shown)) return true;
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 4 && new RegExp(digits.split('').join('[\\s-]{0,2}')).test(shown)) return true;
  if (type === 'name') {
    return value
      .split(/[\s,.-]+/)
      .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w))
      .some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(shown));
  }
  return false;
}

/** `shown` with every keep span of the call masked where it stands with a word on each side as the call says it. */
function maskKeptWords(shown: string, d: LabelledDialogue): string {
  let masked = shown;
  for (const line of d.lines) {
    for (const g of line.gold.filter((k) => k.type === 'keep')) {
      const before = /(\S+\s+)$/u.exec(line.text.slice(0, g.start))?.[1] ?? '';
      const after = /^(\s*[^\s\p{L}]*\s*\S+)/u.exec(line.text.slice(g.end))?.[1] ?? '';
      // (Without a word on both sides the context could be anything: not masked.)
      if (!before || !after) continue;
      const kept = before + line.text.slice(g.start, g.end) + after;
      masked = masked.split(kept).join(before + '·'.repeat(g.end - g.start) + after);
    }
  }
  return masked;
}

function uiFacingLeaks(dialogues: LabelledDialogue[], showMisses: boolean): { calls: number; leaks: number; callsWithLeaks: number } | undefined {
  if (!existsSync(join(repoRoot, 'apps/cli/dist/main.js'))) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'samtal-eval-'));
  let leaks = 0;
  let callsWithLeaks = 0;
  try {
    const calls = dialogues.filter((d) => d.kind === 'dialogue');
    for (const d of calls) {
      const file = join(dir, 'call.txt');
      writeFileSync(file, d.lines.map((l) => `${l.speaker}: ${l.text}`).join('\n'));
      const printed = execFileSync(process.execPath, [samtal, 'process', sampleAudio, '--transcript', file, '--lang', d.lang, '--call-date', '2026-11-30', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const { dialogue, draft, sentiment, redacted } = JSON.parse(printed) as Record<string, unknown>;
      // Not the call date the evaluator passes in ("2026-11-30" is no year of birth the UI shows).
      const { callDate: _callDate, ...drafted } = (draft ?? {}) as Record<string, unknown>;
      // (A word that is also text to keep in this call, "Dag två nu som jag väntar" beside the agent Dag, is not shown as the
      // name where it stands kept with the words around it: masked there first, round 50.)
      const shown = maskKeptWords(JSON.stringify({ dialogue, draft: drafted, sentiment, redacted }), d);
      const here = d.lines.flatMap((l) => l.gold.filter((g) => g.type !== 'keep' && leaked(l.text.slice(g.start, g.end), g.type, shown)));
      leaks += here.length;
      if (here.length > 0) callsWithLeaks++;
      // Tuning sets only (see --misses): which gold values the UI showed, to find their mechanism.
      if (showMisses) for (const g of here) console.log(`  UI-facing: ${d.lang} dialogue shows ${g.type} "${d.lines.find((l) => l.gold.includes(g))!.text.slice(g.start, g.end)}"`);
    }
    return { calls: calls.length, leaks, callsWithLeaks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Peers ----

interface PeerReport {
  peer: string;
  note?: string;
  per_type: Record<string, { gold: number; recall: number | null }>;
  groups: Record<string, number | null>;
  precision: number | null;
  keep_rate: number | null;
}

function peerReports(set: SetName): PeerReport[] {
  const python = join(repoRoot, '.cache/peers-venv/bin/python');
  if (!existsSync(python)) return [];
  const out = join(mkdtempSync(join(tmpdir(), 'samtal-peers-')), 'peers.json');
  try {
    execFileSync(python, [fileURLToPath(new URL('peers/peers.py', import.meta.url)), fileURLToPath(new URL(`${set}/`, import.meta.url)), '--json', out], { stdio: 'ignore' });
    return JSON.parse(readFileSync(out, 'utf8')) as PeerReport[];
  } catch {
    return [];
  }
}

// ---- Report ----

function report(set: SetName, showMisses: boolean, withPeers: boolean) {
  const dialogues = readSet(set);
  if (dialogues.length === 0) return;
  const { byType, keep } = evaluate(dialogues, showMisses);
  const snippets = dialogues.filter((d) => d.kind === 'snippet').length;
  const calls = dialogues.length - snippets;
  console.log(`\n== ${set}: ${snippets} snippets, ${calls} dialogues (${dialogues.reduce((n, d) => n + d.lines.length, 0)} lines)\n`);
  console.log('type                  gold  recall  redacted  precision');
  for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${type.padEnd(20)} ${String(t.gold).padStart(5)}   ${fmt(ratio(t.found, t.gold))}   ${String(t.predicted).padStart(7)}      ${fmt(ratio(t.correct, t.predicted))}`);
  }
  const peers = withPeers ? peerReports(set) : [];
  console.log(`\ngroup                 Samtal recall  target${peers.map((p) => `  ${p.peer.padStart(17)}`).join('')}`);
  for (const [group, { member, target }] of Object.entries(GROUPS)) {
    const recall = groupRecall(byType, member);
    const met = recall >= target ? 'met' : 'NOT met';
    console.log(`${group.padEnd(20)}  ${fmt(recall)}          ≥ ${target} ${met.padEnd(7)}${peers.map((p) => `  ${fmt(p.groups[group] ?? NaN).padStart(17)}`).join('')}`);
  }
  const keepRate = ratio(keep.kept, keep.spans);
  console.log(`precision             ${fmt(precisionOf(byType))}${' '.repeat(23)}${peers.map((p) => `  ${fmt(p.precision ?? NaN).padStart(17)}`).join('')}`);
  console.log(`kept (${String(keep.spans).padStart(3)} spans)       ${fmt(keepRate)}          ≥ ${KEEP_TARGET} ${keepRate >= KEEP_TARGET ? 'met' : 'NOT met'}${peers.map((p) => `      ${fmt(p.keep_rate ?? NaN).padStart(17)}`).join('')}`);
  for (const p of peers) if (p.note) console.log(`  ${p.peer}: ${p.note}`);
  if (calls > 0) {
    try {
      const ui = uiFacingLeaks(dialogues, showMisses);
      if (ui) console.log(`UI-facing (samtal process on ${ui.calls} dialogues): ${ui.leaks} gold values shown, in ${ui.callsWithLeaks} calls`);
      else console.log('UI-facing: skipped (build the CLI first: npm run build)');
    } catch (err) {
      // samtal process could not run (an install step missing): say so, and keep the figures above.
      console.log(`UI-facing: samtal process failed: ${(err as { stderr?: string }).stderr?.trim().split('\n').pop() ?? String(err)}`);
      process.exitCode = 1;
    }
  }
}

const args = process.argv.slice(2);
const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as SetName) : undefined;
if (only && !SETS.includes(only)) throw new Error(`--set must be one of ${SETS.join(', ')}`);
const showMisses = args.includes('--misses');
if (showMisses && !only?.startsWith('tuning')) throw new Error('--misses shows lines of a tuning set only (--set tuning, tuning-2, …, tuning-6): held-out sets are not tuned on');
for (const set of only ? [only] : SETS) report(set, showMisses, !args.includes('--no-peers'));
