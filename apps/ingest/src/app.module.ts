import { Module } from '@nestjs/common';
import { IntakeModule, intakeEnvSchema } from '@samtal/intake';
import { PlatformModule, serviceEnv } from '@samtal/platform';

@Module({ imports: [PlatformModule.forService('ingest', serviceEnv(intakeEnvSchema.shape)), IntakeModule] })
export class AppModule {}
