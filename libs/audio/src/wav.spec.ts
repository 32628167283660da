import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asrWavHeader, pcm16Frames, readWavLayout } from './wav.js';

describe('pcm16Frames', () => {
  it('gives every sample once, in frames, across the read chunks, with a short last frame', async () => {
    // More than one 256 KiB read, and a frame size that divides nothing.
    const samples = Int16Array.from({ length: 200_003 }, (_, i) => ((i * 7919) % 65536) - 32768);
    const path = join(await mkdtemp(join(tmpdir(), 'samtal-wav-')), 'x.wav');
    await writeFile(path, Buffer.concat([asrWavHeader(samples.byteLength), Buffer.from(samples.buffer)]));
    const layout = await readWavLayout(path);
    const read: number[] = [];
    const sizes: number[] = [];
    for await (const frame of pcm16Frames(path, layout, 333)) {
      sizes.push(frame.length);
      read.push(...frame);
    }
    expect(read).toEqual([...samples]);
    expect(sizes.slice(0, -1).every((n) => n === 333)).toBe(true);
    expect(sizes.at(-1)).toBe(200_003 % 333);
  });

  it('gives nothing for an empty file, and refuses a frame of no samples', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'samtal-wav-')), 'empty.wav');
    await writeFile(path, asrWavHeader(0));
    const layout = await readWavLayout(path);
    const frames = [];
    for await (const frame of pcm16Frames(path, layout, 512)) frames.push(frame);
    expect(frames).toEqual([]);
    await expect(pcm16Frames(path, layout, 0).next()).rejects.toThrow(/frame of 0/);
  });
});
