import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { audioToolSettingsFrom, audioToolsEnvSchema, findOnPath, resolveAudioTools } from './tools.js';

let dir: string;
const executable = async (path: string) => {
  await writeFile(path, '#!/bin/sh\n');
  await chmod(path, 0o755);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-tools-'));
  await mkdir(join(dir, 'bin'));
  await mkdir(join(dir, 'opt'));
  await executable(join(dir, 'bin', 'ffprobe'));
  await executable(join(dir, 'opt', 'ffmpeg'));
  await executable(join(dir, 'opt', 'ffprobe'));
});

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('finding ffmpeg and ffprobe from settings, not the environment', () => {
  it('uses the binaries the settings name', () => {
    expect(resolveAudioTools({ ffmpeg: '/x/ffmpeg', ffprobe: '/x/ffprobe' })).toEqual({ ffmpeg: '/x/ffmpeg', ffprobe: '/x/ffprobe' });
  });

  it('takes ffprobe from beside the ffmpeg named, else from the PATH the settings give', () => {
    expect(resolveAudioTools({ ffmpeg: join(dir, 'opt', 'ffmpeg') }).ffprobe).toBe(join(dir, 'opt', 'ffprobe'));
    expect(resolveAudioTools({ ffmpeg: join(dir, 'none', 'ffmpeg'), path: join(dir, 'bin') }).ffprobe).toBe(join(dir, 'bin', 'ffprobe'));
    expect(findOnPath('ffprobe', `${join(dir, 'missing')}:${join(dir, 'bin')}`)).toBe(join(dir, 'bin', 'ffprobe'));
    expect(findOnPath('ffprobe', undefined)).toBeUndefined();
  });

  it('reads no environment variable of its own: FFMPEG_PATH and PATH count only through the settings', () => {
    process.env['FFPROBE_PATH'] = '/from/the/environment/ffprobe';
    process.env['PATH'] = join(dir, 'bin');
    expect(() => resolveAudioTools({ ffmpeg: join(dir, 'none', 'ffmpeg') })).toThrow(/ffprobe not found.*FFPROBE_PATH/);
    expect(findOnPath('ffprobe', undefined)).toBeUndefined();
  });

  it('turns the validated environment of an app into settings', () => {
    const env = audioToolsEnvSchema.parse({ FFMPEG_PATH: '/x/ffmpeg', PATH: '/usr/bin', UNRELATED: 'y' });
    expect(audioToolSettingsFrom(env)).toEqual({ ffmpeg: '/x/ffmpeg', ffprobe: undefined, path: '/usr/bin' });
  });
});
