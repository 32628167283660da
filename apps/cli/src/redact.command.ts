import { Command, Option } from 'commander';
import { redact, redactDialogue, type Utterance } from '@samtal/redaction';
import { text } from 'node:stream/consumers';

export interface CommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const SPEAKER_LINE = /^(agent|caller|unknown):[ \t]?(.*)$/;

/**
 * Lines that all start `agent:`/`caller:` are a dialogue, redacted as the journal service redacts
 * a call (a question reaches the answer over several turns, a name found once is redacted where it
 * recurs); any other text is redacted as one utterance.
 */
function asDialogue(input: string): Utterance[] | undefined {
  const lines = input.split('\n').filter((line) => line.trim() !== '');
  const utterances = lines.map((line) => SPEAKER_LINE.exec(line.trimEnd()));
  if (utterances.length < 1 || utterances.some((m) => !m)) return undefined;
  return utterances.map((m) => ({ speaker: m![1] as Utterance['speaker'], text: m![2]! }));
}

export function redactCommand(io: CommandIo = process): Command {
  return new Command('redact')
    .description('Redact personal data in text read from standard input and print the result; agent:/caller: lines are redacted as one call')
    .addOption(new Option('--lang <language>', 'language of the text').choices(['sv', 'en']).default('sv'))
    .option('--json', 'print the result as JSON, entities with their type and offsets into the input or line (never their values)')
    .action(async (options: { lang: 'sv' | 'en'; json?: boolean }) => {
      if (io.stdin.isTTY) io.stderr.write('samtal redact: reading text from standard input (end with Ctrl-D)\n');
      const input = await text(io.stdin);
      const dialogue = asDialogue(input);
      if (!dialogue) {
        const result = redact(input, { lang: options.lang });
        io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : result.text);
        return;
      }
      const results = redactDialogue(dialogue, { lang: options.lang });
      if (options.json) {
        const lines = results.map((r, i) => ({ speaker: dialogue[i]!.speaker, ...r }));
        io.stdout.write(`${JSON.stringify({ lines }, null, 2)}\n`);
      } else {
        io.stdout.write(results.map((r, i) => `${dialogue[i]!.speaker}: ${r.text}\n`).join(''));
      }
    });
}
