import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload, Transport } from '@nestjs/microservices';
import { ContractViolation, Events, UiEvents, parseEvent, type EventOf } from '@samtal/contracts';
import { CallsRepository, JournalRepository, type Call } from '@samtal/store';
import { LRUCache } from 'lru-cache';
import { LiveGateway } from './live.gateway.js';

type UiEvent = (typeof Events)[keyof typeof Events];

/**
 * Relays events from NATS to browsers, as notifications that carry ids and statuses only: the
 * browser reads the content over REST. Each event is checked against the stored documents first
 * (the call exists and belongs to the agent named; a draft is the one stored), and is routed by
 * the stored call, so an event forged on NATS reaches no screen and names no one else's call.
 * Every gateway instance subscribes (no queue group), so each reaches its own sockets. Clients
 * re-read calls over REST when they (re)connect, so a notification missed while offline loses nothing.
 */
@Controller()
export class NotificationsController {
  private readonly log = new Logger(NotificationsController.name);
  /** Event ids seen lately. A repeated publish (a worker redoing a step after a crash) reaches
   * core subscribers even when JetStream drops it from the stream; ids repeat, so drop it here. */
  private readonly seen = new LRUCache<string, true>({ max: 10_000 });

  constructor(
    private readonly live: LiveGateway,
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
  ) {}

  @EventPattern(Events.journalDrafted.subject, Transport.NATS)
  async onJournalDrafted(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.journalDrafted>(Events.journalDrafted.subject, payload);
    const call = event && (await this.storedCall(event));
    if (!event || !call) return;
    const entry = await this.journal.findByCallId(event.callId);
    // The stored draft must be the announced one (or a later revision of it).
    const matches =
      entry !== null &&
      entry.agentId === call.agentId &&
      (entry.revision > event.data.revision || (entry.revision === event.data.revision && entry.draft.text === event.data.draft.text));
    if (!matches) {
      this.log.warn(`dropped a ${event.type} event that does not match the stored draft (call ${event.callId})`);
      return;
    }
    await this.live.notifyCall(call.agentId, UiEvents.journalDrafted, { callId: call._id, revision: event.data.revision });
    await this.live.notifyCall(call.agentId, UiEvents.callUpdated, { callId: call._id, status: 'drafted' }, true);
  }

  @EventPattern(Events.sentimentUpdated.subject, Transport.NATS)
  async onSentimentUpdated(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.sentimentUpdated>(Events.sentimentUpdated.subject, payload);
    const call = event && (await this.storedCall(event));
    if (call) await this.live.notifyCall(call.agentId, UiEvents.sentimentUpdated, { callId: call._id });
  }

  @EventPattern(Events.callReceived.subject, Transport.NATS)
  async onCallReceived(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.callReceived>(Events.callReceived.subject, payload);
    const call = event && (await this.storedCall(event));
    if (call) await this.live.notifyCall(call.agentId, UiEvents.callUpdated, { callId: call._id, status: 'received' }, true);
  }

  @EventPattern(Events.callTranscribed.subject, Transport.NATS)
  async onCallTranscribed(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.callTranscribed>(Events.callTranscribed.subject, payload);
    const call = event && (await this.storedCall(event));
    if (call) await this.live.notifyCall(call.agentId, UiEvents.callUpdated, { callId: call._id, status: 'transcribed' }, true);
  }

  @EventPattern(Events.transcriptionFailed.subject, Transport.NATS)
  async onTranscriptionFailed(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.transcriptionFailed>(Events.transcriptionFailed.subject, payload);
    const call = event && (await this.storedCall(event));
    if (!call) return;
    // Only a call the store records as failed: the reason itself is read over REST by ops.
    if (call.status !== 'failed') {
      this.log.warn(`dropped a ${event.type} event for a call that has not failed (call ${event.callId})`);
      return;
    }
    await this.live.notifyCall(call.agentId, UiEvents.transcriptionFailed, { callId: call._id, status: 'failed' }, true);
    await this.live.notifyCall(call.agentId, UiEvents.callUpdated, { callId: call._id, status: 'failed' }, true);
  }

  /** The call the event is about, if it is stored and belongs to the agent the event names. */
  private async storedCall(event: { type: string; callId: string; data: { agentId: string } }): Promise<Call | undefined> {
    const call = await this.calls.findById(event.callId);
    if (call && call.agentId === event.data.agentId) return call;
    this.log.warn(`dropped a ${event.type} event about a call that is not stored for its agent (call ${event.callId})`);
    return undefined;
  }

  private validate<E extends UiEvent>(subject: string, payload: unknown): EventOf<E> | undefined {
    try {
      const event = parseEvent(subject, payload) as EventOf<E>;
      if (this.seen.has(event.id)) return undefined;
      this.seen.set(event.id, true);
      return event;
    } catch (err) {
      if (!(err instanceof ContractViolation)) throw err;
      this.log.warn(`dropped an invalid ${subject} event: ${err.problems.join('; ')}`);
      return undefined;
    }
  }
}
