import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RandomAccessFile, UnsupportedModel, rowSlice, type SourceDtype, type SourceTensor, type WhisperSource } from './source.js';
import { readTokenizerFiles } from './vocabulary.js';

/**
 * CTranslate2's `model.bin` (faster-whisper), binary versions 2 to 6, as CTranslate2's
 * `Model::load` reads it: a version, the spec's name and revision, then each variable as
 * name, rank, dimensions, data type and byte count, followed by its data; then aliases.
 * Strings are a uint16 length and that many bytes (NUL included); numbers little-endian.
 */
const CT2_DTYPES: Record<number, SourceDtype | 'i16' | 'i32'> = { 0: 'f32', 1: 'i8', 2: 'i16', 3: 'i32', 4: 'f16', 5: 'bf16' };
const ITEM_BYTES = { f32: 4, i8: 1, i16: 2, i32: 4, f16: 2, bf16: 2 } as const;

interface Ct2Variable {
  name: string;
  dtype: SourceDtype | 'i16' | 'i32';
  shape: number[];
  offset: number;
  bytes: number;
}

export interface Ct2File {
  binaryVersion: number;
  spec: string;
  variables: Map<string, Ct2Variable>;
  aliases: Map<string, string>;
  file: RandomAccessFile;
}

/** True if the file starts like a CTranslate2 model (a small binary version, then a spec name). */
export function looksLikeCt2(head: Buffer): boolean {
  if (head.length < 8) return false;
  const version = head.readUInt32LE(0);
  if (version < 2 || version > 6) return false;
  const length = head.readUInt16LE(4);
  return length > 1 && length < 128 && head.length >= 6 + length && /^\w+Spec\0$/.test(head.toString('latin1', 6, 6 + length));
}

export function readCt2File(path: string): Ct2File {
  const file = new RandomAccessFile(path);
  let position = 0;
  const take = (n: number) => {
    const b = file.read(position, n);
    position += n;
    return b;
  };
  const u8 = () => take(1).readUInt8(0);
  const u16 = () => take(2).readUInt16LE(0);
  const u32 = () => take(4).readUInt32LE(0);
  const str = () => take(u16()).toString('utf8').replace(/\0+$/, '');
  try {
    const binaryVersion = u32();
    if (binaryVersion < 2 || binaryVersion > 6) throw new UnsupportedModel(`${path}: CTranslate2 binary version ${binaryVersion} is not supported (2 to 6 are)`);
    const spec = str();
    u32(); // spec revision
    const variables = new Map<string, Ct2Variable>();
    const n = u32();
    for (let i = 0; i < n; i++) {
      const name = str();
      const rank = u8();
      const shape = Array.from({ length: rank }, u32);
      let dtype: Ct2Variable['dtype'];
      let bytes: number;
      if (binaryVersion >= 4) {
        const id = u8();
        const known = CT2_DTYPES[id];
        if (!known) throw new UnsupportedModel(`${path}: variable ${name} has unknown CTranslate2 data type ${id}`);
        dtype = known;
        bytes = u32();
      } else {
        const item = u8();
        dtype = item === 4 ? 'f32' : item === 2 ? 'i16' : 'i8';
        bytes = u32() * item;
      }
      const expected = shape.reduce((a, d) => a * d, 1) * ITEM_BYTES[dtype];
      if (bytes !== expected) throw new UnsupportedModel(`${path}: variable ${name} holds ${bytes} bytes, its shape needs ${expected}`);
      variables.set(name, { name, dtype, shape, offset: position, bytes });
      position += bytes;
    }
    const aliases = new Map<string, string>();
    if (binaryVersion >= 3 && position < file.size) {
      const a = u32();
      for (let i = 0; i < a; i++) aliases.set(str(), str());
    }
    return { binaryVersion, spec, variables, aliases, file };
  } catch (err) {
    file.close();
    throw err;
  }
}

function scalar(ct2: Ct2File, name: string): number | undefined {
  const v = ct2.variables.get(name);
  if (!v || v.shape.length !== 0) return undefined;
  const b = ct2.file.read(v.offset, v.bytes);
  switch (v.dtype) {
    case 'i8': return b.readInt8(0);
    case 'i16': return b.readInt16LE(0);
    case 'i32': return b.readInt32LE(0);
    case 'f32': return b.readFloatLE(0);
    default: return undefined;
  }
}

/**
 * A faster-whisper model directory (`model.bin`, and `vocabulary.txt`/`.json` or
 * `tokenizer.json`), with its variables renamed to whisper.cpp's tensors: the fused
 * self-attention projection (query, key, value) and the fused cross-attention key/value
 * are split into their parts; the key's zero bias, which Whisper does not have, is dropped.
 */
export function readCt2Model(dir: string): WhisperSource {
  const ct2 = readCt2File(join(dir, 'model.bin'));
  try {
    if (ct2.spec !== 'WhisperSpec') throw new UnsupportedModel(`${dir}: a CTranslate2 ${ct2.spec} model, not Whisper`);
    const tensor = (name: string): SourceTensor => {
      const v = ct2.variables.get(name) ?? ct2.variables.get(ct2.aliases.get(name) ?? '');
      if (!v) throw new UnsupportedModel(`${dir}: the CTranslate2 model lacks ${name}`);
      if (v.dtype === 'i16' || v.dtype === 'i32') throw new UnsupportedModel(`${dir}: ${name} is ${v.dtype === 'i16' ? 'int16' : 'int32'}, which Samtal cannot convert; convert the model with --quantization float16`);
      const scale = v.dtype === 'i8' ? tensor(`${name}_scale`) : undefined;
      return { dtype: v.dtype, shape: v.shape, read: () => ct2.file.read(v.offset, v.bytes), scale };
    };
    const layers = (prefix: string) => {
      let n = 0;
      while (ct2.variables.has(`${prefix}/layer_${n}/ffn/linear_0/weight`)) n++;
      return n;
    };

    const conv1 = tensor('encoder/conv1/weight');
    const embeddings = tensor('decoder/embeddings/weight');
    const audioPositions = tensor('encoder/position_encodings/encodings');
    const textPositions = tensor('decoder/position_encodings/encodings');
    const nAudioState = conv1.shape[0]!;
    const nTextState = embeddings.shape[1]!;
    const hparams = {
      nVocab: embeddings.shape[0]!,
      nAudioCtx: audioPositions.shape[0]!,
      nAudioState,
      // Older conversions do not store the head count: Whisper's heads are 64 wide.
      nAudioHead: scalar(ct2, 'encoder/num_heads') ?? nAudioState / 64,
      nAudioLayer: layers('encoder'),
      nTextCtx: textPositions.shape[0]!,
      nTextState,
      nTextHead: scalar(ct2, 'decoder/num_heads') ?? nTextState / 64,
      nTextLayer: layers('decoder'),
      nMels: conv1.shape[1]!,
    };

    const tensors = new Map<string, SourceTensor>();
    const set = (name: string, t: SourceTensor) => tensors.set(name, t);
    const linear = (to: string, from: string) => {
      set(`${to}.weight`, tensor(`${from}/weight`));
      set(`${to}.bias`, tensor(`${from}/bias`));
    };
    const norm = (to: string, from: string) => {
      set(`${to}.weight`, tensor(`${from}/gamma`));
      set(`${to}.bias`, tensor(`${from}/beta`));
    };
    /** CTranslate2 fuses Whisper's separate projections: split them back, row blocks of `n`. */
    const fused = (from: string, n: number, parts: string[]) => {
      const weight = tensor(`${from}/weight`);
      const bias = tensor(`${from}/bias`);
      parts.forEach((to, i) => {
        set(`${to}.weight`, rowSlice(weight, i * n, n));
        if (!to.endsWith('.key')) set(`${to}.bias`, rowSlice(bias, i * n, n));
      });
    };

    set('encoder.positional_embedding', audioPositions);
    linear('encoder.conv1', 'encoder/conv1');
    linear('encoder.conv2', 'encoder/conv2');
    norm('encoder.ln_post', 'encoder/layer_norm');
    for (let i = 0; i < hparams.nAudioLayer; i++) {
      const from = `encoder/layer_${i}`;
      const to = `encoder.blocks.${i}`;
      norm(`${to}.attn_ln`, `${from}/self_attention/layer_norm`);
      fused(`${from}/self_attention/linear_0`, nAudioState, [`${to}.attn.query`, `${to}.attn.key`, `${to}.attn.value`]);
      linear(`${to}.attn.out`, `${from}/self_attention/linear_1`);
      norm(`${to}.mlp_ln`, `${from}/ffn/layer_norm`);
      linear(`${to}.mlp.0`, `${from}/ffn/linear_0`);
      linear(`${to}.mlp.2`, `${from}/ffn/linear_1`);
    }
    set('decoder.positional_embedding', textPositions);
    set('decoder.token_embedding.weight', embeddings);
    norm('decoder.ln', 'decoder/layer_norm');
    for (let i = 0; i < hparams.nTextLayer; i++) {
      const from = `decoder/layer_${i}`;
      const to = `decoder.blocks.${i}`;
      norm(`${to}.attn_ln`, `${from}/self_attention/layer_norm`);
      fused(`${from}/self_attention/linear_0`, nTextState, [`${to}.attn.query`, `${to}.attn.key`, `${to}.attn.value`]);
      linear(`${to}.attn.out`, `${from}/self_attention/linear_1`);
      norm(`${to}.cross_attn_ln`, `${from}/attention/layer_norm`);
      linear(`${to}.cross_attn.query`, `${from}/attention/linear_0`);
      fused(`${from}/attention/linear_1`, nTextState, [`${to}.cross_attn.key`, `${to}.cross_attn.value`]);
      linear(`${to}.cross_attn.out`, `${from}/attention/linear_2`);
      norm(`${to}.mlp_ln`, `${from}/ffn/layer_norm`);
      linear(`${to}.mlp.0`, `${from}/ffn/linear_0`);
      linear(`${to}.mlp.2`, `${from}/ffn/linear_1`);
    }

    const weightType = embeddings.dtype;
    const tokens = readTokenizerFiles(dir, [
      ['vocabulary.json', 'json-list'],
      ['vocabulary.txt', 'lines'],
      ['tokenizer.json', 'tokenizer'],
    ]);
    return {
      format: 'ctranslate2',
      hparams,
      weights: weightType === 'i8' ? 'int8' : weightType,
      tensors,
      tokens,
      close: () => ct2.file.close(),
    };
  } catch (err) {
    ct2.file.close();
    throw err;
  }
}

/** A directory holds a faster-whisper model when it has `model.bin` in CTranslate2's layout. */
export function isCt2Dir(dir: string): boolean {
  const path = join(dir, 'model.bin');
  if (!existsSync(path)) return false;
  const file = new RandomAccessFile(path);
  try {
    return looksLikeCt2(file.read(0, Math.min(64, file.size)));
  } finally {
    file.close();
  }
}
