/** The ggml model file format whisper.cpp reads: magic, hyper-parameters, mel filters, vocabulary, tensors. */
export const GGML_MAGIC = 0x67676d6c; // "ggml"

export interface WhisperHparams {
  nVocab: number;
  nAudioCtx: number;
  nAudioState: number;
  nAudioHead: number;
  nAudioLayer: number;
  nTextCtx: number;
  nTextState: number;
  nTextHead: number;
  nTextLayer: number;
  nMels: number;
  /** 0 = f32, 1 = f16, higher = quantised (plus 1000 × quantisation version). */
  ftype: number;
}

export interface GgmlHeader {
  hparams: WhisperHparams;
  /** Where the tensors begin: the header's length. */
  tensorsOffset: number;
}

/** Model sizes by encoder depth, as whisper.cpp names them. */
const SIZES: Record<number, string> = { 4: 'tiny', 6: 'base', 12: 'small', 24: 'medium', 32: 'large' };

export function describeModel(h: WhisperHparams): string {
  const size = h.nAudioLayer === 32 && h.nTextLayer === 4 ? 'large-turbo' : (SIZES[h.nAudioLayer] ?? `${h.nAudioLayer}-layer`);
  return `${size}${h.nVocab >= 51865 ? '' : '.en'}`;
}

export class InvalidModel extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidModel';
  }
}

/** Parses the header of a ggml Whisper model (the first ~600 KB of the file are enough). */
export function readGgmlHeader(data: Buffer): GgmlHeader {
  let offset = 0;
  const int = () => {
    if (offset + 4 > data.length) throw new InvalidModel('the file ends inside the model header');
    const value = data.readInt32LE(offset);
    offset += 4;
    return value;
  };
  if (data.length < 4 || data.readUInt32LE(0) !== GGML_MAGIC) throw new InvalidModel('not a ggml Whisper model (bad magic)');
  offset = 4;
  const [nVocab, nAudioCtx, nAudioState, nAudioHead, nAudioLayer, nTextCtx, nTextState, nTextHead, nTextLayer, nMels, ftype] =
    Array.from({ length: 11 }, int) as [number, number, number, number, number, number, number, number, number, number, number];
  const hparams = { nVocab, nAudioCtx, nAudioState, nAudioHead, nAudioLayer, nTextCtx, nTextState, nTextHead, nTextLayer, nMels, ftype };
  if (nMels <= 0 || nAudioState <= 0 || nTextState <= 0 || nVocab <= 0) throw new InvalidModel('implausible model hyper-parameters');
  const filterMels = int();
  const filterFft = int();
  offset += 4 * filterMels * filterFft;
  const vocabulary = int();
  for (let i = 0; i < vocabulary; i++) {
    const length = int();
    offset += length;
  }
  if (offset > data.length) throw new InvalidModel('the file ends inside the vocabulary');
  return { hparams, tensorsOffset: offset };
}
