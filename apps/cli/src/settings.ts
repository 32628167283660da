import { asrToolsEnvSchema, modelsDirFrom, resolveWhisperQuantize, whisperCliFrom } from '@samtal/asr';
import { audioToolSettingsFrom, audioToolsEnvSchema, resolveAudioTools, type AudioTools } from '@samtal/audio';
import { validateEnv } from '@samtal/platform';
import { z } from 'zod';

/**
 * Where the CLI finds its tools and models: the same settings the services read (README,
 * "Configuration"), validated here once, so the libraries read no environment of their own.
 */
const toolsEnvSchema = asrToolsEnvSchema.extend(audioToolsEnvSchema.shape).extend({
  /** whisper.cpp's quantize tool (`samtal models quantize`). */
  WHISPER_QUANTIZE_BIN: z.string().optional(),
});

const toolsEnv = (env: NodeJS.ProcessEnv = process.env) => validateEnv(toolsEnvSchema)(env);

export const cliModelsDir = (env?: NodeJS.ProcessEnv): string => modelsDirFrom(toolsEnv(env));
export const cliWhisperCli = (env?: NodeJS.ProcessEnv): string => whisperCliFrom(toolsEnv(env));
export const cliAudioTools = (env?: NodeJS.ProcessEnv): AudioTools => resolveAudioTools(audioToolSettingsFrom(toolsEnv(env)));
export function cliWhisperQuantize(env?: NodeJS.ProcessEnv): string {
  const { WHISPER_QUANTIZE_BIN, PATH } = toolsEnv(env);
  return resolveWhisperQuantize({ binary: WHISPER_QUANTIZE_BIN, path: PATH });
}
