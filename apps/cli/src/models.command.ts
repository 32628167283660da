import {
  DEFAULT_MODEL,
  MODEL_CATALOGUE,
  QUANTISATION_TYPES,
  checkModelLoads,
  createTestModel,
  downloadModel,
  importModel,
  listInstalled,
  quantizeModel,
  verifyInstalled,
  type QuantisationType,
  type ModelCheck,
} from '@samtal/asr';
import { Command, Option } from 'commander';
import { cliModelsDir, cliWhisperCli, cliWhisperQuantize } from './settings.js';

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
const say = (line: string) => process.stdout.write(`${line}\n`);

function report(check: ModelCheck): void {
  say(`${check.ok ? 'ok  ' : 'BAD '} ${check.name} (${check.kind ?? 'unreadable'}) ${check.path}${check.problem ? `: ${check.problem}` : ''}`);
}

/** Progress on stderr, at most every whole percent (or 10 MB when the size is unknown). */
function progress(name: string) {
  let shown = -1;
  return (received: number, total: number | undefined) => {
    const step = total ? Math.floor((received / total) * 100) : Math.floor(received / 10e6);
    if (step === shown) return;
    shown = step;
    process.stderr.write(`\r${name}: ${mb(received)}${total ? ` of ${mb(total)} (${step}%)` : ''}`);
  };
}

export function modelsCommand(): Command {
  const models = new Command('models').description(`Whisper models (directory: $SAMTAL_MODELS_DIR, now ${cliModelsDir()})`);

  models
    .command('list')
    .description('models known to `download`, and models installed')
    .action(async () => {
      const installed = await listInstalled(cliModelsDir());
      say(`models directory: ${cliModelsDir()}`);
      for (const m of MODEL_CATALOGUE) {
        const here = installed.some((i) => i.name === m.name);
        say(`${here ? '*' : ' '} ${m.name.padEnd(18)} ${mb(m.bytes).padStart(7)}  ${m.description}${m.name === DEFAULT_MODEL ? ' [default]' : ''}`);
      }
      for (const i of installed.filter((i) => !i.catalogue)) say(`* ${i.name.padEnd(18)} ${mb(i.bytes).padStart(7)}  imported`);
      say('(* installed)');
    });

  models
    .command('download')
    .description('download a model, verify its checksum and install it')
    .argument('<name>', `one of: ${MODEL_CATALOGUE.map((m) => m.name).join(', ')}`)
    .option('--sha256 <hex>', 'expected checksum, for a model whose checksum is not pinned')
    .option('--url <url>', "download from this address instead (e.g. a mirror in the agency's network)")
    .action(async (name: string, options: { sha256?: string; url?: string }) => {
      const check = await downloadModel(name, { ...options, dir: cliModelsDir(), onProgress: progress(name) });
      process.stderr.write('\n');
      report(check);
    });

  models
    .command('import')
    .description(
      'install a model copied in by hand (offline machines): a ggml file as it is, or a faster-whisper (CTranslate2) ' +
        'or Hugging Face Transformers (safetensors) model converted to ggml; installed once whisper.cpp has loaded it',
    )
    .argument('<file-or-dir>', 'a ggml file; a faster-whisper directory (model.bin, vocabulary); a Transformers directory (model.safetensors, config.json, tokenizer.json or vocab.json)')
    .option('--name <name>', 'name to install it under (default: the catalogue name its checksum matches, else the file or directory name)')
    .action(async (path: string, options: { name?: string }) => {
      const check = await importModel(path, { ...options, dir: cliModelsDir(), loadCheck: (candidate) => checkModelLoads(candidate, cliWhisperCli()) });
      if (check.format !== 'ggml') say(`converted from ${check.format} to ggml`);
      report(check);
    });

  models
    .command('quantize')
    .description("quantise an installed f16/f32 model with whisper.cpp's quantize tool; installs <name>-<type>")
    .argument('<name>', 'an installed model')
    .addOption(new Option('--type <type>', 'quantisation').choices([...QUANTISATION_TYPES]).makeOptionMandatory())
    .option('--as <name>', 'name to install the result under (default: <name>-<type>)')
    .action(async (name: string, options: { type: QuantisationType; as?: string }) =>
      report(
        await quantizeModel(name, options.type, {
          name: options.as,
          dir: cliModelsDir(),
          binary: cliWhisperQuantize(),
          loadCheck: (candidate) => checkModelLoads(candidate, cliWhisperCli()),
        }),
      ),
    );

  models
    .command('verify')
    .description('check installed models against their pinned checksums (or those taken at install)')
    .argument('[name]', 'only this model')
    .action(async (name?: string) => {
      const checks = await verifyInstalled(cliModelsDir(), name);
      if (checks.length === 0) say('no models installed');
      checks.forEach(report);
      if (checks.some((c) => !c.ok)) process.exitCode = 1;
    });

  models
    .command('create-test-model')
    .description('write a tiny model with pseudo-random weights (tests and benchmarks only: its words are meaningless)')
    .argument('<out>', 'file to write')
    .option('--seed <n>', 'seed of the pseudo-random weights', (v) => Number(v), 1)
    .action(async (out: string, options: { seed: number }) => {
      const model = await createTestModel(out, { seed: options.seed });
      say(`${model.path}: ${model.tensors} tensors, ${mb(model.bytes)}, sha256 ${model.sha256}`);
    });

  return models;
}
