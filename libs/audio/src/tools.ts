import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { isExecutable } from './run.js';

export interface AudioTools {
  ffmpeg: string;
  ffprobe: string;
}

/** The first executable `name` in the directories of `PATH`. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return (env['PATH'] ?? '')
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
 * Finds ffmpeg: `FFMPEG_PATH` → the `ffmpeg-static` binary (an optional dependency whose
 * install downloads it, so it is absent offline) → `ffmpeg` on PATH. ffprobe, which
 * ffmpeg-static does not ship: `FFPROBE_PATH` → beside the ffmpeg found → PATH.
 */
export function resolveAudioTools(env: NodeJS.ProcessEnv = process.env): AudioTools {
  const ffmpeg = env['FFMPEG_PATH'] || ffmpegStaticBinary() || findOnPath('ffmpeg', env);
  if (!ffmpeg) {
    throw new Error('ffmpeg not found: install it (e.g. apt-get install ffmpeg) or set FFMPEG_PATH');
  }
  const sibling = join(dirname(ffmpeg), 'ffprobe');
  const ffprobe = env['FFPROBE_PATH'] || (isExecutable(sibling) ? sibling : findOnPath('ffprobe', env));
  if (!ffprobe) {
    throw new Error('ffprobe not found: install ffmpeg with ffprobe (e.g. apt-get install ffmpeg) or set FFPROBE_PATH');
  }
  return { ffmpeg, ffprobe };
}
