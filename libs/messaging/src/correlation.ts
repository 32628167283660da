import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The call a piece of work belongs to. Set where a message or request enters a service,
 * read by the logger and by publishers, so the call id follows the work through NATS headers.
 */
const storage = new AsyncLocalStorage<{ callId: string }>();

export function runWithCallId<T>(callId: string, fn: () => T): T {
  return storage.run({ callId }, fn);
}

export function currentCallId(): string | undefined {
  return storage.getStore()?.callId;
}
