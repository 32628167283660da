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

  const words = [
    { text: ' Ja,', startMs: 1000, endMs: 1200 },
    { text: ' det', startMs: 1200, endMs: 1400 },
    { text: ' är', startMs: 1400, endMs: 1500 },
    { text: ' 121212-', startMs: 1500, endMs: 2600 },
    { text: '1212,', startMs: 2600, endMs: 3300 },
    { text: ' tack.', startMs: 3400, endMs: 3800 },
  ];

  it('masks a personnummer read as several words from its first word to its last, not the utterance', () => {
    const spoken = 'Mitt nummer är 19 12 12 12 12 12 tack';
    const spokenEntities = redact(spoken, { lang: 'sv' }).entities;
    expect(spokenEntities.map((e) => spoken.slice(e.start, e.end))).toEqual(['19 12 12 12 12 12']);
    const pieces = spoken.split(' ').map((w, i) => ({ text: ` ${w}`, startMs: 500 + i * 400, endMs: 500 + i * 400 + 350 }));
    expect(timeSpansOf(segment(spoken, { startMs: 500, endMs: 4500, words: pieces }), spokenEntities, 50)).toEqual([{ startMs: 1650, endMs: 4100 }]);
  });

  it('masks only the word that holds an entity smaller than the word', () => {
    // "121212-1212," is one word with its comma; the entity is the number inside it.
    const joined = [...words.slice(0, 3), { text: ' 121212-1212,', startMs: 1500, endMs: 3300 }, words[5]!];
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words: joined }), entities, 100)).toEqual([{ startMs: 1400, endMs: 3400 }]);
    const email = 'Skriv till anna.berg@example.se tack';
    const emailEntities = redact(email, { lang: 'sv' }).entities;
    expect(emailEntities.length).toBe(1);
    expect(emailEntities[0]!.start).toBeGreaterThan(0);
    const emailWords = [
      { text: ' Skriv', startMs: 0, endMs: 300 },
      { text: ' till', startMs: 300, endMs: 500 },
      { text: ' anna.berg@example.se', startMs: 500, endMs: 2500 },
      { text: ' tack', startMs: 2600, endMs: 2900 },
    ];
    expect(timeSpansOf(segment(email, { startMs: 0, endMs: 2900, words: emailWords }), emailEntities, 100)).toEqual([{ startMs: 400, endMs: 2600 }]);
  });

  it('fails closed to the whole utterance when the words skip part of an entity', () => {
    // The last four digits have no word: their time is unknown, so the utterance is masked.
    const skipped = words.filter((w) => w.text !== '1212,');
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words: skipped }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
    // No word at all for the number: no guessing from the gap between its neighbours.
    const none = words.filter((w) => !/\d/.test(w.text));
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words: none }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
  });

  it('fails closed to the whole utterance when word times are missing or broken', () => {
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words: [] }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
    const broken = words.map((w) => (w.text === ' det' ? { ...w, startMs: 1400, endMs: 1200 } : w));
    expect(timeSpansOf(segment(text, { startMs: 1000, endMs: 3800, words: broken }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
    // Words reaching past the segment's own times widen the masked range, never narrow it.
    expect(timeSpansOf(segment(text, { startMs: 1100, endMs: 3700, words: broken }), entities)).toEqual([{ startMs: 1000, endMs: 3800 }]);
  });

  it('joins overlapping spans', () => {
    expect(mergeSpans([{ startMs: 50, endMs: 80 }, { startMs: 0, endMs: 10 }, { startMs: 5, endMs: 20 }])).toEqual([
      { startMs: 0, endMs: 20 },
      { startMs: 50, endMs: 80 },
    ]);
  });
});
