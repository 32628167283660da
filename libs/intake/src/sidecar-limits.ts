import { BadRequestException, PayloadTooLargeException, UnprocessableEntityException } from '@nestjs/common';
import { InvalidSidecar, parseSidecarTranscript } from '@samtal/asr';
import type { LanguageRequest, Transcript } from '@samtal/contracts';

export interface SidecarLimits {
  maxBytes: number;
  maxSegments: number;
}

/**
 * A sidecar transcript is checked before anything is stored: over its size limit 413, not a
 * transcript 400, more utterances than the limit 422. Drafting costs about a millisecond of CPU per
 * utterance (docs/benchmarks.md), and the limits keep the largest call a few seconds' work.
 */
export function checkSidecar(content: Uint8Array, language: LanguageRequest, limits: SidecarLimits): Transcript {
  if (content.byteLength > limits.maxBytes) throw sidecarTooLarge(limits.maxBytes);
  let transcript: Transcript;
  try {
    transcript = parseSidecarTranscript(content, language);
  } catch (err) {
    if (err instanceof InvalidSidecar) throw new BadRequestException(err.message);
    throw err;
  }
  if (transcript.segments.length > limits.maxSegments) {
    throw new UnprocessableEntityException(
      `the transcript has ${transcript.segments.length} utterances; at most ${limits.maxSegments} are accepted (MAX_SIDECAR_SEGMENTS); split the call or send it without a transcript`,
    );
  }
  return transcript;
}

export function sidecarTooLarge(maxBytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`the transcript is larger than ${maxBytes} bytes (MAX_SIDECAR_BYTES); split the call or send it without a transcript`);
}
