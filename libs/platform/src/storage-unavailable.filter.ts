import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

const UNAVAILABLE = /^Mongo(ose)?(ServerSelection|Network|NetworkTimeout|NotConnected|TopologyClosed)Error$/;

/**
 * MongoDB out of reach is not a bug in the request: answer 503 with Retry-After, so the
 * client (a telephony platform, a browser) tries again, instead of a bare 500.
 */
@Catch()
export class StorageUnavailableFilter extends BaseExceptionFilter implements ExceptionFilter {
  private readonly log = new Logger(StorageUnavailableFilter.name);

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || !(exception instanceof Error) || !UNAVAILABLE.test(exception.name)) {
      return super.catch(exception, host);
    }
    this.log.warn(`storage unavailable: ${exception.name}`);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .set('Retry-After', '5')
      .json({ statusCode: 503, error: 'Service Unavailable', message: 'storage is unavailable; nothing was stored, please retry' });
  }
}
