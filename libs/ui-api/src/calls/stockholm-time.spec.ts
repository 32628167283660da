import { describe, expect, it } from 'vitest';

describe('stockholmTime (times in the text export)', () => {
  it('writes Swedish format in Swedish time, whatever the server zone', async () => {
    const { stockholmTime } = await import('./calls.service.js');
    expect(stockholmTime('2026-07-01T10:05:00.000Z')).toBe('2026-07-01 12:05');
    expect(stockholmTime('2026-11-30T16:05:00.000Z')).toBe('2026-11-30 17:05');
    // (Importing the service loads NestJS and mongoose: over five seconds on a loaded two-core machine.)
  }, 30_000);
});
