import { energyDetector } from '@samtal/audio';
import { testWhisper } from '@samtal/testing';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asrSetup, withAsrOptions, type AsrCliOptions } from './asr-options.js';

/** Parses the shared speech-recognition options as `samtal transcribe` would. */
function parse(args: string[]): AsrCliOptions {
  const command = withAsrOptions(new Command('t').exitOverride().configureOutput({ writeErr: () => undefined }));
  command.parse(['node', 't', '--model', testWhisper().model, ...args]);
  return command.opts<AsrCliOptions>();
}

afterEach(() => vi.unstubAllEnvs());

describe('speech-recognition options', () => {
  it('runs with every guard by default: Silero speech detection, non-speech tokens suppressed, inventions removed', () => {
    const setup = asrSetup(parse([]));
    expect(setup.detectSpeech).toBe(true);
    expect(setup.speechDetector?.name).toBe('silero');
    expect(setup.removeHallucinations).toBe(true);
    expect(setup.engine.decodingArgs('sv')).toContain('-sns');
  });

  it('turns the post-Whisper filters off with --no-filters (for measuring the guards)', () => {
    const setup = asrSetup(parse(['--no-filters', '--no-speech-detection']));
    expect(setup.detectSpeech).toBe(false);
    expect(setup.removeHallucinations).toBe(false);
    expect(setup.engine.decodingArgs('sv')).not.toContain('-sns');
  });

  it('takes the speech detector from ASR_SPEECH_DETECTOR or --speech-detector, and refuses others', () => {
    vi.stubEnv('ASR_SPEECH_DETECTOR', 'energy');
    expect(asrSetup(parse([])).speechDetector).toBe(energyDetector);
    expect(asrSetup(parse(['--speech-detector', 'silero'])).speechDetector?.name).toBe('silero');
    vi.stubEnv('ASR_SPEECH_DETECTOR', 'silero');
    expect(asrSetup(parse(['--speech-detector', 'energy'])).speechDetector).toBe(energyDetector);
    vi.stubEnv('ASR_SPEECH_DETECTOR', 'webrtc');
    expect(() => parse([])).toThrow(/webrtc/);
  });
});
