import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnsupportedModel } from './source.js';

/**
 * GPT-2's byte-level BPE writes every byte as a printable character: the printable
 * Latin-1 bytes as themselves, the others (controls, space, …) as U+0100 onwards.
 * whisper.cpp's vocabulary holds the raw bytes, so each token string is mapped back.
 */
function byteDecoder(): Map<string, number> {
  const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const decoder = new Map<string, number>();
  let extra = 0;
  for (let b = 0; b < 256; b++) decoder.set(String.fromCharCode(printable(b) ? b : 256 + extra++), b);
  return decoder;
}

const DECODER = byteDecoder();
const ENCODER = new Map([...DECODER].map(([ch, b]) => [b, ch]));

/** The byte-level BPE text of a token's bytes (as vocab.json writes it). */
export function tokenText(bytes: Buffer): string {
  return [...bytes].map((b) => ENCODER.get(b)!).join('');
}

/** A token's text as the bytes it stands for; special tokens (`<|endoftext|>`) are plain ASCII and map to themselves. */
export function tokenBytes(token: string): Buffer {
  const bytes: number[] = [];
  for (const ch of token) {
    const b = DECODER.get(ch);
    if (b === undefined) throw new UnsupportedModel(`the vocabulary has a token that is not byte-level BPE: ${JSON.stringify(token)}`);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}

/**
 * Every Whisper tokenizer shares its first 50,257 tokens (ids 0-50256: the BPE tokens,
 * and for English-only models `<|endoftext|>`), which is what whisper.cpp's own model
 * files carry; whisper.cpp derives the special tokens after them from the vocabulary size.
 */
export const GGML_VOCAB_TOKENS = 50_257;

export function ggmlVocabulary(tokens: string[]): Buffer[] {
  if (tokens.length < GGML_VOCAB_TOKENS) throw new UnsupportedModel(`the vocabulary has ${tokens.length} tokens; a Whisper vocabulary has at least ${GGML_VOCAB_TOKENS}`);
  return tokens.slice(0, GGML_VOCAB_TOKENS).map(tokenBytes);
}

type TokenizerFormat = 'json-list' | 'lines' | 'vocab-json' | 'tokenizer';

/** A `{ token: id }` map as a list in id order; gaps are an error (a vocabulary must be dense). */
function byId(entries: [string, number][]): string[] {
  const tokens: string[] = [];
  for (const [token, id] of entries) tokens[id] = token;
  const gap = tokens.findIndex((t) => t === undefined);
  if (gap >= 0 && gap < GGML_VOCAB_TOKENS) throw new UnsupportedModel(`the vocabulary has no token with id ${gap}`);
  return tokens;
}

function parse(path: string, format: TokenizerFormat): string[] {
  const text = readFileSync(path, 'utf8');
  switch (format) {
    case 'lines':
      // One token per line; byte-level BPE has no raw line breaks in its tokens.
      return text.replace(/\n$/, '').split('\n');
    case 'json-list':
      return JSON.parse(text) as string[];
    case 'vocab-json':
      return byId(Object.entries(JSON.parse(text) as Record<string, number>));
    case 'tokenizer': {
      const json = JSON.parse(text) as { model?: { vocab?: Record<string, number> }; added_tokens?: { id: number; content: string }[] };
      if (!json.model?.vocab) throw new UnsupportedModel(`${path} has no model.vocab`);
      return byId([...Object.entries(json.model.vocab), ...(json.added_tokens ?? []).map((t) => [t.content, t.id] as [string, number])]);
    }
  }
}

/** The first of the given tokenizer files that exists in `dir`, read as a token list in id order. */
export function readTokenizerFiles(dir: string, candidates: [string, TokenizerFormat][]): string[] {
  for (const [file, format] of candidates) {
    const path = join(dir, file);
    if (existsSync(path)) return parse(path, format);
  }
  throw new UnsupportedModel(`${dir} has no vocabulary: expected one of ${candidates.map(([f]) => f).join(', ')}`);
}
