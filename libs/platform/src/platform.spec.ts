import { runWithCallId } from '@samtal/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonLogger, natsEnvSchema, serviceEnv, validateEnv } from './index.js';
import { z } from 'zod';

describe('validated configuration', () => {
  const schema = serviceEnv({ EXTRA_LIMIT: z.coerce.number().int().positive() });

  it('coerces and defaults a good environment', () => {
    const env = validateEnv(schema)({ PORT: '3001', NATS_URL: 'nats://n:4222', NATS_USER: 'ingest', NATS_PASSWORD: 'p', MONGO_URL: 'mongodb://m/samtal', EXTRA_LIMIT: '7' });
    expect(env).toMatchObject({ PORT: 3001, EXTRA_LIMIT: 7, NATS_MAX_DELIVER: 5, NATS_BACKOFF_MS: [1000, 5000, 30000, 120000], LOG_LEVEL: 'log' });
  });

  it('refuses to start with every problem listed', () => {
    expect(() => validateEnv(schema)({ PORT: 'x', MONGO_URL: 'postgres://db', EXTRA_LIMIT: '-1' })).toThrow(
      /Invalid configuration:[\s\S]*PORT[\s\S]*NATS_URL[\s\S]*MONGO_URL[\s\S]*EXTRA_LIMIT/,
    );
  });

  it('wants NATS credentials in production, complete and of one kind', () => {
    const base = { PORT: '1', NATS_URL: 'nats://n:4222', MONGO_URL: 'mongodb://m/samtal', EXTRA_LIMIT: '1' };
    expect(() => validateEnv(schema)(base)).toThrow(/NATS_USER: set NATS_USER and NATS_PASSWORD \(or NATS_CREDS\)/);
    expect(validateEnv(schema)({ ...base, NODE_ENV: 'test' })).toMatchObject({ NODE_ENV: 'test' });
    expect(validateEnv(schema)({ ...base, NATS_CREDS: '/etc/samtal/ingest.creds' })).toMatchObject({ NATS_CREDS: '/etc/samtal/ingest.creds' });
    expect(() => validateEnv(schema)({ ...base, NATS_USER: 'ingest' })).toThrow(/NATS_PASSWORD: NATS_USER and NATS_PASSWORD go together/);
    expect(() => validateEnv(schema)({ ...base, NATS_USER: 'ingest', NATS_PASSWORD: 'p', NATS_CREDS: '/x' })).toThrow(/not both/);
    expect(() => validateEnv(schema)({ ...base, NATS_CREDS: '/x', NATS_TLS_CERT: '/c.pem' })).toThrow(/NATS_TLS_KEY/);
  });

  it('takes one NATS server or a comma-separated cluster, and rejects anything else', () => {
    for (const url of ['n', 'nats://n:4222', '127.0.0.1:4222', 'tls://nats.example:4222', 'nats://n1:4222,nats://n2:4222, nats://n3:4222', 'nats://u:p@n:4222']) {
      expect(natsEnvSchema.parse({ NATS_URL: url }).NATS_URL, url).toBe(url);
    }
    for (const url of ['', 'nats://n1:4222,,nats://n2:4222', 'nats://n1:4222,', 'http://n:4222', 'nats://n:4222/path', 'nats://n:99999', 'nats://n 1:4222']) {
      expect(() => natsEnvSchema.parse({ NATS_URL: url }), url).toThrow();
    }
    expect(() => validateEnv(natsEnvSchema)({ NATS_URL: 'nats://a:4222;nats://b:4222' })).toThrow(/NATS_URL: a comma-separated list of NATS servers/);
  });

  it('parses backoff lists and rejects malformed ones', () => {
    expect(natsEnvSchema.parse({ NATS_URL: 'n', NATS_BACKOFF_MS: '10,20' }).NATS_BACKOFF_MS).toEqual([10, 20]);
    expect(() => natsEnvSchema.parse({ NATS_URL: 'n', NATS_BACKOFF_MS: '10,,x' })).toThrow();
  });
});

describe('JSON logs', () => {
  afterEach(() => vi.restoreAllMocks());

  function capture(fn: (logger: JsonLogger) => void): Record<string, unknown>[] {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    fn(new JsonLogger('transcriber', 'debug'));
    return lines.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it('writes one JSON object per line with the service and the call id of the work in hand', () => {
    const [outside, inside] = capture((logger) => {
      logger.log('started', 'Main');
      runWithCallId('call-123', () => logger.warn('retrying', 'Worker'));
    });
    expect(outside).toMatchObject({ level: 'log', message: 'started', context: 'Main', service: 'transcriber' });
    expect(outside).not.toHaveProperty('callId');
    expect(inside).toMatchObject({ level: 'warn', message: 'retrying', service: 'transcriber', callId: 'call-123' });
  });

  it('masks keys that could carry transcript text or secrets', () => {
    const [record] = capture((logger) => logger.log({ segments: [{ text: 'mitt personnummer är 811218-9876' }], count: 1 }, 'Worker'));
    const line = JSON.stringify(record);
    expect(line).not.toContain('811218-9876');
    expect(line).toContain('"count":1');
  });

  it('drops levels below the configured one', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const logger = new JsonLogger('ingest', 'warn');
    logger.log('chatty');
    logger.debug('chattier');
    logger.warn('worth knowing');
    expect(lines.join('')).not.toContain('chatty');
    expect(lines.join('')).toContain('worth knowing');
  });
});

describe('storage busy or away', () => {
  it('answers 503 with Retry-After on any route, a guard included, never 500; a bug stays a 500', async () => {
    await import('reflect-metadata');
    const { Controller, Get, Injectable, Module, UseGuards } = await import('@nestjs/common');
    const { NestFactory } = await import('@nestjs/core');
    const { mongo } = await import('mongoose');
    const { StorageUnavailableFilter, isStorageError } = await import('./index.js');
    // What FerretDB on SQLite answers when its database is locked, as the driver hands it over.
    const busy = new mongo.MongoServerError({ message: 'SQLITE_BUSY: database is locked', code: 1, codeName: 'InternalError' });
    expect(isStorageError(busy)).toBe(true);
    expect(isStorageError(new mongo.MongoServerError({ message: 'E11000 duplicate key error', code: 11000 }))).toBe(false);
    expect(isStorageError(new Error('busy'))).toBe(false);

    @Injectable()
    class LookupGuard {
      canActivate(): boolean {
        throw busy;
      }
    }
    @Controller()
    class Routes {
      @Get('guarded')
      @UseGuards(LookupGuard)
      guarded(): string {
        return 'never';
      }
      @Get('election')
      election(): never {
        throw new mongo.MongoServerError({ message: 'not primary', code: 10107 });
      }
      @Get('bug')
      bug(): never {
        throw new TypeError('a bug');
      }
    }
    @Module({ controllers: [Routes], providers: [LookupGuard] })
    class App {}
    const app = await NestFactory.create(App, { logger: false });
    app.useGlobalFilters(new StorageUnavailableFilter(app.getHttpAdapter()));
    await app.listen(0, '127.0.0.1');
    try {
      const base = await app.getUrl();
      for (const path of ['guarded', 'election']) {
        const response = await fetch(`${base}/${path}`);
        expect(response.status, path).toBe(503);
        expect(response.headers.get('retry-after'), path).toBe('5');
        expect(await response.text()).toMatch(/busy or unavailable.*retry/);
      }
      expect((await fetch(`${base}/bug`)).status).toBe(500);
    } finally {
      await app.close();
    }
  }, 60_000);
});
