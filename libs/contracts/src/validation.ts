import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { EnvelopeSchema, eventDefinitionFor, type AnyEventDefinition, type Envelope, type EventOf } from './events.js';

/** Raised when a message or request does not match its contract. */
export class ContractViolation extends Error {
  constructor(
    message: string,
    /** Where the input was wrong, as paths and codes only: values may hold personal data. */
    readonly problems: string[],
  ) {
    super(`${message}: ${problems.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

/** Describes zod issues without echoing the offending values. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
}

export function parseWith<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ContractViolation(`invalid ${what}`, describeIssues(result.error));
  return result.data;
}

/** Validates an incoming envelope against the contract registered for its subject and version. */
export function parseEvent(subject: string, payload: unknown): Envelope {
  const envelope = parseWith(EnvelopeSchema, payload, `event on ${subject}`);
  if (envelope.type !== subject) {
    throw new ContractViolation(`event on ${subject}`, [`type: expected ${subject}`]);
  }
  const def = eventDefinitionFor(subject, envelope.version);
  if (!def) throw new ContractViolation(`event on ${subject}`, [`version: ${envelope.version} is not supported`]);
  return { ...envelope, data: parseWith(def.data, envelope.data, `${subject} v${envelope.version} data`) };
}

/** Namespace of Samtal's name-based event ids (RFC 9562 version 5). */
const EVENT_ID_NAMESPACE = 'c2a7d4c6-2d0e-4b73-9a51-8f3f0f4f6a10';

/** The id of the logical event a `key` names (see `createEvent`): the same key, the same id. */
export function eventIdFor(key: string): string {
  return uuidv5(key, EVENT_ID_NAMESPACE);
}

/** The key of a call's `calls.transcribed` for one pass: one event per call and replay. */
export const callTranscribedKey = (callId: string, pass: number): string => `transcribed:${callId}:${pass}`;

/**
 * Builds a validated envelope for publishing. With a `key` naming the logical event
 * (e.g. `transcribed:<callId>:<replay>`), the id is derived from it: publishing the same
 * event again yields the same id, so JetStream drops the repeat and consumers recognise it.
 */
export function createEvent<E extends AnyEventDefinition>(
  def: E,
  callId: string,
  data: z.input<E['data']>,
  key?: string,
): EventOf<E> {
  return {
    id: key ? eventIdFor(key) : crypto.randomUUID(),
    type: def.subject,
    version: def.version,
    callId,
    occurredAt: new Date().toISOString(),
    data: parseWith(def.data, data, `${def.subject} v${def.version} data`),
  } as EventOf<E>;
}
