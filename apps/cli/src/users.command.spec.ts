import { runSamtal, startFerretDb, type FerretDb } from '@samtal/testing';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@samtal/ui-api';

const samtal = runSamtal;

describe('samtal users, against FerretDB', () => {
  let ferret: FerretDb;
  let env: Record<string, string>;

  beforeAll(async () => {
    ferret = await startFerretDb();
    env = { MONGO_URL: ferret.url };
  });
  afterAll(async () => ferret?.stop());

  it('adds a user with a scrypt hash of the password read from standard input, lists and disables it', async () => {
    const added = await samtal(['users', 'add', 'karin.l', '--role', 'supervisor', '--team', 'pension-3', '--name', 'Karin L'], env, 'a long enough password\n');
    expect(added.output).toContain('user karin.l (supervisor, pension-3) saved');
    expect(added.code).toBe(0);

    const db = (await mongoose.createConnection(ferret.url).asPromise()).db!;
    const stored = await db.collection('users').findOne({ _id: 'karin.l' as never });
    expect(stored).toMatchObject({ role: 'supervisor', team: 'pension-3', displayName: 'Karin L', disabled: false });
    expect(stored!['passwordHash']).toMatch(/^scrypt\$/);
    expect(await verifyPassword('a long enough password', stored!['passwordHash'])).toBe(true);

    const listed = await samtal(['users', 'list'], env);
    expect(listed.output).toContain('karin.l\tsupervisor\tpension-3\tKarin L');
    expect(listed.output).not.toContain('scrypt');

    expect((await samtal(['users', 'disable', 'karin.l'], env)).code).toBe(0);
    expect((await db.collection('users').findOne({ _id: 'karin.l' as never }))?.['disabled']).toBe(true);
  });

  it('refuses a short password, an unknown role and a missing database setting, with a clear message', async () => {
    const short = await samtal(['users', 'add', 'x', '--role', 'agent', '--team', 't'], env, 'short\n');
    expect(short.code).toBe(1);
    expect(short.output).toContain('at least 12 characters');
    const role = await samtal(['users', 'add', 'x', '--role', 'admin', '--team', 't'], env, 'a long enough password\n');
    expect(role.code).not.toBe(0);
    expect(role.output).toMatch(/Allowed choices are agent, supervisor, ops/);
    const noDb = await samtal(['users', 'list'], { MONGO_URL: '' });
    expect(noDb.code).toBe(1);
    expect(noDb.output).toContain('MONGO_URL');
  });
});
