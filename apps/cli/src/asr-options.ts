import { createWhisperEngine, type WhisperCppEngine } from '@samtal/asr';
import type { AsrSetup } from '@samtal/pipeline';
import { Command, Option } from 'commander';

export interface AsrCliOptions {
  model?: string;
  threads?: number;
  beamSize: number;
  maxContext: number;
  fallback: boolean;
  words?: boolean;
  speechDetection: boolean;
}

const wholeNumber = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`expected a whole number of at least ${min}, got "${value}"`);
  return n;
};
const positive = wholeNumber(1);

/** The speech-recognition options `transcribe` and `process` share. */
export function withAsrOptions(command: Command): Command {
  return command
    .addOption(new Option('--model <name|file>', 'Whisper model: a name from `samtal models list` or a ggml file (default: kb-whisper-small)').env('WHISPER_MODEL'))
    .addOption(new Option('--threads <n>', 'CPU threads for whisper.cpp').argParser(positive).env('ASR_THREADS'))
    .addOption(new Option('--beam-size <n>', 'beam width; 1 decodes greedily').argParser(positive).default(5))
    .addOption(new Option('--max-context <n>', 'tokens of earlier text each window is conditioned on (0: none, no loops carried over)').argParser(wholeNumber(0)).default(0))
    .option('--no-fallback', 'no temperature fallback (deterministic greedy decoding with --beam-size 1)')
    .option('--words', 'word-level timestamps')
    .option('--no-speech-detection', 'give Whisper every sample, silences included');
}

export function asrSetup(options: AsrCliOptions): AsrSetup & { engine: WhisperCppEngine } {
  return {
    engine: createWhisperEngine({
      model: options.model,
      threads: options.threads,
      beamSize: options.beamSize,
      maxContext: options.maxContext,
      temperatureFallback: options.fallback,
      wordTimestamps: options.words ?? false,
    }),
    detectSpeech: options.speechDetection,
  };
}
