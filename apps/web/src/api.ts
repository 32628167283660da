import type {
  CallStatus,
  CallSummary,
  CallView,
  FailedJobView,
  JournalEdit,
  JournalVersionView,
  JournalView,
  LoginResponse,
  QueueRow,
  ReplayHistory,
  ReplayResult,
  Role,
  SentimentDashboard,
  ServiceHealth,
  Topic,
  UserView,
} from '@samtal/contracts';

// Every shape that crosses to the gateway is its contract (`@samtal/contracts`); these names are the app's.
export type { CallStatus, CallSummary, JournalView, QueueRow, ReplayHistory, Role, Topic };
export type User = UserView;
export type Session = LoginResponse;
export type CallDetail = CallView;
export type Version = JournalVersionView;
export type FailedJob = FailedJobView;
export type HealthRow = ServiceHealth;
export type JournalEditBody = JournalEdit;

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
  reopen = (id: string) =>
    this.request<Version>('POST', `/calls/${id}/reopen`);
  topics = () => this.request<Topic[]>('GET', '/topics');
  dashboard = (query: URLSearchParams) =>
    this.request<SentimentDashboard>('GET', `/dashboard?${query}`);
  failedJobs = () => this.request<FailedJob[]>('GET', '/ops/failed-jobs');
  replay = (id: string) =>
    this.request<ReplayResult>('POST', `/ops/calls/${id}/replay`);
  replayAllFailed = () =>
    this.request<ReplayResult>('POST', '/ops/replay-failed');
  replays = (id: string) =>
    this.request<ReplayHistory>('GET', `/ops/calls/${id}/replays`);
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
