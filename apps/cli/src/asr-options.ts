import { createWhisperEngine, type WhisperCppEngine } from '@samtal/asr';
import { DEFAULT_SPEECH_DETECTOR, SPEECH_DETECTORS, createSpeechDetector, type SpeechDetectorKind } from '@samtal/audio';
import type { AsrSetup } from '@samtal/pipeline';
import { Command, Option } from 'commander';
import { cliAudioTools, cliModelsDir, cliWhisperCli } from './settings.js';

export interface AsrCliOptions {
  model?: string;
  threads?: number;
  beamSize: number;
  maxContext: number;
  fallback: boolean;
  words?: boolean;
  speechDetection: boolean;
  speechDetector: SpeechDetectorKind;
  filters: boolean;
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
    .option('--no-speech-detection', 'give Whisper every sample, silences included')
    .addOption(new Option('--speech-detector <kind>', 'how speech is found before Whisper').choices(SPEECH_DETECTORS).default(DEFAULT_SPEECH_DETECTOR).env('ASR_SPEECH_DETECTOR'))
    .option('--no-filters', "keep all that Whisper writes: no suppression of non-speech tokens, no removal of captions, subtitle credits and loops (for measuring the guards)");
}

export function asrSetup(options: AsrCliOptions): AsrSetup & { engine: WhisperCppEngine } {
  return {
    engine: createWhisperEngine({
      model: options.model,
      modelsDir: cliModelsDir(),
      binary: cliWhisperCli(),
      threads: options.threads,
      beamSize: options.beamSize,
      maxContext: options.maxContext,
      temperatureFallback: options.fallback,
      wordTimestamps: options.words ?? false,
      suppressNonSpeech: options.filters,
    }),
    detectSpeech: options.speechDetection,
    speechDetector: createSpeechDetector(options.speechDetector),
    removeHallucinations: options.filters,
    audioTools: cliAudioTools(),
  };
}
