/**
 * The console's only door to the service: same-origin fetch with the session cookie, JSON in and out,
 * RFC 9457 problem details turned into `ApiError`. A 401 anywhere tells the app to show sign-in.
 */
import type {
  Appeal, BulkResult, CaseEvent, SlaReport, Template, WeeklyReport, Claim, QueueActivity, SearchPage, UserTimeline,
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
  addStrike: (userId: string, weight: number, reason: string, messageId?: string) =>
    request<unknown>('POST', `/v1/users/${encodeURIComponent(userId)}/strikes`, messageId ? { weight, reason, messageId } : { weight, reason }),
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
  claim: (reviewId: string, takeover?: { reason: string }) =>
    request<{ claim: Claim; renewed: boolean }>('POST', `/v1/reviews/${encodeURIComponent(reviewId)}/claim`, takeover ? { takeover: true, reason: takeover.reason } : {}),
  unclaim: (reviewId: string) => request<{ released: boolean }>('DELETE', `/v1/reviews/${encodeURIComponent(reviewId)}/claim`),
  next: (queue: QueueName) => request<{ reviewId: string | null; claim: Claim | null }>('POST', `/v1/queues/${encodeURIComponent(queue)}/next`),
  activity: (queue: QueueName, since?: string) => request<QueueActivity>('GET', `/v1/queues/${encodeURIComponent(queue)}/activity${query({ since })}`),
  reviewTimeline: (id: string) => request<{ events: CaseEvent[] }>('GET', `/v1/reviews/${encodeURIComponent(id)}/timeline`),
  userTimeline: (id: string) => request<UserTimeline>('GET', `/v1/users/${encodeURIComponent(id)}/timeline`),
  search: (filters: Record<string, string | number | undefined>) => {
    const body: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') body[k] = v;
    return request<SearchPage>('POST', '/v1/search', body);
  },
  bulkDecide: (reviewIds: string[], outcome: 'release' | 'release_redacted' | 'reject' | '', extra: { reason?: string; confirm?: boolean; templateId?: string } = {}) =>
    request<BulkResult>('POST', '/v1/reviews/bulk-decision', {
      reviewIds, ...(outcome ? { outcome } : {}), ...(extra.reason ? { reason: extra.reason } : {}), ...(extra.confirm ? { confirm: true } : {}), ...(extra.templateId ? { templateId: extra.templateId } : {}),
    }),
  appeals: (status: 'open' | 'decided' = 'open') => request<{ appeals: Appeal[] }>('GET', `/v1/appeals${query({ status })}`),
  decideAppeal: (id: string, outcome: 'upheld' | 'rejected', reply: string, templateId?: string) =>
    request<{ appeal: Appeal; strikesRemoved: number }>('POST', `/v1/appeals/${encodeURIComponent(id)}/decision`, templateId ? { outcome, reply, templateId } : { outcome, reply }),
  messageUser: (reviewId: string, body: { text?: string; templateId?: string }) => request<{ note: unknown }>('POST', `/v1/reviews/${encodeURIComponent(reviewId)}/message-to-user`, body),
  templates: () => request<{ templates: Template[]; variables: string[]; policyLink: string }>('GET', '/v1/templates'),
  addTemplate: (t: { name: string; purpose: 'reply' | 'note'; shortcut?: string | null; body: string }) => request<{ template: Template }>('POST', '/v1/templates', t),
  removeTemplate: (id: string) => request<unknown>('DELETE', `/v1/templates/${encodeURIComponent(id)}`),
  weekly: (weeks = 8) => request<WeeklyReport>('GET', `/v1/reports/weekly${query({ weeks })}`),
  sla: () => request<SlaReport>('GET', '/v1/reports/sla'),
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
