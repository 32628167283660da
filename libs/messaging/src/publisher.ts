import type { JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { Headers, type AnyEventDefinition, type EventOf } from '@samtal/contracts';

/**
 * Publishes events to JetStream. The event id is the message id, so a retried publish is
 * harmless: JetStream drops a repeat within its duplicate window.
 */
export class EventPublisher {
  constructor(private readonly js: JetStreamClient) {}

  async publish<E extends AnyEventDefinition>(event: EventOf<E>): Promise<void> {
    const headers = natsHeaders();
    headers.set(Headers.callId, event.callId);
    headers.set(Headers.eventType, event.type);
    headers.set(Headers.eventVersion, String(event.version));
    await this.js.publish(event.type, JSON.stringify(event), { msgID: event.id, headers });
  }
}
