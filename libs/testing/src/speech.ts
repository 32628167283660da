import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Utterance {
  speaker: 'agent' | 'caller';
  text: string;
}

export interface SynthesizedCall {
  /** Stereo WAV: agent on the left channel, caller on the right. */
  wavPath: string;
  /** The same dialogue as a plain-text sidecar transcript (no times). */
  sidecarText: string;
  /** The same dialogue as a JSON sidecar transcript, with each turn's times in milliseconds. */
  sidecarJson: string;
}

/**
 * Speaks a dialogue with espeak-ng, one utterance after the other, into a stereo call
 * recording: the agent's turns on the left channel, the caller's on the right.
 */
export async function synthesizeCall(dialogue: Utterance[], voice: 'sv' | 'en' = 'sv'): Promise<SynthesizedCall> {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-call-'));
  const parts: string[] = [];
  const segments: { speaker: string; start: number; end: number; text: string }[] = [];
  let atMs = 0;
  for (const [i, turn] of dialogue.entries()) {
    const mono = join(dir, `turn-${i}.wav`);
    await run('espeak-ng', ['-v', voice, '-s', '165', '-w', mono, turn.text]);
    // Pan the turn to its speaker's channel; the other channel is silent meanwhile.
    const stereo = join(dir, `turn-${i}-stereo.wav`);
    const pan = turn.speaker === 'agent' ? 'stereo|c0=c0|c1=0*c0' : 'stereo|c0=0*c0|c1=c0';
    await run('ffmpeg', ['-v', 'error', '-y', '-i', mono, '-af', `pan=${pan}`, '-ar', '16000', stereo]);
    parts.push(stereo);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', stereo]);
    const durationMs = Math.round(Number(stdout.trim()) * 1000);
    segments.push({ speaker: turn.speaker, start: atMs, end: atMs + durationMs, text: turn.text });
    atMs += durationMs;
  }
  const list = join(dir, 'turns.txt');
  await writeFile(list, parts.map((p) => `file '${p}'`).join('\n'));
  const wavPath = join(dir, 'call.wav');
  await run('ffmpeg', ['-v', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'pcm_s16le', wavPath]);
  return {
    wavPath,
    sidecarText: dialogue.map((t) => `${t.speaker}: ${t.text}`).join('\n') + '\n',
    sidecarJson: JSON.stringify({ language: voice, segments }),
  };
}

/**
 * A FLAC copy of a recording whose header is intact (ingest's probe accepts it) but whose
 * frames are garbage: decoding it fails, so its transcription fails on every attempt.
 */
export async function damagedRecording(wavPath: string) {
  const flacPath = join(await mkdtemp(join(tmpdir(), 'samtal-damaged-')), 'call.flac');
  await run('ffmpeg', ['-v', 'error', '-y', '-i', wavPath, '-c:a', 'flac', flacPath]);
  const flac = await readFile(flacPath);
  for (let i = 8_192; i < flac.length; i++) flac[i] = (i * 7919) % 251;
  return flac;
}
