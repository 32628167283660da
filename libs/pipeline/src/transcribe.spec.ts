import { WhisperCppEngine, type AsrEngine, type AsrRequest } from '@samtal/asr';
import { audioToolSettingsFrom, resolveAudioTools, run } from '@samtal/audio';
import { synthesizeCall, testWhisper } from '@samtal/testing';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoSpeechRecogniser, transcribeCall } from './transcribe.js';

/** The real whisper.cpp with the generated model, counting what it is handed. */
class CountingEngine implements AsrEngine {
  readonly name = 'counting whisper.cpp';
  requests: AsrRequest[] = [];
  private readonly whisper: WhisperCppEngine;
  constructor() {
    const { cli, model } = testWhisper();
    this.whisper = new WhisperCppEngine({ binary: cli, model, threads: 2, beamSize: 1, temperatureFallback: false });
  }
  transcribe(request: AsrRequest) {
    this.requests.push(request);
    return this.whisper.transcribe(request);
  }
}

const audioTools = resolveAudioTools(audioToolSettingsFrom(process.env));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-pipeline-'));
});

async function lavfi(name: string, source: string): Promise<string> {
  const path = join(dir, name);
  await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', source, '-ac', '2', path]);
  return path;
}

describe('transcribeCall with whisper.cpp', () => {
  it('turns a stereo call into one dialogue of agent and caller turns in time order', async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Försäkringskassan, du pratar med Johan. Vad gäller det?' },
      { speaker: 'caller', text: 'Jag undrar när min sjukpenning kommer att betalas ut.' },
      { speaker: 'agent', text: 'Den betalas ut på fredag. Något mer?' },
    ]);
    const engine = new CountingEngine();
    const transcript = await transcribeCall({ audioPath: call.wavPath, language: 'sv' }, { engine, audioTools });
    expect(transcript.source).toBe('asr');
    expect(transcript.language).toBe('sv');
    const speakers = new Set(transcript.segments.map((s) => s.speaker));
    expect(speakers).toEqual(new Set(['agent', 'caller']));
    transcript.segments.forEach((s, i) => {
      expect(s.index).toBe(i);
      if (i > 0) expect(s.startMs!).toBeGreaterThanOrEqual(transcript.segments[i - 1]!.startMs!);
      expect(s.endMs!).toBeGreaterThanOrEqual(s.startMs!);
    });
    // One whisper.cpp run for the whole call: the model is loaded once.
    expect(engine.requests).toHaveLength(1);
    // The caller speaks only in the middle turn: none of their text can start before it.
    const firstCaller = transcript.segments.find((s) => s.speaker === 'caller')!;
    expect(firstCaller.startMs!).toBeGreaterThan(2_000);
  }, 120_000);

  it('labels a mono call "unknown"', async () => {
    const mono = join(dir, 'mono.wav');
    await run('espeak-ng', ['-v', 'en', '-w', mono, 'Hello, I am calling about my pension.']);
    const transcript = await transcribeCall({ audioPath: mono, language: 'en' }, { engine: new CountingEngine(), audioTools });
    expect(transcript.segments.length).toBeGreaterThan(0);
    expect(new Set(transcript.segments.map((s) => s.speaker))).toEqual(new Set(['unknown']));
  }, 120_000);

  it.each([
    ['silence', 'anullsrc=r=8000:cl=stereo:d=30'],
    ['white noise', 'anoisesrc=color=white:amplitude=0.2:duration=30:sample_rate=8000'],
    ['pink noise', 'anoisesrc=color=pink:amplitude=0.4:duration=30:sample_rate=8000'],
  ])('returns no text for a call of only %s, without running Whisper on it', async (name, source) => {
    const audio = await lavfi(`${name.replace(' ', '-')}.wav`, source);
    const engine = new CountingEngine();
    const transcript = await transcribeCall({ audioPath: audio, language: 'sv' }, { engine, audioTools });
    expect(transcript.segments).toEqual([]);
    expect(engine.requests.flatMap((r) => r.wavPaths)).toEqual([]);
  }, 60_000);

  it('asks for a recogniser when there is neither one nor a sidecar', async () => {
    const audio = await lavfi('any.wav', 'sine=duration=1');
    await expect(transcribeCall({ audioPath: audio, language: 'sv' })).rejects.toThrow(NoSpeechRecogniser);
  });
});
