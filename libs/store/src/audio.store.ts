import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { mongo, type Connection } from 'mongoose';

/**
 * Recordings and uploaded sidecar transcripts, in GridFS: they live (and replicate) with
 * the rest of the call, so any worker on any machine can read them for a replay.
 */
@Injectable()
export class AudioStore {
  private readonly bucket: mongo.GridFSBucket;

  constructor(@InjectConnection() connection: Connection) {
    if (!connection.db) throw new Error('MongoDB connection has no database');
    this.bucket = new mongo.GridFSBucket(connection.db, { bucketName: 'recordings' });
  }

  /** Streams a local file into storage under the given id. */
  async saveFile(fileId: string, path: string, filename: string, contentType: string): Promise<void> {
    await pipeline(
      createReadStream(path),
      this.bucket.openUploadStreamWithId(fileId as never, filename, { metadata: { contentType } }),
    );
  }

  /** Streams a stored file to a local path (the worker's scratch space). */
  async downloadTo(fileId: string, path: string): Promise<void> {
    await pipeline(this.bucket.openDownloadStream(fileId as never), createWriteStream(path));
  }

  async readAll(fileId: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(fileId as never)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The content type the file was stored with. */
  async contentType(fileId: string): Promise<string | undefined> {
    const [file] = await this.bucket.find({ _id: fileId as never }).toArray();
    return (file?.metadata as { contentType?: string } | undefined)?.contentType;
  }

  /** Stores a file under an id, replacing what was stored under it before (a call drafted again). */
  async replaceFile(fileId: string, path: string, filename: string, contentType: string): Promise<void> {
    await this.deleteIfPresent(fileId);
    await this.saveFile(fileId, path, filename, contentType);
  }

  async delete(fileId: string): Promise<void> {
    await this.bucket.delete(fileId as never);
  }

  /** Deletes a file if it is there (retention may meet files already gone). */
  async deleteIfPresent(fileId: string): Promise<void> {
    const files = await this.bucket.find({ _id: fileId as never }).toArray();
    for (const file of files) await this.bucket.delete(file._id);
  }
}
