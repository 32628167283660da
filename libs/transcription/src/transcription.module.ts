import { Module } from '@nestjs/common';
import { TranscriptionWorker } from './transcription.worker.js';
import { SpeechRecogniser } from './speech-recogniser.js';

/** The transcription worker. Needs ConfigModule (with `transcriptionEnvSchema`), StoreModule and MessagingModule. */
@Module({ controllers: [TranscriptionWorker], providers: [SpeechRecogniser] })
export class TranscriptionModule {}
