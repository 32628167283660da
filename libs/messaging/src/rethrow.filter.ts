import { Catch, Controller, UseFilters, applyDecorators, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest turns a handler's unknown error into a generic "Internal server error". The
 * JetStream transport needs the error itself: its type and message decide between a
 * retry and a dead letter, and the message becomes the dead letter's reason.
 */
@Catch()
export class RethrowToTransportFilter implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/** Marks a class whose `@EventPattern` handlers are fed by the JetStream transport. */
export const JetStreamWorker = () => applyDecorators(Controller(), UseFilters(new RethrowToTransportFilter()));
