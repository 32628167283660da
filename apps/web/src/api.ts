import type {
  CallSentiment,
  DialogueTurn,
  JournalDraft,
  SentimentDashboard,
} from '@samtal/contracts';

export type Role = 'agent' | 'supervisor' | 'ops';
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

export type CallStatus =
  | 'received'
  | 'transcribing'
  | 'transcribed'
  | 'drafted'
  | 'approved'
  | 'failed';
export interface CallSummary {
  id: string;
  agentId: string;
  status: CallStatus;
  durationMs: number;
  channels: number;
  createdAt: string;
  updatedAt?: string;
  replays?: number;
  topic: string | null;
  error?: string | null;
}
export interface JournalView {
  revision: number;
  draft: JournalDraft;
  dialogue: DialogueTurn[];
  sentiment: CallSentiment | null;
  edited: {
    text: string;
    topic: string;
    version: number;
    author: string;
    at: string;
  } | null;
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
  delivered?: number;
  streamMessages?: number;
}
export interface HealthRow {
  service: string;
  status: string;
}
export type JournalEditBody = {
  text: string;
  topic: string;
  baseVersion: number;
};

/** The session's current access token, read by each request as it goes out. */
export class TokenHolder {
  constructor(private value: string | undefined) {}
  get = (): string | undefined => this.value;
  set(value: string | undefined): void {
    this.value = value;
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The gateway's REST API, with the session's bearer token. Every 401 goes to one place
 * (`onUnauthorized`): the app asks the user to sign in again and keeps what is on screen.
 */
export class Api {
  /**
   * `token` is read on every request: after signing in again, requests already queued
   * (a refetch) go out with the new token. `onUnauthorized` gets the token the refused request used.
   */
  constructor(
    private readonly token: () => string | undefined = () => undefined,
    private readonly onUnauthorized: (token: string) => void = () => undefined,
  ) {}

  static async login(username: string, password: string): Promise<Session> {
    return new Api().request('POST', '/auth/login', { username, password });
  }

  calls = () => this.request<CallSummary[]>('GET', '/calls?limit=200');
  call = (id: string) => this.request<CallDetail>('GET', `/calls/${id}`);
  versions = (id: string) =>
    this.request<Version[]>('GET', `/calls/${id}/versions`);
  saveDraft = (id: string, body: JournalEditBody) =>
    this.request<Version>('PUT', `/calls/${id}/draft`, body);
  approve = (id: string, body: JournalEditBody) =>
    this.request<Version>('POST', `/calls/${id}/approve`, body);
  topics = () => this.request<Topic[]>('GET', '/topics');
  dashboard = (query: URLSearchParams) =>
    this.request<SentimentDashboard>('GET', `/dashboard?${query}`);
  failedJobs = () => this.request<FailedJob[]>('GET', '/ops/failed-jobs');
  replay = (id: string) =>
    this.request<{ replayed: string[] }>('POST', `/ops/calls/${id}/replay`);
  replayAllFailed = () =>
    this.request<{ replayed: string[] }>('POST', '/ops/replay-failed');
  queues = () => this.request<QueueRow[]>('GET', '/ops/queues');
  health = () => this.request<HealthRow[]>('GET', '/ops/health');

  /** Binary downloads (export, audio) go through fetch so the bearer token can travel; null when there is none (404). */
  async blob(path: string): Promise<Blob | null> {
    const token = this.token();
    const response = await fetch(path, { headers: this.headers(token) });
    if (response.status === 404) return null;
    this.check401(response, token);
    if (!response.ok) throw new ApiError(response.status, response.statusText);
    return response.blob();
  }

  private check401(response: Response, token: string | undefined): void {
    if (response.status === 401 && token) this.onUnauthorized(token);
  }

  private headers(token: string | undefined): Record<string, string> {
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const token = this.token();
    const response = await fetch(path, {
      method,
      headers: {
        ...this.headers(token),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const payload = (await response.json().catch(() => ({}))) as {
      message?: string | string[];
    };
    this.check401(response, token);
    if (!response.ok) {
      const message = Array.isArray(payload.message)
        ? payload.message.join('; ')
        : (payload.message ?? response.statusText);
      throw new ApiError(response.status, message);
    }
    return payload as T;
  }
}
