import { Catch, ServiceUnavailableException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/** Storage could not take the upload now: 503 with Retry-After, nothing stored. */
export class StorageBusy extends ServiceUnavailableException {}

const RETRY_AFTER_S = 5;
const UNREACHABLE = /^Mongo(ose)?(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared|WriteConcern)Error$/;
/** Server errors that a retry may not meet: lock contention (FerretDB on SQLite), elections, shutdowns, timeouts. */
const TRANSIENT_CODES = new Set([6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);
const TRANSIENT_MESSAGE = /database is locked|SQLITE_BUSY|busy|timed? ?out|interrupted|not primary|connection/i;

export function isStorageError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (UNREACHABLE.test(err.name)) return true;
  if (err.name !== 'MongoServerError' && err.name !== 'MongoError') return false;
  const { code, errorLabels } = err as Error & { code?: number; errorLabels?: string[] };
  return (
    (code !== undefined && TRANSIENT_CODES.has(code)) ||
    (errorLabels ?? []).some((l) => l === 'RetryableWriteError' || l === 'TransientTransactionError') ||
    TRANSIENT_MESSAGE.test(err.message)
  );
}

/** Adds Retry-After to a 503 from the upload (the telephony platform retries then). */
@Catch(ServiceUnavailableException)
export class RetryAfterFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(503).set('Retry-After', String(RETRY_AFTER_S)).json(exception.getResponse());
  }
}
