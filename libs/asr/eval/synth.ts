/**
 * Non-speech audio of phone calls, synthesised with ffmpeg (lavfi sources), and test files
 * that place it alone or between two real speech clips, with the speech positions known.
 * For the guard and speech-detector evaluations (eval/guards.ts, eval/detectors.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BYTES_PER_MS, asrWavHeader, readWavLayout } from '@samtal/audio';

const run = promisify(execFile);

export interface Condition {
  id: string;
  name: string;
  /** An ffmpeg lavfi source of 16 kHz mono audio, `seconds` long. */
  source(seconds: number): string;
}

const tone = (hz: number) => `sin(2*PI*${hz}*t)`;

/** Hold music: a I–V–vi–IV chord loop (2 s per chord) under a melody of half-second notes. */
function holdMusic(): string {
  const chords = [
    [261.63, 329.63, 392.0],
    [196.0, 246.94, 293.66],
    [220.0, 261.63, 329.63],
    [174.61, 220.0, 261.63],
  ];
  const melody = [523.25, 587.33, 659.25, 783.99, 659.25, 587.33, 523.25, 493.88, 440.0, 493.88, 523.25, 587.33, 659.25, 698.46, 659.25, 587.33];
  const pad = chords.map((c, i) => `between(mod(t,8),${2 * i},${2 * i + 2})*(${c.map(tone).join('+')})`).join('+');
  const lead = melody.map((f, i) => `between(mod(t,8),${i * 0.5},${i * 0.5 + 0.45})*${tone(f)}`).join('+');
  return `0.06*(${pad})+0.12*(${lead})`;
}

const DTMF: Record<string, [number, number]> = {
  '1': [697, 1209], '2': [697, 1336], '3': [697, 1477],
  '4': [770, 1209], '5': [770, 1336], '6': [770, 1477],
  '7': [852, 1209], '8': [852, 1336], '9': [852, 1477],
  '*': [941, 1209], '0': [941, 1336], '#': [941, 1477],
};

/** A caller keying a personal number and menu choices: 100-ms tones, 100-ms gaps, pauses between groups, every 8 s. */
function dtmf(): string {
  const groups = ['19121212', '1212', '#', '2'];
  const terms: string[] = [];
  let at = 0.3;
  for (const group of groups) {
    for (const digit of group) {
      const [low, high] = DTMF[digit]!;
      terms.push(`between(mod(t,8),${at.toFixed(2)},${(at + 0.1).toFixed(2)})*(${tone(low)}+${tone(high)})`);
      at += 0.2;
    }
    at += 1.0;
  }
  return `0.2*(${terms.join('+')})`;
}

export const CONDITIONS: Condition[] = [
  { id: 'silence', name: 'digital silence', source: (s) => `anullsrc=r=16000:cl=mono,atrim=0:${s}` },
  { id: 'white', name: 'white noise (−30 dBFS)', source: (s) => `anoisesrc=r=16000:color=white:amplitude=0.055:seed=1:d=${s}` },
  { id: 'pink', name: 'pink noise (−30 dBFS)', source: (s) => `anoisesrc=r=16000:color=pink:amplitude=0.1:seed=1:d=${s}` },
  { id: 'music', name: 'hold music (chords and a melody)', source: (s) => `aevalsrc='${holdMusic()}':s=16000:d=${s}` },
  { id: 'dtmf', name: 'DTMF tones (a number and menu keys)', source: (s) => `aevalsrc='${dtmf()}':s=16000:d=${s}` },
  { id: 'ringback', name: 'ringback tone (425 Hz, 1 s on, 5 s off)', source: (s) => `aevalsrc='0.3*lt(mod(t,6),1)*${tone(425)}':s=16000:d=${s}` },
];

/** Real speech around the non-speech: two clips per language from $SAMTAL_SHARED/audio. */
export const SPEECH_CLIPS: Record<'sv' | 'en', [string, string]> = {
  sv: ['cv/common_voice_sv-SE_18717015.wav', 'cv/common_voice_sv-SE_18716987.wav'],
  en: ['voxforge/ar-01.wav', 'voxforge/en-0532.wav'],
};

export interface Span {
  startMs: number;
  endMs: number;
}

export interface GuardFile {
  wavPath: string;
  lang: 'sv' | 'en';
  durationMs: number;
  /** Where the speech is, from the clips' lengths. */
  speech: Span[];
  /** Where the synthesised non-speech is. */
  nonSpeech: Span[];
  /** What the speech clips say (their reference transcripts), when there is speech. */
  reference?: string;
}

/** Renders an ffmpeg input (a file or a lavfi source) as 16 kHz mono 16-bit PCM WAV. */
export async function render(out: string, input: { file: string } | { lavfi: string }): Promise<void> {
  const from = 'file' in input ? ['-i', `file:${input.file}`] : ['-f', 'lavfi', '-i', input.lavfi];
  await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...from, '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', '-f', 'wav', `file:${out}`]);
}

async function pcm(path: string): Promise<Buffer> {
  const layout = await readWavLayout(path);
  return (await readFile(path)).subarray(layout.dataOffset, layout.dataOffset + layout.dataBytes);
}

/** Joins 16 kHz mono WAVs into one, returning where each part begins and ends (ms). */
export async function joinWavs(out: string, parts: string[]): Promise<Span[]> {
  const spans: Span[] = [];
  const file = await open(out, 'w');
  try {
    let bytes = 0;
    await file.write(asrWavHeader(0), 0, 44, 0);
    for (const part of parts) {
      const data = await pcm(part);
      await file.write(data, 0, data.length, 44 + bytes);
      spans.push({ startMs: bytes / BYTES_PER_MS, endMs: (bytes + data.length) / BYTES_PER_MS });
      bytes += data.length;
    }
    await file.write(asrWavHeader(bytes), 0, 44, 0);
  } finally {
    await file.close();
  }
  return spans;
}

function reference(shared: string, lang: 'sv' | 'en', clip: string): string {
  const line = readFileSync(join(shared, 'audio', lang, 'transcripts.tsv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${clip}\t`));
  if (!line) throw new Error(`no reference transcript for ${lang}/${clip}`);
  return line.split('\t')[1]!;
}

/** One test file: the condition alone, or between the two speech clips. */
export async function buildFile(
  dir: string,
  shared: string,
  condition: Condition,
  clips: [string, string] | undefined,
  lang: 'sv' | 'en',
  seconds: number,
): Promise<GuardFile> {
  const name = `${condition.id}-${clips ? lang : 'alone'}`;
  const middle = join(dir, `${name}.part.wav`);
  await render(middle, { lavfi: condition.source(seconds) });
  const wavPath = join(dir, `${name}.wav`);
  if (!clips) {
    const [span] = await joinWavs(wavPath, [middle]);
    return { wavPath, lang, durationMs: span!.endMs, speech: [], nonSpeech: [span!] };
  }
  const speech = await Promise.all(
    clips.map(async (clip, i) => {
      const out = join(dir, `${name}.speech${i}.wav`);
      await render(out, { file: join(shared, 'audio', lang, clip) });
      return out;
    }),
  );
  const [first, gap, second] = await joinWavs(wavPath, [speech[0]!, middle, speech[1]!]);
  return {
    wavPath,
    lang,
    durationMs: second!.endMs,
    speech: [first!, second!],
    nonSpeech: [gap!],
    reference: clips.map((c) => reference(shared, lang, c)).join(' '),
  };
}

/** The level (dBFS) of each `frameMs` frame of a 16 kHz mono WAV (for checking what was synthesised). */
export async function frameLevelsDb(path: string, frameMs: number): Promise<number[]> {
  const data = await pcm(path);
  const frame = frameMs * BYTES_PER_MS;
  const levels: number[] = [];
  for (let at = 0; at + frame <= data.length; at += frame) {
    let sum = 0;
    for (let i = at; i < at + frame; i += 2) sum += data.readInt16LE(i) ** 2;
    const rms = Math.sqrt(sum / (frame / 2)) / 32768;
    levels.push(rms > 0 ? 20 * Math.log10(rms) : -100);
  }
  return levels;
}
