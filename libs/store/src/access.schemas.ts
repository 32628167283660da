import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { ROLES, type Role } from '@samtal/contracts';

/** The roles are defined once, in `@samtal/contracts`. */
export { ROLES };
export type UserRole = Role;

/** A user of the built-in user store (a later OIDC provider maps its claims to the same shape). */
@Schema({ collection: 'users', timestamps: true, versionKey: false })
export class User {
  /** The login name; agents' ids are what the telephony platform sends as `agentId`. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  displayName!: string;

  @Prop({ type: String, required: true, enum: ROLES })
  role!: UserRole;

  @Prop({ type: String, required: true, index: true })
  team!: string;

  /** `scrypt$N$r$p$salt$hash` (base64): never returned by the API. */
  @Prop({ type: String, required: true })
  passwordHash!: string;

  @Prop({ type: Boolean, default: false })
  disabled!: boolean;

  createdAt!: Date;
  updatedAt!: Date;
}
export const UserSchema = SchemaFactory.createForClass(User);

export const AUDIT_ACTIONS = [
  /** A call's detail (content, or metadata for ops), or its redacted recording (detail `audio`). */
  'call.read',
  /** A list of calls (`callIds`): the call list. */
  'call.list',
  /** A call's version history. */
  'call.versions',
  /** The supervisor dashboard, built from the calls in `callIds`. */
  'dashboard.read',
  /** The ops list of failed jobs (`callIds`). */
  'failed_jobs.read',
  'draft.edit',
  'draft.approve',
  /** An approved note opened for changes again by its agent. */
  'draft.reopen',
  'draft.export',
  'transcript.read',
  /** A replay, through the API (role ops) or the `samtal replay` command (role `cli`). */
  'call.replay',
  /** A call's replay history (ops). */
  'call.replays.read',
  'auth.login',
  'auth.denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what to which call, and when. Never the content itself. */
@Schema({ collection: 'audit_log', versionKey: false })
export class AuditEntry {
  @Prop({ type: Date, required: true, index: true })
  at!: Date;

  @Prop({ type: String, required: true, index: true })
  actor!: string;

  @Prop({ type: String, required: true })
  role!: string;

  @Prop({ type: String, required: true, enum: AUDIT_ACTIONS })
  action!: AuditAction;

  @Prop({ type: String, index: true })
  callId?: string;

  /** The calls a list read showed (call list, dashboard, failed jobs). */
  @Prop({ type: [String], default: undefined })
  callIds?: string[];

  /** Content-free details, e.g. a version number or a replay count. */
  @Prop({ type: String })
  detail?: string;
}
export const AuditEntrySchema = SchemaFactory.createForClass(AuditEntry);

/** One version of a call's journal entry: the machine draft, each edit, the approval. */
@Schema({ collection: 'journal_versions', versionKey: false })
export class JournalVersion {
  /** `<callId>:<version>` */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true, index: true })
  callId!: string;

  @Prop({ type: Number, required: true })
  version!: number;

  /** `reopen`: an approved note opened for changes again (its text unchanged; who and when kept). */
  @Prop({ type: String, required: true, enum: ['edit', 'approve', 'reopen'] })
  kind!: 'edit' | 'approve' | 'reopen';

  @Prop({ type: String, required: true })
  author!: string;

  @Prop({ type: Date, required: true })
  at!: Date;

  @Prop({ type: String, required: true })
  text!: string;

  @Prop({ type: String, required: true })
  topic!: string;

  /** The draft revision the edit was made on (a replay re-drafts and bumps it). */
  @Prop({ type: Number, required: true })
  draftRevision!: number;

  /** What changed against the previous version, as +/- lines (empty when nothing did). */
  @Prop({ type: String, default: '' })
  changes!: string;
}
export const JournalVersionSchema = SchemaFactory.createForClass(JournalVersion);
