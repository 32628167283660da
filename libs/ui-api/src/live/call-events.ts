import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { ContractViolation, Events, eventDefinitionFor, parseEvent, type EventOf } from '@samtal/contracts';
import { describeError, NATS_CONNECTION, Streams } from '@samtal/messaging';
import { CallsRepository, JournalRepository, type Call } from '@samtal/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { LiveGateway } from './live.gateway.js';

type Relayed =
  | typeof Events.callReceived
  | typeof Events.callTranscribed
  | typeof Events.transcriptionProgress
  | typeof Events.stageFailed
  | typeof Events.journalDrafted
  | typeof Events.sentimentUpdated;

/** How long to wait before following a stream again (it does not exist yet, NATS is away). */
const RETRY_MS = 2_000;

/**
 * The gateway's one way of hearing about calls: each gateway instance reads the work-path streams
 * (`SAMTAL_CALLS`, `SAMTAL_JOURNAL`) through its own ordered JetStream consumer (ephemeral, from
 * new messages on, in stream order, recreated by the client after a gap or a NATS restart), so every
 * instance reaches its own sockets and sees each stored event once: a repeated publish that
 * JetStream dropped as a duplicate (`Nats-Msg-Id`) never arrives, so there is no duplicate filter
 * here. Each event is checked against the stored documents first (the call exists and belongs to
 * the agent named; a draft is the one stored) and routed by the stored call, so an event forged on
 * NATS reaches no screen and names no one else's call. What is sent carries ids and statuses
 * (`ServerEvents`); the browser reads content over REST, and re-reads on (re)connect, so an event
 * missed while offline loses nothing.
 */
@Injectable()
export class CallEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(CallEvents.name);
  private readonly following = new Set<ConsumerMessages>();
  private progress?: Subscription;
  private stopped = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly connection: NatsConnection,
    private readonly live: LiveGateway,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
  ) {}

  onApplicationBootstrap(): void {
    for (const stream of [Streams.calls.name, Streams.journal.name]) void this.follow(stream);
    void this.followProgress();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.progress?.unsubscribe();
    await Promise.all([...this.following].map((messages) => messages.close()));
  }

  private async follow(stream: string): Promise<void> {
    while (!this.stopped) {
      try {
        const consumer = await jetstream(this.connection).consumers.getPushConsumer(stream, { deliver_policy: DeliverPolicy.New });
        const messages = await consumer.consume();
        this.following.add(messages);
        this.log.log(`following ${stream} (ordered consumer)`);
        for await (const message of messages) {
          let payload: unknown;
          try {
            payload = message.json();
          } catch {
            this.log.warn(`dropped a message on ${message.subject} that is not JSON`);
            continue;
          }
          await this.relay(message.subject, payload).catch((err: unknown) => this.log.warn(`could not relay ${message.subject}: ${describeError(err)}`));
        }
        this.following.delete(messages);
      } catch (err) {
        if (this.stopped) return;
        this.log.warn(`cannot follow ${stream} yet (${describeError(err)}); trying again`);
      }
      if (!this.stopped) await sleep(RETRY_MS);
    }
  }

  /**
   * Speech-recognition progress is core NATS (kept by no stream: a lost one is replaced by the
   * next), so it is the one subject read by subscription; checked against the store like the rest.
   */
  private async followProgress(): Promise<void> {
    this.progress = this.connection.subscribe(Events.transcriptionProgress.subject);
    for await (const message of this.progress) {
      let payload: unknown;
      try {
        payload = message.json();
      } catch {
        continue;
      }
      await this.relay(message.subject, payload).catch((err: unknown) => this.log.warn(`could not relay ${message.subject}: ${describeError(err)}`));
    }
  }

  /** One event from the streams, to the sockets that may hear of it. */
  async relay(subject: string, payload: unknown): Promise<void> {
    const version = (payload as { version?: unknown } | null)?.version;
    // Subjects the browser does not hear about (or a producer's newer version) are not an error.
    if (typeof version !== 'number' || !eventDefinitionFor(subject, version)) return;
    let event;
    try {
      event = parseEvent(subject, payload) as EventOf<Relayed>;
    } catch (err) {
      if (!(err instanceof ContractViolation)) throw err;
      this.log.warn(`dropped an invalid ${subject} event: ${err.problems.join('; ')}`);
      return;
    }
    switch (event.type) {
      case Events.callReceived.subject:
        return this.statusChanged(event, 'received');
      case Events.callTranscribed.subject:
        return this.statusChanged(event, 'transcribed');
      case Events.transcriptionProgress.subject:
        return this.transcriptionProgress(event as EventOf<typeof Events.transcriptionProgress>);
      case Events.stageFailed.subject:
        return this.stageFailed(event as EventOf<typeof Events.stageFailed>);
      case Events.journalDrafted.subject:
        return this.drafted(event as EventOf<typeof Events.journalDrafted>);
      case Events.sentimentUpdated.subject:
        return this.sentimentUpdated(event as EventOf<typeof Events.sentimentUpdated>);
    }
  }

  private async statusChanged(event: { type: string; callId: string; data: { agentId: string } }, status: 'received' | 'transcribed'): Promise<void> {
    const call = await this.storedCall(event);
    if (call) await this.live.toCall(call.agentId, 'call.updated', { callId: call._id, status }, { ops: true });
  }

  private async transcriptionProgress(event: EventOf<typeof Events.transcriptionProgress>): Promise<void> {
    const call = await this.storedCall(event);
    // A late event of an earlier pass, or of a call that has moved on, is not shown.
    if (!call || call.status !== 'received' || call.replays !== event.data.replays) return;
    await this.live.toCall(call.agentId, 'call.progress', { callId: call._id, stage: 'transcription', percent: event.data.percent });
  }

  private async stageFailed(event: EventOf<typeof Events.stageFailed>): Promise<void> {
    const call = await this.storedCall(event);
    if (!call) return;
    // Only a call the store records as failed: the reason shown is the stored one.
    if (call.status !== 'failed') {
      this.log.warn(`dropped a ${event.type} event for a call that has not failed (call ${event.callId})`);
      return;
    }
    const { stage } = event.data;
    const reason = (call.error ?? event.data.error).slice(0, 500);
    await this.live.toCall(call.agentId, 'call.updated', { callId: call._id, status: 'failed', stage, reason }, { ops: true });
    await this.live.toCall(call.agentId, 'alert', { kind: 'stageFailed', callId: call._id, agentId: call.agentId, stage }, { ops: true });
  }

  private async drafted(event: EventOf<typeof Events.journalDrafted>): Promise<void> {
    const call = await this.storedCall(event);
    if (!call) return;
    const entry = await this.journal.findByCallId(event.callId);
    // The announced revision must be stored (or a later one): the screen then reads it over REST.
    const matches = entry !== null && entry.agentId === call.agentId && entry.revision >= event.data.revision;
    if (!matches) {
      this.log.warn(`dropped a ${event.type} event that does not match the stored draft (call ${event.callId})`);
      return;
    }
    await this.live.toCall(call.agentId, 'journal.updated', { callId: call._id, revision: event.data.revision, version: entry.edited?.version ?? 0 });
    // The status as stored: a draft of a pass that a replay overtook leaves the call where the replay has it.
    if (call.status === 'drafted' || call.status === 'approved')
      await this.live.toCall(call.agentId, 'call.updated', { callId: call._id, status: 'drafted' }, { ops: true });
  }

  private async sentimentUpdated(event: EventOf<typeof Events.sentimentUpdated>): Promise<void> {
    const call = await this.storedCall(event);
    if (!call) return;
    await this.live.toCall(call.agentId, 'sentiment.updated', { callId: call._id });
    // Alerts as stored, not as announced; for the agent's supervisors.
    const alerts = (await this.journal.findByCallId(call._id))?.sentiment?.alerts.map((a) => a.kind) ?? [];
    const teamRoom = alerts.length ? await this.live.teamRoomOf(call.agentId) : undefined;
    if (teamRoom) await this.live.toRooms([teamRoom], 'alert', { kind: 'sentiment', callId: call._id, agentId: call.agentId, alerts });
  }

  /** The call the event is about, if it is stored and belongs to the agent the event names. */
  private async storedCall(event: { type: string; callId: string; data: { agentId: string } }): Promise<Call | undefined> {
    const call = await this.calls.findById(event.callId);
    if (call && call.agentId === event.data.agentId) return call;
    this.log.warn(`dropped a ${event.type} event about a call that is not stored for its agent (call ${event.callId})`);
    return undefined;
  }
}
