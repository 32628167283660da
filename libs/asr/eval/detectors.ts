/**
 * Speech detectors compared on the audio of the guard evaluation (eval/synth.ts): silence,
 * noise, hold music, DTMF and ringback, alone and between two real speech clips (sv, en).
 * For each detector (`energy`: levels against the noise floor; `silero`: Silero VAD):
 * precision and recall of speech per 10-ms frame against the known positions of the speech
 * clips, seconds of non-speech handed to Whisper, and CPU time per minute of audio.
 * Usage: npm run eval:vad     (EVAL_VAD_SECONDS=20: length of each non-speech stretch)
 */
import { createSileroDetector, energyDetector, type SpeechDetector, type SpeechRegion } from '@samtal/audio';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONDITIONS, SPEECH_CLIPS, buildFile, type GuardFile, type Span } from './synth.js';

const root = resolve(import.meta.dirname, '../../..');
const shared = resolve(process.env['SAMTAL_SHARED'] ?? join(root, '..', 'shared'));
const seconds = Number(process.env['EVAL_VAD_SECONDS'] ?? 20);
const FRAME_MS = 10;

/** Per 10-ms frame: inside any of the spans. */
function frames(spans: Span[], durationMs: number): boolean[] {
  const out = Array<boolean>(Math.ceil(durationMs / FRAME_MS)).fill(false);
  for (const s of spans) for (let f = Math.floor(s.startMs / FRAME_MS); f < Math.min(out.length, Math.ceil(s.endMs / FRAME_MS)); f++) out[f] = true;
  return out;
}

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  /** Frames of non-speech handed to Whisper, per condition. */
  nonSpeechMs: Map<string, number>;
  cpuMs: number;
  audioMs: number;
}

const silero = createSileroDetector();
const detectors: SpeechDetector[] = [energyDetector, silero];
const tallies = new Map<string, Tally>(detectors.map((d) => [d.name, { truePositive: 0, falsePositive: 0, falseNegative: 0, nonSpeechMs: new Map(), cpuMs: 0, audioMs: 0 }]));

const work = mkdtempSync(join(tmpdir(), 'samtal-vad-'));
try {
  const files: { condition: string; file: GuardFile }[] = [];
  for (const condition of CONDITIONS) {
    files.push({ condition: condition.id, file: await buildFile(work, shared, condition, undefined, 'sv', seconds) });
    for (const lang of ['sv', 'en'] as const) files.push({ condition: condition.id, file: await buildFile(work, shared, condition, SPEECH_CLIPS[lang], lang, seconds) });
  }
  await silero.detect(files[0]!.file.wavPath); // load the model outside the timing
  for (const detector of detectors) {
    const t = tallies.get(detector.name)!;
    for (const { condition, file } of files) {
      const before = process.cpuUsage();
      const regions: SpeechRegion[] = await detector.detect(file.wavPath);
      const used = process.cpuUsage(before);
      t.cpuMs += (used.user + used.system) / 1000;
      t.audioMs += file.durationMs;
      const truth = frames(file.speech, file.durationMs);
      const found = frames(regions, file.durationMs);
      let wrong = 0;
      for (let f = 0; f < truth.length; f++) {
        if (found[f] && truth[f]) t.truePositive++;
        else if (found[f]) {
          t.falsePositive++;
          wrong++;
        } else if (truth[f]) t.falseNegative++;
      }
      t.nonSpeechMs.set(condition, (t.nonSpeechMs.get(condition) ?? 0) + wrong * FRAME_MS);
    }
  }
} finally {
  await silero.close();
  rmSync(work, { recursive: true, force: true });
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
const lines = [
  `Speech detectors on ${CONDITIONS.length * 3} files (${seconds} s of each non-speech condition alone, and between two speech clips, sv and en); 10-ms frames against the clips' positions`,
  '',
  `| detector | precision | recall | ${CONDITIONS.map((c) => `non-speech passed on, ${c.id} (s)`).join(' | ')} | CPU s per audio minute |`,
  `|---|---|---|${CONDITIONS.map(() => '---').join('|')}|---|`,
  ...detectors.map((d) => {
    const t = tallies.get(d.name)!;
    return `| ${d.name} | ${pct(t.truePositive, t.truePositive + t.falsePositive)} | ${pct(t.truePositive, t.truePositive + t.falseNegative)} | ${CONDITIONS.map((c) => ((t.nonSpeechMs.get(c.id) ?? 0) / 1000).toFixed(1)).join(' | ')} | ${(t.cpuMs / 1000 / (t.audioMs / 60_000)).toFixed(2)} |`;
  }),
  '',
];
process.stdout.write(lines.join('\n'));
