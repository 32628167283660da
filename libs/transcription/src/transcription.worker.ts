import { Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Events, createEvent, deadLetterSubject, type EventOf } from '@samtal/contracts';
import { EventPublisher, JetStreamWorker, PermanentError, type DeadLetter } from '@samtal/messaging';
import { AudioRejected } from '@samtal/audio';
import { InvalidSidecar } from '@samtal/asr';
import { transcribeCall } from '@samtal/pipeline';
import { AudioStore, CallsRepository, FailedJobsRepository, TranscriptsRepository, type Call } from '@samtal/store';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpeechRecogniser } from './speech-recogniser.js';

/**
 * Consumes `calls.received` (durable, shared by every transcriber process): fetches the
 * recording, transcribes it (or takes its sidecar transcript), stores the transcript and
 * announces `calls.transcribed`. The message is acked only after all of that succeeded.
 * A failure is retried with backoff (the transport's); input that can never be read is
 * dead-lettered at once. Dead letters become failed-job records and `calls.stage_failed` (stage `transcription`).
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

  @EventPattern(Events.callReceived.subject)
  async onCallReceived(@Payload() event: EventOf<typeof Events.callReceived>): Promise<void> {
    const call = await this.calls.findById(event.callId);
    if (!call) throw new PermanentError('call not found in the store');
    await this.calls.setStatus(call._id, 'transcribing');

    const scratch = await mkdtemp(join(tmpdir(), 'samtal-transcribe-'));
    try {
      const sidecar = call.sidecarFileId ? await this.audioStore.readAll(call.sidecarFileId) : undefined;
      const audioPath = join(scratch, 'recording');
      if (!sidecar) await this.audioStore.downloadTo(call.audio.fileId, audioPath);
      const transcript = await this.transcribe(call, audioPath, sidecar);
      await this.transcripts.save(call._id, transcript);
      await this.calls.setStatus(call._id, 'transcribed');
      await this.announce(call, {
        agentId: call.agentId,
        language: transcript.language,
        source: transcript.source,
        segmentCount: transcript.segments.length,
        durationMs: call.audio.durationMs,
      });
      this.log.log(`transcribed (${transcript.source}, ${transcript.segments.length} segments)`);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  private async transcribe(call: Call, audioPath: string, sidecar: Buffer | undefined) {
    try {
      if (sidecar) return await transcribeCall({ audioPath, sidecar, language: call.language });
      return await transcribeCall(
        { audioPath, language: this.recogniser.languageFor(call.language), channelMap: call.channelMap, audio: call.audio },
        this.recogniser.asr(),
      );
    } catch (err) {
      // Not audio, or a sidecar that does not parse: no retry can change that.
      if (err instanceof AudioRejected || err instanceof InvalidSidecar) throw new PermanentError(err.message, { cause: err });
      throw err;
    }
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
    await this.calls.setStatus(call._id, 'failed', letter.reason);
    const event = createEvent(
      Events.stageFailed,
      call._id,
      { agentId: call.agentId, stage: 'transcription', attempts: letter.attempts, error: letter.reason.slice(0, 500) },
      `stage_failed:transcription:${call._id}:${call.replays}`,
    );
    await this.publisher.publish(event);
  }

  private async announce(call: Call, data: EventOf<typeof Events.callTranscribed>['data']): Promise<void> {
    // One id per call and replay: a redelivery re-announces the same event, which the
    // journal service recognises, so a call never gets two drafts from one transcription.
    await this.publisher.publish(createEvent(Events.callTranscribed, call._id, data, `transcribed:${call._id}:${call.replays}`));
  }
}
