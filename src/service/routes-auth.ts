/**
 * Moderator sign-in (session cookie) and admin-only account management: moderators and API keys.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { appendAudit } from '../store/audit-log.js';
import { randomBytes } from 'node:crypto';
import { createApiKey, createModerator, hashPassword, listApiKeys, listModerators, MODERATOR_ROLES, requireModerator, revokeApiKey, SCOPES, sessionToken, SESSION_TTL_SECONDS, setSessionCookie, unauthorizedLogin, verifyPassword, type ModeratorRole, type Scope } from './auth.js';
import { requirePermission, ROLE_PERMISSIONS } from './permissions.js';
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
      setSessionCookie(reply, out.token, SESSION_TTL_SECONDS, ctx.secureCookies || req.protocol === 'https');
      return { user: out.user };
    },
  );

  app.post('/v1/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: { type: 'null' } } } }, async (req, reply) => {
    const token = sessionToken(req);
    if (token) await ctx.auth.logout(token);
    setSessionCookie(reply, '', 0, ctx.secureCookies || req.protocol === 'https');
    return reply.code(204).send();
  });

  app.get('/v1/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in moderator, with what their role may do', response: { 200: { type: 'object', properties: { user: userSchema, permissions: { type: 'array', items: { type: 'string' } }, safeguardingRelease: { type: 'string' } } }, 401: problemSchema } } }, async (req) => {
    const p = requireModerator(await ctx.auth.principal(req));
    const row = await ctx.store.db.selectFrom('moderators').select(['name', 'must_change_password']).where('id', '=', p.id).executeTakeFirst();
    return {
      user: { id: p.id, email: p.email, role: p.role, name: row?.name ?? null, mustChangePassword: Number(row?.must_change_password ?? 0) === 1 },
      permissions: [...ROLE_PERMISSIONS[p.role]],
      safeguardingRelease: ctx.policy.review?.safeguardingRelease ?? 'lead',
    };
  });

  app.post<{ Body: { currentPassword: string; newPassword: string } }>(
    '/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password (the current one is required)',
        body: { type: 'object', required: ['currentPassword', 'newPassword'], additionalProperties: false, properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 1000 }, newPassword: { type: 'string', minLength: 12, maxLength: 1000 } } },
        response: { 204: { type: 'null' }, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (req, reply) => {
      const p = requireModerator(await ctx.auth.principal(req));
      const row = await ctx.store.db.selectFrom('moderators').select(['password_hash']).where('id', '=', p.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(req.body.currentPassword, row.password_hash))) {
        await audit(`moderator:${p.id}`, 'auth.password_change_failed', p.id, {});
        throw new ProblemError(403, 'forbidden', 'the current password is not correct', [{ path: '/currentPassword', message: 'not correct' }]);
      }
      if (req.body.newPassword === req.body.currentPassword) throw new ProblemError(400, 'validation', 'choose a new password', [{ path: '/newPassword', message: 'must differ from the current password' }]);
      await ctx.store.db.updateTable('moderators').set({ password_hash: await hashPassword(req.body.newPassword), must_change_password: 0 }).where('id', '=', p.id).execute();
      await audit(`moderator:${p.id}`, 'auth.password_changed', p.id, {});
      return reply.code(204).send();
    },
  );

  const moderatorSchema = {
    type: 'object',
    properties: { id: { type: 'string' }, email: { type: 'string' }, name: { type: ['string', 'null'] }, role: { type: 'string' }, createdAt: { type: 'string' }, disabledAt: { type: ['string', 'null'] }, mustChangePassword: { type: 'boolean' } },
  } as const;

  app.get(
    '/v1/moderators',
    { schema: { tags: ['admin'], summary: 'List moderator accounts (admin)', response: { 200: { type: 'object', properties: { moderators: { type: 'array', items: moderatorSchema } } }, 401: problemSchema, 403: problemSchema } } },
    async (req) => {
      const admin = requireModerator(await ctx.auth.principal(req));
      requirePermission(admin.role, 'accounts.manage', 'manage accounts');
      return { moderators: await listModerators(ctx.store) };
    },
  );

  app.patch<{ Params: { id: string }; Body: { disabled?: boolean; role?: ModeratorRole; name?: string } }>(
    '/v1/moderators/:id',
    {
      schema: {
        tags: ['admin'],
        summary: "Disable or re-enable a moderator account, or change its role or name (admin); disabling ends the account's sessions",
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 200 } } },
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { disabled: { type: 'boolean' }, role: { type: 'string', enum: [...MODERATOR_ROLES] }, name: { type: 'string', maxLength: 200 } } },
        response: { 200: { type: 'object', properties: { moderator: moderatorSchema } }, 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (req) => {
      const admin = requireModerator(await ctx.auth.principal(req));
      requirePermission(admin.role, 'accounts.manage', 'manage accounts');
      const target = await ctx.store.db.selectFrom('moderators').select(['id', 'disabled_at', 'role']).where('id', '=', req.params.id).executeTakeFirst();
      if (!target) throw notFound('moderator', req.params.id);
      if (target.id === admin.id && (req.body.disabled || (req.body.role && req.body.role !== admin.role))) {
        throw new ProblemError(409, 'conflict', 'you cannot disable your own account or change your own role: ask another admin');
      }
      const at = ctx.now().toISOString();
      const set: Record<string, unknown> = {};
      if (req.body.disabled !== undefined) set.disabled_at = req.body.disabled ? (target.disabled_at ?? at) : null;
      if (req.body.role) set.role = req.body.role;
      if (req.body.name !== undefined) set.name = req.body.name.trim() || null;
      await ctx.store.db.updateTable('moderators').set(set).where('id', '=', target.id).execute();
      if (req.body.disabled) await ctx.store.db.deleteFrom('sessions').where('moderator_id', '=', target.id).execute();
      const details: Record<string, unknown> = {};
      if (req.body.disabled !== undefined) details.disabled = req.body.disabled;
      if (req.body.role) details.role = { from: target.role, to: req.body.role };
      if (req.body.name !== undefined) details.renamed = true;
      await audit(`moderator:${admin.id}`, req.body.disabled === true ? 'moderator.disabled' : req.body.disabled === false ? 'moderator.enabled' : 'moderator.updated', target.id, details);
      const moderator = (await listModerators(ctx.store)).find((m) => m.id === target.id)!;
      return { moderator };
    },
  );

  app.post<{ Body: { email: string; password?: string; role: ModeratorRole; name?: string } }>(
    '/v1/moderators',
    {
      schema: {
        tags: ['admin'],
        summary: 'Invite a moderator (admin): without a password, a temporary one is generated and shown once; it must be changed at first sign-in',
        body: { type: 'object', required: ['email', 'role'], additionalProperties: false, properties: { email: { type: 'string', minLength: 3, maxLength: 320 }, password: { type: 'string', minLength: 12, maxLength: 1000 }, role: { type: 'string', enum: [...MODERATOR_ROLES] }, name: { type: 'string', maxLength: 200 } } },
        response: { 201: { type: 'object', properties: { user: userSchema, temporaryPassword: { type: 'string' } } }, 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema },
      },
    },
    async (req, reply) => {
      const admin = requireModerator(await ctx.auth.principal(req));
      requirePermission(admin.role, 'accounts.manage', 'manage accounts');
      const temporary = req.body.password ? null : randomBytes(15).toString('base64url');
      try {
        const user = await createModerator(ctx.store, req.body.email, req.body.password ?? temporary!, req.body.role, { name: req.body.name?.trim() || null, mustChangePassword: !!temporary });
        await audit(`moderator:${admin.id}`, 'moderator.created', user.id, { role: user.role, invited: !!temporary });
        return reply.code(201).send(temporary ? { user, temporaryPassword: temporary } : { user });
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
      const admin = requireModerator(await ctx.auth.principal(req));
      requirePermission(admin.role, 'keys.manage', 'manage API keys');
      const key = await createApiKey(ctx.store, req.body.name, [...new Set(req.body.scopes)]);
      await audit(`moderator:${admin.id}`, 'api_key.created', key.id, { scopes: key.scopes });
      return reply.code(201).send(key);
    },
  );

  app.get(
    '/v1/policy',
    { schema: { tags: ['admin'], summary: 'The policy in force, in brief: rules, ladder, review and queue-priority settings (admin)', response: { 200: { type: 'object', additionalProperties: true }, 401: problemSchema, 403: problemSchema } } },
    async (req) => {
      requirePermission(requireModerator(await ctx.auth.principal(req)).role, 'policy.read', 'read the policy');
      return ctx.policy.summary?.() ?? { name: 'custom', review: ctx.policy.review ?? { safeguardingRelease: 'lead', holdAfterDeliveredFragments: false }, priority: {}, rules: [], escalation: [] };
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
      requirePermission(requireModerator(await ctx.auth.principal(req)).role, 'keys.manage', 'manage API keys');
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
      const admin = requireModerator(await ctx.auth.principal(req));
      requirePermission(admin.role, 'keys.manage', 'manage API keys');
      const key = await revokeApiKey(ctx.store, req.params.id, ctx.now().toISOString());
      if (!key) throw notFound('API key', req.params.id);
      ctx.auth.forgetKey(key.id);
      await audit(`moderator:${admin.id}`, 'api_key.revoked', key.id, {});
      return { key };
    },
  );
}
