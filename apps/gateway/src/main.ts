import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import { startService } from '@samtal/platform';
import { SizedIoAdapter } from '@samtal/ui-api';
import { fileURLToPath } from 'node:url';
import { AppModule } from './app.module.js';

await startService({
  name: 'gateway',
  module: AppModule,
  openApi: { title: 'Samtal gateway', description: 'Calls, drafts and sentiment for the browser UI' },
  configure: (app) => {
    const config = app.get(ConfigService);
    app.useWebSocketAdapter(new SizedIoAdapter(app, config.getOrThrow<number>('SOCKET_MAX_BYTES')));
    const webRoot = config.get<string>('WEB_ROOT') ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
    (app as NestExpressApplication).useStaticAssets(webRoot, { index: 'index.html' });
  },
});
