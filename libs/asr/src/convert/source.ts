import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { WhisperHparams } from '../ggml.js';

export type SourceDtype = 'f32' | 'f16' | 'bf16' | 'i8';

export const DTYPE_BYTES: Record<SourceDtype, number> = { f32: 4, f16: 2, bf16: 2, i8: 1 };

/** One tensor of a source model, read from its file only when the writer needs it. */
export interface SourceTensor {
  dtype: SourceDtype;
  /** Row-major shape, outermost dimension first (numpy / PyTorch order). */
  shape: number[];
  read(): Buffer;
  /** int8 tensors (CTranslate2): one f32 or f16 scale per row; value = q / scale. */
  scale?: SourceTensor;
}

/** A Whisper model read from another format, with its tensors under whisper.cpp's names. */
export interface WhisperSource {
  format: 'ggml' | 'ctranslate2' | 'safetensors';
  hparams: Omit<WhisperHparams, 'ftype'>;
  /** What the weights are stored as; int8 sources are dequantised to f16. */
  weights: 'f32' | 'f16' | 'bf16' | 'int8';
  tensors: Map<string, SourceTensor>;
  /** The model's token strings in id order (byte-level BPE text, as in vocab.json). */
  tokens: string[];
  close(): void;
}

export class UnsupportedModel extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedModel';
  }
}

const count = (shape: number[]) => shape.reduce((n, d) => n * d, 1);

/** Rows [start, start + rows) of a tensor (its outermost dimension), e.g. the query part of a fused QKV. */
export function rowSlice(tensor: SourceTensor, start: number, rows: number): SourceTensor {
  const [outer, ...inner] = tensor.shape;
  if (outer === undefined || start + rows > outer) throw new UnsupportedModel(`cannot take rows ${start}..${start + rows} of a tensor of shape [${tensor.shape}]`);
  const rowBytes = count(inner) * DTYPE_BYTES[tensor.dtype];
  return {
    dtype: tensor.dtype,
    shape: [rows, ...inner],
    read: () => tensor.read().subarray(start * rowBytes, (start + rows) * rowBytes),
    scale: tensor.scale && tensor.scale.shape.length > 0 ? rowSlice(tensor.scale, start, rows) : tensor.scale,
  };
}

/** A model file read in place by offset: no copy of a gigabyte model is ever held whole. */
export class RandomAccessFile {
  private readonly fd: number;
  readonly size: number;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  read(position: number, length: number): Buffer {
    if (position + length > this.size) throw new UnsupportedModel(`${this.path} ends early: it is cut short or not a model file`);
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buffer, done, length - done, position + done);
      if (n === 0) throw new UnsupportedModel(`${this.path} ends early`);
      done += n;
    }
    return buffer;
  }

  close(): void {
    closeSync(this.fd);
  }
}
