import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modelsDir } from './models.js';
import { resolveWhisperQuantize } from './quantize.js';
import { asrToolsEnvSchema, modelsDirFrom, whisperCliFrom } from './settings.js';
import { resolveWhisperCli } from './whisper-cpp.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('where models and whisper.cpp are: settings, not the environment', () => {
  it('puts models in the directory the settings name, else in the data directory', () => {
    expect(modelsDir({ modelsDir: 'relative/models' })).toBe(resolve('relative/models'));
    expect(modelsDir({ dataHome: '/data' })).toBe('/data/samtal/models');
    expect(modelsDir({})).toBe(join(homedir(), '.local', 'share', 'samtal', 'models'));
  });

  it('reads no environment variable of its own', () => {
    process.env['SAMTAL_MODELS_DIR'] = '/from/the/environment';
    process.env['XDG_DATA_HOME'] = '/environment-data';
    expect(modelsDir({ dataHome: '/data' })).toBe('/data/samtal/models');
    expect(modelsDir({})).toBe(join(homedir(), '.local', 'share', 'samtal', 'models'));
  });

  it('takes whisper-cli and its quantize tool from the settings first', () => {
    expect(resolveWhisperCli({ binary: '/opt/whisper/whisper-cli' })).toBe('/opt/whisper/whisper-cli');
    expect(resolveWhisperQuantize({ binary: '/opt/whisper/whisper-quantize' })).toBe('/opt/whisper/whisper-quantize');
  });

  it('turns the validated environment of an app into the models directory and the CLI', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'samtal-asr-settings-'));
    await mkdir(join(dir, 'bin'));
    await writeFile(join(dir, 'bin', 'whisper-cli'), '#!/bin/sh\n');
    await chmod(join(dir, 'bin', 'whisper-cli'), 0o755);
    const env = asrToolsEnvSchema.parse({ SAMTAL_MODELS_DIR: join(dir, 'models'), WHISPER_CPP_BIN: join(dir, 'bin', 'whisper-cli') });
    expect(modelsDirFrom(env)).toBe(join(dir, 'models'));
    expect(whisperCliFrom(env)).toBe(join(dir, 'bin', 'whisper-cli'));
    expect(modelsDirFrom(asrToolsEnvSchema.parse({ XDG_DATA_HOME: dir }))).toBe(join(dir, 'samtal', 'models'));
  });
});
