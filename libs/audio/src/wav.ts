import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Whisper's input: 16 kHz, mono, 16-bit PCM. */
export const ASR_SAMPLE_RATE = 16_000;
export const BYTES_PER_SAMPLE = 2;
export const BYTES_PER_MS = (ASR_SAMPLE_RATE * BYTES_PER_SAMPLE) / 1000;

export interface WavLayout {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Byte offset of the PCM data and its length. */
  dataOffset: number;
  dataBytes: number;
  durationMs: number;
}

/** Reads a PCM WAV file's layout from its header (RIFF chunks), without reading the samples. */
export async function readWavLayout(path: string): Promise<WavLayout> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    await file.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') {
      throw new Error('not a RIFF/WAVE file');
    }
    let offset = 12;
    let format: { channels: number; sampleRate: number; bitsPerSample: number } | undefined;
    while (offset + 8 <= head.length) {
      const id = head.toString('ascii', offset, offset + 4);
      const length = head.readUInt32LE(offset + 4);
      if (id === 'fmt ') {
        format = {
          channels: head.readUInt16LE(offset + 10),
          sampleRate: head.readUInt32LE(offset + 12),
          bitsPerSample: head.readUInt16LE(offset + 22),
        };
      } else if (id === 'data') {
        if (!format) throw new Error('WAV data before its format');
        const dataOffset = offset + 8;
        // A header written before the length was known says 0 or 0xffffffff: trust the file size.
        const dataBytes = Math.min(length === 0 || length === 0xffffffff ? Infinity : length, size - dataOffset);
        const bytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
        return { ...format, dataOffset, dataBytes, durationMs: Math.round((dataBytes / bytesPerSecond) * 1000) };
      }
      offset += 8 + length + (length % 2);
    }
    throw new Error('WAV file without a data chunk');
  } finally {
    await file.close();
  }
}

/**
 * The 16-bit samples of a PCM WAV file (channels interleaved, as stored: callers check the layout)
 * in frames of `frameSamples`, read in a stream so memory stays flat however long
 * the call. Each frame is the same buffer, refilled: it is valid until the next one is asked for.
 * The last frame is shorter when the samples do not fill it.
 */
export async function* pcm16Frames(path: string, layout: WavLayout, frameSamples: number): AsyncGenerator<Int16Array> {
  if (!Number.isInteger(frameSamples) || frameSamples < 1) throw new Error(`frame of ${frameSamples} samples`);
  if (layout.bitsPerSample !== 16) throw new Error('expected 16-bit PCM');
  const frame = new Int16Array(frameSamples);
  let filled = 0;
  if (layout.dataBytes > 0) {
    const stream = createReadStream(path, { start: layout.dataOffset, end: layout.dataOffset + layout.dataBytes - 1, highWaterMark: 256 * 1024 });
    let carry: Buffer | undefined;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const bytes = carry ? Buffer.concat([carry, chunk]) : chunk;
      const usable = bytes.length - (bytes.length % BYTES_PER_SAMPLE);
      for (let i = 0; i < usable; i += BYTES_PER_SAMPLE) {
        frame[filled++] = bytes.readInt16LE(i);
        if (filled === frameSamples) {
          yield frame;
          filled = 0;
        }
      }
      carry = usable < bytes.length ? bytes.subarray(usable) : undefined;
    }
  }
  if (filled > 0) yield frame.subarray(0, filled);
}

/** A canonical 44-byte header for 16 kHz mono 16-bit PCM of the given length. */
export function asrWavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(ASR_SAMPLE_RATE, 24);
  header.writeUInt32LE(ASR_SAMPLE_RATE * BYTES_PER_SAMPLE, 28);
  header.writeUInt16LE(BYTES_PER_SAMPLE, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}
