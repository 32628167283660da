import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { isStorageError } from './storage-errors.js';

/**
 * Storage busy or out of reach (FerretDB's SQLITE_BUSY, a MongoDB election, an unreachable
 * server) is not a bug in the request: answer 503 with Retry-After, so the client (a telephony
 * platform, a browser) tries again, instead of a bare 500. Every route, guards included (a
 * source's API key is looked up before the upload is read).
 */
@Catch()
export class StorageUnavailableFilter extends BaseExceptionFilter implements ExceptionFilter {
  private readonly log = new Logger(StorageUnavailableFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || !(exception instanceof Error) || !isStorageError(exception)) {
      return super.catch(exception, host);
    }
    this.log.warn(`storage busy or unavailable: ${exception.name}`);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .set('Retry-After', '5')
      .json({ statusCode: 503, error: 'Service Unavailable', message: 'storage is busy or unavailable; nothing was stored, please retry' });
  }
}
