import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGgmlHeader, type WhisperHparams } from './ggml.js';

/** The header of whisper.cpp's `for-tests-ggml-tiny.bin` (MIT): hparams, mel filters, vocabulary, no tensors. */
export const TINY_HEADER_PATH = fileURLToPath(new URL('../assets/ggml-tiny-header.bin', import.meta.url));

const GGML_TYPE_F32 = 0;
const GGML_TYPE_F16 = 1;

interface TensorSpec {
  name: string;
  /** ggml order: ne[0] is the fastest-varying (input) dimension. */
  shape: number[];
  type: typeof GGML_TYPE_F32 | typeof GGML_TYPE_F16;
  /** Values are drawn uniformly from centre ± spread. */
  centre: number;
  spread: number;
}

/**
 * Every tensor whisper.cpp (1.5 to 1.9) loads for an encoder-decoder Whisper model, with
 * the names, shapes and types of `whisper_model_load`. Weights get a spread of
 * 1/sqrt(fan-in) and layer norms a gain near 1, so activations stay finite.
 */
export function whisperTensors(h: WhisperHparams): TensorSpec[] {
  const weight = h.ftype === 0 ? GGML_TYPE_F32 : GGML_TYPE_F16;
  const conv = weight; // f16 unless the whole model is f32
  const f32 = GGML_TYPE_F32;
  const linear = (name: string, nIn: number, nOut: number): TensorSpec => ({ name, shape: [nIn, nOut], type: weight, centre: 0, spread: 1 / Math.sqrt(nIn) });
  const bias = (name: string, n: number): TensorSpec => ({ name, shape: [n], type: f32, centre: 0, spread: 0.02 });
  const norm = (prefix: string, n: number): TensorSpec[] => [
    { name: `${prefix}.weight`, shape: [n], type: f32, centre: 1, spread: 0.1 },
    bias(`${prefix}.bias`, n),
  ];
  const attention = (prefix: string, n: number): TensorSpec[] => [
    linear(`${prefix}.query.weight`, n, n),
    bias(`${prefix}.query.bias`, n),
    linear(`${prefix}.key.weight`, n, n),
    linear(`${prefix}.value.weight`, n, n),
    bias(`${prefix}.value.bias`, n),
    linear(`${prefix}.out.weight`, n, n),
    bias(`${prefix}.out.bias`, n),
  ];
  const mlp = (prefix: string, n: number): TensorSpec[] => [
    ...norm(`${prefix}.mlp_ln`, n),
    linear(`${prefix}.mlp.0.weight`, n, 4 * n),
    bias(`${prefix}.mlp.0.bias`, 4 * n),
    linear(`${prefix}.mlp.2.weight`, 4 * n, n),
    bias(`${prefix}.mlp.2.bias`, n),
  ];

  const a = h.nAudioState;
  const t = h.nTextState;
  const tensors: TensorSpec[] = [
    { name: 'encoder.positional_embedding', shape: [a, h.nAudioCtx], type: f32, centre: 0, spread: 0.02 },
    { name: 'encoder.conv1.weight', shape: [3, h.nMels, a], type: conv, centre: 0, spread: 1 / Math.sqrt(3 * h.nMels) },
    { name: 'encoder.conv1.bias', shape: [1, a], type: f32, centre: 0, spread: 0.02 },
    { name: 'encoder.conv2.weight', shape: [3, a, a], type: conv, centre: 0, spread: 1 / Math.sqrt(3 * a) },
    { name: 'encoder.conv2.bias', shape: [1, a], type: f32, centre: 0, spread: 0.02 },
    ...norm('encoder.ln_post', a),
  ];
  for (let i = 0; i < h.nAudioLayer; i++) {
    const p = `encoder.blocks.${i}`;
    tensors.push(...mlp(p, a), ...norm(`${p}.attn_ln`, a), ...attention(`${p}.attn`, a));
  }
  tensors.push(
    { name: 'decoder.positional_embedding', shape: [t, h.nTextCtx], type: f32, centre: 0, spread: 0.02 },
    { name: 'decoder.token_embedding.weight', shape: [t, h.nVocab], type: weight, centre: 0, spread: 0.1 },
    ...norm('decoder.ln', t),
  );
  for (let i = 0; i < h.nTextLayer; i++) {
    const p = `decoder.blocks.${i}`;
    tensors.push(
      ...mlp(p, t),
      ...norm(`${p}.attn_ln`, t),
      ...attention(`${p}.attn`, t),
      ...norm(`${p}.cross_attn_ln`, t),
      ...attention(`${p}.cross_attn`, t),
    );
  }
  return tensors;
}

/** mulberry32: a small, fast, deterministic PRNG; the same seed gives the same model on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const f32View = new Float32Array(1);
const u32View = new Uint32Array(f32View.buffer);

/** IEEE half precision, round to nearest; the values here are small and never overflow. */
function toHalf(value: number): number {
  f32View[0] = value;
  const x = u32View[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exponent = ((x >>> 23) & 0xff) - 127 + 15;
  if (exponent <= 0) return sign; // below half's normal range: flush to zero
  const mantissa = x & 0x7fffff;
  const rounded = (exponent << 10) + (mantissa >>> 13) + ((mantissa >>> 12) & 1);
  return sign | Math.min(rounded, 0x7bff);
}

function tensorRecord(spec: TensorSpec, next: () => number): Buffer {
  const name = Buffer.from(spec.name, 'utf8');
  const count = spec.shape.reduce((n, d) => n * d, 1);
  const head = Buffer.alloc(12 + 4 * spec.shape.length);
  head.writeInt32LE(spec.shape.length, 0);
  head.writeInt32LE(name.length, 4);
  head.writeInt32LE(spec.type, 8);
  spec.shape.forEach((d, i) => head.writeInt32LE(d, 12 + 4 * i));
  const data = Buffer.alloc(count * (spec.type === GGML_TYPE_F16 ? 2 : 4));
  if (spec.type === GGML_TYPE_F16) {
    const halves = new Uint16Array(data.buffer, data.byteOffset, count);
    for (let i = 0; i < count; i++) halves[i] = toHalf(spec.centre + (2 * next() - 1) * spec.spread);
  } else {
    const floats = new Float32Array(data.buffer, data.byteOffset, count);
    for (let i = 0; i < count; i++) floats[i] = spec.centre + (2 * next() - 1) * spec.spread;
  }
  return Buffer.concat([head, name, data]);
}

export interface TestModel {
  path: string;
  sha256: string;
  bytes: number;
  tensors: number;
}

/**
 * Builds a structurally complete Whisper model from a tensor-less ggml header: every
 * tensor whisper.cpp expects, filled with deterministic pseudo-random values. whisper.cpp
 * loads and runs it at the real model's cost; its words are meaningless. Used by tests
 * and benchmarks only (no real weights can be downloaded on our build machines).
 */
export async function createTestModel(outPath: string, options: { headerPath?: string; seed?: number } = {}): Promise<TestModel> {
  const header = readFileSync(options.headerPath ?? TINY_HEADER_PATH);
  const { hparams, tensorsOffset } = readGgmlHeader(header);
  if (tensorsOffset !== header.length) throw new Error('the header already carries tensors: give a tensor-less header');
  if (hparams.ftype !== 0 && hparams.ftype !== 1) throw new Error(`unsupported ftype ${hparams.ftype}: only f32 (0) and f16 (1)`);

  await mkdir(dirname(outPath), { recursive: true });
  const partial = `${outPath}.partial-${process.pid}`;
  const hash = createHash('sha256');
  const fd = openSync(partial, 'w');
  let bytes = 0;
  const write = (chunk: Buffer) => {
    writeSync(fd, chunk);
    hash.update(chunk);
    bytes += chunk.length;
  };
  const specs = whisperTensors(hparams);
  try {
    write(header);
    const next = prng(options.seed ?? 1);
    for (const spec of specs) write(tensorRecord(spec, next));
  } finally {
    closeSync(fd);
  }
  renameSync(partial, outPath);
  return { path: outPath, sha256: hash.digest('hex'), bytes, tensors: specs.length };
}
