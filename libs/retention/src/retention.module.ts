import { Module } from '@nestjs/common';
import { RetentionJob } from './retention.job.js';

/** The retention job. Needs ConfigModule (with `retentionEnvSchema`) and StoreModule. */
@Module({ providers: [RetentionJob], exports: [RetentionJob] })
export class RetentionModule {}
