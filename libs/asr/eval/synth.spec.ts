import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONDITIONS, SPEECH_CLIPS, buildFile, frameLevelsDb } from './synth.js';

const dir = mkdtempSync(join(tmpdir(), 'samtal-synth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const condition = (id: string) => CONDITIONS.find((c) => c.id === id)!;
const shared = process.env['SAMTAL_SHARED'] ?? resolve(import.meta.dirname, '../../../../shared');

describe('synthesised call noise (ffmpeg)', () => {
  it('rings back as Sweden does: 425 Hz for 1 s, then 5 s of silence', async () => {
    const file = await buildFile(dir, shared, condition('ringback'), undefined, 'sv', 12);
    expect(file.durationMs).toBe(12_000);
    expect(file.speech).toEqual([]);
    const levels = await frameLevelsDb(file.wavPath, 500);
    const on = levels.map((db) => db > -30);
    // 24 half-second frames: on, on, then 10 off; twice.
    expect(on).toEqual([...[true, true, ...Array(10).fill(false)], ...[true, true, ...Array(10).fill(false)]]);
  });

  it('keeps each condition at a steady, audible level and digital silence at zero', async () => {
    for (const id of ['silence', 'white', 'pink', 'music']) {
      const file = await buildFile(dir, shared, condition(id), undefined, 'sv', 4);
      const levels = await frameLevelsDb(file.wavPath, 1000);
      expect(levels).toHaveLength(4);
      if (id === 'silence') expect(Math.max(...levels)).toBe(-100);
      else for (const db of levels) expect(db, id).toBeGreaterThan(-40);
    }
  });

  it('keys DTMF digits as short bursts with gaps', async () => {
    const file = await buildFile(dir, shared, condition('dtmf'), undefined, 'sv', 8);
    const levels = await frameLevelsDb(file.wavPath, 50);
    const bursts = levels.filter((db, i) => db > -30 && (levels[i - 1] ?? -100) <= -30).length;
    expect(bursts).toBe('19121212'.length + '1212'.length + 2);
  });

  it('places the condition between two speech clips, positions known', async () => {
    const file = await buildFile(dir, shared, condition('silence'), SPEECH_CLIPS.en, 'en', 5);
    expect(file.speech).toHaveLength(2);
    expect(file.nonSpeech[0]!.startMs).toBe(file.speech[0]!.endMs);
    expect(file.nonSpeech[0]!.endMs - file.nonSpeech[0]!.startMs).toBe(5_000);
    expect(file.speech[1]!.startMs).toBe(file.nonSpeech[0]!.endMs);
    expect(file.reference).toBe('once there was a young rat named arthur who never could make up his mind this will be discussed with industry');
    const levels = await frameLevelsDb(file.wavPath, 1000);
    const gap = levels.slice(Math.ceil(file.nonSpeech[0]!.startMs / 1000), Math.floor(file.nonSpeech[0]!.endMs / 1000));
    expect(Math.max(...gap)).toBe(-100);
  });
});
