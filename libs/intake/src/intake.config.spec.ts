import { serviceEnv, validateEnv } from '@samtal/platform';
import { describe, expect, it } from 'vitest';
import { intakeEnvSchema } from './intake.config.js';

describe("ingest's configuration", () => {
  const env = { PORT: '3001', NATS_URL: 'nats://n:4222', NATS_USER: 'ingest', NATS_PASSWORD: 'p', MONGO_URL: 'mongodb://m/samtal' };

  it('listens on loopback unless HOST says otherwise, and has per-source quotas', () => {
    const parsed = validateEnv(serviceEnv(intakeEnvSchema.shape))(env);
    expect(parsed).toMatchObject({ HOST: '127.0.0.1', SOURCE_UPLOADS_PER_MINUTE: 120, SOURCE_MB_PER_HOUR: 10_240 });
    expect(parsed).not.toHaveProperty('INGEST_FALLBACK_AGENT');
    expect(validateEnv(serviceEnv(intakeEnvSchema.shape))({ ...env, HOST: '0.0.0.0' })).toMatchObject({ HOST: '0.0.0.0' });
  });

  it('refuses a fallback queue that is not an agent id', () => {
    expect(() => validateEnv(serviceEnv(intakeEnvSchema.shape))({ ...env, INGEST_FALLBACK_AGENT: 'team queue!' })).toThrow(/INGEST_FALLBACK_AGENT/);
  });
});
