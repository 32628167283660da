import { describe, expect, it } from 'vitest';
import type { AsrSegment } from './engine.js';
import { collapseLoops, isHallucinatedPhrase, isNonSpeech, removeHallucinations } from './guards.js';

const seg = (text: string, startMs = 0): AsrSegment => ({ startMs, endMs: startMs + 1_000, text });

describe('removeHallucinations', () => {
  it('drops captions and punctuation that Whisper writes for music and silence', () => {
    const kept = removeHallucinations([seg('[Musik]'), seg('(applåder)'), seg('♪ ♪'), seg('...'), seg(' '), seg('Hej, det är Eva.')]);
    expect(kept.map((s) => s.text)).toEqual(['Hej, det är Eva.']);
  });

  it('drops subtitle credits it hears in silence, in Swedish and English, but keeps real thanks', () => {
    const kept = removeHallucinations([
      seg('Tack för att du tittade!'),
      seg('Undertexter från Amara.org-gemenskapen'),
      seg('Textning.nu'),
      seg('Thanks for watching!'),
      seg('Tack för att du ringde.'),
      seg('Tack för hjälpen.'),
    ]);
    expect(kept.map((s) => s.text)).toEqual(['Tack för att du ringde.', 'Tack för hjälpen.']);
  });

  it('cuts a repetition loop inside a segment down to one occurrence', () => {
    const [kept] = removeHallucinations([seg('Jag vet inte. Jag vet inte. Jag vet inte. Jag vet inte. Jag vet inte. Okej.')]);
    expect(kept!.text).toBe('Jag vet inte. Okej.');
  });

  it('keeps words said up to three times ("ja, ja, ja")', () => {
    expect(removeHallucinations([seg('Ja, ja, ja. Det stämmer.')])[0]!.text).toBe('Ja, ja, ja. Det stämmer.');
  });

  it('cuts loops in the words too, keeping their times', () => {
    const words = ['och', 'sen', 'och', 'sen', 'och', 'sen', 'och', 'sen', 'slut'].map((text, i) => ({ text, startMs: i * 100, endMs: i * 100 + 90 }));
    const [kept] = removeHallucinations([{ ...seg(words.map((w) => w.text).join(' ')), words }]);
    expect(kept!.text).toBe('och sen slut');
    expect(kept!.words!.map((w) => w.startMs)).toEqual([0, 100, 800]);
  });

  it('drops a sentence repeated in the following segments, but not a short answer said twice', () => {
    const kept = removeHallucinations([
      seg('Jag skickar ett brev om det.', 0),
      seg('Jag skickar ett brev om det.', 2_000),
      seg('jag skickar ett brev om det', 4_000),
      seg('Ja.', 6_000),
      seg('Ja.', 7_000),
      seg('Ja.', 8_000),
      seg('Ja.', 9_000),
      seg('Ja.', 10_000),
    ]);
    expect(kept.map((s) => [s.text, s.startMs])).toEqual([
      ['Jag skickar ett brev om det.', 0],
      ['Ja.', 6_000],
      ['Ja.', 7_000],
      ['Ja.', 8_000],
    ]);
  });
});

describe('the building blocks', () => {
  it('collapseLoops finds the shortest repeating unit', () => {
    expect(collapseLoops('a b a b a b a b c'.split(' '), (x) => x)).toEqual(['a', 'b', 'c']);
    expect(collapseLoops('a a a b'.split(' '), (x) => x)).toEqual(['a', 'a', 'a', 'b']);
    expect(collapseLoops('x a a a a a'.split(' '), (x) => x)).toEqual(['x', 'a']);
  });

  it('isNonSpeech and isHallucinatedPhrase leave ordinary speech alone', () => {
    expect(isNonSpeech('Min pension blev lägre.')).toBe(false);
    expect(isNonSpeech('[BLANK_AUDIO]')).toBe(true);
    expect(isHallucinatedPhrase('Jag har tittat på beslutet.')).toBe(false);
    expect(isHallucinatedPhrase('Undertexter av Stina Hedin')).toBe(true);
  });
});
