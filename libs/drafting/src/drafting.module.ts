import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DRAFTING_CONFIG, draftingConfigFrom, draftingEnvSchema, type DraftingConfig, type DraftingEnv } from './drafting.config.js';
import { DraftingWorker } from './drafting.worker.js';
import { RedactedAudio } from './redacted-audio.js';

/** The drafting worker. Needs ConfigModule (validated with `draftingEnvSchema`), StoreModule and MessagingModule. */
@Module({
  controllers: [DraftingWorker],
  providers: [
    RedactedAudio,
    {
      provide: DRAFTING_CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService): DraftingConfig =>
        draftingConfigFrom(Object.fromEntries(Object.keys(draftingEnvSchema.shape).map((key) => [key, config.get(key)])) as DraftingEnv),
    },
  ],
})
export class DraftingModule {}
