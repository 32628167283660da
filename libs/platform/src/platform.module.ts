import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { MessagingModule } from '@samtal/messaging';
import { StoreModule } from '@samtal/store';
import type { z } from 'zod';
import { checkNatsCredentials, messagingOptionsFrom, mongoEnvSchema, natsEnvSchema, serviceEnvSchema, validateEnv, type MongoEnv, type NatsEnv } from './config.js';
import { HealthModule } from './health.module.js';

/** The settings every service shares, extended with a service's own. */
export function serviceEnv<S extends z.ZodRawShape>(own: S) {
  return serviceEnvSchema.extend(natsEnvSchema.shape).extend(mongoEnvSchema.shape).extend(own).superRefine(checkNatsCredentials);
}

/**
 * What every Samtal service stands on: validated configuration from the environment,
 * NATS JetStream (topology declared), MongoDB, GET /health reporting both, and the scheduler.
 */
@Module({})
export class PlatformModule {
  static forService(name: string, envSchema: z.ZodType<Record<string, unknown>>): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: validateEnv(envSchema) }),
        MessagingModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<NatsEnv, true>) => messagingOptionsFrom(config, name),
        }),
        StoreModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<MongoEnv, true>) => ({ uri: config.get('MONGO_URL') }),
        }),
        HealthModule,
        // Timers (ingest's outbox sweep, retention) are registered with @nestjs/schedule, which stops them on shutdown.
        ScheduleModule.forRoot(),
      ],
    };
  }
}
