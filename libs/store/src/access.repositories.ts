import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKey } from './duplicate-key.js';
import { AuditEntry, JournalVersion, User, type AuditAction } from './access.schemas.js';


@Injectable()
export class UsersRepository {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findById(id).lean<User>().exec();
  }

  /** Creates or replaces a user (the CLI and the demo seed use it). */
  async upsert(user: Omit<User, 'createdAt' | 'updatedAt' | 'disabled'> & { disabled?: boolean }): Promise<void> {
    await this.users.updateOne({ _id: user._id }, { $set: { ...user, disabled: user.disabled ?? false } }, { upsert: true }).exec();
  }

  /** True when the user was there to disable. */
  async disable(id: string): Promise<boolean> {
    return (await this.users.updateOne({ _id: id }, { $set: { disabled: true } }).exec()).matchedCount > 0;
  }

  /** The agents of a team: a supervisor sees their calls. */
  async agentsOfTeam(team: string): Promise<string[]> {
    const agents = await this.users.find({ team, role: 'agent' }, { _id: 1 }).lean<{ _id: string }[]>().exec();
    return agents.map((a) => a._id);
  }

  /** Display names by user id, for the ids given (unknown ids are left out). */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.users.find({ _id: { $in: [...new Set(ids)] } }, { displayName: 1 }).lean<{ _id: string; displayName: string }[]>().exec();
    return new Map(users.map((u) => [u._id, u.displayName]));
  }

  list(): Promise<Omit<User, 'passwordHash'>[]> {
    return this.users.find({}, { passwordHash: 0 }).sort({ _id: 1 }).lean<Omit<User, 'passwordHash'>[]>().exec();
  }
}

export interface AuditRecord {
  actor: string;
  role: string;
  action: AuditAction;
  callId?: string;
  /** For reads of a list of calls. */
  callIds?: string[];
  detail?: string;
}

@Injectable()
export class AuditLog {
  constructor(@InjectModel(AuditEntry.name) private readonly entries: Model<AuditEntry>) {}

  async record(entry: AuditRecord): Promise<void> {
    await this.entries.create({ ...entry, at: new Date() });
  }

  /** Everything done to a call, lists that showed it included. */
  forCall(callId: string): Promise<AuditEntry[]> {
    return this.entries
      .find({ $or: [{ callId }, { callIds: callId }] })
      .sort({ at: 1 })
      .lean<AuditEntry[]>()
      .exec();
  }
}

export type NewJournalVersion = Omit<JournalVersion, '_id' | 'version' | 'at'>;

@Injectable()
export class JournalVersionsRepository {
  constructor(@InjectModel(JournalVersion.name) private readonly versions: Model<JournalVersion>) {}

  /**
   * Appends the next version, numbered 1, 2, …. `expectedLatest` is the version the author
   * edited: if someone saved in between, nothing is written and null comes back.
   */
  async append(version: NewJournalVersion, expectedLatest: number): Promise<JournalVersion | null> {
    const latest = await this.latest(version.callId);
    if ((latest?.version ?? 0) !== expectedLatest) return null;
    const next = expectedLatest + 1;
    try {
      const created = await this.versions.create({ ...version, _id: `${version.callId}:${next}`, version: next, at: new Date() });
      return created.toObject();
    } catch (err) {
      if (isDuplicateKey(err)) return null; // a concurrent save took this number
      throw err;
    }
  }

  latest(callId: string): Promise<JournalVersion | null> {
    return this.versions.findOne({ callId }).sort({ version: -1 }).lean<JournalVersion>().exec();
  }

  history(callId: string): Promise<JournalVersion[]> {
    return this.versions.find({ callId }).sort({ version: 1 }).lean<JournalVersion[]>().exec();
  }

  /** Replaces a version's text and change lines (a re-redaction); who and when stay. */
  async rewriteText(id: string, text: string, changes: string): Promise<void> {
    await this.versions.updateOne({ _id: id }, { $set: { text, changes } }).exec();
  }
}
