import { runSamtal, startFerretDb, type FerretDb } from '@samtal/testing';
import mongoose from 'mongoose';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const samtal = runSamtal;

describe('samtal sources, against FerretDB', () => {
  let ferret: FerretDb;
  let env: Record<string, string>;

  beforeAll(async () => {
    ferret = await startFerretDb();
    env = { MONGO_URL: ferret.url };
  });
  afterAll(async () => ferret?.stop());

  it('adds a source with a key shown once and stored only as its hash; lists, rotates and revokes it', async () => {
    const added = await samtal(['sources', 'add', 'pbx-1', '--name', 'Växel Sundsvall', '--uploads-per-minute', '30'], env);
    expect(added.code, added.output).toBe(0);
    const key = added.stdout.trim();
    expect(key).toMatch(/^smtl_[A-Za-z0-9_-]{43}$/);
    expect(added.output).toContain('shown this once');

    const db = (await mongoose.createConnection(ferret.url).asPromise()).db!;
    const stored = await db.collection('sources').findOne({ _id: 'pbx-1' as never });
    expect(stored).toMatchObject({ displayName: 'Växel Sundsvall', uploadsPerMinute: 30, revoked: false, keyHash: createHash('sha256').update(key).digest('hex') });
    expect(JSON.stringify(stored)).not.toContain(key);

    const listed = await samtal(['sources', 'list'], env);
    expect(listed.stdout).toMatch(/^pbx-1\tsmtl_\S{6}…\tactive\t30\/min\tdefault MB\/h\t/m);
    expect(listed.stdout).not.toContain(key);

    const rotated = await samtal(['sources', 'rotate', 'pbx-1'], env);
    expect(rotated.code).toBe(0);
    expect(rotated.stdout.trim()).not.toBe(key);
    expect((await db.collection('sources').findOne({ _id: 'pbx-1' as never }))?.['keyHash']).toBe(createHash('sha256').update(rotated.stdout.trim()).digest('hex'));

    expect((await samtal(['sources', 'revoke', 'pbx-1'], env)).code).toBe(0);
    expect((await samtal(['sources', 'list'], env)).stdout).toMatch(/^pbx-1\t\S+\trevoked/m);
  });

  it('refuses a second source with the same id, a bad id, an unknown source and a bad quota, with a clear message', async () => {
    await samtal(['sources', 'add', 'pbx-2'], env);
    const again = await samtal(['sources', 'add', 'pbx-2'], env);
    expect(again.code).toBe(1);
    expect(again.output).toContain('source pbx-2 exists: use rotate');
    const bad = await samtal(['sources', 'add', 'PBX 3!'], env);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('the source id may use lower-case letters');
    const unknown = await samtal(['sources', 'revoke', 'nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('no source nope');
    const quota = await samtal(['sources', 'add', 'pbx-4', '--mb-per-hour', '-5'], env);
    expect(quota.code).not.toBe(0);
    expect(quota.output).toContain('a positive whole number');
  });
});
