import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { PasswordCheck, hashPassword } from './password.js';

describe('password checks', () => {
  it('accept the right password and refuse a wrong one', async () => {
    const check = new PasswordCheck();
    const stored = await hashPassword('the right password');
    expect(await check.check('the right password', stored)).toBe(true);
    expect(await check.check('a wrong password', stored)).toBe(false);
    expect(check.dummyChecks).toBe(0);
  });

  it('run scrypt against a dummy hash when there is no user, so an unknown user costs as much as a known one', async () => {
    const check = new PasswordCheck();
    const stored = await hashPassword('the right password');
    await check.check('warm-up', stored);
    await check.check('warm-up', undefined);
    const median = async (storedHash: string | undefined) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        expect(await check.check('a wrong password', storedHash)).toBe(false);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median(stored);
    const unknown = await median(undefined);
    expect(check.dummyChecks).toBe(6);
    // Loosely: the same work (one scrypt) either way; without the dummy the unknown case takes ~0 ms.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });
});
