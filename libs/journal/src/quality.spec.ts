import type { Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { assessTranscript, DEFAULT_QUALITY_THRESHOLDS, markUncertain, uncertainWordSpans } from './quality.js';

const seg = (index: number, startMs: number, endMs: number, confidence: number | undefined, text = 'jag undrar över min pension'): Segment => ({
  index,
  speaker: index % 2 ? 'caller' : 'agent',
  startMs,
  endMs,
  text,
  ...(confidence === undefined ? {} : { confidence }),
});
const asr = (...segments: Segment[]): Transcript => ({ language: 'sv', source: 'asr', segments });
const thresholds = { segmentBelow: 0.5, wordBelow: 0.4, callMeanBelow: 0.55, callLowShareAbove: 0.4 };

describe('assessTranscript', () => {
  it('finds a confidently recognised call ok', () => {
    expect(assessTranscript(asr(seg(0, 0, 4000, 0.9), seg(1, 4000, 6000, 0.45)), thresholds)).toEqual({
      level: 'ok',
      meanConfidence: 0.75,
      lowShare: 0.333,
    });
  });

  it('finds a call low when its mean confidence is below the call threshold', () => {
    const quality = assessTranscript(asr(seg(0, 0, 4000, 0.52), seg(1, 4000, 8000, 0.53)), thresholds);
    expect(quality).toEqual({ level: 'low', meanConfidence: 0.525, lowShare: 0 });
  });

  it('finds a call low when too much of its speech is in uncertain segments, though the mean passes', () => {
    // 5 s at 0.3 and 5 s at 0.95: mean 0.625 passes, but half the speech is below 0.5.
    const quality = assessTranscript(asr(seg(0, 0, 5000, 0.3), seg(1, 5000, 10_000, 0.95)), thresholds);
    expect(quality).toEqual({ level: 'low', meanConfidence: 0.625, lowShare: 0.5 });
  });

  it('weighs segments by their length in time', () => {
    // One long confident segment outweighs a short uncertain one.
    expect(assessTranscript(asr(seg(0, 0, 9000, 0.9), seg(1, 9000, 10_000, 0.1)), thresholds).level).toBe('ok');
    expect(assessTranscript(asr(seg(0, 0, 1000, 0.9), seg(1, 1000, 10_000, 0.1)), thresholds).level).toBe('low');
  });

  it('weighs by characters when a segment has no times', () => {
    const noTimes: Segment = { index: 1, speaker: 'caller', text: 'ja', confidence: 0.1 };
    expect(assessTranscript(asr(seg(0, 0, 1000, 0.9, 'a'.repeat(98)), noTimes), thresholds)).toMatchObject({ level: 'ok', lowShare: 0.02 });
  });

  it('calls a sidecar transcript unknown, never low', () => {
    const sidecar: Transcript = { language: 'sv', source: 'sidecar', segments: [{ index: 0, speaker: 'agent', text: 'Hej' }] };
    expect(assessTranscript(sidecar, thresholds)).toEqual({ level: 'unknown', meanConfidence: null, lowShare: null });
  });

  it('calls a recognised call without any confidence, or without speech, unknown', () => {
    expect(assessTranscript(asr(seg(0, 0, 1000, undefined)), thresholds).level).toBe('unknown');
    expect(assessTranscript(asr(), thresholds).level).toBe('unknown');
  });

  it('uses the measured defaults when given no thresholds', () => {
    expect(assessTranscript(asr(seg(0, 0, 1000, DEFAULT_QUALITY_THRESHOLDS.callMeanBelow - 0.01))).level).toBe('low');
    expect(assessTranscript(asr(seg(0, 0, 1000, 0.95))).level).toBe('ok');
  });
});

describe('uncertainWordSpans', () => {
  it('marks the low-confidence words of the text, by character offsets', () => {
    const words = [
      { text: 'Jag', confidence: 0.9 },
      { text: 'heter', confidence: 0.2 },
      { text: 'inte', confidence: 0.9 },
      { text: 'Kalle,', confidence: 0.3 },
    ];
    const text = 'Jag heter inte Kalle,';
    expect(uncertainWordSpans(text, words, 0.4).map(({ start, end }) => text.slice(start, end))).toEqual(['heter', 'Kalle,']);
  });

  it('skips what redaction replaced: a placeholder is never marked, the words after it still are', () => {
    const words = [
      { text: 'jag', confidence: 0.9 },
      { text: 'heter', confidence: 0.9 },
      { text: 'Maj', confidence: 0.1 },
      { text: 'Lind', confidence: 0.1 },
      { text: 'och', confidence: 0.9 },
      { text: 'undrar', confidence: 0.2 },
    ];
    const text = 'jag heter [NAMN] och undrar';
    const marked = uncertainWordSpans(text, words, 0.4).map(({ start, end }) => text.slice(start, end));
    expect(marked).toEqual(['undrar']);
  });
});

describe('markUncertain', () => {
  it('carries each turn its confidence, marks uncertain turns and words, and leaves sidecar turns alone', () => {
    const transcript = asr(
      { ...seg(0, 0, 1000, 0.9, 'Hej hej'), words: [{ text: 'Hej', startMs: 0, endMs: 500, confidence: 0.95 }, { text: 'hej', startMs: 500, endMs: 1000, confidence: 0.3 }] },
      seg(1, 1000, 2000, 0.2, 'blabla'),
      { index: 2, speaker: 'agent', text: 'utan' },
    );
    const dialogue = transcript.segments.map(({ index, speaker, text }) => ({ index, speaker, text }));
    expect(markUncertain(dialogue, transcript, thresholds)).toEqual([
      { index: 0, speaker: 'agent', text: 'Hej hej', confidence: 0.9, uncertain: false, uncertainWords: [{ start: 4, end: 7 }] },
      { index: 1, speaker: 'caller', text: 'blabla', confidence: 0.2, uncertain: true },
      { index: 2, speaker: 'agent', text: 'utan' },
    ]);
  });
});
