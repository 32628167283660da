import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard.js';
import { CallsController } from './calls.controller.js';
import { LiveGateway } from './live.gateway.js';
import { NotificationsController } from './notifications.controller.js';
import { TokenService } from './token.service.js';
import type { UiApiEnv } from './ui-api.config.js';

/** The browser's API: REST reads and the live Socket.IO channel. Needs ConfigModule and StoreModule. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<UiApiEnv, true>) => ({
        secret: config.get('JWT_SECRET', { infer: true }),
        signOptions: { expiresIn: config.get('JWT_TTL_SECONDS', { infer: true }) },
      }),
    }),
  ],
  controllers: [CallsController, NotificationsController],
  providers: [TokenService, AuthGuard, LiveGateway],
  exports: [TokenService],
})
export class UiApiModule {}
