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

describe('samtal redact on a dialogue', () => {
  it('redacts agent:/caller: lines as one call, as the journal service does', async () => {
    const call = 'agent: Kan jag få ditt personnummer så tittar jag på ditt ärende?\ncaller: Ja, det är 19811218-9876.\n';
    expect(await runRedact(call, [])).toBe('agent: Kan jag få ditt personnummer så tittar jag på ditt ärende?\ncaller: Ja, det är [PERSONNUMMER].\n');
    const split = 'agent: Och ditt personnummer?\ncaller: 52 01 30\ncaller: eh 94 07\n';
    expect(await runRedact(split, [])).toBe('agent: Och ditt personnummer?\ncaller: [PERSONNUMMER]\ncaller: eh [PERSONNUMMER]\n');
  });

  it('redacts a personnummer and a phone number after a case-number cue', async () => {
    expect(await runRedact('Mitt ärende gäller 19811218-9876 och 070-123 45 67.', [])).toBe('Mitt ärende gäller [PERSONNUMMER] och [TELEFON].');
  });

  it('prints each line with its entities with --json', async () => {
    const printed = JSON.parse(await runRedact('agent: Ditt namn?\ncaller: Jag heter Maj Lind.\n', ['--json'])) as { lines: unknown[] };
    expect(printed.lines[1]).toEqual({ speaker: 'caller', text: 'Jag heter [NAMN].', entities: [{ type: 'name', start: 10, end: 18 }] });
  });
});
