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

/**
 * Starts of the 20 ms frames that hold the 1 kHz mask tone and (nearly) nothing else. Speech
 * has strong frames at 1 kHz too, but always with other frequencies beside it; every 50 Hz step
 * is a whole number of cycles in 20 ms, so a pure tone shows up at 1 kHz alone.
 */
function toneFrames(x: Int16Array, fromMs: number, toMs: number): number[] {
  const frames: number[] = [];
  for (let at = fromMs; at + 20 <= toMs; at += 20) {
    const level = tone(x, at, at + 20, 1000);
    if (level > 200 && speechEnergy(x, at, at + 20) < level / 4) frames.push(at);
  }
  return frames;
}

/** Strength of speech frequencies away from the tone (150–3400 Hz, 1 kHz ± 150 Hz left out). */
function speechEnergy(x: Int16Array, fromMs: number, toMs: number): number {
  let sum = 0;
  for (let hz = 150; hz <= 3400; hz += 50) if (Math.abs(hz - 1000) > 150) sum += tone(x, fromMs, toMs, hz) ** 2;
  return Math.sqrt(sum);
}

describe('redaction through the services: text, stored draft and recording', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({}, ['ingest', 'transcriber', 'journal']);
  });
  afterAll(async () => stack?.stop());

  /** Uploads a recording with its sidecar; the call, once its redacted recording is stored, and that recording. */
  async function uploadUntilMasked(wavPath: string, sidecar: object) {
    const accepted = await upload(stack.url('ingest'), {
      audio: new Blob([await readFile(wavPath)], { type: 'audio/wav' }),
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
    const chunks = await db.collection('recordings.chunks').find({ files_id: stored['redactedAudioFileId'] as never }).sort({ n: 1 }).toArray();
    const redacted = Buffer.concat(chunks.map((c) => Buffer.from((c['data'] as { buffer: Uint8Array }).buffer)));
    return { callId, db, stored, redacted };
  }

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
    const { callId, db, stored, redacted } = await uploadUntilMasked(call.wavPath, sidecar);
    const entry = await db.collection('journal_entries').findOne({ _id: callId as never });
    expect(JSON.stringify(entry)).not.toContain('121212');
    expect(JSON.stringify(entry)).toContain('[PERSONNUMMER]');
    // The unredacted transcript is kept apart, in its own collection.
    expect(JSON.stringify(await db.collection('transcripts').findOne({ _id: callId as never }))).toContain('121212-1212');

    expect(stored['redactedAudioFileId']).toBe(`${callId}.audio.redacted`);
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

  it('masks only the words that carry the number when the transcript has word times', async () => {
    // The caller's utterance is spoken in three pieces, so the time of each word is known.
    const pieces = ['Ja, det är', '121212-1212,', 'tack så mycket för hjälpen.'];
    const call = await synthesizeCall([{ speaker: 'agent', text: 'Kan jag få ditt personnummer?' }, ...pieces.map((text) => ({ speaker: 'caller' as const, text }))]);
    const turns = (JSON.parse(call.sidecarJson) as { segments: { start: number; end: number; text: string }[] }).segments;
    const [agent, lead, number, tail] = turns as [(typeof turns)[0], (typeof turns)[0], (typeof turns)[0], (typeof turns)[0]];
    /** A piece's words, its time shared out evenly between them. */
    const wordsOf = (turn: typeof agent) => {
      const texts = turn.text.split(' ');
      const step = Math.floor((turn.end - turn.start) / texts.length);
      return texts.map((text, i) => ({ text, start: turn.start + i * step, end: i === texts.length - 1 ? turn.end : turn.start + (i + 1) * step }));
    };
    const sidecar = {
      language: 'sv',
      segments: [
        { speaker: 'agent', start: agent.start, end: agent.end, text: agent.text, words: wordsOf(agent) },
        { speaker: 'caller', start: lead.start, end: tail.end, text: pieces.join(' '), words: [lead, number, tail].flatMap(wordsOf) },
      ],
    };
    const original = await readFile(call.wavPath);
    const { redacted } = await uploadUntilMasked(call.wavPath, sidecar);
    const [before, after] = [await channel(original, 1), await channel(redacted, 1)];
    // The decoded track can end a few milliseconds before the sum of the pieces' lengths.
    const endMs = Math.min(tail.end, (Math.min(before.length, after.length) / RATE) * 1000) - 50;

    // The tone covers the number's time (with its margins), not the caller's whole utterance.
    const frames = toneFrames(after, lead.start, endMs);
    const maskedMs = frames.length * 20;
    expect(maskedMs).toBeGreaterThan(number.end - number.start - 40);
    expect(maskedMs).toBeLessThan(number.end - number.start + 2 * 120 + 100);
    expect(frames[0]!).toBeGreaterThanOrEqual(number.start - 120 - 60);
    expect(frames.at(-1)!).toBeLessThanOrEqual(number.end + 120 + 40);
    // Of the caller's utterance (the whole of it was masked before word times were used), the words
    // before and after the number stay audible.
    expect(tail.end - lead.start - maskedMs).toBeGreaterThan(2500);
    // The number's own sound is gone: its speech frequencies are (nearly) all replaced by the tone.
    expect(speechEnergy(before, number.start, number.end)).toBeGreaterThan(50);
    expect(speechEnergy(after, number.start, number.end)).toBeLessThan(speechEnergy(before, number.start, number.end) / 10);
    // The words around it are still heard, as loud as before.
    for (const [from, to] of [[lead.start, number.start - 200], [number.end + 200, endMs]] as const) {
      expect(tone(after, from, to, 1000)).toBeLessThan(200);
      const ratio = speechEnergy(after, from, to) / speechEnergy(before, from, to);
      expect(ratio).toBeGreaterThan(0.7);
      expect(ratio).toBeLessThan(1.3);
    }
  });
});
