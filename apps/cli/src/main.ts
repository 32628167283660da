import { Command } from 'commander';
import { modelsCommand } from './models.command.js';
import { processCommand } from './process.command.js';
import { redactCommand } from './redact.command.js';
import { redactionCommand } from './redaction.command.js';
import { replayCommand } from './replay.command.js';
import { sourcesCommand } from './sources.command.js';
import { transcribeCommand } from './transcribe.command.js';
import { usersCommand } from './users.command.js';

const program = new Command('samtal')
  .description('Samtal: recorded phone calls to draft journal notes, on your own machines.')
  .showHelpAfterError();

program.addCommand(processCommand());
program.addCommand(redactCommand());
program.addCommand(redactionCommand());
program.addCommand(transcribeCommand());
program.addCommand(modelsCommand());
program.addCommand(replayCommand());
program.addCommand(usersCommand());
program.addCommand(sourcesCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // A clear line for the user; the stack only when asked for.
  console.error(`samtal: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env['SAMTAL_DEBUG']) console.error(err);
  process.exitCode = 1;
}
