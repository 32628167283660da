import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createWhisperEngine } from '@samtal/asr';
import { createSpeechDetector } from '@samtal/audio';
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
    this.setup ??= {
      engine: createWhisperEngine({
        model: this.config.get('WHISPER_MODEL', { infer: true }),
        threads: this.config.get('ASR_THREADS', { infer: true }),
        beamSize: this.config.get('ASR_BEAM_SIZE', { infer: true }),
        maxContext: this.config.get('ASR_MAX_CONTEXT', { infer: true }),
        temperatureFallback: this.config.get('ASR_TEMPERATURE_FALLBACK', { infer: true }),
        wordTimestamps: this.config.get('ASR_WORD_TIMESTAMPS', { infer: true }),
        timeoutBaseMs: this.config.get('ASR_TIMEOUT_BASE_MS', { infer: true }),
        timeoutFactor: this.config.get('ASR_TIMEOUT_FACTOR', { infer: true }),
      }),
      speechDetector: createSpeechDetector(this.config.get('ASR_SPEECH_DETECTOR', { infer: true })),
    };
    return this.setup;
  }

  /** The call's language, or the configured default for calls uploaded as `auto`. */
  languageFor(requested: LanguageRequest): LanguageRequest {
    return requested === 'auto' ? this.config.get('ASR_LANGUAGE', { infer: true }) : requested;
  }
}
