import type { Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { draftCall, guardUiFacing, redactTranscript } from './draft.js';

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

const options = { callDate: '2026-11-21' };

describe('draftCall', () => {

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

  it('judges the recognition once: a sidecar is unknown and unmarked; low confidence marks turns and words, never redacted ones', async () => {
    const sidecar = await draftCall(call, options);
    expect(sidecar.transcriptQuality).toEqual({ level: 'unknown', meanConfidence: null, lowShare: null });
    expect(sidecar.dialogue.some((d) => 'confidence' in d || 'uncertain' in d)).toBe(false);

    // The same words recognised, with the caller's name and number said uncertainly.
    const recognised: Transcript = {
      ...call,
      source: 'asr',
      segments: [
        {
          ...call.segments[0]!,
          confidence: 0.8,
          words: ['Pensionsmyndigheten,', 'du', 'pratar', 'med', 'Karin.', 'Kan', 'jag', 'få', 'ditt', 'personnummer?'].map((text, i) => ({
            text,
            startMs: i * 200,
            endMs: i * 200 + 200,
            confidence: ['Karin.', 'pratar'].includes(text) ? 0.1 : 0.9,
          })),
        },
        { ...call.segments[1]!, confidence: 0.2, words: call.segments[1]!.words!.map((w) => ({ ...w, confidence: 0.1 })) },
        { ...call.segments[2]!, confidence: 0.3 },
      ],
    };
    const result = await draftCall(recognised, options);
    // 4 s of 9 s is above 0.5; the mean (0.8·2 + 0.2·4 + 0.3·3)/9 = 0.367.
    expect(result.transcriptQuality).toEqual({ level: 'low', meanConfidence: 0.367, lowShare: 0.778 });
    expect(result.dialogue.map((d) => [d.confidence, d.uncertain])).toEqual([
      [0.8, false],
      [0.2, true],
      [0.3, true],
    ]);
    // Word marks point into the redacted text: "pratar", not the redacted name; none on the redacted number.
    const first = result.dialogue[0]!;
    expect(first.uncertainWords!.map(({ start, end }) => first.text.slice(start, end))).toEqual(['pratar']);
    expect(result.dialogue[1]!.uncertainWords!.map(({ start, end }) => result.dialogue[1]!.text.slice(start, end))).toEqual(['Ja,']);
    expect(JSON.stringify(result.dialogue)).not.toContain('Karin');
  });

  it('says the audio cannot be masked when redacted text has no times', () => {
    const untimed: Transcript = { ...call, segments: call.segments.map(({ startMs: _s, endMs: _e, words: _w, ...s }) => s) };
    expect(redactTranscript(untimed).audioRedaction).toBeNull();
    const clean: Transcript = { ...untimed, segments: [{ index: 0, speaker: 'caller', text: 'Tack så mycket.' }] };
    expect(redactTranscript(clean).audioRedaction).toEqual([]);
  });
});

describe('guardUiFacing', () => {
  it('redacts every string in a derived structure, scans for leaks and keeps the rest', () => {
    const derived = { topic: 'housing', alerts: ['Ring tillbaka på 070-987 65 43'], score: -0.4, nested: { text: 'Mejla per.holm@exempel.se', said: 'Kunden uppgav 4109 03.' } };
    const tally = { leaks: 0 };
    expect(guardUiFacing(derived, { lang: 'sv' }, tally)).toEqual({
      topic: 'housing',
      alerts: ['Ring tillbaka på [TELEFON]'],
      score: -0.4,
      nested: { text: 'Mejla [EPOST]', said: 'Kunden uppgav [ID-NUMMER].' },
    });
    expect(tally.leaks).toBe(1);
  });
});

describe('the cases seen on calls nobody tuned for', () => {
  const say = (...lines: [string, string][]): Transcript => ({
    language: 'sv',
    source: 'sidecar',
    segments: lines.map(([speaker, text], index) => ({ index, speaker: speaker as 'agent' | 'caller', text })),
  });

  it('keeps the shipped sample call\'s personnummer off the dialogue and the draft', async () => {
    const result = await draftCall(
      say(['agent', 'Jag förstår att det är jobbigt. Kan jag få ditt personnummer så tittar jag på ditt ärende?'], ['caller', 'Ja, det är 121212-1212.']),
      options,
    );
    const shown = JSON.stringify({ dialogue: result.dialogue, draft: result.draft, sentiment: result.sentiment });
    expect(shown).not.toMatch(/1212/);
    expect(result.dialogue[1]!.text).toBe('Ja, det är [PERSONNUMMER].');
  });

  it('puts no fragment of a corrected personnummer into the draft', async () => {
    const result = await draftCall(
      say(
        ['agent', 'Pensionsmyndigheten, Vera här. Vad gäller det?'],
        ['caller', 'Jag ringer om min garantipension, den har minskat.'],
        ['agent', 'Då behöver jag ditt personnummer.'],
        ['caller', 'Ja, det är nitton fyrtioett, noll nio, noll tre, och sen fyra fyra… nej vänta … fyra sex två ett.'],
        ['agent', 'Tack. Jag ser att vi fick nya uppgifter i april.'],
      ),
      options,
    );
    const shown = JSON.stringify({ dialogue: result.dialogue, draft: result.draft, sentiment: result.sentiment });
    for (const fragment of ['fyrtioett', 'noll nio', 'fyra sex', 'två ett', 'fyra fyra']) expect(shown).not.toContain(fragment);
  });
});
