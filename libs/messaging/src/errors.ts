/**
 * A failure that no retry can fix (bad input, unsupported format). The message goes
 * to the dead-letter path at once instead of spending its remaining deliveries.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentError';
  }
}

/**
 * A short, content-free description of an error, safe for logs and dead letters. A permanent
 * error that wraps another is described by the wrapped one: its class says what went wrong
 * (`DamagedRecording: …`), and the UI words the failure by that class.
 */
export function describeError(err: unknown): string {
  if (err instanceof PermanentError && err.cause instanceof Error) return describeError(err.cause);
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  if (typeof err === 'object' && err !== null && 'message' in err) return String(err.message).slice(0, 500);
  return String(err).slice(0, 500);
}
