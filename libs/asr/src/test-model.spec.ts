import { testWhisper } from '@samtal/testing';
import { mkdtemp, open, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeModel, readGgmlHeader } from './ggml.js';
import { TINY_HEADER_PATH, createTestModel, whisperTensors } from './test-model.js';
import { run } from '@samtal/audio';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-model-'));
});

describe('createTestModel', () => {
  it('appends every tensor of tiny to the committed header, deterministically', async () => {
    const a = await createTestModel(join(dir, 'a.bin'));
    const b = await createTestModel(join(dir, 'b.bin'));
    const other = await createTestModel(join(dir, 'c.bin'), { seed: 2 });
    expect(a.tensors).toBe(167); // 7 + 4 × 15 encoder, 4 + 4 × 24 decoder
    expect(a.sha256).toBe(b.sha256);
    expect(other.sha256).not.toBe(a.sha256);
    const header = readGgmlHeader(await readFile(TINY_HEADER_PATH));
    expect(describeModel(header.hparams)).toBe('tiny');
    // Header bytes first, unchanged; then 39 M parameters, mostly f16.
    const file = await open(a.path, 'r');
    const head = Buffer.alloc(header.tensorsOffset);
    await file.read(head, 0, head.length, 0);
    await file.close();
    expect(head.equals(await readFile(TINY_HEADER_PATH))).toBe(true);
    expect(a.bytes).toBeGreaterThan(70e6);
  });

  it('names, shapes and types tensors as whisper.cpp declares them', async () => {
    const tensors = whisperTensors(readGgmlHeader(await readFile(TINY_HEADER_PATH)).hparams);
    const byName = new Map(tensors.map((t) => [t.name, t]));
    expect(byName.size).toBe(tensors.length);
    expect(byName.get('encoder.conv1.weight')).toMatchObject({ shape: [3, 80, 384], type: 1 });
    expect(byName.get('encoder.conv1.bias')).toMatchObject({ shape: [1, 384], type: 0 });
    expect(byName.get('decoder.token_embedding.weight')).toMatchObject({ shape: [384, 51865], type: 1 });
    expect(byName.get('decoder.blocks.3.cross_attn.key.weight')).toMatchObject({ shape: [384, 384] });
    expect(byName.has('decoder.blocks.3.cross_attn.key.bias')).toBe(false); // keys have no bias in Whisper
    expect(byName.get('encoder.blocks.0.mlp.0.weight')).toMatchObject({ shape: [384, 1536] });
  });
});

describe('whisper.cpp runs the generated model', () => {
  it('loads it and transcribes the same audio to the same output twice', async () => {
    const { cli } = testWhisper();
    const model = (await createTestModel(join(dir, 'run.bin'))).path;
    const audio = join(dir, 'tone.wav');
    await run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=5', '-ar', '16000', '-ac', '1', audio]);
    const args = ['-m', model, '-f', audio, '-t', '2', '-bs', '1', '-nf', '-l', 'sv'];
    const first = await run(cli, args);
    const second = await run(cli, args);
    expect(first.stderr).toMatch(/type\s+=\s+1 \(tiny\)|model size\s+=/);
    expect(first.stderr).not.toMatch(/not all tensors loaded|wrong (shape|size)|unknown tensor/);
    expect(first.stdout.toString()).toMatch(/^\s*\[\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\]/m);
    expect(second.stdout.toString()).toBe(first.stdout.toString());
  }, 60_000);
});
