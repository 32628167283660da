import { DEFAULT_ASR_TIMEOUT, DEFAULT_MODEL, asrToolsEnvSchema } from '@samtal/asr';
import { DEFAULT_SPEECH_DETECTOR, SPEECH_DETECTORS, audioToolsEnvSchema } from '@samtal/audio';
import { z } from 'zod';

/** The transcriber's own settings (see the README's configuration table). */
export const transcriptionEnvSchema = z.object({
  /** Calls this process transcribes at once (each runs its own whisper.cpp): the speech-recognition lane. */
  TRANSCRIBER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** Calls with a sidecar transcript this process takes at once: the fast lane, never behind speech recognition. */
  SIDECAR_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** whisper.cpp's time limit for a call: ASR_TIMEOUT_BASE_MS + ASR_TIMEOUT_FACTOR × the speech's length. Past it the call fails, without retries. */
  ASR_TIMEOUT_BASE_MS: z.coerce.number().int().min(1_000).max(24 * 3600_000).default(DEFAULT_ASR_TIMEOUT.baseMs),
  ASR_TIMEOUT_FACTOR: z.coerce.number().min(0).max(100).default(DEFAULT_ASR_TIMEOUT.factor),
  /** A model name from the models directory, or a path to a ggml file. */
  WHISPER_MODEL: z.string().min(1).default(DEFAULT_MODEL),
  /** CPU threads of one whisper.cpp run (default: up to 4). */
  ASR_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  /** Language for calls uploaded as `auto`: `auto` lets Whisper detect it. */
  ASR_LANGUAGE: z.enum(['sv', 'en', 'auto']).default('auto'),
  /** Beam width; 1 is greedy (faster, slightly worse). */
  ASR_BEAM_SIZE: z.coerce.number().int().min(1).max(16).default(5),
  /** Tokens of earlier text each window is conditioned on; 0 keeps loops from carrying over. */
  ASR_MAX_CONTEXT: z.coerce.number().int().min(0).max(224).default(0),
  /** Re-decode at higher temperature when the output looks like a loop (off: faster, deterministic). */
  ASR_TEMPERATURE_FALLBACK: z.stringbool().default(true),
  /** Word-level timestamps in stored transcripts: the redacted recording masks only the redacted words' time (off: whole utterances). */
  ASR_WORD_TIMESTAMPS: z.stringbool().default(true),
  /** How speech is found before Whisper: `energy` (levels) or `silero` (Silero VAD). */
  ASR_SPEECH_DETECTOR: z.enum(SPEECH_DETECTORS).default(DEFAULT_SPEECH_DETECTOR),
  /** Where whisper.cpp and the models are (SAMTAL_MODELS_DIR, WHISPER_CPP_BIN), and ffmpeg (FFMPEG_PATH, FFPROBE_PATH). */
  ...asrToolsEnvSchema.shape,
  ...audioToolsEnvSchema.shape,
});
export type TranscriptionEnv = z.infer<typeof transcriptionEnvSchema>;
