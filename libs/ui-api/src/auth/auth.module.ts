import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { UiApiEnv } from '../ui-api.config.js';
import { ActiveUsers } from './active-users.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { Authenticator } from './authenticator.service.js';
import { DemoUsers } from './demo-users.js';
import { PasswordCheck } from './password.js';
import { RolesGuard } from './roles.guard.js';
import { TokenService } from './token.service.js';

/** Login, access tokens, live revocation, and the guards every other part of the API uses. */
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
  controllers: [AuthController],
  providers: [TokenService, ActiveUsers, Authenticator, PasswordCheck, AuthService, AuthGuard, RolesGuard, DemoUsers],
  exports: [TokenService, ActiveUsers, Authenticator, AuthGuard, RolesGuard],
})
export class AuthModule {}
