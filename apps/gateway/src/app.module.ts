import { Module } from '@nestjs/common';
import { CallQueue, CallQueueModule } from '@samtal/intake';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { OpsModule, UiApiModule, uiApiEnvSchema } from '@samtal/ui-api';
import { z } from 'zod';

export const gatewayEnv = serviceEnv({
  ...uiApiEnvSchema.shape,
  /** The built browser app; served at `/`. */
  WEB_ROOT: z.string().optional(),
});

@Module({
  imports: [
    PlatformModule.forService('gateway', gatewayEnv),
    UiApiModule,
    OpsModule.forRoot({ imports: [CallQueueModule], queue: CallQueue }),
  ],
})
export class AppModule {}
