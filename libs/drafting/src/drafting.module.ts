import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DRAFTING_CONFIG, draftingConfigFrom, draftingEnvSchema, type DraftingConfig, type DraftingEnv } from './drafting.config.js';
import { DraftStatusSweep } from './draft-status-sweep.js';
import { DraftingWorker } from './drafting.worker.js';
import { RedactedAudio } from './redacted-audio.js';

/** The drafting worker and its status sweep. Needs ConfigModule (validated with `draftingEnvSchema`), StoreModule, MessagingModule and ScheduleModule. */
@Module({
  controllers: [DraftingWorker],
  providers: [
    RedactedAudio,
    DraftStatusSweep,
    {
      provide: DRAFTING_CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService): DraftingConfig =>
        draftingConfigFrom(Object.fromEntries(Object.keys(draftingEnvSchema.shape).map((key) => [key, config.get(key)])) as DraftingEnv),
    },
  ],
})
export class DraftingModule {}
