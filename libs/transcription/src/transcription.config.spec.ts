import { describe, expect, it } from 'vitest';
import { transcriptionEnvSchema } from './transcription.config.js';

describe('transcriber configuration', () => {
  it('finds speech with the default detector unless ASR_SPEECH_DETECTOR names the other', () => {
    expect(transcriptionEnvSchema.parse({}).ASR_SPEECH_DETECTOR).toBe('silero');
    expect(transcriptionEnvSchema.parse({ ASR_SPEECH_DETECTOR: 'energy' }).ASR_SPEECH_DETECTOR).toBe('energy');
  });

  it('refuses a detector it does not know, naming the setting', () => {
    const result = transcriptionEnvSchema.safeParse({ ASR_SPEECH_DETECTOR: 'webrtc' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['ASR_SPEECH_DETECTOR']);
  });
});
