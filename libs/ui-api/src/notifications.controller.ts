import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload, Transport } from '@nestjs/microservices';
import { ContractViolation, Events, parseEvent, type EventOf } from '@samtal/contracts';
import { LiveGateway } from './live.gateway.js';

type UiEvent = (typeof Events)[keyof typeof Events];

/** Event ids seen lately. A repeated publish (a worker redoing a step after a crash) reaches
 * core subscribers even when JetStream drops it from the stream; ids repeat, so drop it here. */
class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

/**
 * Relays events from NATS to browsers. Every gateway instance subscribes (no queue group),
 * so each reaches its own sockets. Clients re-read calls over REST when they (re)connect,
 * so a notification missed while offline loses nothing.
 */
@Controller()
export class NotificationsController {
  private readonly log = new Logger(NotificationsController.name);
  private readonly seen = new RecentIds();

  constructor(private readonly live: LiveGateway) {}

  @EventPattern(Events.journalDrafted.subject, Transport.NATS)
  async onJournalDrafted(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.journalDrafted>(Events.journalDrafted.subject, payload);
    if (!event) return;
    await this.live.notifyCall(event.data.agentId, event.type, event);
    await this.live.notifyCall(event.data.agentId, 'call.updated', { callId: event.callId, status: 'drafted' }, true);
  }

  @EventPattern(Events.sentimentUpdated.subject, Transport.NATS)
  async onSentimentUpdated(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.sentimentUpdated>(Events.sentimentUpdated.subject, payload);
    if (event) await this.live.notifyCall(event.data.agentId, event.type, event);
  }

  /** Status only (no content): the agent's call list and the ops view follow the pipeline. */
  @EventPattern(Events.callReceived.subject, Transport.NATS)
  async onCallReceived(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.callReceived>(Events.callReceived.subject, payload);
    if (event) await this.live.notifyCall(event.data.agentId, 'call.updated', { callId: event.callId, status: 'received' }, true);
  }

  @EventPattern(Events.callTranscribed.subject, Transport.NATS)
  async onCallTranscribed(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.callTranscribed>(Events.callTranscribed.subject, payload);
    if (event) await this.live.notifyCall(event.data.agentId, 'call.updated', { callId: event.callId, status: 'transcribed' }, true);
  }

  @EventPattern(Events.transcriptionFailed.subject, Transport.NATS)
  async onTranscriptionFailed(@Payload() payload: unknown): Promise<void> {
    const event = this.validate<typeof Events.transcriptionFailed>(Events.transcriptionFailed.subject, payload);
    if (!event) return;
    await this.live.notifyCall(event.data.agentId, event.type, event, true);
    await this.live.notifyCall(event.data.agentId, 'call.updated', { callId: event.callId, status: 'failed' }, true);
  }

  private validate<E extends UiEvent>(subject: string, payload: unknown): EventOf<E> | undefined {
    try {
      const event = parseEvent(subject, payload) as EventOf<E>;
      return this.seen.first(event.id) ? event : undefined;
    } catch (err) {
      if (!(err instanceof ContractViolation)) throw err;
      this.log.warn(`dropped an invalid ${subject} event: ${err.problems.join('; ')}`);
      return undefined;
    }
  }
}
