import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload, Transport } from '@nestjs/microservices';
import { ContractViolation, Events, parseEvent, type EventOf } from '@samtal/contracts';
import { LiveGateway } from './live.gateway.js';
import { Rooms } from './principal.js';

/**
 * Relays UI-facing events from NATS to browsers. Every gateway instance subscribes (no
 * queue group), so each reaches its own sockets. The draft is re-read from MongoDB when a
 * client (re)connects, so a notification missed while offline loses nothing.
 */
@Controller()
export class NotificationsController {
  private readonly log = new Logger(NotificationsController.name);

  constructor(private readonly live: LiveGateway) {}

  @EventPattern(Events.journalDrafted.subject, Transport.NATS)
  onJournalDrafted(@Payload() payload: unknown): void {
    const event = this.validate<typeof Events.journalDrafted>(Events.journalDrafted.subject, payload);
    if (event) this.live.notify(event.type, event.data.agentId, event);
  }

  @EventPattern(Events.sentimentUpdated.subject, Transport.NATS)
  onSentimentUpdated(@Payload() payload: unknown): void {
    const event = this.validate<typeof Events.sentimentUpdated>(Events.sentimentUpdated.subject, payload);
    if (event) this.live.notify(event.type, event.data.agentId, event, [Rooms.supervisors]);
  }

  @EventPattern(Events.transcriptionFailed.subject, Transport.NATS)
  onTranscriptionFailed(@Payload() payload: unknown): void {
    const event = this.validate<typeof Events.transcriptionFailed>(Events.transcriptionFailed.subject, payload);
    if (event) this.live.notify(event.type, event.data.agentId, event, [Rooms.ops]);
  }

  private validate<E extends (typeof Events)[keyof typeof Events]>(subject: string, payload: unknown): EventOf<E> | undefined {
    try {
      return parseEvent(subject, payload) as EventOf<E>;
    } catch (err) {
      if (!(err instanceof ContractViolation)) throw err;
      this.log.warn(`dropped an invalid ${subject} event: ${err.problems.join('; ')}`);
      return undefined;
    }
  }
}
