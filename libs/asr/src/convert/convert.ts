import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { GGML_MAGIC, type WhisperHparams } from '../ggml.js';
import { whisperTensors } from '../test-model.js';
import { isCt2Dir, readCt2Model } from './ct2.js';
import { bfloat16ToFloats, floatView, floatsToHalves, halvesToFloats } from './half.js';
import { N_FFT_BINS, melFilters } from './mel.js';
import { isSafetensorsDir, readSafetensorsModel } from './safetensors.js';
import { UnsupportedModel, type SourceTensor, type WhisperSource } from './source.js';
import { ggmlVocabulary } from './vocabulary.js';

const GGML_TYPE_F16 = 1; // and 0: f32

/** int8 with one scale per row (CTranslate2) back to floats: value = q / scale. */
function dequantise(tensor: SourceTensor): Float32Array {
  const q = tensor.read();
  const scale = tensor.scale;
  if (!scale) throw new UnsupportedModel('an int8 tensor without its scale');
  const scaleBytes = scale.read();
  const scales = scale.dtype === 'f16' ? floatView(halvesToFloats(scaleBytes)) : scale.dtype === 'bf16' ? floatView(bfloat16ToFloats(scaleBytes)) : floatView(scaleBytes);
  const rows = scales.length;
  const rowSize = q.length / rows;
  const out = new Float32Array(q.length);
  for (let r = 0; r < rows; r++) {
    const inverse = 1 / scales[r]!;
    for (let i = r * rowSize; i < (r + 1) * rowSize; i++) out[i] = q.readInt8(i) * inverse;
  }
  return out;
}

function asFloats(tensor: SourceTensor): Float32Array {
  switch (tensor.dtype) {
    case 'f32': return floatView(tensor.read());
    case 'f16': return floatView(halvesToFloats(tensor.read()));
    case 'bf16': return floatView(bfloat16ToFloats(tensor.read()));
    case 'i8': return dequantise(tensor);
  }
}

/** A tensor's data in the ggml type whisper.cpp expects for it; f16 from f16 is copied bit for bit. */
function encode(tensor: SourceTensor, type: number, name: string): Buffer {
  if (type === GGML_TYPE_F16) {
    if (tensor.dtype === 'f16') return tensor.read();
    const floats = asFloats(tensor);
    const largest = floats.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    if (largest > 65504) throw new UnsupportedModel(`${name} has values beyond half precision's range (${largest}); convert to f32 instead`);
    return floatsToHalves(floats);
  }
  if (tensor.dtype === 'f32') return tensor.read();
  const floats = asFloats(tensor);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength);
}

/** Shapes agree when they name the same dimensions, outermost first, ignoring 1s (conv biases are [n] in one, [n, 1] in the other). */
const sameShape = (source: number[], ggmlNe: number[]) =>
  source.filter((d) => d !== 1).join() === [...ggmlNe].reverse().filter((d) => d !== 1).join();

export interface ConvertedModel {
  path: string;
  sha256: string;
  bytes: number;
  hparams: WhisperHparams;
  from: WhisperSource['format'];
  weights: WhisperSource['weights'];
}

/**
 * Writes a Whisper model read from another format as a ggml file whisper.cpp loads:
 * hyper-parameters, mel filters, vocabulary, then every tensor whisper.cpp expects, with its
 * name, ggml shape and type (f16 weights in an f16 model, f32 biases, norms and positional
 * embeddings, as whisper.cpp's converters write them). The output is f32 for an f32 source
 * and f16 otherwise (f16, bfloat16 and int8 sources; int8 is dequantised).
 */
export function writeGgml(source: WhisperSource, outPath: string): ConvertedModel {
  const ftype = source.weights === 'f32' ? 0 : 1;
  const hparams: WhisperHparams = { ...source.hparams, ftype };
  for (const [key, value] of Object.entries(hparams)) {
    if (!Number.isInteger(value) || value < 0) throw new UnsupportedModel(`implausible hyper-parameter ${key}: ${value}`);
  }
  const filters = melFilters(hparams.nMels);
  const vocabulary = ggmlVocabulary(source.tokens);

  const hash = createHash('sha256');
  const fd = openSync(outPath, 'w');
  let bytes = 0;
  const write = (chunk: Buffer) => {
    writeSync(fd, chunk);
    hash.update(chunk);
    bytes += chunk.length;
  };
  const ints = (...values: number[]) => {
    const b = Buffer.alloc(4 * values.length);
    values.forEach((v, i) => b.writeInt32LE(v, 4 * i));
    return b;
  };
  try {
    write(ints(GGML_MAGIC, hparams.nVocab, hparams.nAudioCtx, hparams.nAudioState, hparams.nAudioHead, hparams.nAudioLayer,
      hparams.nTextCtx, hparams.nTextState, hparams.nTextHead, hparams.nTextLayer, hparams.nMels, ftype));
    write(ints(hparams.nMels, N_FFT_BINS));
    write(Buffer.from(filters.buffer, filters.byteOffset, filters.byteLength));
    write(ints(vocabulary.length));
    for (const token of vocabulary) {
      write(ints(token.length));
      write(token);
    }
    for (const spec of whisperTensors(hparams)) {
      const tensor = source.tensors.get(spec.name);
      if (!tensor) throw new UnsupportedModel(`the ${source.format} model lacks ${spec.name}`);
      if (!sameShape(tensor.shape, spec.shape)) {
        throw new UnsupportedModel(`${spec.name} has shape [${tensor.shape}], whisper.cpp expects [${[...spec.shape].reverse()}]`);
      }
      const name = Buffer.from(spec.name, 'utf8');
      write(ints(spec.shape.length, name.length, spec.type, ...spec.shape));
      write(name);
      write(encode(tensor, spec.type, spec.name));
    }
  } catch (err) {
    closeSync(fd);
    rmSync(outPath, { force: true });
    throw err;
  }
  closeSync(fd);
  return { path: outPath, sha256: hash.digest('hex'), bytes, hparams, from: source.format, weights: source.weights };
}

export type ModelFormat = 'ggml' | 'ctranslate2' | 'safetensors';

/**
 * What a path given to `samtal models import` holds: a ggml file; a faster-whisper
 * (CTranslate2) directory, or its `model.bin`; a Transformers directory, or its
 * `model.safetensors` (with `config.json` and the tokenizer files beside it).
 */
export function detectFormat(path: string): { format: ModelFormat; dir?: string } {
  if (!existsSync(path)) throw new UnsupportedModel(`${path} does not exist`);
  if (statSync(path).isDirectory()) {
    if (isCt2Dir(path)) return { format: 'ctranslate2', dir: path };
    if (isSafetensorsDir(path)) return { format: 'safetensors', dir: path };
    throw new UnsupportedModel(
      `${path} holds no model Samtal can import: expected a faster-whisper directory (model.bin, vocabulary) or a Transformers one (model.safetensors, config.json, vocab.json or tokenizer.json)`,
    );
  }
  const dir = dirname(path);
  if (basename(path) === 'model.bin' && isCt2Dir(dir)) return { format: 'ctranslate2', dir };
  if (path.endsWith('.safetensors')) {
    if (!isSafetensorsDir(dir)) throw new UnsupportedModel(`${path}: config.json (and vocab.json or tokenizer.json) must be beside it`);
    return { format: 'safetensors', dir };
  }
  return { format: 'ggml' };
}

/** Reads a CTranslate2 or Transformers model directory for conversion. */
export function readSourceModel(format: 'ctranslate2' | 'safetensors', dir: string): WhisperSource {
  return format === 'ctranslate2' ? readCt2Model(dir) : readSafetensorsModel(dir);
}
