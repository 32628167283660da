import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { detectSpeech, toSourceMs, writeSpeechBlocks } from './speech.js';
import { audioToolSettingsFrom, resolveAudioTools } from './tools.js';
import { readWavLayout } from './wav.js';

const { ffmpeg } = resolveAudioTools(audioToolSettingsFrom(process.env));
let dir: string;

/** Renders an ffmpeg source (lavfi) or filter chain into a 16 kHz mono 16-bit WAV. */
async function render(name: string, inputs: string[], filter?: string): Promise<string> {
  const path = join(dir, name);
  await run(ffmpeg, ['-v', 'error', '-y', ...inputs, ...(filter ? ['-filter_complex', filter] : []), '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', path]);
  return path;
}

/** Two spoken sentences with 5 s of silence between them, over faint line noise. */
async function speechWithPause(): Promise<string> {
  const first = join(dir, 'first.wav');
  const second = join(dir, 'second.wav');
  await run('espeak-ng', ['-v', 'sv', '-w', first, 'Hej, jag ringer om min pension.']);
  await run('espeak-ng', ['-v', 'sv', '-w', second, 'Tack, det var allt för idag.']);
  return render(
    'speech.wav',
    ['-i', first, '-i', second, '-f', 'lavfi', '-i', 'anoisesrc=color=white:amplitude=0.003:sample_rate=16000'],
    '[0:a]aresample=16000,apad=pad_dur=5[a];[1:a]aresample=16000[b];[a][b]concat=n=2:v=0:a=1[s];[s][2:a]amix=inputs=2:duration=first:normalize=0',
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-speech-'));
});

describe('detectSpeech', () => {
  it('finds no speech in digital silence', async () => {
    const silence = await render('silence.wav', ['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono:d=20']);
    expect(await detectSpeech(silence)).toEqual([]);
  });

  it.each(['white', 'pink', 'brown'])('finds no speech in steady %s noise, however loud', async (color) => {
    const noise = await render(`${color}.wav`, ['-f', 'lavfi', '-i', `anoisesrc=color=${color}:amplitude=0.3:duration=20:sample_rate=16000`]);
    expect(await detectSpeech(noise)).toEqual([]);
  });

  it('finds each sentence of speech, and not the pause between them', async () => {
    const speech = await speechWithPause();
    const regions = await detectSpeech(speech);
    expect(regions).toHaveLength(2);
    const [first, second] = regions as [{ startMs: number; endMs: number }, { startMs: number; endMs: number }];
    expect(first.startMs).toBeLessThan(500);
    expect(second.startMs - first.endMs).toBeGreaterThan(3_000);
    expect(second.endMs).toBeGreaterThan(second.startMs + 1_000);
  });
});

describe('writeSpeechBlocks', () => {
  it('packs the speech without the long pause, and maps block times back to the track', async () => {
    const speech = await speechWithPause();
    const regions = await detectSpeech(speech);
    const [block, ...more] = await writeSpeechBlocks(speech, regions, dir, { name: 'packed', maxBlockMs: 60_000 });
    expect(more).toEqual([]);
    const kept = regions.reduce((ms, r) => ms + r.endMs - r.startMs, 0);
    expect(block!.durationMs).toBe(kept);
    expect((await readWavLayout(block!.wavPath)).durationMs).toBe(kept);
    // The block's samples are the track's own, piece by piece.
    const track = await readFile(speech);
    const packed = await readFile(block!.wavPath);
    const trackData = (await readWavLayout(speech)).dataOffset;
    const secondPiece = block!.pieces[1]!;
    const at = (ms: number) => ms * 32;
    expect(packed.subarray(44 + at(secondPiece.blockMs), 44 + at(secondPiece.blockMs) + 3_200)).toEqual(
      track.subarray(trackData + at(secondPiece.sourceMs), trackData + at(secondPiece.sourceMs) + 3_200),
    );
    expect(toSourceMs(block!, 0)).toBe(regions[0]!.startMs);
    expect(toSourceMs(block!, secondPiece.blockMs + 250)).toBe(regions[1]!.startMs + 250);
    expect(toSourceMs(block!, block!.durationMs + 10_000)).toBe(regions[1]!.endMs);
  });

  it('splits speech into blocks no longer than asked', async () => {
    const regions = Array.from({ length: 6 }, (_, i) => ({ startMs: i * 3_000, endMs: i * 3_000 + 2_000 }));
    const track = await render('tone.wav', ['-f', 'lavfi', '-i', 'sine=frequency=200:duration=20:sample_rate=16000']);
    const blocks = await writeSpeechBlocks(track, regions, dir, { name: 'split', maxBlockMs: 5_000 });
    expect(blocks.map((b) => b.durationMs)).toEqual([4_000, 4_000, 4_000]);
    expect(blocks[2]!.pieces.map((p) => p.sourceMs)).toEqual([12_000, 15_000]);
  });

  it('keeps memory bounded on a 60-minute track (streams, never loads the samples)', async () => {
    const long = await render('long.wav', [
      '-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=16000:duration=3600',
      '-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.002:sample_rate=16000:duration=3600',
    ], "[0:a]volume='if(lt(mod(t,20),8),1,0)':eval=frame[talk];[talk][1:a]amix=inputs=2:normalize=0");
    expect((await readWavLayout(long)).dataBytes).toBeGreaterThan(100 * 1024 * 1024);
    const before = process.resourceUsage().maxRSS;
    const regions = await detectSpeech(long);
    const blocks = await writeSpeechBlocks(long, regions, dir, { name: 'long', maxBlockMs: 10 * 60_000 });
    const grownKb = process.resourceUsage().maxRSS - before;
    expect(regions).toHaveLength(180); // 8 s of "speech" every 20 s
    expect(blocks.length).toBeGreaterThan(2);
    // The track is 115 MB as 16-bit samples (230 MB as floats); the peak grows far less.
    expect(grownKb).toBeLessThan(40 * 1024);
  }, 120_000);
});
