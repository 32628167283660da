import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ActiveUsers } from './active-users.service.js';
import { AuthController } from './auth.controller.js';
import { Authenticator } from './authenticator.service.js';
import { AuthGuard } from './auth.guard.js';
import { CallAccess } from './call-access.service.js';
import { CallsController, JournalEditPipe } from './calls.controller.js';
import { DashboardController } from './dashboard.controller.js';
import { DemoUsers } from './demo-users.js';
import { JournalEditing } from './journal-editing.service.js';
import { LiveGateway } from './live.gateway.js';
import { NotificationsController } from './notifications.controller.js';
import { PasswordCheck } from './password.js';
import { RolesGuard } from './roles.js';
import { TokenService } from './token.service.js';
import { TopicsController } from './topics.controller.js';
import { Topics } from './topics.service.js';
import type { UiApiEnv } from './ui-api.config.js';

/** The browser's API: login, calls, journal editing, dashboard, topics, and the live Socket.IO channel (ops: `OpsModule`). */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<UiApiEnv, true>) => ({
        secret: config.get('JWT_SECRET', { infer: true }),
        signOptions: { expiresIn: config.get('JWT_TTL_SECONDS', { infer: true }) },
      }),
    }),
    // Login attempts: 10 a minute per client address.
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
  ],
  controllers: [AuthController, CallsController, DashboardController, TopicsController, NotificationsController],
  providers: [
    TokenService,
    ActiveUsers,
    Authenticator,
    PasswordCheck,
    AuthGuard,
    RolesGuard,
    CallAccess,
    Topics,
    JournalEditPipe,
    JournalEditing,
    LiveGateway,
    DemoUsers,
  ],
  exports: [TokenService, ActiveUsers, Authenticator, AuthGuard, RolesGuard],
})
export class UiApiModule {}
