import { Consumers } from '@samtal/messaging';
import { startService } from '@samtal/platform';
import { AppModule } from './app.module.js';

await startService({
  name: 'journal',
  module: AppModule,
  workers: (config) => [
    { consumer: Consumers.journal, concurrency: config.getOrThrow<number>('JOURNAL_CONCURRENCY') },
    { consumer: Consumers.failedDrafts, concurrency: 1 },
  ],
});
