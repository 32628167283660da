import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { redactCommand } from './redact.command.js';

async function runRedact(input: string, args: string[]): Promise<string> {
  const stdout = new PassThrough();
  const output = text(stdout);
  await redactCommand({ stdin: Readable.from([input]), stdout, stderr: new PassThrough() }).parseAsync(args, { from: 'user' });
  stdout.end();
  return output;
}

describe('samtal redact', () => {
  it('prints the text from standard input with personal data replaced', async () => {
    expect(await runRedact('caller: Ja, det är 121212-1212.\n', [])).toBe('caller: Ja, det är [PERSONNUMMER].\n');
  });

  it('prints types and offsets, not values, with --json', async () => {
    const printed = JSON.parse(await runRedact('My name is John Smith.', ['--lang', 'en', '--json'])) as unknown;
    expect(printed).toEqual({ text: 'My name is [NAMN].', entities: [{ type: 'name', start: 11, end: 21 }] });
  });
});
