import { synthesizeCall, waitFor } from '@samtal/testing';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, upload } from '../support/stack.js';

const exec = promisify(execFile);
const RATE = 16000;

/** One channel of a recording as 16-bit samples. */
async function channel(audio: Buffer, which: 0 | 1): Promise<Int16Array> {
  const child = execFile('ffmpeg', ['-v', 'error', '-i', 'pipe:0', '-af', `pan=mono|c0=c${which}`, '-f', 's16le', '-ar', String(RATE), 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  child.stdin!.end(audio);
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout!) chunks.push(chunk as Buffer);
  const pcm = Buffer.concat(chunks);
  return new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
}

/** Strength of one frequency between two times (Goertzel). */
function tone(x: Int16Array, fromMs: number, toMs: number, hz: number): number {
  const [from, to] = [Math.round((fromMs / 1000) * RATE), Math.round((toMs / 1000) * RATE)];
  const k = 2 * Math.cos((2 * Math.PI * hz) / RATE);
  let [s1, s2] = [0, 0];
  for (let i = from; i < to; i++) [s1, s2] = [x[i]! + k * s1 - s2, s1];
  return Math.sqrt(s1 * s1 + s2 * s2 - k * s1 * s2) / (to - from);
}

describe('redaction through the services: text, stored draft and recording', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({}, ['ingest', 'transcriber', 'journal']);
  });
  afterAll(async () => stack?.stop());

  it('stores the transcript apart, a redacted draft, and the recording with the caller’s number masked', async () => {
    const call = await synthesizeCall([
      { speaker: 'agent', text: 'Kan jag få ditt personnummer?' },
      { speaker: 'caller', text: 'Ja, det är 121212-1212.' },
    ]);
    const { stdout } = await exec('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', call.wavPath]);
    const durationMs = Math.round(Number(stdout.trim()) * 1000);
    const agentEnd = Math.round(durationMs / 2);
    const sidecar = {
      language: 'sv',
      segments: [
        { speaker: 'agent', start: 0, end: agentEnd, text: 'Kan jag få ditt personnummer?' },
        { speaker: 'caller', start: agentEnd, end: durationMs, text: 'Ja, det är 121212-1212.' },
      ],
    };
    const original = await readFile(call.wavPath);
    const accepted = await upload(stack.url('ingest'), {
      audio: new Blob([original], { type: 'audio/wav' }),
      transcript: new Blob([JSON.stringify(sidecar)], { type: 'application/json' }),
      agentId: 'agent-redaction',
    });
    expect(accepted.status).toBe(202);
    const callId = accepted.body['callId'] as string;

    const db = await stack.db();
    const stored = await waitFor('the redacted recording', async () => {
      const doc = await db.collection('calls').findOne({ _id: callId as never });
      return doc?.['redactedAudioFileId'] ? doc : undefined;
    }, 30_000);
    const entry = await db.collection('journal_entries').findOne({ _id: callId as never });
    expect(JSON.stringify(entry)).not.toContain('121212');
    expect(JSON.stringify(entry)).toContain('[PERSONNUMMER]');
    // The unredacted transcript is kept apart, in its own collection.
    expect(JSON.stringify(await db.collection('transcripts').findOne({ _id: callId as never }))).toContain('121212-1212');

    const fileId = stored['redactedAudioFileId'] as string;
    expect(fileId).toBe(`${callId}.audio.redacted`);
    const chunks = await db.collection('recordings.chunks').find({ files_id: fileId as never }).sort({ n: 1 }).toArray();
    const redacted = Buffer.concat(chunks.map((c) => Buffer.from((c['data'] as { buffer: Uint8Array }).buffer)));
    const [before, after] = [await channel(original, 1), await channel(redacted, 1)];
    // The caller's turn (right channel) is the tone now; the agent's turn is untouched.
    expect(tone(after, agentEnd + 100, durationMs - 100, 1000)).toBeGreaterThan(200);
    expect(tone(before, agentEnd + 100, durationMs - 100, 1000)).toBeLessThan(200);
    // (The playback copy is Opus, so "untouched" means: no tone, and the speech as loud as before.)
    const [agentBefore, agentAfter] = [await channel(original, 0), await channel(redacted, 0)];
    expect(tone(agentAfter, 100, agentEnd - 100, 1000)).toBeLessThan(200);
    const rms = (x: Int16Array) => Math.sqrt(x.slice(0, ((agentEnd - 50) / 1000) * RATE).reduce((sum, v) => sum + v * v, 0) / (((agentEnd - 50) / 1000) * RATE));
    expect(rms(agentAfter) / rms(agentBefore)).toBeGreaterThan(0.8);
    expect(rms(agentAfter) / rms(agentBefore)).toBeLessThan(1.2);
  });
});
