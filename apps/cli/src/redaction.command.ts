import { draftingEnvSchema, RedactionRerun } from '@samtal/drafting';
import { validateEnv } from '@samtal/platform';
import { Command } from 'commander';
import { z } from 'zod';
import { withStore } from './store-context.js';

/** The allow-list the journal service uses (REDACTION_ALLOWED_NUMBERS). */
const allowedNumbers = () =>
  validateEnv(z.object({ REDACTION_ALLOWED_NUMBERS: draftingEnvSchema.shape.REDACTION_ALLOWED_NUMBERS }))(process.env).REDACTION_ALLOWED_NUMBERS;

export function redactionCommand(): Command {
  const redaction = new Command('redaction').description('stored redactions (needs MONGO_URL)');
  redaction
    .command('rerun')
    .description("re-redact the stored drafts, dialogues, sentiment and agents' versions with the current rules (after a fix to redaction)")
    .option('--since <YYYY-MM-DD>', 'only entries drafted or changed since this day (default: all)')
    .action(async (options: { since?: string }) => {
      const since = options.since === undefined ? undefined : new Date(`${options.since}T00:00:00Z`);
      if (since && (!/^\d{4}-\d{2}-\d{2}$/.test(options.since!) || Number.isNaN(since.getTime()))) throw new Error('--since must be a date such as 2026-11-30');
      const allowed = allowedNumbers();
      const report = await withStore((app) => app.get(RedactionRerun).run({ since, allowedNumbers: allowed }), [RedactionRerun]);
      process.stdout.write(`${report.entries} entries read, ${report.changed} re-redacted, ${report.versionsChanged} agents' versions re-redacted\n`);
    });
  return redaction;
}
