import type { Segment } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { hasTimes, mergeSpans, timeSpansOf } from './time-spans.js';

const segment = (text: string, extra: Partial<Segment> = {}): Segment => ({ index: 0, speaker: 'caller', text, ...extra });

describe('timeSpansOf', () => {
  const text = 'Ja, det är 121212-1212, tack.';
  const entities = redact(text, { lang: 'sv' }).entities;

  it('takes the words that carry an entity, with a margin', () => {
    const words = [
      { text: ' Ja,', startMs: 1000, endMs: 1200 },
      { text: ' det', startMs: 1200, endMs: 1400 },
      { text: ' är', startMs: 1400, endMs: 1500 },
      { text: ' 121212-', startMs: 1500, endMs: 2600 },
      { text: '1212,', startMs: 2600, endMs: 3300 },
      { text: ' tack.', startMs: 3400, endMs: 3800 },
    ];
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words }), entities, 100)).toEqual([{ startMs: 1400, endMs: 3400 }]);
  });

  it('falls back to the whole segment when it has only segment times', () => {
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800 }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
  });

  it('falls back to the segment when the words do not match the text', () => {
    const words = [{ text: 'something else', startMs: 1000, endMs: 3800 }];
    expect(timeSpansOf(segment(text, { startMs: 900, endMs: 3900, words }), entities)).toEqual([{ startMs: 900, endMs: 3900 }]);
    expect(timeSpansOf(segment(text, { words }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
  });

  it('gives nothing without times, or without entities', () => {
    expect(timeSpansOf(segment(text), entities)).toEqual([]);
    expect(hasTimes(segment(text))).toBe(false);
    expect(timeSpansOf(segment(text, { startMs: 0, endMs: 10 }), [])).toEqual([]);
  });

  it('joins overlapping spans', () => {
    expect(mergeSpans([{ startMs: 50, endMs: 80 }, { startMs: 0, endMs: 10 }, { startMs: 5, endMs: 20 }])).toEqual([
      { startMs: 0, endMs: 20 },
      { startMs: 50, endMs: 80 },
    ]);
  });
});
