import { describe, expect, it } from 'vitest';
import { PermanentError, describeError } from './errors.js';

class DamagedRecording extends Error {
  override name = 'DamagedRecording';
}

describe('describeError', () => {
  it('names the class and the message', () => {
    expect(describeError(new DamagedRecording('only 2 of 9 seconds could be decoded'))).toBe('DamagedRecording: only 2 of 9 seconds could be decoded');
  });

  it('describes a permanent error by the error it wraps, whose class the UI words', () => {
    const cause = new DamagedRecording('only 2 of 9 seconds could be decoded');
    expect(describeError(new PermanentError(cause.message, { cause }))).toBe('DamagedRecording: only 2 of 9 seconds could be decoded');
    expect(describeError(new PermanentError('unsupported recording'))).toBe('PermanentError: unsupported recording');
  });

  it('keeps a description short', () => {
    expect(describeError(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});
