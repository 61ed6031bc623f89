/**
 * Moderator sign-in (session cookie) and admin-only account management: moderators and API keys.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { appendAudit } from '../store/audit-log.js';
import { createApiKey, createModerator, MODERATOR_ROLES, requireModerator, SCOPES, sessionToken, SESSION_TTL_SECONDS, setSessionCookie, unauthorizedLogin, type ModeratorRole, type Scope } from './auth.js';
import { isUniqueViolation } from './message-lifecycle.js';
import { ProblemError } from './problem.js';
import { loginBodySchema, problemSchema, userSchema } from './schemas.js';

/** Register /v1/auth/* and the admin routes. */
export async function authRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const audit = (actor: string, action: string, subject: string, details: Record<string, unknown>) =>
    ctx.store.transaction((tx) => appendAudit(tx, ctx.store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString())).then(() => ctx.chainer.poke());

  app.post<{ Body: { email: string; password: string } }>(
    '/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Sign in as a moderator; sets the chaperone_session cookie', body: loginBodySchema, response: { 200: { type: 'object', properties: { user: userSchema } }, 400: problemSchema, 401: problemSchema } } },
    async (req, reply) => {
      const out = await ctx.auth.login(req.body.email, req.body.password);
      if (!out) {
        await audit('anonymous', 'auth.login_failed', req.body.email.toLowerCase(), {});
        throw unauthorizedLogin();
      }
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
}
