import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CallQueueModule } from '@samtal/calls';
import { MulterModule } from '@nestjs/platform-express';
import { ThrottlerModule } from '@nestjs/throttler';
import { SourceAuthGuard, SourceRateGuard, SourceVolumeGuard, type SourceRequest } from './source-auth.guard.js';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeEnv } from './intake.config.js';
import { IntakeService } from './intake.service.js';
import { Outbox } from './outbox.js';
import { UploadController } from './upload.controller.js';

/** The HTTP upload of recordings, with its outbox. Needs ConfigModule, StoreModule and MessagingModule. */
@Module({
  imports: [
    CallQueueModule,
    // The per-source rate quota: a source's own (samtal sources add --uploads-per-minute) or the default.
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IntakeEnv, true>) => ({
        throttlers: [
          {
            ttl: 60_000,
            limit: (context) =>
              context.switchToHttp().getRequest<SourceRequest>().source?.uploadsPerMinute ?? config.get('SOURCE_UPLOADS_PER_MINUTE', { infer: true }),
          },
        ],
      }),
    }),
    MulterModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IntakeEnv, true>) => {
        const dest = config.get('UPLOAD_DIR', { infer: true }) ?? join(tmpdir(), 'samtal-uploads');
        mkdirSync(dest, { recursive: true, mode: 0o700 });
        return {
          dest,
          limits: { fileSize: config.get('MAX_UPLOAD_BYTES', { infer: true }), files: 2, fields: 10, parts: 12 },
        };
      },
    }),
  ],
  controllers: [UploadController],
  providers: [IntakeService, Outbox, SourceAuthGuard, SourceRateGuard, SourceVolumeGuard],
})
export class IntakeModule {}
