import type { ConsumerDeserializer, IncomingEvent } from '@nestjs/microservices';
import type { Msg } from '@nats-io/transport-node';

/**
 * For Nest's core-NATS transport: every message on a subject is a Samtal envelope, handed
 * to the `@EventPattern(subject)` handler whole. (Nest's default would mistake the
 * envelope's own `data` field for its internal packet format and pass only that.)
 */
export class EnvelopeDeserializer implements ConsumerDeserializer {
  deserialize(message: Msg, options?: { channel?: string }): IncomingEvent {
    let data: unknown;
    try {
      data = message.json();
    } catch {
      data = undefined; // the handler's contract check reports it
    }
    return { pattern: options?.channel ?? message.subject, data };
  }
}
