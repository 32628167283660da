import { Consumers } from '@samtal/messaging';
import { startService } from '@samtal/platform';
import { AppModule } from './app.module.js';

await startService({
  name: 'transcriber',
  module: AppModule,
  workers: (config) => [
    { consumer: Consumers.transcriber, concurrency: config.getOrThrow<number>('TRANSCRIBER_CONCURRENCY') },
    { consumer: Consumers.failedTranscriptions, concurrency: 1 },
  ],
});
