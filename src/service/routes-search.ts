/**
 * Search and bulk (issue 19). `POST /v1/search` finds messages (and their cases) by user,
 * conversation, kind, rule, action, date, queue and status, and by a contact detail: what the
 * moderator typed is run through the engine, and the keyed hash of each canonical detail found is
 * looked up (see contact-hash.ts), so no plaintext is stored or compared. A POST, not a GET, so a
 * phone number never sits in a URL (proxy logs, browser history). Every contact search is audited
 * (with the hash, not the detail).
 *
 * `POST /v1/reviews/bulk-decision` applies one decision to many reviews, each through the decision
 * route itself (same rules: roles, reasons, "do not release", claims), so each is audited separately
 * and each answers for itself.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { scanInConversation } from '../engine/conversation.js';
import { appendAudit } from '../store/audit-log.js';
import { requireModerator } from './auth.js';
import { requirePermission } from './permissions.js';
import { ProblemError } from './problem.js';
import { problemSchema } from './schemas.js';
import { parseJson } from './views.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** The search filters (all optional, combined with AND). */
export interface SearchBody {
  userId?: string;
  conversationId?: string;
  kind?: string;
  rule?: string;
  action?: string;
  queue?: 'safeguarding' | 'leakage';
  status?: 'open' | 'closed';
  from?: string;
  to?: string;
  contact?: string;
  limit?: number;
  cursor?: string;
}

const searchBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    userId: { type: 'string', maxLength: 200, description: 'The sender' },
    conversationId: { type: 'string', maxLength: 200 },
    kind: { type: 'string', maxLength: 40 },
    rule: { type: 'string', maxLength: 200, description: 'A policy rule id the decision named' },
    action: { type: 'string', enum: ['allow', 'warn', 'redact', 'hold', 'block'] },
    queue: { type: 'string', enum: ['safeguarding', 'leakage'], description: 'Only messages with a case in this queue' },
    status: { type: 'string', enum: ['open', 'closed'], description: 'Only messages whose case is open / closed' },
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    contact: { type: 'string', minLength: 3, maxLength: 300, description: 'A contact detail in any form (phone, email, handle, link): matched by keyed hash of its canonical value' },
    limit: { type: 'integer', minimum: 1, maximum: 200 },
    cursor: { type: 'string', maxLength: 500 },
  },
} as const;

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}
function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return v as [string, string];
  } catch {
    /* the problem below */
  }
  throw new ProblemError(400, 'validation', 'the cursor is not one this API returned', [{ path: '/cursor', message: 'invalid cursor' }]);
}

/** Register the search and bulk routes. */
export async function searchRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;

  app.post<{ Body: SearchBody }>(
    '/v1/search',
    {
      // A filter the API does not know is refused, not silently dropped (a search that looks like it worked).
      preValidation: async (req) => {
        const known = Object.keys(searchBodySchema.properties);
        const unknown = Object.keys((req.body ?? {}) as Record<string, unknown>).filter((k) => !known.includes(k));
        if (unknown.length) throw new ProblemError(400, 'validation', `unknown search filter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')} (this route takes ${known.join(', ')})`, unknown.map((k) => ({ path: `/${k}`, message: 'unknown filter' })));
      },
      schema: {
        tags: ['search'],
        summary: 'Find messages and their cases by user, conversation, kind, rule, action, date, queue, status, or a contact detail (keyed hash; audited) — moderators and safeguarding leads',
        body: searchBodySchema,
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } }, total: { type: 'integer' }, nextCursor: { type: ['string', 'null'] }, contactKinds: { type: 'array', items: { type: 'string' } } } }, ...problems },
      },
    },
    async (req) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      requirePermission(mod.role, 'cases.search', 'search cases');
      const b = req.body ?? {};
      const limit = b.limit ?? 50;
      let hashes: string[] | null = null;
      let contactKinds: string[] = [];
      if (b.contact) {
        const found = scanInConversation(undefined, { text: b.contact }, ctx.policy.scanOptions ?? {}).result.findings.filter((f) => f.value);
        if (!found.length) throw new ProblemError(400, 'validation', 'no contact detail recognised in the search (try a phone number, an email address, a handle or a link)', [{ path: '/contact', message: 'no contact detail recognised' }]);
        hashes = [...new Set(found.map((f) => ctx.contactHasher.hash(f.kind, f.value!)))];
        contactKinds = [...new Set(found.map((f) => f.kind))];
        await store.transaction(async (tx) => {
          await appendAudit(tx, store.dialect, [{ actor: `moderator:${mod.id}`, action: 'search.contact', subject: mod.id, details: { kinds: contactKinds, hashPrefixes: hashes!.map((h) => h.slice(0, 12)) } }], ctx.now().toISOString());
        });
        ctx.chainer.poke();
      }
      let q = store.db.selectFrom('messages').leftJoin('reviews', 'reviews.message_id', 'messages.id');
      if (hashes) q = q.where('messages.id', 'in', (eb) => eb.selectFrom('contact_hashes').select('contact_hashes.message_id').where('contact_hashes.hash', 'in', hashes!));
      if (b.userId) q = q.where('messages.sender_id', '=', b.userId);
      if (b.conversationId) q = q.where('messages.conversation_id', '=', b.conversationId);
      if (b.kind) q = q.where('messages.kinds', 'like', `%"${b.kind.replace(/["%_\\]/g, '')}"%`);
      if (b.rule) q = q.where('messages.decision', 'like', `%"rule":"${b.rule.replace(/["%\\]/g, '')}"%`);
      if (b.action) q = q.where('messages.action', '=', b.action);
      if (b.queue) q = q.where('reviews.queue', '=', b.queue);
      if (b.status) q = q.where('reviews.status', '=', b.status);
      if (b.from) q = q.where('messages.created_at', '>=', new Date(b.from).toISOString());
      if (b.to) q = q.where('messages.created_at', '<=', new Date(b.to).toISOString());
      const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
      let page = q;
      if (b.cursor) {
        const [at, id] = decodeCursor(b.cursor);
        page = page.where((eb) => eb.or([eb('messages.created_at', '<', at), eb.and([eb('messages.created_at', '=', at), eb('messages.id', '<', id)])]));
      }
      const rows = await page
        .select([
          'messages.id', 'messages.conversation_id', 'messages.sender_id', 'messages.sender_role', 'messages.recipient_id', 'messages.action', 'messages.status', 'messages.kinds',
          'messages.decision', 'messages.redacted_text', 'messages.created_at', 'reviews.id as review_id', 'reviews.queue', 'reviews.status as review_status', 'reviews.outcome',
        ])
        .orderBy('messages.created_at', 'desc')
        .orderBy('messages.id', 'desc')
        .limit(limit + 1)
        .execute();
      const shown = rows.slice(0, limit);
      const last = rows.length > limit ? shown[shown.length - 1] : null;
      return {
        items: shown.map((r) => ({
          messageId: r.id, conversationId: r.conversation_id, senderId: r.sender_id, senderRole: r.sender_role, recipientId: r.recipient_id, action: r.action, status: r.status,
          kinds: parseJson<string[]>(r.kinds, []), rules: parseJson<{ reasons?: { rule: string }[] }>(r.decision, {}).reasons?.map((x) => x.rule) ?? [],
          preview: r.redacted_text, createdAt: r.created_at,
          review: r.review_id ? { id: r.review_id, queue: r.queue, status: r.review_status, outcome: r.outcome } : null,
        })),
        total,
        nextCursor: last ? encodeCursor(last.created_at, last.id) : null,
        contactKinds,
      };
    },
  );

  app.post<{ Body: { reviewIds: string[]; outcome?: 'release' | 'release_redacted' | 'reject' | 'close'; reason?: string; note?: string; confirm?: boolean; templateId?: string } }>(
    '/v1/reviews/bulk-decision',
    {
      schema: {
        tags: ['search'],
        summary: 'Apply one decision and/or one template message to many reviews (moderators and safeguarding leads; up to 200): each goes through the single-case route with its own rules and audit entry, and answers for itself',
        body: {
          type: 'object',
          required: ['reviewIds'],
          additionalProperties: false,
          properties: {
            reviewIds: { type: 'array', minItems: 1, maxItems: 200, uniqueItems: true, items: { type: 'string', maxLength: 200 } },
            outcome: { type: 'string', enum: ['release', 'release_redacted', 'reject', 'close'] },
            reason: { type: 'string', maxLength: 2000 },
            note: { type: 'string', maxLength: 5000 },
            confirm: { type: 'boolean' },
            templateId: { type: 'string', maxLength: 200, description: 'Also write to each sender from this template (POST /v1/reviews/:id/message-to-user)' },
          },
        },
        response: { 200: { type: 'object', properties: { decided: { type: 'integer' }, messaged: { type: 'integer' }, failed: { type: 'integer' }, results: { type: 'array', items: { type: 'object', additionalProperties: true } } } }, ...problems },
      },
    },
    async (req) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      requirePermission(mod.role, 'reviews.decide.leakage', 'decide reviews');
      const { reviewIds, templateId, ...decision } = req.body;
      if (!decision.outcome && !templateId) throw new ProblemError(400, 'validation', 'say what to apply: an outcome, a template, or both', [{ path: '/outcome', message: 'an outcome or a templateId is required' }]);
      const headers = { cookie: req.headers.cookie ?? '', 'content-type': 'application/json' };
      const results: { reviewId: string; status: number; outcome?: string; messaged?: boolean; problem?: { type: string; detail: string } }[] = [];
      for (const id of reviewIds) {
        // Through the single-case routes, with the caller's own session: one rule book, one audit entry each.
        const result: (typeof results)[number] = { reviewId: id, status: 200 };
        if (decision.outcome) {
          const res = await app.inject({ method: 'POST', url: `/v1/reviews/${encodeURIComponent(id)}/decision`, headers, payload: JSON.stringify(decision) });
          const body = parseJson<{ review?: { outcome?: string }; type?: string; detail?: string }>(res.body, {});
          result.status = res.statusCode;
          if (res.statusCode < 300) result.outcome = body.review?.outcome ?? decision.outcome;
          else result.problem = { type: body.type ?? 'error', detail: body.detail ?? '' };
        }
        if (templateId && result.status < 300) {
          const res = await app.inject({ method: 'POST', url: `/v1/reviews/${encodeURIComponent(id)}/message-to-user`, headers, payload: JSON.stringify({ templateId }) });
          result.messaged = res.statusCode === 201;
          if (!result.messaged) {
            const body = parseJson<{ type?: string; detail?: string }>(res.body, {});
            result.status = res.statusCode;
            result.problem = { type: body.type ?? 'error', detail: body.detail ?? '' };
          }
        }
        results.push(result);
      }
      const ok = results.filter((r) => r.status < 300);
      return { decided: decision.outcome ? ok.length : 0, messaged: results.filter((r) => r.messaged).length, failed: results.length - ok.length, results };
    },
  );
}
