import type { Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { draftCall, redactDerived, redactTranscript } from './draft.js';

const call: Transcript = {
  language: 'sv',
  source: 'sidecar',
  segments: [
    { index: 0, speaker: 'agent', startMs: 0, endMs: 2000, text: 'Pensionsmyndigheten, du pratar med Karin. Kan jag få ditt personnummer?' },
    {
      index: 1,
      speaker: 'caller',
      startMs: 2000,
      endMs: 6000,
      text: 'Ja, åttioett tolv arton, nittioåtta sjuttiosex.',
      words: [
        { text: ' Ja,', startMs: 2000, endMs: 2300 },
        { text: ' åttioett', startMs: 2400, endMs: 3000 },
        { text: ' tolv', startMs: 3000, endMs: 3400 },
        { text: ' arton,', startMs: 3400, endMs: 4000 },
        { text: ' nittioåtta', startMs: 4200, endMs: 5000 },
        { text: ' sjuttiosex.', startMs: 5000, endMs: 6000 },
      ],
    },
    { index: 2, speaker: 'caller', startMs: 6000, endMs: 9000, text: 'Mitt bostadstillägg har slutat komma, jag bor på Storgatan 12.' },
  ],
};

describe('draftCall', () => {
  const options = { callDate: '2026-11-21' };

  it('redacts the dialogue, the draft and everything else derived from the transcript', async () => {
    const result = await draftCall(call, options);
    expect(result.dialogue.map((d) => d.text)).toEqual([
      'Pensionsmyndigheten, du pratar med [NAMN]. Kan jag få ditt personnummer?',
      'Ja, [PERSONNUMMER].',
      'Mitt bostadstillägg har slutat komma, jag bor på [ADRESS].',
    ]);
    const shared = JSON.stringify({ ...result });
    for (const value of ['Karin', 'åttioett', 'sjuttiosex', 'Storgatan']) expect(shared).not.toContain(value);
    expect(result.draft.topic.key).toBe('bostadstillägg');
  });

  it('locates the redacted words in the audio, with the segment time where there are no word times', async () => {
    // Segment 0 has no words (its whole time), segment 1 its number's words with a margin, segment 2 its time.
    expect((await draftCall(call, options)).audioRedaction).toEqual([
      { startMs: 0, endMs: 2000 },
      { startMs: 2280, endMs: 9000 },
    ]);
  });

  it('says the audio cannot be masked when redacted text has no times', () => {
    const untimed: Transcript = { ...call, segments: call.segments.map(({ startMs: _s, endMs: _e, words: _w, ...s }) => s) };
    expect(redactTranscript(untimed).audioRedaction).toBeNull();
    const clean: Transcript = { ...untimed, segments: [{ index: 0, speaker: 'caller', text: 'Tack så mycket.' }] };
    expect(redactTranscript(clean).audioRedaction).toEqual([]);
  });
});

describe('redactDerived', () => {
  it('redacts every string in a derived structure and keeps the rest', () => {
    const derived = { topic: 'housing', alerts: ['Ring tillbaka på 070-987 65 43'], score: -0.4, nested: { text: 'Mejla per.holm@exempel.se' } };
    expect(redactDerived(derived, 'sv')).toEqual({
      topic: 'housing',
      alerts: ['Ring tillbaka på [TELEFON]'],
      score: -0.4,
      nested: { text: 'Mejla [EPOST]' },
    });
  });
});
