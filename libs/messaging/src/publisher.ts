import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { Headers, type AnyEventDefinition, type EventOf } from '@samtal/contracts';

/**
 * Publishes events to JetStream. The event id is the message id, so a retried publish is
 * harmless: JetStream drops a repeat within its duplicate window.
 */
export class EventPublisher {
  constructor(
    private readonly js: JetStreamClient,
    /** For events that no stream keeps (progress): fire and forget. */
    private readonly nc?: NatsConnection,
  ) {}

  /** Resolves with JetStream's acknowledgement (`duplicate`: an earlier publish with this id was stored). */
  async publish<E extends AnyEventDefinition>(event: EventOf<E>): Promise<PubAck> {
    const headers = natsHeaders();
    headers.set(Headers.callId, event.callId);
    headers.set(Headers.eventType, event.type);
    headers.set(Headers.eventVersion, String(event.version));
    return this.js.publish(event.type, JSON.stringify(event), { msgID: event.id, headers });
  }

  /**
   * Publishes on core NATS, kept by no stream, unacknowledged: for events a later one replaces
   * (progress). Never throws; a lost one does no harm.
   */
  publishTransient<E extends AnyEventDefinition>(event: EventOf<E>): void {
    if (!this.nc || this.nc.isClosed()) return;
    const headers = natsHeaders();
    headers.set(Headers.callId, event.callId);
    headers.set(Headers.eventType, event.type);
    headers.set(Headers.eventVersion, String(event.version));
    try {
      this.nc.publish(event.type, JSON.stringify(event), { headers });
    } catch {
      // Disconnected or draining: the next progress event, or the final status, says the same.
    }
  }
}
