import { run } from '@samtal/audio';
import { testWhisper, type TestWhisper } from '@samtal/testing';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RecognitionAborted, RecognitionTimedOut } from './engine.js';
import { WhisperCppEngine, parseTimings, progressTracker, recognitionLimitMs } from './whisper-cpp.js';

let whisper: TestWhisper;
let dir: string;
let speech: string;
let tone: string;

/** Greedy, no fallback, 2 threads: deterministic, and quick with the generated model. */
const engine = (extra: Partial<ConstructorParameters<typeof WhisperCppEngine>[0]> = {}) =>
  new WhisperCppEngine({ model: whisper.model, binary: whisper.cli, threads: 2, beamSize: 1, temperatureFallback: false, ...extra });

beforeAll(async () => {
  whisper = testWhisper();
  dir = await mkdtemp(join(tmpdir(), 'samtal-whisper-'));
  speech = join(dir, 'speech.wav');
  const spoken = join(dir, 'spoken.wav');
  await run('espeak-ng', ['-v', 'sv', '-w', spoken, 'Hej, jag ringer om mitt bostadstillägg. Jag har fått ett brev.']);
  await run('ffmpeg', ['-v', 'error', '-y', '-i', spoken, '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', speech]);
  tone = join(dir, 'tone.wav');
  await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=3', '-ar', '16000', '-ac', '1', tone]);
});

describe('WhisperCppEngine with the generated tiny model', () => {
  it('returns one list of timed segments per input, with confidences, in one run', async () => {
    const asr = engine();
    const result = await asr.transcribe({ wavPaths: [speech, tone], language: 'sv' });
    expect(result.language).toBe('sv');
    expect(result.files).toHaveLength(2);
    expect(result.files[0]!.length).toBeGreaterThan(0);
    for (const s of result.files.flat()) {
      expect(s.endMs).toBeGreaterThanOrEqual(s.startMs);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.words).toBeUndefined();
    }
    // whisper.cpp's own timings: one model load, an encoder pass per 30-s window.
    expect(asr.lastTimings.encodeRuns).toBeGreaterThanOrEqual(2);
    expect(asr.lastTimings.encodeMs).toBeGreaterThan(0);
  }, 60_000);

  it('gives word timestamps when enabled, inside their segment', async () => {
    const { files } = await engine({ wordTimestamps: true }).transcribe({ wavPaths: [speech], language: 'sv' });
    const words = files[0]!.flatMap((s) => s.words ?? []);
    expect(words.length).toBeGreaterThan(0);
    for (const segment of files[0]!) {
      for (const w of segment.words ?? []) {
        expect(w.text.trim()).toBe(w.text);
        expect(w.endMs).toBeGreaterThanOrEqual(w.startMs);
        expect(w.startMs).toBeGreaterThanOrEqual(segment.startMs - 10);
      }
    }
  }, 60_000);

  it('is deterministic with greedy decoding', async () => {
    const a = await engine().transcribe({ wavPaths: [speech], language: 'en' });
    const b = await engine().transcribe({ wavPaths: [speech], language: 'en' });
    expect(b).toEqual(a);
  }, 60_000);

  it('detects the language when asked to, as Swedish or English', async () => {
    const { language } = await engine().transcribe({ wavPaths: [speech], language: 'auto' });
    expect(['sv', 'en']).toContain(language);
  }, 60_000);

  it('passes model and audio paths with spaces, quotes and shell syntax as they are, and runs nothing', async () => {
    const odd = join(dir, `it's "odd"; $(touch pwned) & touch pwned2 |`);
    await mkdir(odd);
    await copyFile(whisper.model, join(odd, 'model; rm -rf x.bin'));
    await copyFile(speech, join(odd, '-f speech $(id).wav'));
    const asr = engine({ model: join(odd, 'model; rm -rf x.bin') });
    const result = await asr.transcribe({ wavPaths: [join(odd, '-f speech $(id).wav')], language: 'sv' });
    expect(result.files[0]!.length).toBeGreaterThan(0);
    expect(existsSync('pwned') || existsSync('pwned2') || existsSync(join(odd, 'pwned'))).toBe(false);
  }, 60_000);

  it('fails with whisper.cpp’s reason when the model is not one', async () => {
    const bad = join(dir, 'bad.bin');
    await writeFile(bad, 'not a model');
    await expect(engine({ model: bad }).transcribe({ wavPaths: [tone], language: 'sv' })).rejects.toThrow(/^whisper\.cpp exited with \d+: .*(failed|invalid|error)/i);
  }, 60_000);
});

describe('parseTimings', () => {
  it('reports progress over all its files, rising to 100', async () => {
    const seen: number[] = [];
    await engine().transcribe({ wavPaths: [speech, tone], language: 'sv', onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(100);
  }, 60_000);

  it('stops at its time limit, which scales with the audio, with a reason that says so', async () => {
    expect(recognitionLimitMs(72_000)).toBe(60_000 + 5 * 72_000);
    expect(recognitionLimitMs(10_000, { timeoutBaseMs: 1_000, timeoutFactor: 2 })).toBe(21_000);
    const failure = await engine({ timeoutBaseMs: 1, timeoutFactor: 0 }).transcribe({ wavPaths: [speech], language: 'sv' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RecognitionTimedOut);
    expect((failure as Error).message).toMatch(/speech recognition timed out: no result within 0 s, the limit for \d+ s of speech/);
  }, 60_000);

  it('stops when its caller aborts (a worker shutting down)', async () => {
    const controller = new AbortController();
    const running = engine().transcribe({ wavPaths: [speech, tone], language: 'sv', signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toBeInstanceOf(RecognitionAborted);
  }, 60_000);

  it('turns per-file progress lines into the share of all the audio', () => {
    const seen: number[] = [];
    const track = progressTracker([100, 300, 100], (p) => seen.push(p));
    for (const line of ['whisper_print_progress_callback: progress =  50%', 'other output', 'progress = 100%', 'progress =   0%', 'progress =  50%', 'progress = 100%']) track.line(line);
    expect(seen).toEqual([10, 20, 50, 80]);
    track.line('progress = 100%'); // the third file, short: only its 100 %
    expect(seen.at(-1)).toBe(100);
  });

  it('reads whisper.cpp’s timing lines', () => {
    const stderr = [
      'whisper_print_timings:     load time =   108.42 ms',
      'whisper_print_timings:   encode time =   726.89 ms /     2 runs (   363.45 ms per run)',
      'whisper_print_timings:    total time =   893.82 ms',
    ].join('\n');
    expect(parseTimings(stderr)).toEqual({ loadMs: 108.42, encodeMs: 726.89, encodeRuns: 2, totalMs: 893.82 });
  });
});
