import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';
import { createSileroDetector, createSpeechDetector, speechWindows } from './silero.js';
import { energyDetector } from './speech.js';
import { audioToolSettingsFrom, resolveAudioTools } from './tools.js';

const { ffmpeg } = resolveAudioTools(audioToolSettingsFrom(process.env));
let dir: string;
const silero = createSileroDetector();

async function render(name: string, inputs: string[], filter?: string): Promise<string> {
  const path = join(dir, name);
  await run(ffmpeg, ['-v', 'error', '-y', ...inputs, ...(filter ? ['-filter_complex', filter] : []), '-ar', '16000', '-ac', '1', '-c:a', 'pcm_s16le', path]);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-silero-'));
});
afterAll(() => silero.close());

describe('speechWindows (Silero hysteresis)', () => {
  it('starts at the threshold and holds speech until the probability falls below the lower one', () => {
    expect(speechWindows([0.1, 0.6, 0.4, 0.36, 0.3, 0.45, 0.5], 0.5, 0.35)).toEqual([false, true, true, true, false, false, true]);
  });
});

describe('Silero speech detection (onnxruntime-node, real weights)', () => {
  it('finds the two sentences of espeak-ng speech and not the 5-s pause between them', async () => {
    const first = join(dir, 'first.wav');
    const second = join(dir, 'second.wav');
    await run('espeak-ng', ['-v', 'sv', '-w', first, 'Hej, jag ringer om min pension.']);
    await run('espeak-ng', ['-v', 'sv', '-w', second, 'Tack, det var allt för idag.']);
    const speech = await render('speech.wav', ['-i', first, '-i', second], '[0:a]aresample=16000,apad=pad_dur=5[a];[1:a]aresample=16000[b];[a][b]concat=n=2:v=0:a=1');
    const regions = await silero.detect(speech);
    expect(regions).toHaveLength(2);
    expect(regions[0]!.startMs).toBeLessThan(500);
    expect(regions[1]!.startMs - regions[0]!.endMs).toBeGreaterThan(3_000);
  });

  it('hears no speech in a ringback tone, which the energy detector takes for speech', async () => {
    const ringback = await render('ringback.wav', ['-f', 'lavfi', '-i', "aevalsrc='0.3*lt(mod(t,6),1)*sin(2*PI*425*t)':s=16000:d=18"]);
    expect(await silero.detect(ringback)).toEqual([]);
    expect((await energyDetector.detect(ringback)).length).toBeGreaterThan(0);
  });

  it('finds nothing in digital silence or loud white noise', async () => {
    const silence = await render('silence.wav', ['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono:d=10']);
    const noise = await render('noise.wav', ['-f', 'lavfi', '-i', 'anoisesrc=color=white:amplitude=0.3:duration=10:sample_rate=16000']);
    expect(await silero.detect(silence)).toEqual([]);
    expect(await silero.detect(noise)).toEqual([]);
  });

  it('analyses concurrent requests one at a time, each from a fresh state', async () => {
    const silence = join(dir, 'silence.wav');
    const speech = join(dir, 'speech.wav');
    const [a, b, c] = await Promise.all([silero.detect(speech), silero.detect(silence), silero.detect(speech)]);
    expect(b).toEqual([]);
    expect(c).toEqual(a);
  });

  it('refuses audio that is not 16 kHz mono 16-bit', async () => {
    const stereo = join(dir, 'stereo.wav');
    await run(ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=stereo:d=1', '-c:a', 'pcm_s16le', stereo]);
    await expect(silero.detect(stereo)).rejects.toThrow(/16 kHz mono/);
  });

  it('is chosen by name', () => {
    expect(createSpeechDetector('silero').name).toBe('silero');
    expect(createSpeechDetector('energy')).toBe(energyDetector);
  });
});
