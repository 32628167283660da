import { Module, type INestApplicationContext, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mongoEnvSchema, validateEnv } from '@samtal/platform';
import { StoreModule } from '@samtal/store';

@Module({})
class StoreContextModule {}

/**
 * Runs `work` in a NestJS context over the store (MONGO_URL, validated first), for the commands
 * that read or write MongoDB directly (users, sources, redaction); `providers` adds services.
 */
export async function withStore<T>(work: (app: INestApplicationContext) => Promise<T>, providers: Provider[] = []): Promise<T> {
  const { MONGO_URL } = validateEnv(mongoEnvSchema)(process.env);
  const app = await NestFactory.createApplicationContext(
    { module: StoreContextModule, imports: [StoreModule.forRootAsync({ useFactory: () => ({ uri: MONGO_URL }) })], providers },
    { logger: ['error', 'warn'] },
  );
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
