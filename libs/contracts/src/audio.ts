import { z } from 'zod';
import { SpeakerSchema } from './transcript.js';

/** What ffprobe found in an uploaded recording. */
export const AudioInfoSchema = z.object({
  durationMs: z.number().int().nonnegative(),
  channels: z.number().int().positive(),
  sampleRate: z.number().int().positive(),
  codec: z.string(),
  container: z.string(),
});
export type AudioInfo = z.infer<typeof AudioInfoSchema>;

/** Which speaker each stereo channel carries. */
export const ChannelMapSchema = z.object({ left: SpeakerSchema, right: SpeakerSchema });
export type ChannelMap = z.infer<typeof ChannelMapSchema>;
export const DEFAULT_CHANNEL_MAP: ChannelMap = { left: 'agent', right: 'caller' };
