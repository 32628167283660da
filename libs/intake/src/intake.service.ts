import {
  BadRequestException,
  HttpException,
  Injectable,
  Logger,
  PayloadTooLargeException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AudioRejected, inspectRecording, type AudioRejection } from '@samtal/audio';
import { InvalidSidecar, parseSidecarTranscript } from '@samtal/asr';
import type { AudioInfo, ChannelMap, LanguageRequest } from '@samtal/contracts';
import { describeError, runWithCallId } from '@samtal/messaging';
import { AudioStore, CallsRepository, type Call } from '@samtal/store';
import { readFile } from 'node:fs/promises';
import { CallQueue } from './call-queue.js';
import type { IntakeEnv } from './intake.config.js';

export interface UploadedRecording {
  audio?: { path: string; originalname: string; mimetype: string; size: number };
  transcript?: { path: string; size: number };
  agentId: string;
  language: LanguageRequest;
  channelMap?: Partial<ChannelMap>;
  idempotencyKey?: string;
}

export interface AcceptedCall {
  callId: string;
  status: Call['status'];
  /** True when this upload repeated an earlier one (same idempotency key). */
  duplicate: boolean;
}

const STATUS_BY_REJECTION: Record<AudioRejection, new (message: string) => HttpException> = {
  empty: BadRequestException,
  'not-audio': UnsupportedMediaTypeException,
  'too-large': PayloadTooLargeException,
  'too-long': UnprocessableEntityException,
  'too-short': UnprocessableEntityException,
};

/** Checks an upload, stores it, and announces it. Nothing is queued unless all checks pass. */
@Injectable()
export class IntakeService {
  private readonly log = new Logger(IntakeService.name);

  constructor(
    private readonly config: ConfigService<IntakeEnv, true>,
    private readonly calls: CallsRepository,
    private readonly audioStore: AudioStore,
    private readonly queue: CallQueue,
  ) {}

  async accept(upload: UploadedRecording): Promise<AcceptedCall> {
    const { audio } = upload;
    if (!audio) throw new BadRequestException('the upload has no "audio" file');
    const info = await this.inspect(audio.path);
    // A sidecar is checked now, so a bad one is refused before anything is stored.
    if (upload.transcript) await this.checkSidecar(upload.transcript, upload.language);

    if (upload.idempotencyKey) {
      const earlier = await this.calls.findByIdempotencyKey(upload.idempotencyKey);
      if (earlier) return this.repeated(earlier);
    }

    const callId = crypto.randomUUID();
    // From here on the call has an id: it is the correlation id of every log line.
    return runWithCallId(callId, () => this.store(callId, upload, audio, info, upload.transcript !== undefined));
  }

  private async store(callId: string, upload: UploadedRecording, audio: NonNullable<UploadedRecording['audio']>, info: AudioInfo, hasSidecar: boolean): Promise<AcceptedCall> {
    const audioFileId = `${callId}.audio`;
    const sidecarFileId = hasSidecar ? `${callId}.sidecar` : undefined;
    await this.audioStore.saveFile(audioFileId, audio.path, storedFilename(audio.originalname), audio.mimetype);
    if (sidecarFileId) await this.audioStore.saveFile(sidecarFileId, upload.transcript!.path, 'sidecar', 'text/plain');

    const { call, created } = await this.calls.createOnce({
      _id: callId,
      idempotencyKey: upload.idempotencyKey ?? callId,
      agentId: upload.agentId,
      language: upload.language,
      audio: { ...info, fileId: audioFileId, filename: storedFilename(audio.originalname), sizeBytes: audio.size },
      channelMap: {
        left: upload.channelMap?.left ?? this.config.get('CHANNEL_LEFT', { infer: true }),
        right: upload.channelMap?.right ?? this.config.get('CHANNEL_RIGHT', { infer: true }),
      },
      transcriptSource: hasSidecar ? 'sidecar' : 'asr',
      sidecarFileId,
    });
    if (!created) {
      // A concurrent upload with the same key was stored first; ours is surplus.
      await Promise.all([audioFileId, sidecarFileId].filter((id) => id !== undefined).map((id) => this.audioStore.delete(id)));
      return this.repeated(call);
    }
    await this.announce(call);
    this.log.log(`accepted call (${info.channels} ch, ${info.durationMs} ms, ${call.transcriptSource})`);
    return { callId, status: call.status, duplicate: false };
  }

  private async repeated(call: Call): Promise<AcceptedCall> {
    if (!call.queuedAt) await this.announce(call);
    return { callId: call._id, status: call.status, duplicate: true };
  }

  /** The call is stored: if NATS is away now, the outbox announces it later. */
  private async announce(call: Call): Promise<void> {
    try {
      await this.queue.enqueue(call);
    } catch (err) {
      this.log.warn(`call stored but not yet queued, the outbox will retry: ${describeError(err)}`);
    }
  }

  private async inspect(path: string) {
    try {
      return await inspectRecording(path, {
        maxBytes: this.config.get('MAX_UPLOAD_BYTES', { infer: true }),
        maxDurationMs: this.config.get('MAX_DURATION_MS', { infer: true }),
        minDurationMs: this.config.get('MIN_DURATION_MS', { infer: true }),
      });
    } catch (err) {
      if (err instanceof AudioRejected) throw new STATUS_BY_REJECTION[err.reason](err.message);
      throw err;
    }
  }

  private async checkSidecar(file: { path: string; size: number }, language: LanguageRequest): Promise<void> {
    const limit = this.config.get('MAX_SIDECAR_BYTES', { infer: true });
    if (file.size > limit) throw new PayloadTooLargeException(`the transcript is larger than ${limit} bytes`);
    const content = await readFile(file.path);
    try {
      parseSidecarTranscript(content, language);
    } catch (err) {
      if (err instanceof InvalidSidecar) throw new BadRequestException(err.message);
      throw err;
    }
  }
}

/**
 * The name a recording is stored under: `recording` plus its extension, nothing else.
 * Uploaded names often carry a caller's number or name (and sometimes paths or shell
 * characters); only the extension is worth keeping, as a hint of the format.
 */
export function storedFilename(uploaded: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(uploaded.trim())?.[1]?.toLowerCase();
  return extension ? `recording.${extension}` : 'recording';
}

