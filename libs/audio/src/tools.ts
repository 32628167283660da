import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { z } from 'zod';
import { isExecutable } from './run.js';

export interface AudioTools {
  ffmpeg: string;
  ffprobe: string;
}

/**
 * Where to find ffmpeg and ffprobe, as the apps' validated config gives it (no environment
 * reads in here): explicit binaries, and the `PATH` searched for them otherwise.
 */
export interface AudioToolSettings {
  ffmpeg?: string;
  ffprobe?: string;
  /** A `PATH`-style list of directories. */
  path?: string;
}

/** The environment variables behind `AudioToolSettings`, for the apps' env schemas. */
export const audioToolsEnvSchema = z.object({
  /** The ffmpeg binary; unset: ffmpeg-static's, else `ffmpeg` on PATH. */
  FFMPEG_PATH: z.string().optional(),
  /** The ffprobe binary; unset: beside the ffmpeg found, else `ffprobe` on PATH. */
  FFPROBE_PATH: z.string().optional(),
  PATH: z.string().optional(),
});
export type AudioToolsEnv = z.infer<typeof audioToolsEnvSchema>;

export function audioToolSettingsFrom(env: AudioToolsEnv): AudioToolSettings {
  return { ffmpeg: env.FFMPEG_PATH, ffprobe: env.FFPROBE_PATH, path: env.PATH };
}

/** The first executable `name` in the directories of `path` (a `PATH`-style list). */
export function findOnPath(name: string, path: string | undefined): string | undefined {
  return (path ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

/** The binary `ffmpeg-static` installed, if its (download-at-install) script succeeded. */
function ffmpegStaticBinary(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('ffmpeg-static') as string | null;
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds ffmpeg: `settings.ffmpeg` (FFMPEG_PATH) → the `ffmpeg-static` binary (an optional
 * dependency whose install downloads it, so it is absent offline) → `ffmpeg` on PATH. ffprobe,
 * which ffmpeg-static does not ship: `settings.ffprobe` (FFPROBE_PATH) → beside the ffmpeg found → PATH.
 */
export function resolveAudioTools(settings: AudioToolSettings): AudioTools {
  const ffmpeg = settings.ffmpeg || ffmpegStaticBinary() || findOnPath('ffmpeg', settings.path);
  if (!ffmpeg) {
    throw new Error('ffmpeg not found: install it (e.g. apt-get install ffmpeg) or set FFMPEG_PATH');
  }
  const sibling = join(dirname(ffmpeg), 'ffprobe');
  const ffprobe = settings.ffprobe || (isExecutable(sibling) ? sibling : findOnPath('ffprobe', settings.path));
  if (!ffprobe) {
    throw new Error('ffprobe not found: install ffmpeg with ffprobe (e.g. apt-get install ffmpeg) or set FFPROBE_PATH');
  }
  return { ffmpeg, ffprobe };
}
