import { describe, expect, it } from 'vitest';
import { InvalidSidecar, guessLanguage, parseSidecarTranscript } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sidecar transcripts', () => {
  it('reads the JSON format, ordered by time, with times in milliseconds', () => {
    const json = JSON.stringify({
      language: 'sv',
      segments: [
        { speaker: 'caller', start: 4200, end: 7000, text: ' Hej, jag undrar över min pension. ', confidence: 0.9 },
        { speaker: 'agent', start: 0, end: 4100, text: 'Pensionsmyndigheten, Karin.' },
      ],
    });
    expect(parseSidecarTranscript(utf8(json))).toEqual({
      language: 'sv',
      source: 'sidecar',
      segments: [
        { index: 0, speaker: 'agent', startMs: 0, endMs: 4100, text: 'Pensionsmyndigheten, Karin.' },
        { index: 1, speaker: 'caller', startMs: 4200, endMs: 7000, text: 'Hej, jag undrar över min pension.', confidence: 0.9 },
      ],
    });
  });

  it('keeps word times from the JSON format, so redacted audio can mask only the words', () => {
    const json = JSON.stringify({
      segments: [
        {
          speaker: 'caller',
          start: 1000,
          end: 3800,
          text: 'Det är 121212-1212.',
          words: [
            { text: 'Det', start: 1000, end: 1200 },
            { text: 'är', start: 1200, end: 1400, confidence: 0.8 },
            { text: '121212-1212.', start: 1500, end: 3300 },
          ],
        },
      ],
    });
    expect(parseSidecarTranscript(utf8(json), 'sv').segments[0]!.words).toEqual([
      { text: 'Det', startMs: 1000, endMs: 1200 },
      { text: 'är', startMs: 1200, endMs: 1400, confidence: 0.8 },
      { text: '121212-1212.', startMs: 1500, endMs: 3300 },
    ]);
    const backwards = JSON.stringify({ segments: [{ speaker: 'caller', start: 0, end: 900, text: 'Hej', words: [{ text: 'Hej', start: 500, end: 100 }] }] });
    expect(() => parseSidecarTranscript(utf8(backwards), 'sv')).toThrow(InvalidSidecar);
  });

  it('reads the line format (agent:/caller:, any case, blank lines and CRLF allowed)', () => {
    const text = '\uFEFFAgent: Välkommen!\r\n\r\ncaller:Tack, jag har en fråga.\r\n';
    const transcript = parseSidecarTranscript(utf8(text), 'sv');
    expect(transcript.segments).toEqual([
      { index: 0, speaker: 'agent', text: 'Välkommen!' },
      { index: 1, speaker: 'caller', text: 'Tack, jag har en fråga.' },
    ]);
    expect(transcript.language).toBe('sv');
  });

  it('takes the language from the sidecar, else the request, else the words', () => {
    const lines = utf8('agent: Hello, how can I help you?\ncaller: I have a question about my pension.');
    expect(parseSidecarTranscript(lines, 'auto').language).toBe('en');
    expect(parseSidecarTranscript(lines, 'sv').language).toBe('sv');
    expect(parseSidecarTranscript(utf8(JSON.stringify({ language: 'en', segments: [{ speaker: 'agent', start: 0, end: 1, text: 'Hej och välkommen' }] })), 'sv').language).toBe('en');
  });

  it.each([
    ['empty', '   \n', /empty/],
    ['a line without a speaker', 'agent: hej\nnågon: hallå', /line 2 does not start with "agent:" or "caller:"/],
    ['broken JSON', '{"segments": [', /does not parse/],
    ['JSON with an unknown field', JSON.stringify({ segments: [{ speaker: 'agent', start: 0, end: 1, text: 'x', mood: 'glad' }] }), /unrecognized_keys/],
    ['JSON with end before start', JSON.stringify({ segments: [{ speaker: 'agent', start: 5, end: 1, text: 'x' }] }), /segments.0.end: custom/],
    ['JSON with an unknown speaker', JSON.stringify({ segments: [{ speaker: 'boss', start: 0, end: 1, text: 'x' }] }), /segments.0.speaker: invalid_value/],
    ['JSON without segments', JSON.stringify({ segments: [] }), /segments: too_small/],
  ])('rejects %s with a clear reason', (_name, content, reason) => {
    expect(() => parseSidecarTranscript(utf8(content))).toThrow(InvalidSidecar);
    expect(() => parseSidecarTranscript(utf8(content))).toThrow(reason);
  });

  it('rejects bytes that are not UTF-8, without echoing them', () => {
    const latin1 = new Uint8Array([0x61, 0x67, 0x65, 0x6e, 0x74, 0x3a, 0x20, 0xe5, 0xe4, 0xf6]); // "agent: åäö" in Latin-1
    expect(() => parseSidecarTranscript(latin1)).toThrow(/not UTF-8 text/);
  });

  it('guesses Swedish or English from function words', () => {
    expect(guessLanguage('jag undrar om min pension och när den kommer')).toBe('sv');
    expect(guessLanguage('I wonder when my pension will be paid and how much it is')).toBe('en');
    expect(guessLanguage('')).toBe('sv');
  });
});
