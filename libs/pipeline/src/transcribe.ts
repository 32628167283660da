import { energyDetector, normaliseForAsr, probeAudio, toSourceMs, writeSpeechBlocks, type AudioTools, type SpeechBlock, type SpeechDetector } from '@samtal/audio';
import { parseSidecarTranscript, removeHallucinations, type AsrEngine, type AsrSegment } from '@samtal/asr';
import type { AudioInfo, ChannelMap, LanguageRequest, Segment, Speaker, Transcript } from '@samtal/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TranscribeInput {
  /** The recording, for ASR. */
  audioPath: string;
  /** A transcript that came with the recording: when present, ASR is skipped. */
  sidecar?: Uint8Array;
  language: LanguageRequest;
  /** Speaker on each stereo channel (default: left agent, right caller). */
  channelMap?: ChannelMap;
  /** What ffprobe said about the recording, if already known. */
  audio?: AudioInfo;
  /** Speech recognition's progress, 0–100 (long calls). */
  onProgress?: (percent: number) => void;
  /** Aborting stops speech recognition at once (a worker shutting down). */
  signal?: AbortSignal;
}

export interface AsrSetup {
  engine: AsrEngine;
  /** ffmpeg and ffprobe, which decode the call for Whisper (`resolveAudioTools`, from the app's settings). */
  audioTools: AudioTools;
  /**
   * False hands Whisper every sample, silences included (parity checks, debugging).
   * On by default: Whisper invents text in silence and steady noise.
   */
  detectSpeech?: boolean;
  /**
   * How speech is found. The services and the CLI pass the configured one (`ASR_SPEECH_DETECTOR`,
   * default Silero); absent, the energy detector (no model to load).
   */
  speechDetector?: SpeechDetector;
  /**
   * False keeps everything Whisper wrote: captions, subtitle credits and loops included
   * (for measuring the guards). On by default.
   */
  removeHallucinations?: boolean;
  /** Longest stretch of speech Whisper gets in one file; bounds its memory on long calls. */
  maxBlockMs?: number;
}

export const DEFAULT_MAX_BLOCK_MS = 10 * 60_000;

/** Thrown when a call without sidecar reaches a pipeline that has no speech recogniser. */
export class NoSpeechRecogniser extends Error {
  constructor() {
    super('no speech recogniser configured: install a Whisper model (samtal models) or supply a sidecar transcript');
    this.name = 'NoSpeechRecogniser';
  }
}

/** Stage 1: a recording (and maybe its sidecar) becomes a transcript. */
export async function transcribeCall(input: TranscribeInput, asr?: AsrSetup): Promise<Transcript> {
  if (input.sidecar) return parseSidecarTranscript(input.sidecar, input.language);
  if (!asr) throw new NoSpeechRecogniser();
  const scratch = await mkdtemp(join(tmpdir(), 'samtal-asr-'));
  try {
    return await recognise(input, asr, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

interface TrackBlocks {
  speaker: Speaker;
  blocks: SpeechBlock[];
}

/**
 * ffmpeg decodes the call into one 16 kHz track per speaker; speech detection cuts each
 * track's speech into blocks without the long silences; whisper.cpp recognises every block
 * in one run; times are mapped back to the call, Whisper's inventions removed per speaker,
 * and both speakers merged into one dialogue in time order.
 */
async function recognise(input: TranscribeInput, asr: AsrSetup, scratch: string): Promise<Transcript> {
  const info = input.audio ?? (await probeAudio(input.audioPath, asr.audioTools));
  const tracks = await normaliseForAsr(input.audioPath, scratch, { channelMap: input.channelMap, info, tools: asr.audioTools });

  const perTrack: TrackBlocks[] = [];
  for (const [n, track] of tracks.entries()) {
    const regions =
      asr.detectSpeech === false
        ? [{ startMs: 0, endMs: track.durationMs }]
        : await (asr.speechDetector ?? energyDetector).detect(track.wavPath);
    const blocks = await writeSpeechBlocks(track.wavPath, regions, scratch, {
      name: `track${n}`,
      maxBlockMs: asr.maxBlockMs ?? DEFAULT_MAX_BLOCK_MS,
    });
    perTrack.push({ speaker: track.speaker, blocks });
  }

  const allBlocks = perTrack.flatMap((t) => t.blocks);
  const result = await asr.engine.transcribe({
    wavPaths: allBlocks.map((b) => b.wavPath),
    language: input.language,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  });

  let next = 0;
  const dialogue: (AsrSegment & { speaker: Speaker })[] = [];
  for (const track of perTrack) {
    const segments = track.blocks.flatMap((block) => result.files[next++]!.map((s) => toCallTime(s, block)));
    const kept = asr.removeHallucinations === false ? segments : removeHallucinations(segments);
    dialogue.push(...kept.map((s) => ({ ...s, speaker: track.speaker })));
  }
  // In time order; where two speakers start together, the order of the channels.
  dialogue.sort((a, b) => a.startMs - b.startMs);
  return {
    language: result.language,
    source: 'asr',
    segments: dialogue.map((s, index): Segment => ({ index, ...s })),
  };
}

/** Times in the block become times in the call; words too. */
function toCallTime(segment: AsrSegment, block: SpeechBlock): AsrSegment {
  const startMs = toSourceMs(block, segment.startMs);
  return {
    ...segment,
    startMs,
    endMs: Math.max(startMs, toSourceMs(block, segment.endMs)),
    ...(segment.words
      ? {
          words: segment.words.map((w) => {
            const wordStart = toSourceMs(block, w.startMs);
            return { ...w, startMs: wordStart, endMs: Math.max(wordStart, toSourceMs(block, w.endMs)) };
          }),
        }
      : {}),
  };
}
