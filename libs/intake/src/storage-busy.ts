import { Catch, ServiceUnavailableException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/** Storage could not take the upload now: 503 with Retry-After, nothing stored. */
export class StorageBusy extends ServiceUnavailableException {}

const RETRY_AFTER_S = 5;

/** One classification for the upload and every other route (`StorageUnavailableFilter`). */
export { isStorageError } from '@samtal/platform';

/** Adds Retry-After to a 503 from the upload (the telephony platform retries then). */
@Catch(ServiceUnavailableException)
export class RetryAfterFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(503).set('Retry-After', String(RETRY_AFTER_S)).json(exception.getResponse());
  }
}
