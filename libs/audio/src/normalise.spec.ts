import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DamagedRecording, normaliseForAsr } from './normalise.js';
import { AudioRejected, inspectRecording, DEFAULT_AUDIO_LIMITS } from './probe.js';
import { run } from './run.js';
import { audioToolSettingsFrom, resolveAudioTools } from './tools.js';
import { readWavLayout } from './wav.js';

const tools = resolveAudioTools(audioToolSettingsFrom(process.env));
const { ffmpeg } = tools;
let dir: string;

/** A stereo test call: a 440 Hz tone on the left for 2 s, silence on the right, 3 s long. */
async function stereoCall(name: string, codecArgs: string[]): Promise<string> {
  const path = join(dir, name);
  await run(ffmpeg, [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2,apad=whole_dur=3',
    '-f', 'lavfi', '-i', 'anullsrc=r=48000:cl=mono:d=3',
    '-filter_complex', '[0:a][1:a]join=inputs=2:channel_layout=stereo[a]', '-map', '[a]',
    ...codecArgs, path,
  ]);
  return path;
}

/** Mean absolute sample value of a 16-bit WAV's data. */
async function loudness(wavPath: string): Promise<number> {
  const layout = await readWavLayout(wavPath);
  const data = (await readFile(wavPath)).subarray(layout.dataOffset, layout.dataOffset + layout.dataBytes);
  let sum = 0;
  for (let i = 0; i < data.length; i += 2) sum += Math.abs(data.readInt16LE(i));
  return sum / (data.length / 2);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-audio-'));
});

describe('normaliseForAsr', () => {
  const formats: [string, string[]][] = [
    ['call.wav', ['-c:a', 'pcm_s16le']],
    ['call.mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
    ['call.ogg', ['-c:a', 'libopus', '-b:a', '32k']],
    ['call.flac', ['-c:a', 'flac']],
    ['call.m4a', ['-c:a', 'aac', '-b:a', '64k']],
    ['mulaw-8k.wav', ['-ar', '8000', '-c:a', 'pcm_mulaw']],
    ['alaw-8k.wav', ['-ar', '8000', '-c:a', 'pcm_alaw']],
  ];

  it.each(formats)('splits a stereo %s into 16 kHz mono tracks, left agent and right caller', async (name, codec) => {
    const input = await stereoCall(name, codec);
    const out = await mkdtemp(join(dir, 'out-'));
    const tracks = await normaliseForAsr(input, out, { tools });
    expect(tracks.map((t) => t.speaker)).toEqual(['agent', 'caller']);
    for (const track of tracks) {
      const layout = await readWavLayout(track.wavPath);
      expect(layout).toMatchObject({ sampleRate: 16_000, channels: 1, bitsPerSample: 16 });
      expect(track.durationMs).toBeGreaterThan(2_900);
      expect(track.durationMs).toBeLessThan(3_200);
    }
    // The tone is on the left only: each speaker's track holds its own channel.
    expect(await loudness(tracks[0]!.wavPath)).toBeGreaterThan(1_000);
    expect(await loudness(tracks[1]!.wavPath)).toBeLessThan(50);
  });

  it('follows a configured channel map', async () => {
    const input = await stereoCall('swapped.wav', ['-c:a', 'pcm_s16le']);
    const tracks = await normaliseForAsr(input, await mkdtemp(join(dir, 'out-')), { channelMap: { left: 'caller', right: 'agent' }, tools });
    expect(tracks.map((t) => t.speaker)).toEqual(['caller', 'agent']);
    expect(await loudness(tracks[0]!.wavPath)).toBeGreaterThan(1_000);
  });

  it('makes one track with speaker "unknown" of a mono recording', async () => {
    const input = join(dir, 'mono.wav');
    await run(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=2', input]);
    const tracks = await normaliseForAsr(input, await mkdtemp(join(dir, 'out-')), { tools });
    expect(tracks).toHaveLength(1);
    expect(tracks[0]!.speaker).toBe('unknown');
  });

  it('reports a recording whose body does not decode as damaged', async () => {
    const good = await stereoCall('good.flac', ['-c:a', 'flac']);
    const bytes = await readFile(good);
    // Keep the header (ffprobe still sees a 3-second FLAC), replace the frames with noise.
    for (let i = 8_192; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    const damaged = join(dir, 'damaged.flac');
    await writeFile(damaged, bytes);
    await expect(normaliseForAsr(damaged, await mkdtemp(join(dir, 'out-')), { tools })).rejects.toThrow(DamagedRecording);
  });

  it('passes file names with spaces, quotes and shell syntax as they are, and runs nothing', async () => {
    const odd = join(await mkdtemp(join(dir, "it's a \"call\"; $(touch pwned) `touch pwned2` -")), '-x; rm -rf ~ $HOME.wav');
    await copyFile(await stereoCall('plain.wav', ['-c:a', 'pcm_s16le']), odd);
    const out = await mkdtemp(join(dir, 'out-'));
    const tracks = await normaliseForAsr(odd, out, { tools });
    expect(tracks).toHaveLength(2);
    expect(existsSync(join(process.cwd(), 'pwned'))).toBe(false);
    expect(existsSync(join(process.cwd(), 'pwned2'))).toBe(false);
    expect((await readdir(out)).sort()).toEqual(['left.wav', 'right.wav']);
  });
});

describe('inspectRecording', () => {
  it('rejects an empty file, a text file and a recording over the limits, each with its reason', async () => {
    const empty = join(dir, 'empty.wav');
    await writeFile(empty, '');
    const text = join(dir, 'notes.wav');
    await writeFile(text, 'just some words, not sound');
    const call = await stereoCall('limits.wav', ['-c:a', 'pcm_s16le']);
    await expect(inspectRecording(empty, DEFAULT_AUDIO_LIMITS, tools)).rejects.toMatchObject({ reason: 'empty' });
    await expect(inspectRecording(text, DEFAULT_AUDIO_LIMITS, tools)).rejects.toMatchObject({ reason: 'not-audio' });
    await expect(inspectRecording(call, { ...DEFAULT_AUDIO_LIMITS, maxBytes: 1_000 }, tools)).rejects.toMatchObject({ reason: 'too-large' });
    await expect(inspectRecording(call, { ...DEFAULT_AUDIO_LIMITS, maxDurationMs: 1_000 }, tools)).rejects.toBeInstanceOf(AudioRejected);
    await expect(inspectRecording(call, DEFAULT_AUDIO_LIMITS, tools)).resolves.toMatchObject({ channels: 2, sampleRate: 48_000 });
  });
});
