/**
 * A small client over `app.inject()` for the service suites: API-key and moderator calls, JSON in and
 * out, with the status kept beside the body.
 */
import type { FastifyInstance } from 'fastify';

/** A response: status, parsed body, headers. */
export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Calls the app in-process. */
export class ServiceClient {
  cookie = '';
  constructor(readonly app: FastifyInstance, readonly apiKey: string) {}

  async request<T = any>(method: string, url: string, opts: { body?: unknown; raw?: string; headers?: Record<string, string>; auth?: 'key' | 'session' | 'none' } = {}): Promise<Res<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const auth = opts.auth ?? 'key';
    if (auth === 'key') headers.authorization = `Bearer ${this.apiKey}`;
    if (auth === 'session' && this.cookie) headers.cookie = this.cookie;
    if (opts.raw !== undefined) headers['content-type'] ??= 'application/json';
    const r = await this.app.inject({ method: method as any, url, headers, payload: opts.raw ?? (opts.body === undefined ? undefined : (opts.body as any)) });
    let body: any = r.body;
    try {
      body = r.body ? JSON.parse(r.body) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: r.statusCode, body, headers: r.headers as Record<string, unknown> };
  }

  /** POST /v1/messages. */
  send(body: Record<string, unknown>, headers: Record<string, string> = {}) {
    return this.request('POST', '/v1/messages', { body, headers });
  }

  /** Sign in; keeps the session cookie for `mod()` calls. */
  async login(email: string, password: string): Promise<Res> {
    const r = await this.request('POST', '/v1/auth/login', { body: { email, password }, auth: 'none' });
    const set = r.headers['set-cookie'];
    if (r.status === 200 && set) this.cookie = String(Array.isArray(set) ? set[0] : set).split(';')[0];
    return r;
  }

  /** A moderator call with the session cookie. */
  mod<T = any>(method: string, url: string, body?: unknown): Promise<Res<T>> {
    return this.request<T>(method, url, { body, auth: 'session' });
  }
}

/** A signed-in moderator or lead, with the account's email and user id. */
export type TeamMember = ServiceClient & { email: string; id: string };

/**
 * The team the workflow tests use: moderators Mo and Max and the safeguarding lead Lee, created by
 * `admin` (already signed in) and each signed in with a client of its own.
 */
export async function signInTeam(app: FastifyInstance, apiKey: string, admin: ServiceClient): Promise<Record<'mo' | 'max' | 'lee', TeamMember>> {
  const team = {} as Record<'mo' | 'max' | 'lee', TeamMember>;
  for (const [key, role, name] of [['mo', 'moderator', 'Mo Moderator'], ['max', 'moderator', 'Max Moderator'], ['lee', 'safeguarding_lead', 'Lee Lead']] as const) {
    const email = `${key}@example.org`;
    const password = `${name} has a long password`;
    const r = await admin.mod('POST', '/v1/moderators', { email, password, role, name });
    if (r.status !== 201) throw new Error(`creating ${email}: ${r.status} ${JSON.stringify(r.body)}`);
    const c = new ServiceClient(app, apiKey);
    const login = await c.login(email, password);
    if (login.status !== 200) throw new Error(`signing in ${email}: ${login.status}`);
    team[key] = Object.assign(c, { email, id: r.body.user.id as string });
  }
  return team;
}
