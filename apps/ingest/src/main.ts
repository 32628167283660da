import { startService } from '@samtal/platform';
import { AppModule } from './app.module.js';

await startService({
  name: 'ingest',
  module: AppModule,
  openApi: { title: 'Samtal ingest', description: 'Upload call recordings for transcription and drafting' },
});
