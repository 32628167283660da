import { Command, Option } from 'commander';
import { redact } from '@samtal/redaction';
import { text } from 'node:stream/consumers';

export interface CommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function redactCommand(io: CommandIo = process): Command {
  return new Command('redact')
    .description('Redact personal data in text read from standard input and print the result')
    .addOption(new Option('--lang <language>', 'language of the text').choices(['sv', 'en']).default('sv'))
    .option('--json', 'print { text, entities } as JSON, entities with their type and offsets into the input (never their values)')
    .action(async (options: { lang: 'sv' | 'en'; json?: boolean }) => {
      if (io.stdin.isTTY) io.stderr.write('samtal redact: reading text from standard input (end with Ctrl-D)\n');
      const result = redact(await text(io.stdin), { lang: options.lang });
      io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : result.text);
    });
}
