import {
  LanguageSchema,
  SpeakerSchema,
  describeIssues,
  type Language,
  type Segment,
  type Transcript,
} from '@samtal/contracts';
import { z } from 'zod';
import { guessLanguage } from './language.js';

/**
 * A transcript that came with the recording (some telephony platforms transcribe).
 * Two formats, told apart by content: JSON, or plain text with one `agent:`/`caller:`
 * utterance per line.
 */
export class InvalidSidecar extends Error {
  constructor(message: string) {
    super(`invalid sidecar transcript: ${message}`);
    this.name = 'InvalidSidecar';
  }
}

const JsonSidecarSchema = z.strictObject({
  language: LanguageSchema.optional(),
  segments: z
    .array(
      z
        .strictObject({
          speaker: SpeakerSchema,
          start: z.number().int().nonnegative(),
          end: z.number().int().nonnegative(),
          text: z.string(),
          confidence: z.number().min(0).max(1).optional(),
          /** Word times, in the same milliseconds as the segment's: redacting audio masks only these words' time. */
          words: z
            .array(
              z
                .strictObject({
                  text: z.string(),
                  start: z.number().int().nonnegative(),
                  end: z.number().int().nonnegative(),
                  confidence: z.number().min(0).max(1).optional(),
                })
                .refine((w) => w.end >= w.start, { message: 'end before start', path: ['end'] }),
            )
            .optional(),
        })
        .refine((s) => s.end >= s.start, { message: 'end before start', path: ['end'] }),
    )
    .min(1),
});

const LINE = /^\s*(agent|caller)\s*:\s?(.*)$/i;

function decodeUtf8(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    throw new InvalidSidecar('not UTF-8 text');
  }
}

function parseJson(text: string): { language?: Language; segments: Segment[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InvalidSidecar('looks like JSON but does not parse');
  }
  const result = JsonSidecarSchema.safeParse(raw);
  if (!result.success) throw new InvalidSidecar(describeIssues(result.error).join('; '));
  const segments = [...result.data.segments]
    .sort((a, b) => a.start - b.start)
    .map((s, index): Segment => ({
      index,
      speaker: s.speaker,
      startMs: s.start,
      endMs: s.end,
      text: s.text.trim(),
      ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
      ...(s.words?.length
        ? {
            words: s.words.map((w) => ({
              text: w.text,
              startMs: w.start,
              endMs: w.end,
              ...(w.confidence === undefined ? {} : { confidence: w.confidence }),
            })),
          }
        : {}),
    }));
  return { language: result.data.language, segments };
}

function parseLines(text: string): { language?: Language; segments: Segment[] } {
  const segments: Segment[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const match = LINE.exec(line);
    if (!match) throw new InvalidSidecar(`line ${i + 1} does not start with "agent:" or "caller:"`);
    segments.push({
      index: segments.length,
      speaker: match[1]!.toLowerCase() as 'agent' | 'caller',
      text: match[2]!.trim(),
    });
  });
  if (segments.length === 0) throw new InvalidSidecar('no utterances');
  return { segments };
}

/**
 * Parses a sidecar transcript. The language is the sidecar's own, else the one asked
 * for, else guessed from the words.
 */
export function parseSidecarTranscript(content: Uint8Array, requested: Language | 'auto' = 'auto'): Transcript {
  const text = decodeUtf8(content);
  if (!text.trim()) throw new InvalidSidecar('empty');
  const parsed = text.trimStart().startsWith('{') ? parseJson(text) : parseLines(text);
  const language =
    parsed.language ?? (requested === 'auto' ? guessLanguage(parsed.segments.map((s) => s.text).join(' ')) : requested);
  return { language, source: 'sidecar', segments: parsed.segments };
}
