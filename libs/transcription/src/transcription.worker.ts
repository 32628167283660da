import { Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Events, callTranscribedKey, createEvent, deadLetterSubject, type EventOf, type Transcript } from '@samtal/contracts';
import { Consumers, EventPublisher, JetStreamContext, JetStreamWorker, PermanentError, type DeadLetter } from '@samtal/messaging';
import { AudioRejected, DamagedRecording } from '@samtal/audio';
import { InvalidSidecar, RecognitionTimedOut } from '@samtal/asr';
import { transcribeCall } from '@samtal/pipeline';
import { AudioStore, CallsRepository, FailedJobsRepository, PAST_TRANSCRIPTION, TranscriptsRepository, type Call } from '@samtal/store';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpeechRecogniser } from './speech-recogniser.js';

/** The shutdown signal of a JetStream delivery (Nest types handler contexts as unknown). */
function signalOf(ctx: unknown): AbortSignal | undefined {
  return ctx instanceof JetStreamContext ? ctx.signal : undefined;
}

/**
 * Consumes `calls.received` in two lanes (durables shared by every transcriber process): the
 * fast lane (`transcriber`) takes calls with a sidecar transcript, the speech-recognition lane
 * (`asr`) those that need whisper.cpp, so a long recognition never holds up a sidecar call. Each
 * fetches the recording, transcribes it (or takes its sidecar transcript), stores the transcript
 * and announces `calls.transcribed`. The message is acked only after all of that succeeded.
 * A failure is retried with backoff (the transport's); input that can never be read, and a
 * recognition past its time limit, are dead-lettered at once. Dead letters become failed-job
 * records and `calls.stage_failed` (stage `transcription`). On shutdown a recognition still running after the
 * grace period is stopped (whisper.cpp killed) and its message redelivered.
 */
@JetStreamWorker()
export class TranscriptionWorker {
  private readonly log = new Logger(TranscriptionWorker.name);

  constructor(
    private readonly calls: CallsRepository,
    private readonly transcripts: TranscriptsRepository,
    private readonly failedJobs: FailedJobsRepository,
    private readonly audioStore: AudioStore,
    private readonly publisher: EventPublisher,
    private readonly recogniser: SpeechRecogniser,
  ) {}

  /** The fast lane: calls that came with their own transcript. The other lane's calls are acked untouched. */
  @EventPattern(Consumers.transcriber.handlerPattern)
  async onSidecarCall(@Payload() event: EventOf<typeof Events.callReceived>, @Ctx() ctx: unknown): Promise<void> {
    if (event.data.transcriptSource !== 'sidecar') return;
    await this.onCallReceived(event, signalOf(ctx));
  }

  /** The speech-recognition lane: calls without a transcript. Sidecar calls are the fast lane's. */
  @EventPattern(Consumers.speechRecognition.handlerPattern)
  async onRecognitionCall(@Payload() event: EventOf<typeof Events.callReceived>, @Ctx() ctx: unknown): Promise<void> {
    if (event.data.transcriptSource === 'sidecar') return;
    await this.onCallReceived(event, signalOf(ctx));
  }

  private async onCallReceived(event: EventOf<typeof Events.callReceived>, signal?: AbortSignal): Promise<void> {
    const call = await this.calls.findById(event.callId);
    if (!call) throw new PermanentError('call not found in the store');
    // A message of an earlier pass, or of one that is over (a lane created on a stream that
    // already holds older calls reads them from the start): nothing to do.
    const pass = event.data.replayOf ?? 0;
    if (pass < call.replays || (pass === call.replays && PAST_TRANSCRIPTION.has(call.status))) {
      this.log.log(`calls.received of pass ${pass} skipped: the call is at pass ${call.replays}, ${call.status}`);
      return;
    }
    if (pass === call.replays && call.status === 'transcribed') {
      // An earlier delivery of this pass stored the transcript and then lost its ack (a NATS node
      // died): announce it again (a duplicate, if it was announced) and write no status. Writing
      // one here would race the drafting service's `drafted`, and a store that applies a
      // conditional update in two steps (FerretDB) could move the drafted call back to stay at
      // `transcribed`. It also spares a recognition done once already.
      const transcript = await this.transcripts.get(call._id);
      if (transcript) {
        await this.announce(call, this.transcribedData(call, transcript));
        this.log.log(`calls.received of pass ${pass}: already transcribed, announced again`);
        return;
      }
    }
    if (!(await this.calls.setTranscriptionStatus(call._id, 'transcribing', pass))) {
      this.log.log(`calls.received of pass ${pass} skipped: the call moved on while it was read`);
      return;
    }

    const scratch = await mkdtemp(join(tmpdir(), 'samtal-transcribe-'));
    try {
      const sidecar = call.sidecarFileId ? await this.audioStore.readAll(call.sidecarFileId) : undefined;
      const audioPath = join(scratch, 'recording');
      if (!sidecar) await this.audioStore.downloadTo(call.audio.fileId, audioPath);
      const transcript = await this.transcribe(call, audioPath, sidecar, signal);
      await this.transcripts.save(call._id, transcript);
      // Not past transcription already (drafted from an earlier delivery of this pass): it stays there.
      await this.calls.setTranscriptionStatus(call._id, 'transcribed', pass);
      await this.announce(call, this.transcribedData(call, transcript));
      this.log.log(`transcribed (${transcript.source}, ${transcript.segments.length} segments)`);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private async transcribe(call: Call, audioPath: string, sidecar: Buffer | undefined, signal?: AbortSignal) {
    try {
      if (sidecar) return await transcribeCall({ audioPath, sidecar, language: call.language });
      return await transcribeCall(
        {
          audioPath,
          language: this.recogniser.languageFor(call.language),
          channelMap: call.channelMap,
          audio: call.audio,
          onProgress: (percent) => this.progress(call, percent),
          ...(signal ? { signal } : {}),
        },
        this.recogniser.asr(),
      );
    } catch (err) {
      // Not audio, a damaged recording (ingest stores an upload whole or not at all, so a second
      // decode reads the same bytes), or a sidecar that does not parse: no retry can change that.
      // A recognition past its time limit would only run as long again. The call fails at once,
      // with that reason, for ops to see and replay.
      if (err instanceof AudioRejected || err instanceof DamagedRecording || err instanceof InvalidSidecar || err instanceof RecognitionTimedOut) {
        throw new PermanentError(err.message, { cause: err });
      }
      throw err;
    }
  }

  /** Ids and a number only: the gateway tells the agent's screen how far recognition has come. */
  private progress(call: Call, percent: number): void {
    this.publisher.publishTransient(
      createEvent(Events.transcriptionProgress, call._id, { agentId: call.agentId, percent, replays: call.replays }),
    );
  }

  /** Transcription gave up: record it for ops and tell the UI. */
  @EventPattern(deadLetterSubject(Events.callReceived.subject))
  async onTranscriptionDeadLetter(@Payload() letter: DeadLetter): Promise<void> {
    if (!letter.callId) {
      this.log.error(`dead letter without a call id: ${letter.reason}`);
      return;
    }
    const call = await this.calls.findById(letter.callId);
    await this.failedJobs.record(letter.callId, 'transcription', letter.reason, letter.attempts);
    if (!call) return;
    // A draft is stored (a redelivery of a call already transcribed and drafted gave up, e.g. while a
    // NATS node was down): the agent keeps the draft, and ops see the failed job, as for drafting.
    if (call.status === 'drafted' || call.status === 'approved') {
      this.log.warn(`transcription dead-lettered after the draft was stored (call ${call._id}): recorded for ops, status kept`);
      return;
    }
    await this.calls.setStatus(call._id, 'failed', letter.reason);
    const event = createEvent(
      Events.stageFailed,
      call._id,
      { agentId: call.agentId, stage: 'transcription', attempts: letter.attempts, error: letter.reason.slice(0, 500) },
      `stage_failed:transcription:${call._id}:${call.replays}`,
    );
    await this.publisher.publish(event);
  }

  private transcribedData(call: Call, transcript: Transcript): EventOf<typeof Events.callTranscribed>['data'] {
    return {
      agentId: call.agentId,
      language: transcript.language,
      source: transcript.source,
      segmentCount: transcript.segments.length,
      durationMs: call.audio.durationMs,
      replays: call.replays,
    };
  }

  private async announce(call: Call, data: EventOf<typeof Events.callTranscribed>['data']): Promise<void> {
    // One id per call and replay: a redelivery re-announces the same event, which the
    // journal service recognises, so a call never gets two drafts from one transcription.
    await this.publisher.publish(createEvent(Events.callTranscribed, call._id, data, callTranscribedKey(call._id, call.replays)));
  }
}
