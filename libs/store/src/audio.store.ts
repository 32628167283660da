import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { mongo, type Connection } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.js';

/** GridFS's default chunk size. */
const CHUNK_BYTES = 255 * 1024;

interface StoredFile {
  _id: string;
  length: number;
  chunkSize: number;
  uploadDate: Date;
  filename: string;
  metadata: { contentType: string };
}

interface StoredChunk {
  _id: string;
  files_id: string;
  n: number;
  data: mongo.Binary;
}

const chunkId = (fileId: string, n: number) => `${fileId}#${n}`;

/**
 * Recordings and uploaded sidecar transcripts. They live (and replicate) with the rest of the
 * call, so any worker on any machine can read them for a replay.
 *
 * The layout is GridFS's (`recordings.files`, `recordings.chunks`; standard GridFS tools read
 * it), with one difference that matters: a chunk's id is `<fileId>#<n>`, and Samtal reads chunks
 * by id. The primary index serves that on MongoDB and on FerretDB's SQLite backend, where
 * GridFS's own reader (a query on `files_id`) scans every chunk (2 s per read once 200 calls
 * were stored, and growing). FerretDB's PostgreSQL backend scans for an id too, unless
 * PostgreSQL is given an index it can use (the benchmark does: `startFerretDb` in libs/testing).
 */
@Injectable()
export class AudioStore {
  private readonly files: mongo.Collection<StoredFile>;
  private readonly chunks: mongo.Collection<StoredChunk>;

  constructor(@InjectConnection() connection: Connection) {
    if (!connection.db) throw new Error('MongoDB connection has no database');
    this.files = connection.db.collection<StoredFile>('recordings.files');
    this.chunks = connection.db.collection<StoredChunk>('recordings.chunks');
  }

  /**
   * Streams a local file into storage under the given id; the file entry is written last, once
   * every chunk is in. Writes overwrite: a write cut short (a crash, or a failed write that still
   * landed) leaves chunks without a file entry, and the next attempt must not trip over them, nor
   * leave that write's later chunks behind (they would outlive retention, which counts by the entry).
   */
  async saveFile(fileId: string, path: string, filename: string, contentType: string): Promise<void> {
    let n = 0;
    let length = 0;
    let writing = false;
    try {
      for await (const piece of chunksOf(createReadStream(path, { highWaterMark: CHUNK_BYTES }))) {
        const _id = chunkId(fileId, n);
        writing = true;
        await upsertById(this.chunks, _id, { files_id: fileId, n, data: new mongo.Binary(piece) });
        writing = false;
        n++;
        length += piece.length;
      }
      // Chunks are numbered from 0 without gaps: those after this write's last are an earlier write's.
      for (let k = n; (await this.chunks.deleteOne({ _id: chunkId(fileId, k) })).deletedCount > 0; k++);
      await upsertById(this.files, fileId, { length, chunkSize: CHUNK_BYTES, uploadDate: new Date(), filename, metadata: { contentType } });
    } catch (err) {
      // A chunk write that failed may still have landed; a failure reading the file wrote nothing more.
      await this.deleteChunks(fileId, writing ? n + 1 : n);
      throw err;
    }
  }

  /** Streams a stored file to a local path (the worker's scratch space). */
  async downloadTo(fileId: string, path: string): Promise<void> {
    await pipeline(Readable.from(this.read(fileId)), createWriteStream(path));
  }

  async readAll(fileId: string): Promise<Buffer> {
    const pieces: Buffer[] = [];
    for await (const piece of this.read(fileId)) pieces.push(piece);
    return Buffer.concat(pieces);
  }

  /** The content type the file was stored with. */
  async contentType(fileId: string): Promise<string | undefined> {
    return (await this.files.findOne({ _id: fileId }))?.metadata.contentType;
  }

  /** Stores a file under an id, replacing what was stored under it before (a call drafted again). */
  async replaceFile(fileId: string, path: string, filename: string, contentType: string): Promise<void> {
    await this.delete(fileId);
    await this.saveFile(fileId, path, filename, contentType);
  }

  /** Deletes a file if it is there (retention may meet files already gone). */
  async delete(fileId: string): Promise<void> {
    const file = await this.files.findOne({ _id: fileId });
    if (!file) return;
    await this.files.deleteOne({ _id: fileId });
    await this.deleteChunks(fileId, Math.ceil(file.length / file.chunkSize));
  }

  /** Every stored file's id, and the ids that chunks belong to (a write cut short leaves chunks without a file entry). */
  async storedIds(): Promise<string[]> {
    const files = await this.files.find({}, { projection: { _id: 1 } }).toArray();
    const chunkOwners = (await this.chunks.distinct('files_id')) as string[];
    return [...new Set([...files.map((f) => f._id), ...chunkOwners])];
  }

  /** Deletes a file and every chunk under its id, whether or not its file entry was written. */
  async deleteAll(fileId: string): Promise<void> {
    await this.files.deleteOne({ _id: fileId });
    await this.chunks.deleteMany({ files_id: fileId });
  }

  private async *read(fileId: string): AsyncGenerator<Buffer> {
    const file = await this.files.findOne({ _id: fileId });
    if (!file) throw new Error(`no stored file ${fileId}`);
    for (let n = 0; n < Math.ceil(file.length / file.chunkSize); n++) {
      const chunk = await this.chunks.findOne({ _id: chunkId(fileId, n) });
      if (!chunk) throw new Error(`stored file ${fileId} lacks chunk ${n}`);
      yield Buffer.from(chunk.data.buffer);
    }
  }

  private async deleteChunks(fileId: string, count: number): Promise<void> {
    for (let n = 0; n < count; n++) await this.chunks.deleteOne({ _id: chunkId(fileId, n) });
  }
}

/**
 * Writes a document under an id, over whatever is there (an upsert takes its _id from the filter).
 * Two writers of one file at once (a job run twice) race to insert; the loser meets a duplicate
 * key, and its second try replaces the winner's document with the same content.
 */
async function upsertById<T extends { _id: string }>(collection: mongo.Collection<T>, _id: string, doc: Omit<T, '_id'>): Promise<void> {
  const write = () => collection.replaceOne({ _id } as mongo.Filter<T>, doc as mongo.WithoutId<T>, { upsert: true });
  try {
    await write();
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await write();
  }
}

/** Re-cuts a stream into pieces of exactly CHUNK_BYTES (the last one shorter), as GridFS requires. */
async function* chunksOf(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const data of stream) {
    pending = pending.length ? Buffer.concat([pending, data]) : data;
    while (pending.length >= CHUNK_BYTES) {
      yield pending.subarray(0, CHUNK_BYTES);
      pending = pending.subarray(CHUNK_BYTES);
    }
  }
  if (pending.length) yield pending;
}
