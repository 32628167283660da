import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskSpans } from './mask.js';
import { probeAudio } from './probe.js';
import { run } from './run.js';
import { audioToolSettingsFrom, resolveAudioTools } from './tools.js';

const RATE = 8000;
const tools = resolveAudioTools(audioToolSettingsFrom(process.env));

/** The samples of the first channel, as numbers. */
async function samples(path: string): Promise<Int16Array> {
  const { stdout } = await run(tools.ffmpeg, ['-v', 'error', '-i', path, '-af', 'pan=mono|c0=c0', '-f', 's16le', '-ac', '1', '-ar', String(RATE), '-']);
  return new Int16Array(stdout.buffer, stdout.byteOffset, stdout.length / 2);
}

/** Strength of one frequency in a stretch (Goertzel), 0 for none. */
function strength(x: Int16Array, fromMs: number, toMs: number, hz: number): number {
  const from = Math.round((fromMs / 1000) * RATE);
  const to = Math.round((toMs / 1000) * RATE);
  const k = 2 * Math.cos((2 * Math.PI * hz) / RATE);
  let [s1, s2] = [0, 0];
  for (let i = from; i < to; i++) [s1, s2] = [x[i]! + k * s1 - s2, s1];
  return Math.sqrt(s1 * s1 + s2 * s2 - k * s1 * s2) / (to - from);
}

describe('maskSpans', () => {
  let dir: string;
  let call: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samtal-mask-'));
    call = join(dir, 'call.wav');
    // Three seconds of a 440 Hz "voice" on both channels.
    await run(tools.ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=${RATE}:duration=3`, '-ac', '2', call]);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('silences the spans and leaves the rest', async () => {
    const out = join(dir, 'silenced.wav');
    await maskSpans(call, [{ startMs: 1000, endMs: 2000 }], out, { mode: 'silence', tools });
    const x = await samples(out);
    expect(strength(x, 1100, 1900, 440)).toBeLessThan(1);
    expect(strength(x, 100, 900, 440)).toBeGreaterThan(1000);
    expect(strength(x, 2100, 2900, 440)).toBeGreaterThan(1000);
  });

  it('replaces the spans by a tone, keeping length and channels', async () => {
    const out = join(dir, 'toned.ogg');
    await maskSpans(call, [{ startMs: 500, endMs: 1000 }, { startMs: 2000, endMs: 2500 }], out, { tools });
    const x = await samples(out);
    for (const [from, to] of [[600, 900], [2100, 2400]] as const) {
      expect(strength(x, from, to, 440)).toBeLessThan(50);
      expect(strength(x, from, to, 1000)).toBeGreaterThan(200);
    }
    expect(strength(x, 1200, 1800, 440)).toBeGreaterThan(1000);
    expect(strength(x, 1200, 1800, 1000)).toBeLessThan(50);
    const info = await probeAudio(out, tools);
    expect(info.channels).toBe(2);
    expect(Math.abs(info.durationMs - 3000)).toBeLessThan(100);
  });

  it('copies the recording when there is nothing to mask', async () => {
    const out = join(dir, 'copy.wav');
    await maskSpans(call, [], out, { tools });
    expect(Array.from(await samples(out))).toEqual(Array.from(await samples(call)));
  });
});
