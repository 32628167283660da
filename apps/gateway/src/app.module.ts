import { Module } from '@nestjs/common';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { UiApiModule, uiApiEnvSchema } from '@samtal/ui-api';
import { z } from 'zod';

export const gatewayEnv = serviceEnv({
  ...uiApiEnvSchema.shape,
  /** The built browser app; served at `/`. */
  WEB_ROOT: z.string().optional(),
});

@Module({
  imports: [PlatformModule.forService('gateway', gatewayEnv), UiApiModule],
})
export class AppModule {}
