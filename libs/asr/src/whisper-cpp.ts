import { ProcessFailed, asrWavHeader, findOnPath, isExecutable, run } from '@samtal/audio';
import type { Language } from '@samtal/contracts';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RecognitionAborted, RecognitionTimedOut, type AsrEngine, type AsrRequest, type AsrResult } from './engine.js';
import { DEFAULT_MODEL, resolveModelPath } from './models.js';
import { parseWhisperJson } from './whisper-json.js';

/** The whisper.cpp CLI that `infra/setup.sh whisper` builds (a repository-relative path). */
export const BUILT_WHISPER_CLI = fileURLToPath(new URL('../../../.cache/whisper/bin/whisper-cli', import.meta.url));

/** Where whisper.cpp is, as the apps' validated config gives it (no environment reads in here). */
export interface WhisperCliSettings {
  /** `WHISPER_CPP_BIN`. */
  binary?: string;
  /** A `PATH`-style list of directories searched for `whisper-cli`. */
  path?: string;
}

/** `settings.binary` (WHISPER_CPP_BIN) → the CLI built by `infra/setup.sh whisper` → `whisper-cli` on `settings.path`. */
export function resolveWhisperCli(settings: WhisperCliSettings): string {
  if (settings.binary) return settings.binary;
  if (isExecutable(BUILT_WHISPER_CLI)) return BUILT_WHISPER_CLI;
  const onPath = findOnPath('whisper-cli', settings.path);
  if (onPath) return onPath;
  throw new Error('whisper.cpp not found: run `bash infra/setup.sh whisper` (builds it into .cache/whisper) or set WHISPER_CPP_BIN');
}

export interface WhisperCppOptions {
  /** Path of a ggml model file. */
  model: string;
  /** The whisper-cli binary (`resolveWhisperCli`). */
  binary: string;
  /** CPU threads for one recognition run. */
  threads?: number;
  /** Beam width; 1 decodes greedily. */
  beamSize?: number;
  /** Re-decode at higher temperature when the output looks like a loop or is unlikely. */
  temperatureFallback?: boolean;
  /** Word-level timestamps (from token timestamps) on every segment. */
  wordTimestamps?: boolean;
  /**
   * Tokens of earlier text Whisper conditions each window on. 0 (the default): a repetition
   * loop cannot carry over into the next window, and decoding needs less memory; a little
   * consistency of spelling across windows is the price.
   */
  maxContext?: number;
  /**
   * Suppress non-speech tokens (`-sns`: "[Musik]", "♪"), Whisper's way of captioning hold
   * music. On by default; off only to measure what the guards catch (`samtal transcribe --no-filters`).
   */
  suppressNonSpeech?: boolean;
  /** Time limit of a run: `timeoutBaseMs + timeoutFactor × audio length` (defaults 60 s and 5). */
  timeoutBaseMs?: number;
  timeoutFactor?: number;
}

export const DEFAULT_ASR_TIMEOUT = { baseMs: 60_000, factor: 5 } as const;

/** The time limit of a recognition run on `audioMs` of audio. */
export function recognitionLimitMs(audioMs: number, options: Pick<WhisperCppOptions, 'timeoutBaseMs' | 'timeoutFactor'> = {}): number {
  return Math.round((options.timeoutBaseMs ?? DEFAULT_ASR_TIMEOUT.baseMs) + (options.timeoutFactor ?? DEFAULT_ASR_TIMEOUT.factor) * audioMs);
}

/**
 * Turns whisper.cpp's per-file progress lines (`-pp`: "progress =  35%", from 0 again for each
 * file) into the share of all the audio done, weighting each file by its size.
 */
export function progressTracker(fileBytes: number[], report: (percent: number) => void): { line: (line: string) => void; finished: () => void } {
  const total = fileBytes.reduce((a, b) => a + b, 0) || 1;
  let file = 0;
  let last = -1;
  let reported = -1;
  const send = (overall: number) => {
    if (overall > reported) {
      reported = overall;
      report(overall);
    }
  };
  return {
    line: (line) => {
      const match = /progress =\s*(\d+)%/.exec(line);
      if (!match) return;
      const percent = Math.min(100, Number(match[1]));
      // A new file starts from 0 again (a short one may print only its 100 %).
      if ((percent < last || (percent === 100 && last === 100)) && file < fileBytes.length - 1) file++;
      last = percent;
      const done = fileBytes.slice(0, file).reduce((a, b) => a + b, 0) + ((fileBytes[file] ?? 0) * percent) / 100;
      send(Math.min(100, Math.floor((done / total) * 100)));
    },
    /** The run succeeded: all of it is done, whatever whisper.cpp printed last. */
    finished: () => send(100),
  };
}

/** Timing lines whisper.cpp prints at the end of a run, e.g. the encoder time per 30-s window. */
export interface WhisperTimings {
  loadMs?: number;
  encodeMs?: number;
  encodeRuns?: number;
  totalMs?: number;
}

export function parseTimings(stderr: string): WhisperTimings {
  const timing = (name: string) => new RegExp(`${name} time =\\s*([\\d.]+) ms(?: /\\s*(\\d+) runs)?`).exec(stderr);
  const encode = timing('encode');
  return {
    loadMs: Number(timing('load')?.[1]) || undefined,
    encodeMs: encode ? Number(encode[1]) : undefined,
    encodeRuns: encode?.[2] ? Number(encode[2]) : undefined,
    totalMs: Number(timing('total')?.[1]) || undefined,
  };
}

/** Whisper codes map onto the call's language: English is English; Swedish and anything mistaken for it is Swedish. */
export function toCallLanguage(code: string | undefined): Language {
  return code === 'en' ? 'en' : 'sv';
}

const BYTES_PER_SECOND = 32_000;

/**
 * whisper.cpp's CLI as Samtal's engine. Runs it as a child process with an argument
 * array (no shell: any file name is passed as it is and can run nothing), once for all
 * the files of a call so the model is loaded once, and reads its full JSON output:
 * segments with times, token probabilities (confidence) and token times (words).
 * A crash of the engine fails the job, never the worker.
 */
export class WhisperCppEngine implements AsrEngine {
  readonly name = 'whisper.cpp';
  private readonly binary: string;
  /** Timings of the last run, as whisper.cpp printed them (for benchmarks). */
  lastTimings: WhisperTimings = {};

  constructor(private readonly options: WhisperCppOptions) {
    this.binary = options.binary;
  }

  /** The decoding options of every run; a CLI run with the same ones decodes the same text. */
  decodingArgs(language: Language | 'auto'): string[] {
    const threads = this.options.threads ?? Math.min(4, cpus().length);
    return [
      '-m', this.options.model,
      '-t', String(threads),
      '-bs', String(this.options.beamSize ?? 5),
      '-mc', String(this.options.maxContext ?? 0),
      ...(this.options.temperatureFallback === false ? ['-nf'] : []),
      // Suppress non-speech tokens ("[Musik]", "♪"): Whisper's way of captioning hold music.
      ...(this.options.suppressNonSpeech === false ? [] : ['-sns']),
      '-l', language,
    ];
  }

  async transcribe(request: AsrRequest): Promise<AsrResult> {
    if (request.wavPaths.length === 0) return { language: request.language === 'auto' ? 'sv' : request.language, files: [] };
    const audioMs = await totalDurationMs(request.wavPaths);
    const language = request.language === 'auto' ? await this.detectLanguage(request.wavPaths, request.signal) : request.language;
    const out = await mkdtemp(join(tmpdir(), 'samtal-whisper-'));
    try {
      const outputs = request.wavPaths.map((_, i) => join(out, String(i)));
      const args = [...this.decodingArgs(language), '-ojf', ...(request.onProgress ? ['-pp'] : []), ...request.wavPaths.flatMap((path, i) => ['-f', path, '-of', outputs[i]!])];
      const progress = request.onProgress
        ? progressTracker(await Promise.all(request.wavPaths.map(async (p) => (await stat(p)).size)), request.onProgress)
        : undefined;
      const { stderr } = await this.run(args, audioMs, request.signal, progress?.line);
      progress?.finished();
      this.lastTimings = parseTimings(stderr);
      const files = [];
      for (const output of outputs) {
        files.push(parseWhisperJson(await readFile(`${output}.json`, 'utf8'), { words: this.options.wordTimestamps ?? false }).segments);
      }
      return { language, files };
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }

  /** Whisper's language identification on the longest input (its first 30 s). */
  private async detectLanguage(wavPaths: string[], signal?: AbortSignal): Promise<Language> {
    const sizes = await Promise.all(wavPaths.map(async (p) => (await stat(p)).size));
    const longest = wavPaths[sizes.indexOf(Math.max(...sizes))]!;
    const { stderr } = await this.run([...this.decodingArgs('auto'), '-dl', '-f', longest], 30_000, signal);
    return toCallLanguage(/auto-detected language: (\w+)/.exec(stderr)?.[1]);
  }

  private async run(args: string[], audioMs: number, signal?: AbortSignal, onStderrLine?: (line: string) => void) {
    // The limit scales with the audio: a slow CPU with a large model runs at a few times real time.
    const timeoutMs = recognitionLimitMs(audioMs, this.options);
    try {
      return await run(this.binary, args, { timeoutMs, signal, onStderrLine });
    } catch (err) {
      if (!(err instanceof ProcessFailed)) throw err;
      if (err.timedOut) throw new RecognitionTimedOut(timeoutMs, audioMs);
      if (err.aborted) throw new RecognitionAborted();
      // whisper.cpp's own last words (model or audio problems); they hold no transcript text.
      const reason = err.stderr.split('\n').filter((l) => /error|failed|invalid|not found/i.test(l)).at(-1)?.trim();
      throw new Error(`whisper.cpp ${err.signal ? `was killed (${err.signal})` : `exited with ${err.code}`}${reason ? `: ${reason}` : ''}`, { cause: err });
    }
  }
}

async function totalDurationMs(wavPaths: string[]): Promise<number> {
  let bytes = 0;
  for (const path of wavPaths) bytes += (await stat(path)).size;
  return (bytes / BYTES_PER_SECOND) * 1000;
}

/**
 * The engine for a model given by name (from the models directory) or path; by default
 * Samtal's default Swedish model (the apps read `WHISPER_MODEL` into their validated config). Fails at once if it is not installed.
 */
export function createWhisperEngine(options: Omit<WhisperCppOptions, 'model'> & { model?: string; modelsDir: string }): WhisperCppEngine {
  const { model, modelsDir, ...rest } = options;
  return new WhisperCppEngine({ ...rest, model: resolveModelPath(model ?? DEFAULT_MODEL, modelsDir) });
}

/** whisper.cpp's last error line (model or audio problems); it holds no transcript text. */
function whisperError(stderr: string): string | undefined {
  return stderr.split('\n').filter((l) => /error|failed|invalid|not found|wrong/i.test(l)).at(-1)?.trim();
}

/**
 * Loads a model in whisper.cpp and throws if whisper.cpp refuses it (a missing tensor, a
 * wrong shape or size, a truncated file). It transcribes nothing: the audio given is half a
 * second of silence and decoding starts past its end, so this costs the load only.
 */
export async function checkModelLoads(modelPath: string, binary: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-load-'));
  try {
    const wav = join(dir, 'silence.wav');
    const samples = Buffer.alloc(16_000); // 0.5 s of 16-bit mono at 16 kHz
    await writeFile(wav, Buffer.concat([asrWavHeader(samples.length), samples]));
    await run(binary, ['-m', modelPath, '-f', wav, '-ot', '10000', '-nt', '-t', '1'], { timeoutMs: 300_000 });
  } catch (err) {
    if (!(err instanceof ProcessFailed)) throw err;
    throw new Error(`whisper.cpp cannot load ${modelPath}${whisperError(err.stderr) ? `: ${whisperError(err.stderr)}` : ''}`, { cause: err });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
