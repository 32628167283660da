import { DEFAULT_CHANNEL_MAP, type AudioInfo, type ChannelMap, type Speaker } from '@samtal/contracts';
import { join, resolve } from 'node:path';
import { probeAudio } from './probe.js';
import { run } from './run.js';
import type { AudioTools } from './tools.js';
import { ASR_SAMPLE_RATE, readWavLayout } from './wav.js';

/** One speaker's side of a call, ready for Whisper: 16 kHz mono 16-bit PCM WAV on disk. */
export interface ChannelTrack {
  speaker: Speaker;
  wavPath: string;
  durationMs: number;
}

/**
 * The recording decoded to less than it claims to hold: the file is damaged. (The transcriber
 * gives such a call up at once: ingest stores uploads whole, so a retry decodes the same bytes.)
 */
export class DamagedRecording extends Error {
  constructor(decodedMs: number, expectedMs: number) {
    super(`the recording is damaged: only ${Math.round(decodedMs / 1000)} of ${Math.round(expectedMs / 1000)} seconds could be decoded`);
    this.name = 'DamagedRecording';
  }
}

export interface NormaliseOptions {
  /** Which speaker each stereo channel carries (default: left agent, right caller). */
  channelMap?: ChannelMap;
  /** False: mix a stereo call down to one track with speaker `unknown`. */
  splitStereo?: boolean;
  /** What ffprobe said about the recording, when it is already known. */
  info?: AudioInfo;
  /** ffmpeg and ffprobe, as `resolveAudioTools` found them from the app's settings. */
  tools: AudioTools;
}

/** Share of the probed duration that must decode; containers estimate durations loosely. */
const MIN_DECODED_SHARE = 0.9;
const DURATION_SLACK_MS = 1_000;

/**
 * Decodes any recording ffmpeg reads into 16 kHz mono PCM WAV files in `outDir`, one per
 * speaker: a stereo call is split (left and right channel each on its own, so Whisper hears
 * one speaker at a time), anything else is mixed to one track with speaker `unknown`.
 * ffmpeg streams from file to file: no sample passes through this process's memory.
 */
export async function normaliseForAsr(inputPath: string, outDir: string, options: NormaliseOptions): Promise<ChannelTrack[]> {
  const tools = options.tools;
  const info = options.info ?? (await probeAudio(inputPath, tools));
  const map = options.channelMap ?? DEFAULT_CHANNEL_MAP;
  const pcm = ['-ar', String(ASR_SAMPLE_RATE), '-ac', '1', '-c:a', 'pcm_s16le', '-map_metadata', '-1', '-bitexact', '-f', 'wav'];

  const outputs: { speaker: Speaker; path: string; args: string[] }[] =
    info.channels === 2 && options.splitStereo !== false
      ? [
          { speaker: map.left, path: join(outDir, 'left.wav'), args: ['-map', '[left]', ...pcm] },
          { speaker: map.right, path: join(outDir, 'right.wav'), args: ['-map', '[right]', ...pcm] },
        ]
      : [{ speaker: 'unknown', path: join(outDir, 'mono.wav'), args: ['-map', '0:a:0', ...pcm] }];

  const split = outputs.length === 2 ? ['-filter_complex', '[0:a:0]pan=mono|c0=c0[left];[0:a:0]pan=mono|c0=c1[right]'] : [];
  await run(
    tools.ffmpeg,
    [
      '-nostdin', '-hide_banner', '-v', 'error', '-y',
      // `file:` keeps a name such as `concat:…` or `http://…` from being read as a protocol.
      '-i', `file:${resolve(inputPath)}`,
      ...split,
      ...outputs.flatMap((o) => [...o.args, `file:${o.path}`]),
    ],
    { timeoutMs: 30 * 60_000 },
  );

  const tracks: ChannelTrack[] = [];
  for (const output of outputs) {
    const { durationMs } = await readWavLayout(output.path);
    if (durationMs < info.durationMs * MIN_DECODED_SHARE - DURATION_SLACK_MS) throw new DamagedRecording(durationMs, info.durationMs);
    tracks.push({ speaker: output.speaker, wavPath: output.path, durationMs });
  }
  return tracks;
}
