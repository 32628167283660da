import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './processes.js';

export interface TestWhisper {
  /** whisper.cpp's CLI as `infra/setup.sh whisper` builds it. */
  cli: string;
  /** The tiny model with pseudo-random weights (`infra/setup.sh test-model`): real cost, meaningless words. */
  model: string;
}

/** whisper.cpp and the generated test model; `npm test` makes both (infra/setup.sh). */
export function testWhisper(): TestWhisper {
  const cli = process.env['WHISPER_CPP_BIN'] ?? join(REPO_ROOT, '.cache/whisper/bin/whisper-cli');
  const model = process.env['SAMTAL_TEST_MODEL'] ?? join(REPO_ROOT, '.cache/models/for-tests-tiny.bin');
  for (const [what, path, part] of [['whisper.cpp', cli, 'whisper'], ['the test model', model, 'test-model']] as const) {
    if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: run \`bash infra/setup.sh ${part}\``);
  }
  return { cli, model };
}
