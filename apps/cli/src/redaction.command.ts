import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { draftingEnvSchema, RedactionRerun } from '@samtal/drafting';
import { mongoEnvSchema, validateEnv } from '@samtal/platform';
import { StoreModule } from '@samtal/store';
import { Command } from 'commander';

@Module({})
class RerunModule {}

/** The store (MONGO_URL) and the allow-list the journal service uses (REDACTION_ALLOWED_NUMBERS). */
function rerunModule(): { module: DynamicModule; allowedNumbers?: readonly string[] } {
  const env = validateEnv(mongoEnvSchema.extend({ REDACTION_ALLOWED_NUMBERS: draftingEnvSchema.shape.REDACTION_ALLOWED_NUMBERS }))(process.env);
  return {
    module: { module: RerunModule, imports: [StoreModule.forRootAsync({ useFactory: () => ({ uri: env.MONGO_URL }) })], providers: [RedactionRerun] },
    allowedNumbers: env.REDACTION_ALLOWED_NUMBERS,
  };
}

export function redactionCommand(): Command {
  const redaction = new Command('redaction').description('stored redactions (needs MONGO_URL)');
  redaction
    .command('rerun')
    .description("re-redact the stored drafts, dialogues, sentiment and agents' versions with the current rules (after a fix to redaction)")
    .option('--since <YYYY-MM-DD>', 'only entries drafted or changed since this day (default: all)')
    .action(async (options: { since?: string }) => {
      const since = options.since === undefined ? undefined : new Date(`${options.since}T00:00:00Z`);
      if (since && (!/^\d{4}-\d{2}-\d{2}$/.test(options.since!) || Number.isNaN(since.getTime()))) throw new Error('--since must be a date such as 2026-11-30');
      const { module, allowedNumbers } = rerunModule();
      const app = await NestFactory.createApplicationContext(module, { logger: ['error', 'warn'] });
      try {
        const report = await app.get(RedactionRerun).run({ since, allowedNumbers });
        process.stdout.write(`${report.entries} entries read, ${report.changed} re-redacted, ${report.versionsChanged} agents' versions re-redacted\n`);
      } finally {
        await app.close();
      }
    });
  return redaction;
}
