/**
 * How long a sidecar transcript takes to draft, by size: parse, redaction of the whole dialogue,
 * the draft, sentiment and the UI-facing guard (what the journal service does per call), one
 * thread. The figures behind MAX_SIDECAR_BYTES and MAX_SIDECAR_SEGMENTS (docs/benchmarks.md).
 * Prints figures; asserts nothing.
 *
 *   npx tsx --conditions=development libs/pipeline/bench/sidecar-size.ts [segments…]
 */
import { parseSidecarTranscript } from '@samtal/asr';
import { draftCall } from '../src/index.js';

const TURNS = [
  ['agent', 'Pensionsmyndigheten, du pratar med Per, vad kan jag hjälpa dig med i dag?'],
  ['caller', 'Hej, jag ringer om mitt bostadstillägg som inte har kommit den här månaden, och jag undrar varför.'],
  ['agent', 'Jag förstår. Jag ser att vi väntar på ett intyg om hyran från dig, det skickade vi en begäran om i mars.'],
  ['caller', 'Det har jag aldrig fått, jag har kollat brevlådan varje dag och det är tredje gången jag ringer nu.'],
  ['agent', 'Då skickar jag blanketten igen i dag, och om du skickar in den inom två veckor så betalas det ut retroaktivt.'],
  ['caller', 'Okej, men kan du ringa mig på fredag och bekräfta att ni har fått den? Jag blir så orolig annars.'],
] as const;

function sidecar(segments: number): Buffer {
  const lines = Array.from({ length: segments }, (_, i) => {
    const [speaker, text] = TURNS[i % TURNS.length]!;
    return { speaker, start: i * 5_000, end: i * 5_000 + 4_500, text };
  });
  return Buffer.from(JSON.stringify({ language: 'sv', segments: lines }));
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
// Warm-up: the first call loads lexicons and compiles the rules.
await draftCall(parseSidecarTranscript(sidecar(6), 'sv'), { callDate: '2026-11-30', durationMs: 30_000 });
console.log('| segments | sidecar bytes | wall s | CPU s | CPU ms per segment |');
console.log('|---|---|---|---|---|');
for (const segments of sizes.length ? sizes : [60, 250, 1000, 2000, 4000]) {
  const content = sidecar(segments);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const transcript = parseSidecarTranscript(content, 'sv');
  await draftCall(transcript, { callDate: '2026-11-30', durationMs: segments * 5_000 });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`| ${segments} | ${content.length} | ${(wallMs / 1000).toFixed(1)} | ${(cpuMs / 1000).toFixed(1)} | ${(cpuMs / segments).toFixed(2)} |`);
}
