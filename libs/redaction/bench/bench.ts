/**
 * Redaction throughput on one core: a long call transcript (realistic utterances, about one in
 * four with personal data) at 10 KB, 100 KB and 1 MB, redacted as one dialogue (as the journal
 * service does: question windows, joined numbers, the call's memory), then the leak scan over the
 * result (as on everything UI-facing); with the learned recogniser and without, side by side.
 * Target: at least 1 MB/s, and linear.
 *
 *   npm run bench:redaction   (builds the library first and measures the build)
 */
// The built library, as the services run it (tsx would run the sources with esbuild's `keepNames`
// wrappers, about a third slower, and measure code no service runs).
// eslint-disable-next-line @nx/enforce-module-boundaries -- the package's build on purpose, see above
import { guardText, redactDialogue, type Utterance } from '@samtal/redaction';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the package's build on purpose, see above
import { useRecogniser } from '@samtal/redaction/evaluation';

const UTTERANCES = [
  'Pensionsmyndigheten, du pratar med Karin. Vad kan jag hjälpa dig med?',
  'Hej. Jag är faktiskt väldigt upprörd, mitt bostadstillägg har slutat komma och jag har inte fått något besked alls.',
  'Jag förstår att det är jobbigt. Kan jag få ditt personnummer så tittar jag på ditt ärende?',
  'Ja, det är nitton åttioett tolv arton, nittioåtta sjuttiosex.',
  'Tack. Jag ser att vi skickade en begäran om uppgifter om din nya hyra i mars.',
  'Det brevet har jag aldrig fått. Jag flyttade till Björkvägen 3, 123 45 Skövde i februari.',
  'Då skickar jag ett nytt brev med blanketten till din nya adress i dag.',
  'Du kan nå mig på noll sju noll, ett två tre, fyra fem, sex sju, eller mejla anna punkt svensson snabel-a gmail punkt com.',
  'Handläggningstiden är ungefär fyra veckor efter att vi har fått dina uppgifter, och du får 3 200 kronor i månaden.',
  'Jag ringer upp dig den 15 april för att stämma av. Min kollega Per Berg kan också hjälpa dig.',
  'My name is John Smith and my number is +44 20 7946 0958, I live at 42 Station Road.',
  'Vad bra, tack så mycket för hjälpen. Nu känns det mycket bättre.',
];

function transcriptOf(bytes: number): Utterance[] {
  const utterances: Utterance[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = UTTERANCES[i % UTTERANCES.length]!;
    utterances.push({ speaker: i % 2 ? 'caller' : 'agent', text });
    size += Buffer.byteLength(text) + 1;
  }
  return utterances;
}

const sizeOf = (call: Utterance[]) => call.reduce((n, u) => n + Buffer.byteLength(u.text) + 1, 0);
const lengthOf = (call: Utterance[]) => call.reduce((n, u) => n + u.text.length + 1, 0);

/** The journal service's redaction of a call: the dialogue, then the leak scan on every line. */
function redactCall(call: Utterance[]): number {
  let entities = 0;
  for (const line of redactDialogue(call, { lang: 'sv' })) {
    entities += line.entities.length;
    guardText(line.text, { lang: 'sv' });
  }
  return entities;
}

/**
 * Wall time, and the CPU time of this process: on a shared machine the wall clock also counts the
 * time other processes held the core, and "per core" means per second of CPU the redactor gets.
 */
function measure(call: Utterance[]): { seconds: number; cpuSeconds: number; entities: number } {
  const rounds = Math.max(1, Math.round(2_000_000 / lengthOf(call)));
  let entities = 0;
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let r = 0; r < rounds; r++) entities = redactCall(call);
  const cpu = process.cpuUsage(cpuStarted);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9 / rounds, cpuSeconds: (cpu.user + cpu.system) / 1e6 / rounds, entities };
}

// Warm up the JIT and load the lexicon and the model. (One 200 KB call, as before, left the optimising
// compiler still at work through the first size measured: 10 KB came out a fifth slower per byte than
// the same 10 KB measured after the others, and its CPU time counted the compiler's threads.)
for (const warmUp = process.hrtime.bigint(); process.hrtime.bigint() - warmUp < 3_000_000_000n; ) redactCall(transcriptOf(200_000));
console.log('Redaction throughput, one core (Node main thread): the rules with the learned recogniser (as shipped), then the rules alone\n');
console.log('input                  entities   time       throughput (wall clock)                       per CPU second');
for (const [label, model] of [['with recogniser', undefined], ['rules alone', null]] as const) {
  useRecogniser(model);
  let perByte10k = 0;
  for (const bytes of [10_000, 100_000, 1_000_000]) {
    const call = transcriptOf(bytes);
    const { seconds, cpuSeconds, entities } = measure(call);
    const size = sizeOf(call);
    const mbPerSecond = size / 1e6 / seconds;
    const perByte = seconds / size;
    if (bytes === 10_000) perByte10k = perByte;
    console.log(
      `${(size / 1000).toFixed(0).padStart(5)} KB ${label.padEnd(15)}  ${String(entities).padStart(7)}   ${(seconds * 1000).toFixed(1).padStart(7)} ms   ${mbPerSecond.toFixed(2)} MB/s (${Math.round(lengthOf(call) / seconds).toLocaleString('en')} chars/s)` +
        (bytes > 10_000 ? `, time per byte ×${(perByte / perByte10k).toFixed(2)} of 10 KB` : ''.padEnd(28)) +
        `   ${(size / 1e6 / cpuSeconds).toFixed(2)} MB/s`,
    );
  }
}
useRecogniser();

// Input no call looks like, which must still be linear: one long word, one long number, a long spoken number.
console.log('\nunusual input (100 KB)');
for (const [name, text] of [
  ['letters without a space', 'a'.repeat(100_000)],
  ['digits without a space', '7'.repeat(100_000)],
  ['e-mail-like run', 'a.'.repeat(50_000)],
  ['spoken digits', 'sju '.repeat(25_000)],
] as const) {
  const { seconds } = measure([{ speaker: 'caller', text }]);
  console.log(`${name.padEnd(24)} ${(seconds * 1000).toFixed(1).padStart(7)} ms   ${(text.length / 1e6 / seconds).toFixed(2)} MB/s`);
}
