import { DEFAULT_AUDIO_LIMITS, inspectRecording, type AudioTools } from '@samtal/audio';
import type { AudioInfo, Transcript } from '@samtal/contracts';
import { callDateOf } from '@samtal/journal';
import { draftCall, type DraftResult, type DraftSettings } from './draft.js';
import { transcribeCall, type AsrSetup, type TranscribeInput } from './transcribe.js';

export interface ProcessInput extends TranscribeInput, DraftSettings {
  /** The call's date (YYYY-MM-DD); today where the agency is when absent. */
  callDate?: string;
  onLlmFallback?: (reason: string) => void;
  /** ffprobe checks the recording first (`resolveAudioTools`, from the app's settings). */
  audioTools: AudioTools;
}

export interface ProcessedCall extends DraftResult {
  audio: AudioInfo;
  transcript: Transcript;
}

/** The whole pipeline in one process, no NATS or MongoDB: what `samtal process` runs. */
export async function processCall(input: ProcessInput, asr?: AsrSetup): Promise<ProcessedCall> {
  const audio = await inspectRecording(input.audioPath, DEFAULT_AUDIO_LIMITS, input.audioTools);
  const transcript = await transcribeCall({ ...input, audio }, asr);
  const drafted = await draftCall(transcript, {
    taxonomy: input.taxonomy,
    llm: input.llm,
    alerts: input.alerts,
    allowedNumbers: input.allowedNumbers,
    onLlmFallback: input.onLlmFallback,
    callDate: input.callDate ?? callDateOf(new Date()),
    durationMs: audio.durationMs,
  });
  return { audio, transcript, ...drafted };
}
