/**
 * Moderator sign-in (session cookie) and admin-only account management: moderators and API keys.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { appendAudit } from '../store/audit-log.js';
import { createApiKey, createModerator, listApiKeys, MODERATOR_ROLES, requireModerator, revokeApiKey, SCOPES, sessionToken, SESSION_TTL_SECONDS, setSessionCookie, unauthorizedLogin, type ModeratorRole, type Scope } from './auth.js';
import { isUniqueViolation } from './message-lifecycle.js';
import { notFound, ProblemError } from './problem.js';
import { loginBodySchema, problemSchema, userSchema } from './schemas.js';

/** Register /v1/auth/* and the admin routes. */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const audit = (actor: string, action: string, subject: string, details: Record<string, unknown>) =>
    ctx.store.transaction((tx) => appendAudit(tx, ctx.store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString())).then(() => ctx.chainer.poke());

  app.post<{ Body: { email: string; password: string } }>(
    '/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in as a moderator; sets the chaperone_session cookie', body: loginBodySchema, response: { 200: { type: 'object', properties: { user: userSchema } }, 400: problemSchema, 401: problemSchema, 429: problemSchema } } },
    async (req, reply) => {
      const email = req.body.email.toLowerCase();
      const wait = await ctx.loginThrottle.retryAfterSeconds(email);
      if (wait > 0) {
        await audit('anonymous', 'auth.login_throttled', email, {});
        reply.header('retry-after', String(wait));
        throw new ProblemError(429, 'too-many-attempts', `too many wrong passwords for this email: try again in ${wait} s`);
      }
      const out = await ctx.auth.login(req.body.email, req.body.password);
      if (!out) {
        await ctx.loginThrottle.failed(email);
        await audit('anonymous', 'auth.login_failed', email, {});
        throw unauthorizedLogin();
      }
      await ctx.loginThrottle.succeeded(email);
      await audit(`moderator:${out.user.id}`, 'auth.login', out.user.id, {});
      setSessionCookie(reply, out.token, SESSION_TTL_SECONDS, ctx.secureCookies);
      return { user: out.user };
    },
  );

  app.post('/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: { type: 'null' } } } }, async (req, reply) => {
    const token = sessionToken(req);
    if (token) await ctx.auth.logout(token);
    setSessionCookie(reply, '', 0, ctx.secureCookies);
    return reply.code(204).send();
  });

  app.get('/v1/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in moderator', response: { 200: { type: 'object', properties: { user: userSchema } }, 401: problemSchema } } }, async (req) => {
    const p = requireModerator(await ctx.auth.principal(req));
    return { user: { id: p.id, email: p.email, role: p.role } };
  });

  app.post<{ Body: { email: string; password: string; role: ModeratorRole } }>(
    '/v1/moderators',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a moderator account (admin)',
        body: { type: 'object', required: ['email', 'password', 'role'], additionalProperties: false, properties: { email: { type: 'string', minLength: 3, maxLength: 320 }, password: { type: 'string', minLength: 12, maxLength: 1000 }, role: { type: 'string', enum: [...MODERATOR_ROLES] } } },
        response: { 201: { type: 'object', properties: { user: userSchema } }, 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema },
      },
    },
    async (req, reply) => {
      const admin = requireModerator(await ctx.auth.principal(req), 'admin');
      try {
        const user = await createModerator(ctx.store, req.body.email, req.body.password, req.body.role);
        await audit(`moderator:${admin.id}`, 'moderator.created', user.id, { role: user.role });
        return reply.code(201).send({ user });
      } catch (err) {
        if (isUniqueViolation(err)) throw new ProblemError(409, 'conflict', 'a moderator with this email exists', [{ path: '/email', message: 'already used' }]);
        throw err;
      }
    },
  );

  app.post<{ Body: { name: string; scopes: Scope[] } }>(
    '/v1/api-keys',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a platform API key (admin); the key is shown once',
        body: { type: 'object', required: ['name', 'scopes'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 200 }, scopes: { type: 'array', minItems: 1, items: { type: 'string', enum: [...SCOPES] } } } },
        response: { 201: { type: 'object', properties: { id: { type: 'string' }, key: { type: 'string' }, scopes: { type: 'array', items: { type: 'string' } } } }, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (req, reply) => {
      const admin = requireModerator(await ctx.auth.principal(req), 'admin');
      const key = await createApiKey(ctx.store, req.body.name, [...new Set(req.body.scopes)]);
      await audit(`moderator:${admin.id}`, 'api_key.created', key.id, { scopes: key.scopes });
      return reply.code(201).send(key);
    },
  );

  const apiKeySchema = {
    type: 'object',
    properties: { id: { type: 'string' }, name: { type: 'string' }, scopes: { type: 'array', items: { type: 'string' } }, createdAt: { type: 'string' }, revokedAt: { type: ['string', 'null'] } },
  } as const;

  app.get(
    '/v1/api-keys',
    { schema: { tags: ['admin'], summary: 'List platform API keys (admin); never the keys themselves', response: { 200: { type: 'object', properties: { keys: { type: 'array', items: apiKeySchema } } }, 401: problemSchema, 403: problemSchema } } },
    async (req) => {
      requireModerator(await ctx.auth.principal(req), 'admin');
      return { keys: await listApiKeys(ctx.store) };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/api-keys/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Revoke a platform API key (admin): it authenticates nothing from then on',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200 } } },
        response: { 200: { type: 'object', properties: { key: apiKeySchema } }, 401: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (req) => {
      const admin = requireModerator(await ctx.auth.principal(req), 'admin');
      const key = await revokeApiKey(ctx.store, req.params.id, ctx.now().toISOString());
      if (!key) throw notFound('API key', req.params.id);
      ctx.auth.forgetKey(key.id);
      await audit(`moderator:${admin.id}`, 'api_key.revoked', key.id, {});
      return { key };
    },
  );
}
