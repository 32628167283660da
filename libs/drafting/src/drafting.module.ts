import { Module } from '@nestjs/common';
import { DraftingWorker } from './drafting.worker.js';

/** The drafting worker. Needs StoreModule and MessagingModule. */
@Module({ controllers: [DraftingWorker] })
export class DraftingModule {}
