/**
 * The console's only door to the service: same-origin fetch with the session cookie, JSON in and out,
 * RFC 9457 problem details turned into `ApiError`. A 401 anywhere tells the app to show sign-in.
 */
import type {
  AttachmentDetail,
  AuditPage, ConversationDetail, DailyStats, Me, ModeratorAccount, Original, QueueName, QueuePage, QueueSummary, ReviewDetail,
  ScanResponse, User, UserPage,
} from './api-types.ts';

/** A failed API call, carrying the problem details the service sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors: { path: string; message: string }[];
  constructor(status: number, title: string, detail: string | undefined, errors: { path: string; message: string }[] = []) {
    super(detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.errors = errors;
  }
}

let onUnauthorised: () => void = () => {};
/** Register what happens when the session has expired (the app shows the sign-in screen). */
export function setUnauthorisedHandler(fn: () => void): void {
  onUnauthorised = fn;
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const p = (data ?? {}) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
    if (res.status === 401 && !path.startsWith('/v1/auth/')) onUnauthorised();
    throw new ApiError(res.status, p.title ?? res.statusText ?? 'Request failed', p.detail, p.errors);
  }
  return data as T;
}

/** Query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Filters a queue can be narrowed by (all optional). */
export interface QueueFilters {
  status?: 'open' | 'closed';
  kind?: string;
  role?: string;
  from?: string;
  to?: string;
}

/** Typed calls, one per route the console uses. */
export const api = {
  me: () => request<Me>('GET', '/v1/auth/me'),
  login: (email: string, password: string) => request<{ user: User }>('POST', '/v1/auth/login', { email, password }),
  logout: () => request<unknown>('POST', '/v1/auth/logout'),
  queues: () => request<{ queues: QueueSummary[] }>('GET', '/v1/queues'),
  queue: (name: QueueName, filters: QueueFilters & { senderId?: string }, cursor?: string | null, limit = 50) =>
    request<QueuePage>('GET', `/v1/queues/${encodeURIComponent(name)}${query({ ...filters, limit, cursor })}`),
  review: (id: string) => request<ReviewDetail>('GET', `/v1/reviews/${encodeURIComponent(id)}`),
  decide: (id: string, outcome: 'release' | 'release_redacted' | 'reject' | 'close', extra: { reason?: string; confirm?: boolean } = {}) =>
    request<{ awaiting?: string }>('POST', `/v1/reviews/${encodeURIComponent(id)}/decision`, { outcome, ...(extra.reason ? { reason: extra.reason } : {}), ...(extra.confirm ? { confirm: true } : {}) }),
  note: (id: string, note: string, doNotRelease = false) =>
    request<unknown>('POST', `/v1/reviews/${encodeURIComponent(id)}/notes`, doNotRelease ? { note, doNotRelease: true } : { note }),
  attachments: (messageId: string) => request<{ messageId: string; attachments: AttachmentDetail[] }>('GET', `/v1/messages/${encodeURIComponent(messageId)}/attachments`),
  original: (messageId: string, reason: string) => request<Original>('POST', `/v1/messages/${encodeURIComponent(messageId)}/original`, { reason }),
  conversation: (id: string) => request<ConversationDetail>('GET', `/v1/conversations/${encodeURIComponent(id)}`),
  user: (id: string) => request<UserPage>('GET', `/v1/users/${encodeURIComponent(id)}`),
  addStrike: (userId: string, weight: number, reason: string) =>
    request<unknown>('POST', `/v1/users/${encodeURIComponent(userId)}/strikes`, { weight, reason }),
  removeStrike: (userId: string, strikeId: string, reason: string) =>
    request<unknown>('DELETE', `/v1/users/${encodeURIComponent(userId)}/strikes/${encodeURIComponent(strikeId)}`, { reason }),
  changePassword: (currentPassword: string, newPassword: string) => request<unknown>('POST', '/v1/auth/password', { currentPassword, newPassword }),
  moderators: () => request<{ moderators: ModeratorAccount[] }>('GET', '/v1/moderators'),
  invite: (email: string, role: string, name?: string) =>
    request<{ user: User; temporaryPassword?: string }>('POST', '/v1/moderators', name ? { email, role, name } : { email, role }),
  updateModerator: (id: string, change: { disabled?: boolean; role?: string; name?: string }) =>
    request<{ moderator: ModeratorAccount }>('PATCH', `/v1/moderators/${encodeURIComponent(id)}`, change),
  scan: (body: unknown, signal?: AbortSignal) => request<ScanResponse>('POST', '/v1/scan', body, signal),
  stats: (days: number) => request<DailyStats>('GET', `/v1/stats/daily${query({ days })}`),
  audit: (cursor?: string | null) => request<AuditPage>('GET', `/v1/audit${query({ limit: 50, cursor })}`),
  auditVerify: () => request<{ ok: boolean; checked: number; firstBroken: { seq: number; reason: string } | null }>('GET', '/v1/audit/verify'),
};

/** A readable message for any error thrown by `api`. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const extra = err.errors.length ? ` (${err.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})` : '';
    return `${err.message}${extra}`;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}
