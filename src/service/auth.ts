/**
 * Access: platform API keys (sha256-hashed, scoped) and moderator accounts (scrypt passwords,
 * sessions held in an httpOnly cookie whose token is stored only as a sha256).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/open-store.js';
import { newId, newToken, sha256 } from './ids.js';
import { forbidden, unauthorized } from './problem.js';

/** API key scopes. */
export type Scope = 'messages:write' | 'messages:read' | 'scan';
/** Every scope; a key created at first start has them all. */
export const SCOPES: readonly Scope[] = ['messages:write', 'messages:read', 'scan'];
/** Moderator roles, least to most powerful. */
export type ModeratorRole = 'moderator' | 'safeguarding_lead' | 'admin';
/** Every moderator role. */
export const MODERATOR_ROLES: readonly ModeratorRole[] = ['moderator', 'safeguarding_lead', 'admin'];

/** The name of the session cookie. */
export const SESSION_COOKIE = 'chaperone_session';
const SESSION_TTL_MS = 12 * 3_600_000;

/** Who is calling. */
export type Principal =
  | { type: 'apiKey'; id: string; scopes: Scope[] }
  | { type: 'moderator'; id: string; email: string; role: ModeratorRole };

const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function scrypt(password: string, salt: Buffer, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))));
}

/** `scrypt$N$r$p$<salt b64>$<hash b64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Check a password against a stored hash, in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, , , , salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(key, expected);
}

/** Create a moderator account. */
export async function createModerator(
  store: Store,
  email: string,
  password: string,
  role: ModeratorRole,
  opts: { name?: string | null; mustChangePassword?: boolean } = {},
): Promise<{ id: string; email: string; role: ModeratorRole; name: string | null }> {
  const id = newId('mod');
  await store.db
    .insertInto('moderators')
    .values({ id, email: email.toLowerCase(), role, password_hash: await hashPassword(password), created_at: new Date().toISOString(), name: opts.name ?? null, disabled_at: null, must_change_password: opts.mustChangePassword ? 1 : 0 })
    .execute();
  return { id, email: email.toLowerCase(), role, name: opts.name ?? null };
}

/** A moderator account as admins see it (never the password hash). */
export interface ModeratorView {
  id: string;
  email: string;
  name: string | null;
  role: ModeratorRole;
  createdAt: string;
  disabledAt: string | null;
  mustChangePassword: boolean;
}

/** Every moderator account, by email. */
export async function listModerators(store: Store): Promise<ModeratorView[]> {
  const rows = await store.db.selectFrom('moderators').select(['id', 'email', 'name', 'role', 'created_at', 'disabled_at', 'must_change_password']).orderBy('email', 'asc').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name ?? null, role: r.role as ModeratorRole, createdAt: r.created_at, disabledAt: r.disabled_at ?? null, mustChangePassword: Number(r.must_change_password ?? 0) === 1 }));
}

/** Create an API key; the key itself is returned once and only its hash is kept. */
export async function createApiKey(store: Store, name: string, scopes: readonly Scope[], key = newToken('chp')): Promise<{ id: string; key: string; scopes: Scope[] }> {
  const id = newId('key');
  await store.db.insertInto('api_keys').values({ id, key_hash: sha256(key), name, scopes: JSON.stringify(scopes), created_at: new Date().toISOString(), revoked_at: null }).execute();
  return { id, key, scopes: [...scopes] };
}

/** An API key as admins see it: never the key itself (only its hash is kept). */
export interface ApiKeyView {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
}

/** Every API key, newest first, revoked ones included (they stay for the record). */
export async function listApiKeys(store: Store): Promise<ApiKeyView[]> {
  const rows = await store.db.selectFrom('api_keys').select(['id', 'name', 'scopes', 'created_at', 'revoked_at']).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(apiKeyView);
}

function apiKeyView(r: { id: string; name: string; scopes: string; created_at: string; revoked_at: string | null }): ApiKeyView {
  return { id: r.id, name: r.name, scopes: JSON.parse(r.scopes) as Scope[], createdAt: r.created_at, revokedAt: r.revoked_at };
}

/**
 * Revoke an API key: from now on it authenticates nothing. Returns the key's view, or null when no
 * key has this id. Revoking a revoked key keeps its first revocation time.
 */
export async function revokeApiKey(store: Store, id: string, at: string): Promise<ApiKeyView | null> {
  await store.db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  const row = await store.db.selectFrom('api_keys').select(['id', 'name', 'scopes', 'created_at', 'revoked_at']).where('id', '=', id).executeTakeFirst();
  return row ? apiKeyView(row) : null;
}

/** What first start created (printed once by `chaperone serve`). */
export interface Bootstrap {
  apiKey?: string;
  adminEmail?: string;
  adminPassword?: string;
}

/**
 * On first start: an API key (the given one, or a new random one) and an admin (the given
 * credentials, or admin@localhost with a random password). A given key or admin that does not exist
 * yet is added on any start, so configuration can introduce them later.
 */
export async function bootstrapAccess(store: Store, opts: { apiKey?: string; adminEmail?: string; adminPassword?: string }): Promise<Bootstrap> {
  const out: Bootstrap = {};
  if (opts.apiKey) {
    const exists = await store.db.selectFrom('api_keys').select('id').where('key_hash', '=', sha256(opts.apiKey)).executeTakeFirst();
    if (!exists) await createApiKey(store, 'configured', SCOPES, opts.apiKey);
  } else {
    const any = await store.db.selectFrom('api_keys').select('id').limit(1).executeTakeFirst();
    if (!any) out.apiKey = (await createApiKey(store, 'first start', SCOPES)).key;
  }
  if (opts.adminEmail && opts.adminPassword) {
    const exists = await store.db.selectFrom('moderators').select('id').where('email', '=', opts.adminEmail.toLowerCase()).executeTakeFirst();
    if (!exists) await createModerator(store, opts.adminEmail, opts.adminPassword, 'admin');
  } else {
    const any = await store.db.selectFrom('moderators').select('id').limit(1).executeTakeFirst();
    if (!any) {
      const email = opts.adminEmail ?? 'admin@localhost';
      const password = randomBytes(15).toString('base64url');
      // A printed random password is meant to be replaced: the console asks for it at sign-in.
      await createModerator(store, email, password, 'admin', { mustChangePassword: true });
      out.adminEmail = email;
      out.adminPassword = password;
    }
  }
  return out;
}

/** Looks callers up, with a short cache for API keys (the hot path of every send). */
export class Authenticator {
  private readonly keyCache = new Map<string, { principal: Principal | null; until: number }>();
  constructor(private readonly store: Store) {}

  /** The principal behind a bearer key, or null. */
  async apiKey(key: string): Promise<Principal | null> {
    const hash = sha256(key);
    const hit = this.keyCache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    const row = await this.store.db.selectFrom('api_keys').select(['id', 'scopes']).where('key_hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
    const principal: Principal | null = row ? { type: 'apiKey', id: row.id, scopes: JSON.parse(row.scopes) as Scope[] } : null;
    if (this.keyCache.size > 1000) this.keyCache.clear();
    this.keyCache.set(hash, { principal, until: Date.now() + 10_000 });
    return principal;
  }

  /**
   * Forget what is cached about the key `id` (after revoking it), so this process refuses it at once.
   * Other processes sharing the database refuse it when their cache entry ends (10 s at most).
   */
  forgetKey(id: string): void {
    for (const [hash, entry] of this.keyCache) if (entry.principal?.id === id) this.keyCache.delete(hash);
  }

  /** The moderator behind a session token, or null. */
  async session(token: string): Promise<Principal | null> {
    const row = await this.store.db
      .selectFrom('sessions')
      .innerJoin('moderators', 'moderators.id', 'sessions.moderator_id')
      .select(['moderators.id', 'moderators.email', 'moderators.role', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', sha256(token))
      .where('moderators.disabled_at', 'is', null)
      .executeTakeFirst();
    if (!row || row.expires_at <= new Date().toISOString()) return null;
    return { type: 'moderator', id: row.id, email: row.email, role: row.role as ModeratorRole };
  }

  /** Check credentials; on success a new session token. */
  async login(email: string, password: string): Promise<{ token: string; user: { id: string; email: string; role: ModeratorRole } } | null> {
    const row = await this.store.db.selectFrom('moderators').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    // Hash even for an unknown email so timing does not reveal which emails exist.
    const ok = row ? await verifyPassword(password, row.password_hash) : (await hashPassword(password), false);
    // A disabled account signs in no more (the same answer as a wrong password).
    if (!row || !ok || row.disabled_at) return null;
    const token = newToken('ses');
    const now = Date.now();
    // Expired sessions are useless; sign-in is a rare, convenient moment to drop them.
    await this.store.db.deleteFrom('sessions').where('expires_at', '<', new Date(now).toISOString()).execute();
    await this.store.db.insertInto('sessions').values({ token_hash: sha256(token), moderator_id: row.id, created_at: new Date(now).toISOString(), expires_at: new Date(now + SESSION_TTL_MS).toISOString() }).execute();
    return { token, user: { id: row.id, email: row.email, role: row.role as ModeratorRole } };
  }

  /** End a session. */
  async logout(token: string): Promise<void> {
    await this.store.db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
  }

  /** Who is calling: a bearer API key, or a session cookie. */
  async principal(req: FastifyRequest): Promise<Principal | null> {
    const auth = req.headers.authorization;
    if (auth && /^Bearer\s+/i.test(auth)) return this.apiKey(auth.replace(/^Bearer\s+/i, '').trim());
    const token = sessionToken(req);
    return token ? this.session(token) : null;
  }
}

/** The session token from the Cookie header, if any. */
export function sessionToken(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Set (or clear, with maxAge 0) the session cookie. SameSite=Strict keeps other sites from riding it. */
export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean): void {
  const parts = [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}

/** Session lifetime in seconds (for the cookie). */
export const SESSION_TTL_SECONDS = SESSION_TTL_MS / 1000;

/** Require an API key with `scope`. */
export function requireScope(p: Principal | null, scope: Scope): Principal {
  if (!p) throw unauthorized('an API key (Authorization: Bearer …) is required');
  if (p.type !== 'apiKey') throw forbidden(`this endpoint is for platform API keys (scope ${scope})`);
  if (!p.scopes.includes(scope)) throw forbidden(`the API key lacks the scope ${scope}`);
  return p;
}

/** Require a moderator session, optionally of at least `minRole`. */
export function requireModerator(p: Principal | null, minRole: ModeratorRole = 'moderator'): Extract<Principal, { type: 'moderator' }> {
  if (!p) throw unauthorized('sign in as a moderator (POST /v1/auth/login)');
  if (p.type !== 'moderator') throw forbidden('this endpoint is for moderators');
  if (MODERATOR_ROLES.indexOf(p.role) < MODERATOR_ROLES.indexOf(minRole)) throw forbidden(`this needs the role ${minRole}`);
  return p;
}

/** 401 for a failed sign-in; the same words whether the email or the password was wrong. */
export const unauthorizedLogin = () => unauthorized('the email or password is not correct');
