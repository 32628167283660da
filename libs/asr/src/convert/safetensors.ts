import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DTYPE_BYTES, RandomAccessFile, UnsupportedModel, type SourceDtype, type SourceTensor, type WhisperSource } from './source.js';
import { readTokenizerFiles } from './vocabulary.js';

/**
 * safetensors: an 8-byte little-endian header length, a JSON header
 * `{ name: { dtype, shape, data_offsets: [begin, end] }, __metadata__? }`, then the data;
 * offsets count from the end of the header.
 */
const DTYPES: Record<string, SourceDtype> = { F32: 'f32', F16: 'f16', BF16: 'bf16' };

interface HeaderEntry {
  dtype: string;
  shape: number[];
  data_offsets: [number, number];
}

export function readSafetensors(path: string): { tensors: Map<string, SourceTensor>; file: RandomAccessFile } {
  const file = new RandomAccessFile(path);
  try {
    const length = Number(file.read(0, 8).readBigUInt64LE(0));
    if (length <= 0 || length > 100_000_000 || 8 + length > file.size) throw new UnsupportedModel(`${path} is not a safetensors file (header length ${length})`);
    let header: Record<string, HeaderEntry | Record<string, string>>;
    try {
      header = JSON.parse(file.read(8, length).toString('utf8')) as typeof header;
    } catch {
      throw new UnsupportedModel(`${path} is not a safetensors file (its header is not JSON)`);
    }
    const tensors = new Map<string, SourceTensor>();
    for (const [name, entry] of Object.entries(header)) {
      if (name === '__metadata__') continue;
      const { dtype, shape, data_offsets: [begin, end] } = entry as HeaderEntry;
      const type = DTYPES[dtype];
      if (!type) throw new UnsupportedModel(`${path}: tensor ${name} is ${dtype}; only F32, F16 and BF16 are supported`);
      const bytes = shape.reduce((a, d) => a * d, 1) * DTYPE_BYTES[type];
      if (end - begin !== bytes) throw new UnsupportedModel(`${path}: tensor ${name} holds ${end - begin} bytes, its shape needs ${bytes}`);
      tensors.set(name, { dtype: type, shape, read: () => file.read(8 + length + begin, bytes) });
    }
    return { tensors, file };
  } catch (err) {
    file.close();
    throw err;
  }
}

interface HfConfig {
  model_type?: string;
  vocab_size: number;
  num_mel_bins: number;
  d_model: number;
  encoder_layers: number;
  encoder_attention_heads: number;
  decoder_layers: number;
  decoder_attention_heads: number;
  max_source_positions: number;
  max_target_positions: number;
}

/** Hugging Face Transformers' Whisper names, below `encoder.layers.N.` / `decoder.layers.N.`, as whisper.cpp's. */
export const LAYER_NAMES: Record<string, string> = {
  'self_attn.q_proj': 'attn.query',
  'self_attn.k_proj': 'attn.key',
  'self_attn.v_proj': 'attn.value',
  'self_attn.out_proj': 'attn.out',
  self_attn_layer_norm: 'attn_ln',
  'encoder_attn.q_proj': 'cross_attn.query',
  'encoder_attn.k_proj': 'cross_attn.key',
  'encoder_attn.v_proj': 'cross_attn.value',
  'encoder_attn.out_proj': 'cross_attn.out',
  encoder_attn_layer_norm: 'cross_attn_ln',
  fc1: 'mlp.0',
  fc2: 'mlp.2',
  final_layer_norm: 'mlp_ln',
};

export const MODEL_NAMES: Record<string, string> = {
  'encoder.conv1.weight': 'encoder.conv1.weight',
  'encoder.conv1.bias': 'encoder.conv1.bias',
  'encoder.conv2.weight': 'encoder.conv2.weight',
  'encoder.conv2.bias': 'encoder.conv2.bias',
  'encoder.embed_positions.weight': 'encoder.positional_embedding',
  'encoder.layer_norm.weight': 'encoder.ln_post.weight',
  'encoder.layer_norm.bias': 'encoder.ln_post.bias',
  'decoder.embed_positions.weight': 'decoder.positional_embedding',
  'decoder.embed_tokens.weight': 'decoder.token_embedding.weight',
  'decoder.layer_norm.weight': 'decoder.ln.weight',
  'decoder.layer_norm.bias': 'decoder.ln.bias',
};

/** whisper.cpp's name for a Transformers tensor name, or undefined for one it does not load (`proj_out`, tied to the embedding). */
export function whisperCppName(hfName: string): string | undefined {
  const name = hfName.replace(/^model\./, '');
  if (MODEL_NAMES[name]) return MODEL_NAMES[name];
  const m = /^(encoder|decoder)\.layers\.(\d+)\.(.+)\.(weight|bias)$/.exec(name);
  if (!m) return undefined;
  const mapped = LAYER_NAMES[m[3]!];
  return mapped ? `${m[1]}.blocks.${m[2]}.${mapped}.${m[4]}` : undefined;
}

/** The safetensors files of a model directory: `model.safetensors`, or the shards its index names. */
function safetensorsFiles(dir: string): string[] {
  const index = join(dir, 'model.safetensors.index.json');
  if (existsSync(index)) {
    const map = (JSON.parse(readFileSync(index, 'utf8')) as { weight_map: Record<string, string> }).weight_map;
    return [...new Set(Object.values(map))].map((f) => join(dir, f));
  }
  const single = join(dir, 'model.safetensors');
  if (existsSync(single)) return [single];
  throw new UnsupportedModel(`${dir} has no model.safetensors`);
}

export function isSafetensorsDir(dir: string): boolean {
  return existsSync(join(dir, 'config.json')) && (existsSync(join(dir, 'model.safetensors')) || existsSync(join(dir, 'model.safetensors.index.json')));
}

/** A Transformers Whisper model directory: `config.json`, `model.safetensors` (or shards), and `vocab.json` or `tokenizer.json`. */
export function readSafetensorsModel(dir: string): WhisperSource {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as HfConfig;
  if (config.model_type && config.model_type !== 'whisper') throw new UnsupportedModel(`${dir}: a ${config.model_type} model, not Whisper`);
  const files = safetensorsFiles(dir).map(readSafetensors);
  const close = () => files.forEach((f) => f.file.close());
  try {
    const tensors = new Map<string, SourceTensor>();
    for (const { tensors: found } of files) {
      for (const [name, tensor] of found) {
        const mapped = whisperCppName(name);
        if (mapped) tensors.set(mapped, tensor);
      }
    }
    const embedding = tensors.get('decoder.token_embedding.weight');
    if (!embedding) throw new UnsupportedModel(`${dir}: no decoder.embed_tokens.weight; is this a Whisper model?`);
    const tokens = readTokenizerFiles(dir, [
      ['tokenizer.json', 'tokenizer'],
      ['vocab.json', 'vocab-json'],
    ]);
    return {
      format: 'safetensors',
      hparams: {
        nVocab: config.vocab_size,
        nAudioCtx: config.max_source_positions,
        nAudioState: config.d_model,
        nAudioHead: config.encoder_attention_heads,
        nAudioLayer: config.encoder_layers,
        nTextCtx: config.max_target_positions,
        nTextState: config.d_model,
        nTextHead: config.decoder_attention_heads,
        nTextLayer: config.decoder_layers,
        nMels: config.num_mel_bins,
      },
      weights: embedding.dtype === 'i8' ? 'int8' : embedding.dtype,
      tensors,
      tokens,
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}
