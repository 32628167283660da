import { Headers, deadLetterSubject } from '@samtal/contracts';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import type { JetStreamClient } from '@nats-io/jetstream';

/** What a dead-letter handler receives: the original message, kept verbatim, and why it failed. */
export interface DeadLetter {
  /** The subject the message was first published on, e.g. `calls.received`. */
  subject: string;
  callId?: string;
  reason: string;
  attempts: number;
  /** The original payload, unparsed: it may be the very thing that was invalid. */
  payload: Uint8Array;
}

export async function publishDeadLetter(
  js: JetStreamClient,
  original: { subject: string; data: Uint8Array; headers?: MsgHdrs; stream: string; seq: number },
  reason: string,
  attempts: number,
): Promise<void> {
  const headers = natsHeaders();
  for (const [key, values] of original.headers ?? []) for (const value of values) headers.append(key, value);
  headers.set(Headers.deadLetterReason, reason.slice(0, 500));
  headers.set(Headers.deadLetterAttempts, String(attempts));
  headers.set(Headers.deadLetterSubject, original.subject);
  // The id is the original's stream position: the in-process path and the
  // max-deliveries advisory path may both fire for one message, and only one copy is kept.
  await js.publish(deadLetterSubject(original.subject), original.data, {
    headers,
    msgID: `dead-letter:${original.stream}:${original.seq}`,
  });
}

export function readDeadLetter(subject: string, data: Uint8Array, headers: MsgHdrs | undefined): DeadLetter {
  return {
    subject: headers?.get(Headers.deadLetterSubject) || subject.replace(/^dlq\./, ''),
    callId: headers?.get(Headers.callId) || undefined,
    reason: headers?.get(Headers.deadLetterReason) || 'unknown',
    attempts: Number(headers?.get(Headers.deadLetterAttempts) || 0),
    payload: data,
  };
}
