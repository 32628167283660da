import { Injectable } from '@nestjs/common';
import { InjectModel, Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { createHash, randomBytes } from 'node:crypto';

/**
 * A telephony source (a PBX, a contact-centre platform) allowed to upload calls to ingest.
 * Its API key is shown once, at `samtal sources add` or `rotate`, and stored only as a hash.
 */
@Schema({ collection: 'sources', timestamps: true, versionKey: false })
export class Source {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  displayName!: string;

  /** sha256 of the key, hex. Keys are 256 random bits, so a fast hash is enough (no dictionary to try). */
  @Prop({ type: String, required: true, unique: true })
  keyHash!: string;

  /** The key's first characters, to tell keys apart in `samtal sources list` (not enough to use it). */
  @Prop({ type: String, required: true })
  keyPrefix!: string;

  @Prop({ type: Boolean, default: false })
  revoked!: boolean;

  /** Per-source quotas; absent: ingest's defaults (SOURCE_UPLOADS_PER_MINUTE, SOURCE_MB_PER_HOUR). */
  @Prop({ type: Number })
  uploadsPerMinute?: number;

  @Prop({ type: Number })
  mbPerHour?: number;

  @Prop({ type: Date })
  keyCreatedAt!: Date;

  createdAt!: Date;
  updatedAt!: Date;
}
export const SourceSchema = SchemaFactory.createForClass(Source);

/** What `samtal sources list` shows: never the hash. */
export type SourceSummary = Omit<Source, 'keyHash'>;

const KEY_PREFIX = 'smtl_';

export const hashSourceKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

function newKey(): { key: string; keyHash: string; keyPrefix: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, keyHash: hashSourceKey(key), keyPrefix: key.slice(0, KEY_PREFIX.length + 6) };
}

@Injectable()
export class SourcesRepository {
  constructor(@InjectModel(Source.name) private readonly sources: Model<Source>) {}

  /** Creates a source and returns its key (the only time it is seen). Refuses an id in use. */
  async add(id: string, options: { displayName?: string; uploadsPerMinute?: number; mbPerHour?: number } = {}): Promise<string> {
    if (await this.sources.exists({ _id: id })) throw new Error(`source ${id} exists: use rotate to give it a new key`);
    const { key, keyHash, keyPrefix } = newKey();
    await this.sources.create({
      _id: id,
      displayName: options.displayName ?? id,
      keyHash,
      keyPrefix,
      revoked: false,
      keyCreatedAt: new Date(),
      ...(options.uploadsPerMinute ? { uploadsPerMinute: options.uploadsPerMinute } : {}),
      ...(options.mbPerHour ? { mbPerHour: options.mbPerHour } : {}),
    });
    return key;
  }

  /** A new key for a source (the old one stops working at once; a revoked source is enabled again). */
  async rotate(id: string): Promise<string | null> {
    const { key, keyHash, keyPrefix } = newKey();
    const result = await this.sources.updateOne({ _id: id }, { $set: { keyHash, keyPrefix, revoked: false, keyCreatedAt: new Date() } }).exec();
    return result.matchedCount > 0 ? key : null;
  }

  /** True when the source was there to revoke. Its key stops working at once; its calls stay. */
  async revoke(id: string): Promise<boolean> {
    return (await this.sources.updateOne({ _id: id }, { $set: { revoked: true } }).exec()).matchedCount > 0;
  }

  list(): Promise<SourceSummary[]> {
    return this.sources.find({}, { keyHash: 0 }).sort({ _id: 1 }).lean<SourceSummary[]>().exec();
  }

  /** The enabled source this key belongs to, or null. The lookup is by hash: the key itself is never compared or stored. */
  async authenticate(key: string): Promise<SourceSummary | null> {
    if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
    return this.sources.findOne({ keyHash: hashSourceKey(key), revoked: false }, { keyHash: 0 }).lean<SourceSummary>().exec();
  }
}
