import { Module } from '@nestjs/common';
import { IntakeModule, intakeEnvSchema } from '@samtal/intake';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { RetentionModule, retentionEnvSchema } from '@samtal/retention';

@Module({
  imports: [
    PlatformModule.forService('ingest', serviceEnv({ ...intakeEnvSchema.shape, ...retentionEnvSchema.shape })),
    IntakeModule,
    // Ingest also runs the retention job: it owns the recordings' lifecycle.
    RetentionModule,
  ],
})
export class AppModule {}
