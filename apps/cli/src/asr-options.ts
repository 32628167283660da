import { createWhisperEngine, type WhisperCppEngine } from '@samtal/asr';
import type { AsrSetup } from '@samtal/pipeline';
import { Command, Option } from 'commander';

export interface AsrCliOptions {
  model?: string;
  threads?: number;
  beamSize: number;
  fallback: boolean;
  words?: boolean;
  speechDetection: boolean;
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got "${value}"`);
  return n;
};

/** The speech-recognition options `transcribe` and `process` share. */
export function withAsrOptions(command: Command): Command {
  return command
    .option('--model <name|file>', 'Whisper model: a name from `samtal models list` or a ggml file (default: $WHISPER_MODEL, else kb-whisper-small)')
    .addOption(new Option('--threads <n>', 'CPU threads for whisper.cpp').argParser(positive).env('ASR_THREADS'))
    .addOption(new Option('--beam-size <n>', 'beam width; 1 decodes greedily').argParser(positive).default(5))
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
      temperatureFallback: options.fallback,
      wordTimestamps: options.words ?? false,
    }),
    detectSpeech: options.speechDetection,
  };
}
