import { Inject, Injectable } from '@nestjs/common';
import { maskSpans, resolveAudioTools, type AudioSpan, type AudioTools } from '@samtal/audio';
import { AudioStore, CallsRepository } from '@samtal/store';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFTING_CONFIG, type DraftingConfig } from './drafting.config.js';

/**
 * The copy of a call's recording with every redacted span replaced by a tone, stored beside
 * the original as `<callId>.audio.redacted` and named on the call. It exists for playback in the
 * agent's browser, so it is Opus in Ogg whatever came in: a tenth of a WAV's size, every browser
 * plays it, and the original stays as uploaded.
 */
@Injectable()
export class RedactedAudio {
  /** Found on first use: the journal service starts where ffmpeg is missing, and this step fails saying so. */
  private tools?: AudioTools;

  constructor(
    private readonly calls: CallsRepository,
    private readonly audioStore: AudioStore,
    @Inject(DRAFTING_CONFIG) private readonly config: DraftingConfig,
  ) {}

  /** Masks `spans` in the call's recording and stores the copy; returns its file id. */
  async store(callId: string, spans: readonly AudioSpan[]): Promise<string> {
    const call = await this.calls.findById(callId);
    if (!call) throw new Error('call not found in the store');
    const fileId = `${callId}.audio.redacted`;
    const scratch = await mkdtemp(join(tmpdir(), 'samtal-redact-audio-'));
    try {
      const original = join(scratch, 'recording');
      const masked = join(scratch, 'redacted.ogg');
      await this.audioStore.downloadTo(call.audio.fileId, original);
      this.tools ??= resolveAudioTools(this.config.audioTools);
      await maskSpans(original, spans, masked, { tools: this.tools });
      await this.audioStore.replaceFile(fileId, masked, 'recording.redacted.ogg', 'audio/ogg');
      await this.calls.setRedactedAudio(callId, fileId);
      return fileId;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
