import { ProcessFailed, findOnPath, isExecutable, run } from '@samtal/audio';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkModelFile, installModelFile, readModelHparams, resolveModelPath, type ModelCheck } from './models.js';

/** whisper.cpp's quantize tool that `infra/setup.sh whisper` builds beside the CLI. */
export const BUILT_WHISPER_QUANTIZE = fileURLToPath(new URL('../../../.cache/whisper/bin/whisper-quantize', import.meta.url));

/** `settings.binary` (WHISPER_QUANTIZE_BIN) → the tool built by `infra/setup.sh whisper` → `whisper-quantize` on `settings.path`. */
export function resolveWhisperQuantize(settings: { binary?: string; path?: string }): string {
  if (settings.binary) return settings.binary;
  if (isExecutable(BUILT_WHISPER_QUANTIZE)) return BUILT_WHISPER_QUANTIZE;
  const onPath = findOnPath('whisper-quantize', settings.path);
  if (onPath) return onPath;
  throw new Error("whisper.cpp's quantize tool not found: run `bash infra/setup.sh whisper` (builds it into .cache/whisper) or set WHISPER_QUANTIZE_BIN");
}

/** The types worth offering: q8_0 is near-lossless at half of f16's size, q5_0 a third of it. */
export const QUANTISATION_TYPES = ['q8_0', 'q5_0', 'q5_1', 'q4_0'] as const;
export type QuantisationType = (typeof QUANTISATION_TYPES)[number];

export interface QuantizeOptions {
  /** The models directory (`modelsDir`). */
  dir: string;
  /** Installed name of the result; default `<model>-<type>`. */
  name?: string;
  /** whisper.cpp's quantize tool (`resolveWhisperQuantize`). */
  binary: string;
  /** Loads the result in whisper.cpp before it is installed (`checkModelLoads`). */
  loadCheck?: (path: string) => Promise<void>;
}

/**
 * Quantises an installed f16 or f32 model with whisper.cpp's own quantize tool and installs
 * the result beside it (`small` → `small-q5_0`), once whisper.cpp has loaded it.
 */
export async function quantizeModel(model: string, type: QuantisationType, options: QuantizeOptions): Promise<ModelCheck> {
  if (!QUANTISATION_TYPES.includes(type)) throw new Error(`unknown quantisation type "${type}": use one of ${QUANTISATION_TYPES.join(', ')}`);
  const dir = options.dir;
  const source = resolveModelPath(model, dir);
  const before = await checkModelFile(source);
  if (!before.ok) throw new Error(`${model} is not a usable model: ${before.problem}`);
  const { ftype } = await readModelHparams(source);
  if (ftype !== 0 && ftype !== 1) throw new Error(`${model} is already quantised (ftype ${ftype}): quantise its f16 or f32 original`);
  const name = options.name ?? `${model.replace(/^.*\//, '').replace(/\.bin$/, '')}-${type}`;
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${name}.bin.partial`);
  try {
    try {
      await run(options.binary, [source, partial, type], { timeoutMs: 30 * 60_000 });
    } catch (err) {
      if (!(err instanceof ProcessFailed)) throw err;
      const reason = err.stderr.split('\n').filter((l) => /error|failed|invalid|unsupported/i.test(l)).at(-1)?.trim();
      throw new Error(`whisper.cpp's quantize failed on ${model}${reason ? `: ${reason}` : ''}`, { cause: err });
    }
    await options.loadCheck?.(partial);
    return await installModelFile(dir, name, partial);
  } finally {
    await rm(partial, { force: true });
  }
}
