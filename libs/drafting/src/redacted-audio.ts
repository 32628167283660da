import { Injectable } from '@nestjs/common';
import { maskSpans, type AudioSpan } from '@samtal/audio';
import { AudioStore, CallsRepository } from '@samtal/store';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

/** Containers ffmpeg writes as well as it reads; anything else becomes WAV. */
const KEPT_FORMATS: Record<string, string> = {
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.flac': 'audio/flac',
  '.m4a': 'audio/mp4',
};

/**
 * The copy of a call's recording with every redacted span replaced by a tone, stored in GridFS
 * beside the original as `<callId>.audio.redacted` and named on the call.
 */
@Injectable()
export class RedactedAudio {
  constructor(
    private readonly calls: CallsRepository,
    private readonly audioStore: AudioStore,
  ) {}

  /** Masks `spans` in the call's recording and stores the copy; returns its file id. */
  async store(callId: string, spans: readonly AudioSpan[]): Promise<string> {
    const call = await this.calls.findById(callId);
    if (!call) throw new Error('call not found in the store');
    const extension = extname(call.audio.filename).toLowerCase();
    const kept = KEPT_FORMATS[extension] ? extension : '.wav';
    const fileId = `${callId}.audio.redacted`;
    const scratch = await mkdtemp(join(tmpdir(), 'samtal-redact-audio-'));
    try {
      const original = join(scratch, 'recording');
      const masked = join(scratch, `redacted${kept}`);
      await this.audioStore.downloadTo(call.audio.fileId, original);
      await maskSpans(original, spans, masked);
      await this.audioStore.replaceFile(fileId, masked, `redacted${kept}`, KEPT_FORMATS[kept]!);
      await this.calls.setRedactedAudio(callId, fileId);
      return fileId;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
