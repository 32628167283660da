import { Inject, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Events, createEvent, deadLetterSubject, type EventOf } from '@samtal/contracts';
import { EventPublisher, JetStreamWorker, type DeadLetter } from '@samtal/messaging';
import { callDateOf } from '@samtal/journal';
import { draftCall } from '@samtal/pipeline';
import { CallsRepository, FailedJobsRepository, JournalRepository, TranscriptsRepository, type JournalEntry } from '@samtal/store';
import { RedactedAudio } from './redacted-audio.js';
import { DRAFTING_CONFIG, type DraftingConfig } from './drafting.config.js';

/**
 * Consumes `calls.transcribed`: redacts the transcript, drafts the journal note, scores
 * sentiment, stores the result and announces it (`journal.drafted`, `sentiment.updated`), then
 * stores a copy of the recording with the redacted spans masked.
 */
@JetStreamWorker()
export class DraftingWorker {
  private readonly log = new Logger(DraftingWorker.name);

  constructor(
    private readonly calls: CallsRepository,
    private readonly transcripts: TranscriptsRepository,
    private readonly journal: JournalRepository,
    private readonly failedJobs: FailedJobsRepository,
    private readonly publisher: EventPublisher,
    private readonly redactedAudio: RedactedAudio,
    @Inject(DRAFTING_CONFIG) private readonly config: DraftingConfig,
  ) {}

  @EventPattern(Events.callTranscribed.subject)
  async onCallTranscribed(@Payload() event: EventOf<typeof Events.callTranscribed>): Promise<void> {
    const transcript = await this.transcripts.get(event.callId);
    // Stored before it was announced, so absence is transient (e.g. a lagging replica).
    if (!transcript) throw new Error('transcript not found in the store yet');

    // Relative dates in follow-ups ("på fredag") count from the day the call came in.
    const call = await this.calls.findById(event.callId);
    // A replay has overtaken this pass: the replay's own transcription drafts the call.
    const pass = event.data.replays ?? call?.replays ?? 0;
    if (call && pass < call.replays) {
      this.log.log(`calls.transcribed of pass ${pass} skipped: the call is at pass ${call.replays}`);
      return;
    }
    const result = await draftCall(transcript, {
      ...this.config.settings,
      callDate: callDateOf(call?.createdAt ?? new Date(event.occurredAt), this.config.timeZone),
      durationMs: event.data.durationMs,
      onLlmFallback: (reason) => this.log.warn(`LLM draft not used (${reason}); storing the extractive draft`),
    });
    // A count only: the values stay out of the log.
    if (result.leaks > 0) this.log.warn(`leak scan removed ${result.leaks} number run(s) that redaction had kept`);
    const { entry, outcome } = await this.journal.saveDraft({
      callId: event.callId,
      agentId: event.data.agentId,
      sourceEventId: event.id,
      draft: result.draft,
      dialogue: result.dialogue,
      sentiment: result.sentiment,
      transcriptQuality: result.transcriptQuality,
    });
    // A replay begun while this pass was drafting keeps its status: it drafts the call again.
    if (!(await this.calls.setDraftStatus(event.callId, entry.approved ? 'approved' : 'drafted', pass))) {
      this.log.log(`drafted pass ${pass}; a replay began meanwhile, so the status is left to it`);
    }
    // A redelivered event announces again, with the same event ids, so a crash between
    // storing and announcing loses no notification; an unchanged replay announces nothing.
    if (outcome !== 'unchanged') await this.announce(entry);
    const alerts = result.sentiment.alerts.map((a) => a.kind).join(', ') || 'none';
    this.log.log(
      `drafted revision ${entry.revision}${outcome === 'new' ? '' : ` (${outcome})`} (${result.draft.summarizer}, topic ${result.draft.topic.key}, sentiment alerts: ${alerts})`,
    );
    // After the announcement: a failure here retries the masking, not the agent's notification.
    if (result.audioRedaction) {
      await this.redactedAudio.store(event.callId, result.audioRedaction);
      this.log.log(`stored the redacted recording (${result.audioRedaction.length} spans masked)`);
    } else {
      await this.calls.setRedactedAudioMissing(event.callId, 'untimed');
      this.log.warn('no redacted recording: redacted text without times cannot be located in the audio');
    }
  }

  @EventPattern(deadLetterSubject(Events.callTranscribed.subject))
  async onDraftingDeadLetter(@Payload() letter: DeadLetter): Promise<void> {
    if (!letter.callId) {
      this.log.error(`dead letter without a call id: ${letter.reason}`);
      return;
    }
    await this.failedJobs.record(letter.callId, 'drafting', letter.reason, letter.attempts);
    const call = await this.calls.findById(letter.callId);
    if (!call) return;
    // A draft is stored (an earlier delivery drafted it; a later one failed, e.g. masking the
    // recording): the agent keeps the draft, and ops see the failed job and can replay it.
    if (call.status === 'drafted' || call.status === 'approved') {
      this.log.warn(`drafting dead-lettered after the draft was stored (call ${call._id}): recorded for ops, status kept`);
      return;
    }
    await this.calls.setStatus(call._id, 'failed', letter.reason);
    // Tell the agent's and ops' screens, as a transcription failure does.
    await this.publisher.publish(
      createEvent(
        Events.stageFailed,
        call._id,
        { agentId: call.agentId, stage: 'drafting', attempts: letter.attempts, error: letter.reason.slice(0, 500) },
        `stage_failed:drafting:${call._id}:${call.replays}`,
      ),
    );
  }

  private async announce(entry: JournalEntry): Promise<void> {
    const key = `${entry._id}:${entry.revision}`;
    await this.publisher.publish(
      createEvent(
        Events.journalDrafted,
        entry._id,
        // Ids only: the draft and dialogue are in the store (no NATS message carries a call's text).
        { agentId: entry.agentId, revision: entry.revision },
        `drafted:${key}`,
      ),
    );
    if (entry.sentiment) {
      await this.publisher.publish(
        createEvent(Events.sentimentUpdated, entry._id, { agentId: entry.agentId, revision: entry.revision }, `sentiment:${key}`),
      );
    }
  }
}
