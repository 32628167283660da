import { Consumers } from '@samtal/messaging';
import { startService } from '@samtal/platform';
import { AppModule } from './app.module.js';

await startService({
  name: 'transcriber',
  module: AppModule,
  workers: (config) => [
    // Two lanes: sidecar calls never wait behind speech recognition.
    { consumer: Consumers.transcriber, concurrency: config.getOrThrow<number>('SIDECAR_CONCURRENCY') },
    // (Recognition has its own time limit, 60 s + 5 × the audio: no fixed deadline fits every recording.)
    { consumer: Consumers.speechRecognition, concurrency: config.getOrThrow<number>('TRANSCRIBER_CONCURRENCY'), ownTimeLimit: true },
    { consumer: Consumers.failedTranscriptions, concurrency: 1 },
  ],
});
