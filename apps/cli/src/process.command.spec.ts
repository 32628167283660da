import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processCommand } from './process.command.js';

const sample = (name: string) => fileURLToPath(new URL(`../samples/${name}`, import.meta.url));

/** Runs `samtal process …` in this process and returns what it printed. */
async function samtalProcess(...args: string[]): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  await processCommand()
    .exitOverride()
    .parseAsync(['node', 'process', ...args]);
  return out;
}

const demo = ['--transcript', sample('bostadstillagg.txt'), sample('bostadstillagg.ogg'), '--call-date', '2026-03-20'];

describe('samtal process on the demo call (npm run demo)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a draft about bostadstillägg with the call-back on 15 April and its date', async () => {
    const out = await samtalProcess(...demo);
    expect(out).toMatch(/^Ärende: Kundens bostadstillägg har slutat komma/);
    expect(out).toContain('Ämne: Bostadstillägg');
    expect(out).toMatch(/Uppföljning:\n(?:- .*\n)*- Handläggaren ringer upp kunden den 15 april för att stämma av\. \(2026-04-15\)/);
  });

  it('shows in --json the draft and the caller sentiment rising from negative', async () => {
    const record = JSON.parse(await samtalProcess(...demo, '--json'));
    expect(record.draft.topic.key).toBe('bostadstillägg');
    const followUps = record.draft.sections.find((s: { key: string }) => s.key === 'followUp').sentences;
    expect(followUps).toContainEqual(
      expect.objectContaining({
        followUp: {
          kind: 'callBack',
          dateText: 'den 15 april',
          dueDate: '2026-04-15',
          preposition: 'on',
        },
      }),
    );
    const caller = record.sentiment.caller;
    expect(caller.start).toBeLessThan(0);
    expect(caller.end).toBeGreaterThan(0);
    expect(caller.improved).toBe(true);
    expect(record.sentiment.alerts).toEqual([]);
    expect(record.sentiment.utterances[1]).toMatchObject({
      segmentIndex: 1,
      speaker: 'caller',
      label: 'negative',
    });
    // What is printed may be shared: no unredacted transcript in it.
    expect(record.transcript).toBeUndefined();
  });

  it('rejects a malformed call date and invalid drafting settings with a clear error', async () => {
    await expect(samtalProcess(...demo.slice(0, 3), '--call-date', '20/3')).rejects.toThrow(/--call-date must be a date/);
    vi.stubEnv('SUMMARY_LLM_URL', 'not a url');
    await expect(samtalProcess(...demo)).rejects.toThrow(/invalid configuration: SUMMARY_LLM_URL/);
    vi.unstubAllEnvs();
  });
});
