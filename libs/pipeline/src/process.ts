import { DEFAULT_AUDIO_LIMITS, inspectRecording } from '@samtal/audio';
import type { AudioInfo, Transcript } from '@samtal/contracts';
import { draftCall, type DraftResult } from './draft.js';
import { transcribeCall, type AsrSetup, type TranscribeInput } from './transcribe.js';

export interface ProcessedCall extends DraftResult {
  audio: AudioInfo;
  transcript: Transcript;
}

/** The whole pipeline in one process, no NATS or MongoDB: what `samtal process` runs. */
export async function processCall(input: TranscribeInput, asr?: AsrSetup): Promise<ProcessedCall> {
  const audio = await inspectRecording(input.audioPath, DEFAULT_AUDIO_LIMITS);
  const transcript = await transcribeCall({ ...input, audio }, asr);
  return { audio, transcript, ...draftCall(transcript) };
}
