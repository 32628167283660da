import { Module } from '@nestjs/common';
import { CallQueue } from './call-queue.js';

/** Enqueueing and replay of stored calls, without the HTTP upload: for ingest, the CLI and the ops API. Needs StoreModule and MessagingModule. */
@Module({ providers: [CallQueue], exports: [CallQueue] })
export class CallQueueModule {}
