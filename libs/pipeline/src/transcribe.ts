import { parseSidecarTranscript } from '@samtal/asr';
import type { LanguageRequest, Transcript } from '@samtal/contracts';

export interface TranscribeInput {
  /** The recording, for ASR. */
  audioPath: string;
  /** A transcript that came with the recording: when present, ASR is skipped. */
  sidecar?: Uint8Array;
  language: LanguageRequest;
}

/** Stage 1: a recording (and maybe its sidecar) becomes a transcript. */
export async function transcribeCall(input: TranscribeInput): Promise<Transcript> {
  if (input.sidecar) return parseSidecarTranscript(input.sidecar, input.language);
  throw new Error('speech recognition is not available yet: supply a sidecar transcript');
}
