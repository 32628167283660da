import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { BYTES_PER_MS, BYTES_PER_SAMPLE, asrWavHeader, pcm16Frames, readWavLayout } from './wav.js';

/** A stretch of a track that holds speech, in milliseconds from the track's start. */
export interface SpeechRegion {
  startMs: number;
  endMs: number;
}

export interface SpeechDetectionOptions {
  /** Analysis frame length. */
  frameMs: number;
  /** A frame is loud when it is this far above the track's noise floor… */
  aboveNoiseFloorDb: number;
  /** …and above this absolute level (dBFS): digital silence and faint hiss never count. */
  minLevelDb: number;
  /** The noise floor is this quantile of the frame levels (calls have pauses, so it finds them). */
  noiseFloorQuantile: number;
  /** Loud stretches closer than this are one region (the pauses inside a sentence). */
  mergeGapMs: number;
  /** Regions with less loud audio than this are clicks, not speech. */
  minSpeechMs: number;
  /** Audio kept on each side of a region, so word onsets and endings are not clipped. */
  padMs: number;
}

export const DEFAULT_SPEECH_DETECTION: SpeechDetectionOptions = {
  frameMs: 30,
  aboveNoiseFloorDb: 10,
  minLevelDb: -50,
  noiseFloorQuantile: 0.15,
  mergeGapMs: 600,
  minSpeechMs: 150,
  padMs: 300,
};

const SILENT_DB = -100;

/** Level of each frame in dBFS, read in a stream: memory grows with the frame count, not the samples. */
async function frameLevels(wavPath: string, frameMs: number): Promise<{ levels: Float32Array; durationMs: number }> {
  const layout = await readWavLayout(wavPath);
  if (layout.channels !== 1 || layout.bitsPerSample !== 16) throw new Error('speech detection needs mono 16-bit PCM');
  const frameSamples = Math.round((layout.sampleRate * frameMs) / 1000);
  const levels = new Float32Array(Math.ceil(layout.dataBytes / BYTES_PER_SAMPLE / frameSamples));
  let frame = 0;
  for await (const samples of pcm16Frames(wavPath, layout, frameSamples)) {
    let sumSquares = 0;
    for (let i = 0; i < samples.length; i++) sumSquares += samples[i]! * samples[i]!;
    const rms = Math.sqrt(sumSquares / samples.length) / 32768;
    levels[frame++] = rms > 0 ? Math.max(SILENT_DB, 20 * Math.log10(rms)) : SILENT_DB;
  }
  return { levels: levels.subarray(0, frame), durationMs: layout.durationMs };
}

function quantile(values: Float32Array, q: number): number {
  if (values.length === 0) return SILENT_DB;
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * Energy-based voice activity detection on a 16 kHz mono track. A frame is speech when it
 * stands clearly above the track's own noise floor (so steady line noise, hiss and hum
 * are not speech, however loud) and above an absolute level (so silence is not). Loud
 * frames close together become one region, padded on both sides.
 */
export async function detectSpeech(wavPath: string, options: Partial<SpeechDetectionOptions> = {}): Promise<SpeechRegion[]> {
  const o = { ...DEFAULT_SPEECH_DETECTION, ...options };
  const { levels, durationMs } = await frameLevels(wavPath, o.frameMs);
  const threshold = Math.max(o.minLevelDb, quantile(levels, o.noiseFloorQuantile) + o.aboveNoiseFloorDb);

  return regionsFromFrames(
    Array.from(levels, (level) => level >= threshold),
    o,
    durationMs,
  );
}

/** How frames marked as speech become regions; the energy and Silero detectors share it. */
export interface RegionOptions {
  frameMs: number;
  mergeGapMs: number;
  minSpeechMs: number;
  padMs: number;
}

/**
 * Speech frames close together become one region (the pauses inside a sentence), regions
 * with too little speech are dropped (clicks), and each is padded on both sides.
 */
export function regionsFromFrames(speech: ArrayLike<boolean>, o: RegionOptions, durationMs: number): SpeechRegion[] {
  const runs: { start: number; end: number; loud: number }[] = [];
  for (let i = 0; i < speech.length; i++) {
    if (!speech[i]) continue;
    const last = runs.at(-1);
    if (last && (i - last.end) * o.frameMs <= o.mergeGapMs) {
      last.end = i + 1;
      last.loud++;
    } else {
      runs.push({ start: i, end: i + 1, loud: 1 });
    }
  }

  const regions: SpeechRegion[] = [];
  for (const r of runs) {
    if (r.loud * o.frameMs < o.minSpeechMs) continue;
    const startMs = Math.max(0, r.start * o.frameMs - o.padMs);
    const endMs = Math.min(durationMs, r.end * o.frameMs + o.padMs);
    const last = regions.at(-1);
    if (last && startMs <= last.endMs) last.endMs = Math.max(last.endMs, endMs);
    else regions.push({ startMs, endMs });
  }
  return regions;
}

/**
 * Finds the speech in a 16 kHz mono track, so that Whisper never hears the rest.
 * `energy`: `detectSpeech` (levels against the track's noise floor). `silero`: the Silero
 * VAD neural network (`createSileroDetector`).
 */
export interface SpeechDetector {
  readonly name: SpeechDetectorKind;
  detect(wavPath: string): Promise<SpeechRegion[]>;
}

export const SPEECH_DETECTORS = ['energy', 'silero'] as const;
export type SpeechDetectorKind = (typeof SPEECH_DETECTORS)[number];
/**
 * The detector the services and the CLI use unless `ASR_SPEECH_DETECTOR` says otherwise: Silero
 * passed no non-speech on to Whisper in `npm run eval:vad`, the energy detector passed tones, music
 * and noise between speech (README, "Guards measured with a real model").
 */
export const DEFAULT_SPEECH_DETECTOR: SpeechDetectorKind = 'silero';

export const energyDetector: SpeechDetector = { name: 'energy', detect: (wavPath) => detectSpeech(wavPath) };

/** A piece of a block: `durationMs` of the track from `sourceMs`, placed at `blockMs` in the block. */
export interface TimelinePiece {
  sourceMs: number;
  blockMs: number;
  durationMs: number;
}

/** The speech of a track, packed without its long silences into a WAV of bounded length. */
export interface SpeechBlock {
  wavPath: string;
  durationMs: number;
  pieces: TimelinePiece[];
}

/** whisper.cpp ignores input shorter than a second; shorter blocks are padded with silence. */
const MIN_BLOCK_MS = 1_100;

/**
 * Writes the speech regions of a track into blocks of at most `maxBlockMs` (a region
 * longer than that gets a block of its own), dropping the silence between regions. Whisper
 * then hears no long silences (where it hallucinates) and spends no time on them. Each
 * block remembers where its pieces came from, to map Whisper's times back (`toSourceMs`).
 * Samples are copied file to file in small chunks.
 */
export async function writeSpeechBlocks(
  wavPath: string,
  regions: SpeechRegion[],
  outDir: string,
  options: { name: string; maxBlockMs: number },
): Promise<SpeechBlock[]> {
  const groups: SpeechRegion[][] = [];
  let length = Infinity;
  for (const region of regions) {
    const ms = region.endMs - region.startMs;
    if (length + ms > options.maxBlockMs) {
      groups.push([]);
      length = 0;
    }
    groups.at(-1)!.push(region);
    length += ms;
  }

  const layout = await readWavLayout(wavPath);
  const source = await open(wavPath, 'r');
  try {
    const blocks: SpeechBlock[] = [];
    for (const [n, group] of groups.entries()) {
      const block: SpeechBlock = { wavPath: join(outDir, `${options.name}-${n}.wav`), durationMs: 0, pieces: [] };
      const out = await open(block.wavPath, 'w');
      try {
        let written = 0;
        await out.write(asrWavHeader(0), 0, 44, 0);
        const buffer = Buffer.alloc(256 * 1024);
        for (const region of group) {
          const from = layout.dataOffset + region.startMs * BYTES_PER_MS;
          const to = Math.min(layout.dataOffset + layout.dataBytes, layout.dataOffset + region.endMs * BYTES_PER_MS);
          for (let at = from; at < to; ) {
            const { bytesRead } = await source.read(buffer, 0, Math.min(buffer.length, to - at), at);
            if (bytesRead === 0) break;
            await out.write(buffer, 0, bytesRead, 44 + written);
            written += bytesRead;
            at += bytesRead;
          }
          block.pieces.push({ sourceMs: region.startMs, blockMs: block.durationMs, durationMs: (to - from) / BYTES_PER_MS });
          block.durationMs += (to - from) / BYTES_PER_MS;
        }
        const padding = Math.max(0, MIN_BLOCK_MS - block.durationMs) * BYTES_PER_MS;
        if (padding > 0) await out.write(Buffer.alloc(padding), 0, padding, 44 + written);
        await out.write(asrWavHeader(written + padding), 0, 44, 0);
      } finally {
        await out.close();
      }
      blocks.push(block);
    }
    return blocks;
  } finally {
    await source.close();
  }
}

/** Maps a time in a block back to the track it was cut from. */
export function toSourceMs(block: SpeechBlock, blockMs: number): number {
  const clamped = Math.min(Math.max(0, blockMs), block.durationMs);
  const piece = block.pieces.findLast((p) => p.blockMs <= clamped) ?? block.pieces[0];
  if (!piece) return clamped;
  return Math.round(piece.sourceMs + Math.min(clamped - piece.blockMs, piece.durationMs));
}
