import type { Word } from '@samtal/contracts';
import type { AsrSegment } from './engine.js';

/** The parts of whisper.cpp's `--output-json-full` that Samtal reads. */
interface WhisperJson {
  result?: { language?: string };
  transcription?: {
    offsets: { from: number; to: number };
    text: string;
    tokens?: { text: string; id: number; p: number; offsets?: { from: number; to: number } }[];
  }[];
}

/**
 * whisper.cpp escapes only quotes and backslashes in its JSON, so a token holding a
 * control character (a stray byte, a tab) makes the file invalid. Escapes them inside
 * strings, leaving the structure as it is.
 */
export function repairWhisperJson(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (c === '\\') {
        out += c + (raw[++i] ?? '');
        continue;
      }
      if (c === '"') inString = false;
      const code = c.charCodeAt(0);
      out += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
    } else {
      if (c === '"') inString = true;
      out += c;
    }
  }
  return out;
}

/** Special tokens, as whisper.cpp prints them: `[_BEG_]`, `[_TT_150]`, `[_EOT_]`… */
const SPECIAL_TOKEN = /^\[_.*\]$/;

const round3 = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Words from tokens: a token that starts with a space starts a word (Whisper's BPE convention). */
function wordsOf(tokens: NonNullable<WhisperJson['transcription']>[number]['tokens']): Word[] {
  const words: { text: string; startMs: number; endMs: number; p: number[] }[] = [];
  for (const token of tokens ?? []) {
    if (SPECIAL_TOKEN.test(token.text) || !token.offsets) continue;
    const last = words.at(-1);
    if (!last || /^\s/.test(token.text)) {
      words.push({ text: token.text.trim(), startMs: token.offsets.from, endMs: token.offsets.to, p: [token.p] });
    } else {
      last.text += token.text;
      last.endMs = token.offsets.to;
      last.p.push(token.p);
    }
  }
  return words
    .filter((w) => w.text)
    .map((w) => ({ text: w.text, startMs: w.startMs, endMs: Math.max(w.startMs, w.endMs), confidence: round3(mean(w.p)) }));
}

export interface ParsedWhisperOutput {
  language?: string;
  segments: AsrSegment[];
}

/** Segments of one file, with confidence (mean token probability) and, if asked, words. */
export function parseWhisperJson(raw: string, options: { words: boolean }): ParsedWhisperOutput {
  const json = JSON.parse(repairWhisperJson(raw)) as WhisperJson;
  const segments = (json.transcription ?? []).map((s): AsrSegment => {
    const probabilities = (s.tokens ?? []).filter((t) => !SPECIAL_TOKEN.test(t.text)).map((t) => t.p);
    const words = options.words ? wordsOf(s.tokens) : undefined;
    return {
      startMs: s.offsets.from,
      endMs: Math.max(s.offsets.from, s.offsets.to),
      text: s.text.trim(),
      ...(probabilities.length ? { confidence: round3(mean(probabilities)) } : {}),
      ...(words ? { words } : {}),
    };
  });
  return { language: json.result?.language, segments };
}
