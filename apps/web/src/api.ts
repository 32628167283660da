import type { CallSentiment, CallStatus, DialogueTurn, JournalDraft, Role, SentimentDashboard } from '@samtal/contracts';

export type { CallStatus, Role };
export interface User {
  id: string;
  displayName: string;
  role: Role;
  team?: string;
}
export interface Session {
  accessToken: string;
  user: User;
}

export interface CallSummary {
  id: string;
  agentId: string;
  status: CallStatus;
  durationMs: number;
  channels: number;
  createdAt: string;
  topic: string | null;
  error?: string | null;
}
export interface JournalView {
  revision: number;
  draft: JournalDraft;
  dialogue: DialogueTurn[];
  sentiment: CallSentiment | null;
  edited: { text: string; topic: string; version: number; author: string; at: string } | null;
  approved: { version: number; by: string; at: string } | null;
  version: number;
}
export interface CallDetail {
  call: CallSummary;
  journal: JournalView | null;
}
export interface Version {
  version: number;
  kind: 'edit' | 'approve';
  author: string;
  at: string;
  text?: string;
  topic: string;
  changes?: string;
}

/** Dispatched on `window` when the server refuses the session (token expired, user disabled): the app signs out. */
export const SESSION_ENDED = 'samtal:session-ended';
export const endSession = () => window.dispatchEvent(new Event(SESSION_ENDED));

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The gateway's REST API, with the session's bearer token. */
export class Api {
  constructor(private readonly token?: string) {}

  static async login(username: string, password: string): Promise<Session> {
    return new Api().request('POST', '/auth/login', { username, password });
  }

  calls = () => this.request<CallSummary[]>('GET', '/calls?limit=100');
  call = (id: string) => this.request<CallDetail>('GET', `/calls/${id}`);
  versions = (id: string) => this.request<Version[]>('GET', `/calls/${id}/versions`);
  saveDraft = (id: string, body: { text: string; topic: string; baseVersion: number }) => this.request<Version>('PUT', `/calls/${id}/draft`, body);
  approve = (id: string, body: { text: string; topic: string; baseVersion: number }) => this.request<Version>('POST', `/calls/${id}/approve`, body);
  topics = () => this.request<Topic[]>('GET', '/topics');
  dashboard = (query: URLSearchParams) => this.request<SentimentDashboard>('GET', `/dashboard?${query}`);
  failedJobs = () => this.request<FailedJob[]>('GET', '/ops/failed-jobs');
  replay = (id: string) => this.request<unknown>('POST', `/ops/calls/${id}/replay`);
  queues = () => this.request<QueueRow[]>('GET', '/ops/queues');
  health = () => this.request<HealthRow[]>('GET', '/ops/health');

  /** Binary downloads (export, audio) go through fetch so the bearer token can travel. */
  async blob(path: string): Promise<Blob | null> {
    const response = await fetch(path, { headers: this.headers() });
    if (response.status === 404) return null;
    if (response.status === 401 && this.token) endSession();
    if (!response.ok) throw new ApiError(response.status, response.statusText);
    return response.blob();
  }

  private headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(path, {
      method,
      headers: { ...this.headers(), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const payload = (await response.json().catch(() => ({}))) as { message?: string | string[] };
    if (response.status === 401 && this.token) endSession();
    if (!response.ok) {
      const message = Array.isArray(payload.message) ? payload.message.join('; ') : (payload.message ?? response.statusText);
      throw new ApiError(response.status, message);
    }
    return payload as T;
  }
}

export interface Topic {
  key: string;
  label: { sv: string; en: string };
}

export interface FailedJob {
  callId: string;
  stage: string;
  error: string;
  attempts: number;
  failedAt: string;
}
export interface QueueRow {
  stream: string;
  consumer: string;
  subject: string;
  waiting: number;
  inProgress: number;
  redelivered: number;
}
export interface HealthRow {
  service: string;
  status: string;
}
