import { run } from '@samtal/audio';
import type { Transcript } from '@samtal/contracts';
import { testWhisper } from '@samtal/testing';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { transcribeCommand } from './transcribe.command.js';

let audio: string;

/** Runs `samtal transcribe …` in this process and returns what it printed. */
async function samtalTranscribe(args: string[]): Promise<string> {
  let printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += chunk.toString();
    return true;
  });
  await transcribeCommand().parseAsync(['node', 'transcribe', ...args]);
  vi.restoreAllMocks();
  return printed;
}

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-cli-'));
  const spoken = join(dir, 'spoken.wav');
  await run('espeak-ng', ['-v', 'sv', '-w', spoken, 'Hej, jag heter Anna och jag ringer om min pension. Den blev lägre i mars, och jag förstår inte varför.']);
  // Already 16 kHz mono 16-bit: ffmpeg's normalisation hands whisper.cpp exactly these samples.
  audio = join(dir, 'call with spaces; and (parens).wav');
  await run('ffmpeg', ['-v', 'error', '-y', '-i', spoken, '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', join(dir, 'tmp.wav')]);
  await copyFile(join(dir, 'tmp.wav'), audio);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('samtal transcribe', () => {
  it('returns exactly the text the whisper.cpp CLI prints for the same file, model and decoding', async () => {
    const { cli, model } = testWhisper();
    const decoding = ['--threads', '2', '--beam-size', '1', '--no-fallback', '--lang', 'sv'];
    const printed = await samtalTranscribe([audio, '--model', model, ...decoding, '--no-speech-detection', '--json']);
    const transcript = JSON.parse(printed) as Transcript;

    // whisper.cpp run directly: greedy, no fallback, same threads, no earlier-text context and
    // non-speech tokens suppressed (Samtal's defaults).
    const { stdout } = await run(cli, ['-m', model, '-f', audio, '-t', '2', '-bs', '1', '-mc', '0', '-nf', '-sns', '-l', 'sv']);
    const cliTexts = stdout
      .toString()
      .split('\n')
      .map((line) => /^\[[\d:.]+ --> [\d:.]+\]\s+(.*)$/.exec(line)?.[1]?.trim())
      .filter((t): t is string => t !== undefined);

    expect(cliTexts.length).toBeGreaterThan(0);
    expect(transcript.segments.map((s) => s.text)).toEqual(cliTexts);
    expect(transcript.segments.every((s) => s.speaker === 'unknown')).toBe(true);
  }, 120_000);

  it('prints a readable transcript with times and speakers', async () => {
    const { model } = testWhisper();
    const printed = await samtalTranscribe([audio, '--model', model, '--threads', '2', '--beam-size', '1', '--no-fallback', '--lang', 'sv']);
    expect(printed).toMatch(/^\[\d\d:\d\d\.\d → \d\d:\d\d\.\d\] unknown: .+$/m);
  }, 120_000);

  it('says how to install a model when the one asked for is missing', async () => {
    vi.stubEnv('SAMTAL_MODELS_DIR', await mkdtemp(join(tmpdir(), 'samtal-no-models-')));
    await expect(samtalTranscribe([audio, '--model', 'kb-whisper-small'])).rejects.toThrow(/samtal models download kb-whisper-small/);
  });
});
