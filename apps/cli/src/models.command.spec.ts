import { REPO_ROOT } from '@samtal/testing';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelsCommand } from './models.command.js';

/** Runs `samtal models …` in this process and returns what it printed. */
async function samtalModels(args: string[]): Promise<string> {
  let printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += chunk.toString();
    return true;
  });
  try {
    await modelsCommand().parseAsync(['node', 'models', ...args]);
  } finally {
    vi.restoreAllMocks();
  }
  return printed;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('samtal models import and quantize', () => {
  it('imports a faster-whisper directory as ggml, quantises it, and verify accepts both', async () => {
    // Real OpenAI tiny.en weights in CTranslate2's format, as `infra/setup.sh real-models` leaves them.
    const ct2 = join(REPO_ROOT, '.cache/ct2/tiny.en');
    if (!existsSync(join(ct2, 'model.bin'))) throw new Error('the real tiny.en model is missing: run `bash infra/setup.sh real-models`');
    const dir = await mkdtemp(join(tmpdir(), 'samtal-models-cli-'));
    vi.stubEnv('SAMTAL_MODELS_DIR', dir);

    const imported = await samtalModels(['import', ct2, '--name', 'tiny-en']);
    expect(imported).toContain('converted from ctranslate2 to ggml');
    expect(imported).toMatch(/^ok {3}tiny-en \(tiny\.en\) /m);

    const quantised = await samtalModels(['quantize', 'tiny-en', '--type', 'q8_0']);
    expect(quantised).toMatch(/^ok {3}tiny-en-q8_0 \(tiny\.en\) /m);

    const verified = await samtalModels(['verify']);
    expect(verified.trim().split('\n').map((l) => l.slice(0, 4))).toEqual(['ok  ', 'ok  ']);
    const listed = await samtalModels(['list']);
    expect(listed).toMatch(/\* tiny-en-q8_0 +\d+ MB {2}imported/);
  }, 600_000);
});
