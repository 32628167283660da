import { Module } from '@nestjs/common';
import { TranscriptionWorker } from './transcription.worker.js';

/** The transcription worker. Needs StoreModule and MessagingModule. */
@Module({ controllers: [TranscriptionWorker] })
export class TranscriptionModule {}
