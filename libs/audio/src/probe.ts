import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AudioInfo } from '@samtal/contracts';
import { run } from './run.js';
import type { AudioTools } from './tools.js';

export type AudioRejection = 'empty' | 'not-audio' | 'too-large' | 'too-long' | 'too-short';

/** The recording cannot be accepted; `message` says why in words a user can act on. */
export class AudioRejected extends Error {
  constructor(
    readonly reason: AudioRejection,
    message: string,
  ) {
    super(message);
    this.name = 'AudioRejected';
  }
}

export interface AudioLimits {
  maxBytes: number;
  maxDurationMs: number;
  minDurationMs: number;
}

export const DEFAULT_AUDIO_LIMITS: AudioLimits = {
  maxBytes: 500 * 1024 * 1024,
  maxDurationMs: 4 * 3600_000,
  minDurationMs: 200,
};

interface FfprobeOutput {
  streams?: { codec_type?: string; codec_name?: string; channels?: number; sample_rate?: string; duration?: string }[];
  format?: { format_name?: string; duration?: string };
}

/** Reads duration, channels, sample rate and codec without decoding the whole file. */
export async function probeAudio(path: string, tools: AudioTools): Promise<AudioInfo> {
  let output: FfprobeOutput;
  try {
    const { stdout } = await run(
      tools.ffprobe,
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-i', `file:${resolve(path)}`],
      { timeoutMs: 60_000 },
    );
    output = JSON.parse(stdout.toString()) as FfprobeOutput;
  } catch {
    throw new AudioRejected('not-audio', 'the file is not a recording ffmpeg can read');
  }
  const stream = output.streams?.find((s) => s.codec_type === 'audio');
  if (!stream || !stream.channels || !stream.sample_rate) {
    throw new AudioRejected('not-audio', 'the file has no audio stream');
  }
  const seconds = Number(stream.duration ?? output.format?.duration);
  if (!Number.isFinite(seconds)) throw new AudioRejected('not-audio', 'the recording has no readable duration');
  return {
    durationMs: Math.round(seconds * 1000),
    channels: stream.channels,
    sampleRate: Number(stream.sample_rate),
    codec: stream.codec_name ?? 'unknown',
    container: output.format?.format_name ?? 'unknown',
  };
}

/** Probes a recording and checks it against the limits; throws `AudioRejected` with a clear reason. */
export async function inspectRecording(path: string, limits: AudioLimits, tools: AudioTools): Promise<AudioInfo> {
  const { size } = await stat(path);
  if (size === 0) throw new AudioRejected('empty', 'the audio file is empty');
  if (size > limits.maxBytes) {
    throw new AudioRejected('too-large', `the audio file is larger than ${Math.floor(limits.maxBytes / 1024 / 1024)} MB`);
  }
  const info = await probeAudio(path, tools);
  if (info.durationMs > limits.maxDurationMs) {
    throw new AudioRejected('too-long', `the recording is longer than ${Math.round(limits.maxDurationMs / 60_000)} minutes`);
  }
  if (info.durationMs < limits.minDurationMs) {
    throw new AudioRejected('too-short', `the recording is shorter than ${limits.minDurationMs} ms`);
  }
  return info;
}
