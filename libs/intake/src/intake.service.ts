import {
  BadRequestException,
  ConflictException,
  HttpException,
  Injectable,
  Logger,
  PayloadTooLargeException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AudioRejected, audioToolSettingsFrom, inspectRecording, resolveAudioTools, type AudioRejection, type AudioTools } from '@samtal/audio';
import type { ChannelMap, LanguageRequest } from '@samtal/contracts';
import { describeError, runWithCallId } from '@samtal/messaging';
import { AudioStore, CallsRepository, UsersRepository, type Call, type NewCall } from '@samtal/store';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CallQueue } from '@samtal/calls';
import type { IntakeEnv } from './intake.config.js';
import { checkSidecar, sidecarTooLarge } from './sidecar-limits.js';
import { StorageBusy, isStorageError } from './storage-busy.js';

export interface UploadedRecording {
  audio?: { path: string; originalname: string; mimetype: string; size: number };
  transcript?: { path: string; size: number };
  agentId: string;
  language: LanguageRequest;
  channelMap?: Partial<ChannelMap>;
  idempotencyKey?: string;
  /** The authenticated telephony source (`samtal sources`). */
  sourceId: string;
}

export interface AcceptedCall {
  callId: string;
  status: Call['status'];
  /** True when this upload repeated an earlier one (same idempotency key, source and content). */
  duplicate: boolean;
}

const STATUS_BY_REJECTION: Record<AudioRejection, new (message: string) => HttpException> = {
  empty: BadRequestException,
  'not-audio': UnsupportedMediaTypeException,
  'too-large': PayloadTooLargeException,
  'too-long': UnprocessableEntityException,
  'too-short': UnprocessableEntityException,
};

/** How long a repeat waits for the first upload with its key to finish storing. */
const WAIT_FOR_FIRST_MS = 30_000;

/**
 * Checks an upload, stores it, and announces it. Nothing is queued unless all checks pass.
 * Storage is all or nothing: the call is created first (`uploading`), its files are written
 * under its id, and a failure removes both; the retention sweep removes what a crash leaves.
 */
@Injectable()
export class IntakeService {
  private readonly log = new Logger(IntakeService.name);
  /** Found at the first upload (ingest starts where ffmpeg is missing; its uploads fail saying so). */
  private audioTools?: AudioTools;

  constructor(
    private readonly config: ConfigService<IntakeEnv, true>,
    private readonly calls: CallsRepository,
    private readonly audioStore: AudioStore,
    private readonly users: UsersRepository,
    private readonly queue: CallQueue,
  ) {}

  async accept(upload: UploadedRecording): Promise<AcceptedCall> {
    const { audio } = upload;
    if (!audio) throw new BadRequestException('the upload has no "audio" file');
    const agent = await this.agentFor(upload.agentId);
    const info = await this.inspect(audio.path);
    // A sidecar is checked now, so a bad one is refused before anything is stored.
    if (upload.transcript) await this.checkSidecar(upload.transcript, upload.language);
    const contentHash = await hashUpload(upload);

    const callId = crypto.randomUUID();
    const filename = storedFilename(audio.originalname);
    const hasSidecar = upload.transcript !== undefined;
    const newCall: NewCall = {
      _id: callId,
      idempotencyKey: upload.idempotencyKey ?? callId,
      sourceId: upload.sourceId,
      contentHash,
      agentId: agent.agentId,
      ...(agent.requested ? { requestedAgentId: agent.requested } : {}),
      language: upload.language,
      audio: { ...info, fileId: `${callId}.audio`, filename, sizeBytes: audio.size },
      channelMap: {
        left: upload.channelMap?.left ?? this.config.get('CHANNEL_LEFT', { infer: true }),
        right: upload.channelMap?.right ?? this.config.get('CHANNEL_RIGHT', { infer: true }),
      },
      transcriptSource: hasSidecar ? 'sidecar' : 'asr',
      ...(hasSidecar ? { sidecarFileId: `${callId}.sidecar` } : {}),
    };
    return this.storage(async () => {
      const deadline = Date.now() + WAIT_FOR_FIRST_MS;
      for (;;) {
        const { call, created } = await this.calls.createUploading(newCall);
        if (created) return runWithCallId(callId, () => this.store(call, upload));
        const earlier = await this.sameUpload(call, newCall, deadline);
        // The first upload with this key failed and is gone: this one takes its place.
        if (earlier === 'gone') continue;
        return this.repeated(earlier);
      }
    });
  }

  /** Writes the files under the call, then lets the call into the pipeline; on any failure removes both. */
  private async store(call: Call, upload: UploadedRecording): Promise<AcceptedCall> {
    const fileIds = [call.audio.fileId, call.sidecarFileId].filter((id): id is string => id !== undefined);
    let stored: Call | null;
    try {
      await this.audioStore.saveFile(call.audio.fileId, upload.audio!.path, call.audio.filename, upload.audio!.mimetype);
      if (call.sidecarFileId) await this.audioStore.saveFile(call.sidecarFileId, upload.transcript!.path, 'sidecar', 'text/plain');
      stored = await this.calls.completeUpload(call._id);
      if (!stored) throw new Error('the call disappeared while its files were stored');
    } catch (err) {
      await this.discard(call._id, fileIds);
      throw err;
    }
    await this.announce(stored);
    this.log.log(`accepted call (${stored.audio.channels} ch, ${stored.audio.durationMs} ms, ${stored.transcriptSource}, source ${stored.sourceId})`);
    return { callId: stored._id, status: stored.status, duplicate: false };
  }

  /** Best effort: what is left (storage away) is removed by the retention sweep, since the call is gone or still `uploading`. */
  private async discard(callId: string, fileIds: string[]): Promise<void> {
    try {
      for (const id of fileIds) await this.audioStore.deleteAll(id);
      await this.calls.deleteUploading(callId);
    } catch (err) {
      this.log.warn(`an interrupted upload could not be cleaned up yet (the retention sweep will): ${describeError(err)}`);
    }
  }

  /**
   * The key was used before. The same source with the same content is a repeat (the first
   * call is the answer, once it is stored); anything else is a conflict, and nothing is
   * stored or disclosed: the sender must give this call its own key.
   */
  private async sameUpload(first: Call, ours: NewCall, deadline: number): Promise<Call | 'gone'> {
    if (first.sourceId !== ours.sourceId || first.contentHash !== ours.contentHash) {
      throw new ConflictException(
        'this Idempotency-Key was already used for a different upload (another recording, fields or source); nothing was stored: send this call with a key of its own',
      );
    }
    let call: Call | null = first;
    while (call?.status === 'uploading') {
      if (Date.now() > deadline) throw new StorageBusy('the first upload with this Idempotency-Key is still being stored');
      await new Promise((r) => setTimeout(r, 250));
      call = await this.calls.findById(first._id);
    }
    return call ?? 'gone';
  }

  /** `agentId` must be an enabled agent; otherwise the fallback queue (INGEST_FALLBACK_AGENT), if there is one. */
  private async agentFor(agentId: string): Promise<{ agentId: string; requested?: string }> {
    const user = await this.storage(() => this.users.findById(agentId));
    if (user && user.role === 'agent' && !user.disabled) return { agentId };
    const fallback = this.config.get('INGEST_FALLBACK_AGENT', { infer: true });
    if (fallback) return { agentId: fallback, requested: agentId };
    throw new UnprocessableEntityException(
      `agentId "${agentId}" is not an enabled agent: add the agent (samtal users add ${agentId} --role agent …) or send the agent's Samtal id`,
    );
  }

  private async repeated(call: Call): Promise<AcceptedCall> {
    if (!call.queuedAt) await this.announce(call);
    return { callId: call._id, status: call.status, duplicate: true };
  }

  /** A storage error under load (FerretDB/SQLite busy, MongoDB away or electing) is a 503 to retry, never a 500. */
  private async storage<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof HttpException || !isStorageError(err)) throw err;
      this.log.warn(`storage busy or away, upload refused for a retry: ${describeError(err)}`);
      throw new StorageBusy('storage is busy or unavailable; nothing was stored, please retry');
    }
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
      this.audioTools ??= resolveAudioTools(
        audioToolSettingsFrom({
          FFMPEG_PATH: this.config.get('FFMPEG_PATH', { infer: true }),
          FFPROBE_PATH: this.config.get('FFPROBE_PATH', { infer: true }),
          PATH: this.config.get('PATH', { infer: true }),
        }),
      );
      return await inspectRecording(
        path,
        {
          maxBytes: this.config.get('MAX_UPLOAD_BYTES', { infer: true }),
          maxDurationMs: this.config.get('MAX_DURATION_MS', { infer: true }),
          minDurationMs: this.config.get('MIN_DURATION_MS', { infer: true }),
        },
        this.audioTools,
      );
    } catch (err) {
      if (err instanceof AudioRejected) throw new STATUS_BY_REJECTION[err.reason](err.message);
      throw err;
    }
  }

  private async checkSidecar(file: { path: string; size: number }, language: LanguageRequest): Promise<void> {
    const limits = { maxBytes: this.config.get('MAX_SIDECAR_BYTES', { infer: true }), maxSegments: this.config.get('MAX_SIDECAR_SEGMENTS', { infer: true }) };
    // The size first, from the file's length: a huge sidecar is refused without being read.
    if (file.size > limits.maxBytes) throw sidecarTooLarge(limits.maxBytes);
    checkSidecar(await readFile(file.path), language, limits);
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


/** sha256 over the recording, the sidecar and the fields that shape the call: what "the same upload" means. */
async function hashUpload(upload: UploadedRecording): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [upload.audio, upload.transcript]) {
    hash.update(file ? `file:${file.size}:` : 'none:');
    if (file) for await (const piece of createReadStream(file.path)) hash.update(piece as Buffer);
  }
  hash.update(JSON.stringify([upload.agentId, upload.language, upload.channelMap?.left ?? null, upload.channelMap?.right ?? null]));
  return hash.digest('hex');
}
