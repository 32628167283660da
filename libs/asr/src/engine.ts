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
