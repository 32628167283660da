import type { Segment } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { measureTalk } from './talk.js';

const seg = (index: number, speaker: Segment['speaker'], startMs: number, endMs: number): Segment => ({
  index,
  speaker,
  startMs,
  endMs,
  text: '…',
});

describe('measureTalk', () => {
  it('splits talk time per speaker and measures the silence between turns', () => {
    // agent 0–4 s, silence 4–5 s, caller 5–11 s, silence 11–12 s, agent 12–14 s; the recording lasts 16 s.
    const talk = measureTalk([seg(0, 'agent', 0, 4000), seg(1, 'caller', 5000, 11_000), seg(2, 'agent', 12_000, 14_000)], {
      durationMs: 16_000,
    })!;
    expect(talk.bySpeaker).toEqual([
      { speaker: 'agent', talkMs: 6000, share: 0.5 },
      { speaker: 'caller', talkMs: 6000, share: 0.5 },
    ]);
    expect(talk.silenceShare).toBe(0.25); // 1 + 1 + 2 s of 16 s
    expect(talk.interruptions).toBe(0);
  });

  it('counts a turn that starts while the other party is still speaking, but not a quick hand-over', () => {
    const talk = measureTalk([
      seg(0, 'agent', 0, 5000),
      seg(1, 'caller', 3000, 6000), // cuts in 2 s before the agent stops
      seg(2, 'agent', 5900, 8000), // 100 ms overlap: a hand-over
    ])!;
    expect(talk.interruptions).toBe(1);
    // Overlapping speech counts once as talk, so nothing is silent.
    expect(talk.silenceShare).toBe(0);
    expect(talk.bySpeaker.find((s) => s.speaker === 'agent')!.talkMs).toBe(7100);
  });

  it('is null when any segment lacks times', () => {
    expect(measureTalk([seg(0, 'agent', 0, 1000), { index: 1, speaker: 'caller', text: 'hej' }])).toBeNull();
    expect(measureTalk([])).toBeNull();
  });
});
