import { Command, Option } from 'commander';
import { processCall } from '@samtal/pipeline';
import { readFile } from 'node:fs/promises';
import { asrSetup, withAsrOptions, type AsrCliOptions } from './asr-options.js';

export function processCommand(): Command {
  return withAsrOptions(
    new Command('process')
      .description('Run the whole pipeline on one recording, in this process (no NATS, no MongoDB), and print the draft')
      .argument('<audio>', 'the call recording (any format ffmpeg reads)')
      .option('--transcript <file>', 'a sidecar transcript (JSON, or agent:/caller: lines); skips speech recognition')
      .addOption(new Option('--lang <language>', 'language of the call').choices(['sv', 'en', 'auto']).default('auto'))
      .option('--json', 'print the full record (redacted dialogue, draft, sentiment) as JSON'),
  ).action(async (audio: string, options: AsrCliOptions & { transcript?: string; lang: 'sv' | 'en' | 'auto'; json?: boolean }) => {
    const sidecar = options.transcript ? await readFile(options.transcript) : undefined;
    const result = await processCall({ audioPath: audio, sidecar, language: options.lang }, sidecar ? undefined : asrSetup(options));
    if (options.json) {
      // The unredacted transcript stays out of the output: what is printed may be shared.
      const { transcript: _unredacted, ...shareable } = result;
      process.stdout.write(`${JSON.stringify(shareable, null, 2)}\n`);
    } else {
      process.stdout.write(`${result.draft.text}\n`);
    }
  });
}
