import { describe, expect, it } from 'vitest';
import { parseWhisperJson, repairWhisperJson } from './whisper-json.js';

const token = (text: string, from: number, to: number, p: number, id = 100) => ({ text, id, p, t_dtw: -1, offsets: { from, to } });

function output(segments: { from: number; to: number; text: string; tokens: ReturnType<typeof token>[] }[]) {
  return JSON.stringify({
    result: { language: 'sv' },
    transcription: segments.map((s) => ({ offsets: { from: s.from, to: s.to }, text: s.text, tokens: s.tokens })),
  });
}

describe('parseWhisperJson', () => {
  const raw = output([
    {
      from: 0,
      to: 2_000,
      text: ' Hej, Eva här.',
      tokens: [
        token('[_BEG_]', 0, 0, 0.9, 50364),
        token(' Hej', 0, 400, 0.9),
        token(',', 400, 450, 0.7),
        token(' Eva', 500, 900, 0.8),
        token(' här', 950, 1_300, 0.6),
        token('.', 1_300, 1_350, 1),
        token('[_TT_100]', 2_000, 2_000, 0.1, 50464),
      ],
    },
  ]);

  it('reads times, text and a confidence from the text tokens only', () => {
    const { language, segments } = parseWhisperJson(raw, { words: false });
    expect(language).toBe('sv');
    expect(segments).toEqual([{ startMs: 0, endMs: 2_000, text: 'Hej, Eva här.', confidence: 0.8 }]);
  });

  it('joins tokens into words with their times when asked', () => {
    const [segment] = parseWhisperJson(raw, { words: true }).segments;
    expect(segment!.words).toEqual([
      { text: 'Hej,', startMs: 0, endMs: 450, confidence: 0.8 },
      { text: 'Eva', startMs: 500, endMs: 900, confidence: 0.8 },
      { text: 'här.', startMs: 950, endMs: 1_350, confidence: 0.8 },
    ]);
  });

  it('reads output with raw control characters in token texts (whisper.cpp does not escape them)', () => {
    const broken = output([{ from: 0, to: 1_000, text: 'a\tb', tokens: [token('a\u0001', 0, 500, 0.5), token('\n', 500, 1_000, 0.5)] }])
      .replace(/\\t/g, '\t')
      .replace(/\\u0001/g, '\u0001')
      .replace(/\\n/g, '\n');
    expect(() => JSON.parse(broken)).toThrow();
    expect(parseWhisperJson(broken, { words: false }).segments[0]!.text).toBe('a\tb');
  });

  it('keeps escaped quotes and backslashes as they are', () => {
    const json = '{"a": "say \\"hej\\" \\\\ ok"}';
    expect(repairWhisperJson(json)).toBe(json);
  });
});
