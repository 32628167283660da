/** Driver errors that mean MongoDB is out of reach (or the pool was reset): nothing to do but retry later. */
const UNREACHABLE = /^Mongo(ose)?(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed|PoolCleared|WriteConcern)Error$/;
/** Server errors that a retry may not meet: lock contention (FerretDB on SQLite), elections, shutdowns, timeouts. */
const TRANSIENT_CODES = new Set([6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);
const TRANSIENT_MESSAGE = /database is locked|SQLITE_BUSY|busy|timed? ?out|interrupted|not primary|connection/i;

/**
 * Whether an error is storage being busy or away (FerretDB's SQLITE_BUSY, a MongoDB election or
 * an unreachable server) rather than a bug: the request may succeed if the client retries.
 */
export function isStorageError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (UNREACHABLE.test(err.name)) return true;
  if (err.name !== 'MongoServerError' && err.name !== 'MongoError' && err.name !== 'MongoBulkWriteError') return false;
  const { code, errorLabels } = err as Error & { code?: number; errorLabels?: string[] | Set<string> };
  return (
    (code !== undefined && TRANSIENT_CODES.has(code)) ||
    [...(errorLabels ?? [])].some((l) => l === 'RetryableWriteError' || l === 'TransientTransactionError') ||
    TRANSIENT_MESSAGE.test(err.message)
  );
}
