import type { FailedJob } from '@samtal/store';
import { describe, expect, it } from 'vitest';
import { passOutcome } from './call-queue.js';

const replayedAt = new Date('2026-11-30T12:00:00Z');
const failure = (failedAt: Date) => ({ _id: `drafting:c`, callId: 'c', stage: 'drafting', error: 'TimeoutError: drafting', attempts: 3, failedAt }) as unknown as FailedJob;

describe('passOutcome (what came of a replay)', () => {
  it('is a failure when one was recorded since the replay began, with its stage and reason', () => {
    const at = new Date('2026-11-30T12:01:00Z');
    expect(passOutcome({ status: 'failed' }, failure(at), replayedAt)).toEqual({ status: 'failed', at, stage: 'drafting', reason: 'TimeoutError: drafting' });
  });

  it('ignores a failure from before the replay: the call drafted, or nothing known yet', () => {
    const before = new Date('2026-11-30T11:59:00Z');
    expect(passOutcome({ status: 'drafted' }, failure(before), replayedAt)).toEqual({ status: 'drafted' });
    expect(passOutcome({ status: 'transcribed' }, failure(before), replayedAt)).toBeUndefined();
  });

  it('counts an approved call as drafted, and a call still in the work path as unknown', () => {
    expect(passOutcome({ status: 'approved' }, undefined, replayedAt)).toEqual({ status: 'drafted' });
    expect(passOutcome({ status: 'received' }, undefined, replayedAt)).toBeUndefined();
  });
});
