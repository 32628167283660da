import type { Language, LanguageRequest, Word } from '@samtal/contracts';

/** What a recogniser heard in one file; times in milliseconds from that file's start. */
export interface AsrSegment {
  startMs: number;
  endMs: number;
  text: string;
  /** 0..1, from the engine's token probabilities. */
  confidence?: number;
  words?: Word[];
}

export interface AsrRequest {
  /** 16 kHz mono PCM WAV files, recognised in one run (the model is loaded once). */
  wavPaths: string[];
  language: LanguageRequest;
  /** Called as recognition advances, with the share of all the audio done (0–100). */
  onProgress?: (percent: number) => void;
  /** Aborting stops the engine at once (a worker shutting down); the run fails with `RecognitionAborted`. */
  signal?: AbortSignal;
}

/** Recognition ran past its time limit (which scales with the audio's length). Retrying would only repeat it. */
export class RecognitionTimedOut extends Error {
  constructor(readonly limitMs: number, readonly audioMs: number) {
    super(`speech recognition timed out: no result within ${Math.round(limitMs / 1000)} s, the limit for ${Math.round(audioMs / 1000)} s of speech (ASR_TIMEOUT_BASE_MS, ASR_TIMEOUT_FACTOR)`);
    this.name = 'RecognitionTimedOut';
  }
}

/** Recognition was stopped by its caller (the worker is shutting down); the job is to be redelivered. */
export class RecognitionAborted extends Error {
  constructor() {
    super('speech recognition was stopped (the worker is shutting down)');
    this.name = 'RecognitionAborted';
  }
}

export interface AsrResult {
  /** The language asked for, or the one detected. */
  language: Language;
  /** One list per input file, in the order given. */
  files: AsrSegment[][];
}

/** A speech recogniser. Samtal's is whisper.cpp; another engine plugs in here. */
export interface AsrEngine {
  readonly name: string;
  transcribe(request: AsrRequest): Promise<AsrResult>;
}
