import { describe, expect, it } from 'vitest';
import { checkSidecar } from './sidecar-limits.js';

const json = (segments: number) =>
  Buffer.from(JSON.stringify({ language: 'sv', segments: Array.from({ length: segments }, (_, i) => ({ speaker: i % 2 ? 'caller' : 'agent', start: i * 1000, end: i * 1000 + 900, text: 'Hej.' })) }));

describe('sidecar limits at upload', () => {
  const limits = { maxBytes: 10_000, maxSegments: 50 };

  it('accepts a sidecar within both limits', () => {
    expect(checkSidecar(json(50), 'sv', limits).segments).toHaveLength(50);
  });

  it('refuses too many utterances with 422 and says which limit', () => {
    const refused = (() => {
      try {
        checkSidecar(json(51), 'sv', limits);
        return undefined;
      } catch (err) {
        return err as { getStatus(): number; message: string };
      }
    })();
    expect(refused?.getStatus()).toBe(422);
    expect(refused?.message).toMatch(/51 utterances; at most 50 are accepted \(MAX_SIDECAR_SEGMENTS\)/);
  });

  it('refuses a sidecar over its size with 413, and one that is not a transcript with 400', () => {
    expect(() => checkSidecar(json(400), 'sv', limits)).toThrow(/larger than 10000 bytes \(MAX_SIDECAR_BYTES\)/);
    try {
      checkSidecar(json(400), 'sv', limits);
    } catch (err) {
      expect((err as { getStatus(): number }).getStatus()).toBe(413);
    }
    try {
      checkSidecar(Buffer.from('hello'), 'sv', limits);
      expect.unreachable();
    } catch (err) {
      expect((err as { getStatus(): number }).getStatus()).toBe(400);
    }
  });
});
