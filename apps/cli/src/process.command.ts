import { Command, Option } from 'commander';
import { draftingConfigFrom, draftingEnvSchema } from '@samtal/drafting/config';
import { callDateOf } from '@samtal/journal';
import { processCall } from '@samtal/pipeline';
import { resolveAudioTools } from '@samtal/audio';
import { readFile } from 'node:fs/promises';
import { asrSetup, withAsrOptions, type AsrCliOptions } from './asr-options.js';

interface ProcessOptions extends AsrCliOptions {
  transcript?: string;
  lang: 'sv' | 'en' | 'auto';
  callDate?: string;
  json?: boolean;
}

export function processCommand(): Command {
  return withAsrOptions(
    new Command('process')
      .description(
        'Run the whole pipeline on one recording, in this process (no NATS, no MongoDB), and print the draft. ' +
          'Drafts as the journal service does: SUMMARY_LLM_*, JOURNAL_TAXONOMY, SENTIMENT_ALERT_* and CALL_TIME_ZONE apply.',
      )
      .argument('<audio>', 'the call recording (any format ffmpeg reads)')
      .option('--transcript <file>', 'a sidecar transcript (JSON, or agent:/caller: lines); skips speech recognition')
      .addOption(new Option('--lang <language>', 'language of the call').choices(['sv', 'en', 'auto']).default('auto'))
      .option('--call-date <YYYY-MM-DD>', 'the call\'s date, for dates such as "på fredag" (default: today)')
      .option('--json', 'print the full record (redacted dialogue, draft, sentiment) as JSON'),
  ).action(async (audio: string, options: ProcessOptions) => {
    const env = draftingEnvSchema.safeParse(process.env);
    if (!env.success) throw new Error(`invalid configuration: ${env.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (options.callDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.callDate)) throw new Error('--call-date must be a date such as 2026-03-20');
    const { settings, timeZone, audioTools } = draftingConfigFrom(env.data);
    const sidecar = options.transcript ? await readFile(options.transcript) : undefined;
    const result = await processCall(
      {
        audioPath: audio,
        sidecar,
        language: options.lang,
        ...settings,
        audioTools: resolveAudioTools(audioTools),
        callDate: options.callDate ?? callDateOf(new Date(), timeZone),
        onLlmFallback: (reason) => process.stderr.write(`samtal: LLM draft not used (${reason}); printing the extractive draft\n`),
      },
      sidecar ? undefined : asrSetup(options),
    );
    if (result.leaks > 0) process.stderr.write(`samtal: the leak scan removed ${result.leaks} number run(s) that redaction had kept\n`);
    if (options.json) {
      // The unredacted transcript stays out of the output: what is printed may be shared.
      const { transcript: _unredacted, ...shareable } = result;
      process.stdout.write(`${JSON.stringify(shareable, null, 2)}\n`);
    } else {
      process.stdout.write(`${result.draft.text}\n`);
    }
  });
}
