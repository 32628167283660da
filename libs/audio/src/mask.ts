import { copyFile } from 'node:fs/promises';
import { run } from './run.js';
import type { AudioTools } from './tools.js';

/** A stretch of audio, in milliseconds from the start. */
export interface AudioSpan {
  startMs: number;
  endMs: number;
}

export interface MaskOptions {
  /** A tone (the default: the listener hears that something was removed) or silence. */
  mode?: 'tone' | 'silence';
  toneHz?: number;
  /** ffmpeg, as `resolveAudioTools` found it from the app's settings. */
  tools: AudioTools;
  timeoutMs?: number;
}

/**
 * Writes a copy of `input` to `output` in which every span is replaced by a tone or by silence.
 * The format of `output` follows its extension; channels and sample rate stay as they were.
 */
export async function maskSpans(input: string, spans: readonly AudioSpan[], output: string, options: MaskOptions): Promise<void> {
  const valid = spans.filter((s) => s.endMs > s.startMs);
  const opus = /\.(ogg|opus)$/i.test(output);
  if (valid.length === 0 && !opus) {
    await copyFile(input, output);
    return;
  }
  const { ffmpeg } = options.tools;
  const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);
  const inSpans = valid.map((s) => `between(t,${seconds(s.startMs)},${seconds(s.endMs)})`).join('+');
  const muted = `volume=enable='${inSpans}':volume=0`;
  const args = ['-nostdin', '-y', '-v', 'error', '-i', input];
  if (valid.length === 0) {
    // Nothing to mask: the copy is only re-encoded.
  } else if ((options.mode ?? 'tone') === 'silence') {
    args.push('-af', muted);
  } else {
    const tone = `sine=frequency=${options.toneHz ?? 1000},volume=0.25,volume=enable='not(${inSpans})':volume=0`;
    args.push('-filter_complex', `[0:a]${muted}[muted];${tone}[tone];[muted][tone]amix=inputs=2:duration=first:normalize=0[out]`, '-map', '[out]');
  }
  // Ogg output is Opus, compact for playback in a browser (speech at 32 kbit/s).
  if (opus) args.push('-c:a', 'libopus', '-b:a', '32k');
  args.push(output);
  await run(ffmpeg, args, { timeoutMs: options.timeoutMs ?? 10 * 60_000 });
}
