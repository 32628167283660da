import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createWhisperEngine, modelsDirFrom, whisperCliFrom } from '@samtal/asr';
import { audioToolSettingsFrom, createSpeechDetector, resolveAudioTools } from '@samtal/audio';
import type { LanguageRequest } from '@samtal/contracts';
import { describeError } from '@samtal/messaging';
import type { AsrSetup } from '@samtal/pipeline';
import type { TranscriptionEnv } from './transcription.config.js';

/**
 * whisper.cpp as configured. A missing model does not stop the service (calls with a
 * sidecar transcript need none): the problem is logged at start, and calls that need
 * speech recognition fail until a model is installed, then ops replay them.
 */
@Injectable()
export class SpeechRecogniser implements OnModuleInit {
  private readonly log = new Logger(SpeechRecogniser.name);
  private setup?: AsrSetup;

  constructor(private readonly config: ConfigService<TranscriptionEnv, true>) {}

  onModuleInit(): void {
    try {
      this.asr();
      this.log.log(`speech recognition: whisper.cpp with model ${this.config.get('WHISPER_MODEL', { infer: true })}`);
    } catch (err) {
      this.log.warn(`speech recognition unavailable until fixed: ${describeError(err)}`);
    }
  }

  asr(): AsrSetup {
    this.setup ??= this.build();
    return this.setup;
  }

  private build(): AsrSetup {
    const tools = {
      SAMTAL_MODELS_DIR: this.config.get('SAMTAL_MODELS_DIR', { infer: true }),
      XDG_DATA_HOME: this.config.get('XDG_DATA_HOME', { infer: true }),
      WHISPER_CPP_BIN: this.config.get('WHISPER_CPP_BIN', { infer: true }),
      FFMPEG_PATH: this.config.get('FFMPEG_PATH', { infer: true }),
      FFPROBE_PATH: this.config.get('FFPROBE_PATH', { infer: true }),
      PATH: this.config.get('PATH', { infer: true }),
    };
    return {
      engine: createWhisperEngine({
        model: this.config.get('WHISPER_MODEL', { infer: true }),
        modelsDir: modelsDirFrom(tools),
        binary: whisperCliFrom(tools),
        threads: this.config.get('ASR_THREADS', { infer: true }),
        beamSize: this.config.get('ASR_BEAM_SIZE', { infer: true }),
        maxContext: this.config.get('ASR_MAX_CONTEXT', { infer: true }),
        temperatureFallback: this.config.get('ASR_TEMPERATURE_FALLBACK', { infer: true }),
        wordTimestamps: this.config.get('ASR_WORD_TIMESTAMPS', { infer: true }),
        timeoutBaseMs: this.config.get('ASR_TIMEOUT_BASE_MS', { infer: true }),
        timeoutFactor: this.config.get('ASR_TIMEOUT_FACTOR', { infer: true }),
      }),
      speechDetector: createSpeechDetector(this.config.get('ASR_SPEECH_DETECTOR', { infer: true })),
      audioTools: resolveAudioTools(audioToolSettingsFrom(tools)),
    };
  }

  /** The call's language, or the configured default for calls uploaded as `auto`. */
  languageFor(requested: LanguageRequest): LanguageRequest {
    return requested === 'auto' ? this.config.get('ASR_LANGUAGE', { infer: true }) : requested;
  }
}
