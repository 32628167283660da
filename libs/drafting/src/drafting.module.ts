import { Module } from '@nestjs/common';
import { DraftingWorker } from './drafting.worker.js';
import { RedactedAudio } from './redacted-audio.js';

/** The drafting worker. Needs StoreModule and MessagingModule. */
@Module({ controllers: [DraftingWorker], providers: [RedactedAudio] })
export class DraftingModule {}
