import { z } from 'zod';
import { modelsDir } from './models.js';
import { resolveWhisperCli } from './whisper-cpp.js';

/** The environment variables that say where whisper.cpp and the models are, for the apps' env schemas. */
export const asrToolsEnvSchema = z.object({
  /** The models directory; unset: `$XDG_DATA_HOME/samtal/models`, else `~/.local/share/samtal/models`. */
  SAMTAL_MODELS_DIR: z.string().optional(),
  XDG_DATA_HOME: z.string().optional(),
  /** The whisper-cli binary; unset: the one `infra/setup.sh whisper` built, else `whisper-cli` on PATH. */
  WHISPER_CPP_BIN: z.string().optional(),
  PATH: z.string().optional(),
});
export type AsrToolsEnv = z.infer<typeof asrToolsEnvSchema>;

/** The models directory the settings name. */
export function modelsDirFrom(env: AsrToolsEnv): string {
  return modelsDir({ modelsDir: env.SAMTAL_MODELS_DIR, dataHome: env.XDG_DATA_HOME });
}

/** The whisper-cli binary the settings name, or the fallbacks find; throws (saying what to do) when there is none. */
export function whisperCliFrom(env: AsrToolsEnv): string {
  return resolveWhisperCli({ binary: env.WHISPER_CPP_BIN, path: env.PATH });
}
