import type { Language, LanguageRequest, Segment } from '@samtal/contracts';

export interface AsrRequest {
  /** 16 kHz mono PCM WAV of one channel. */
  wavPath: string;
  language: LanguageRequest;
}

export interface AsrResult {
  language: Language;
  segments: Omit<Segment, 'index' | 'speaker'>[];
}

/** A speech recogniser. Samtal's is whisper.cpp; tests and other engines plug in here. */
export interface AsrEngine {
  readonly name: string;
  transcribe(request: AsrRequest): Promise<AsrResult>;
}
