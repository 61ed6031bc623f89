/**
 * Moderator routes: review queues, reviews and decisions, notes, sealed originals, conversations,
 * users' standing and strikes, the audit log and daily statistics.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { sql } from 'kysely';
import { appendAudit, listAudit, verifyAudit } from '../store/audit-log.js';
import type { Tx } from '../store/open-store.js';
import { requireModerator } from './auth.js';
import { newId } from './ids.js';
import { enqueueWebhooks } from './message-lifecycle.js';
import { notFound, ProblemError } from './problem.js';
import { idParams, noteBodySchema, pageQuerySchema, problemSchema, queueQuerySchema, reviewDecisionBodySchema, strikeBodySchema } from './schemas.js';
import { parseJson } from './views.js';

const QUEUES = ['safeguarding', 'leakage'] as const;
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const open = { type: 'object', additionalProperties: true } as const;

interface QueueQuery {
  status?: 'open' | 'closed';
  kind?: string;
  role?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

function encodeCursor(parts: [number, string, string]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decodeCursor(cursor: string): [number, string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && typeof v[0] === 'number' && typeof v[1] === 'string' && typeof v[2] === 'string') return v as [number, string, string];
  } catch {
    /* fall through to the problem below */
  }
  throw new ProblemError(400, 'validation', 'the cursor is not one this API returned', [{ path: '/cursor', message: 'invalid cursor' }]);
}

function messageView(m: { id: string; conversation_id: string; sender_id: string; sender_role: string; status: string; redacted_text: string; created_at: string }) {
  return { id: m.id, conversationId: m.conversation_id, senderId: m.sender_id, senderRole: m.sender_role, status: m.status, redactedText: m.redacted_text, createdAt: m.created_at };
}

function reviewView(r: { id: string; queue: string; status: string; created_at: string; decided_at: string | null; decided_by: string | null; outcome: string | null; message_id: string }) {
  const out: Record<string, unknown> = { id: r.id, queue: r.queue, status: r.status, createdAt: r.created_at, messageId: r.message_id };
  if (r.decided_at) out.decidedAt = r.decided_at;
  if (r.decided_by) out.decidedBy = r.decided_by;
  if (r.outcome) out.outcome = r.outcome;
  return out;
}

/** Register the moderator routes. */
export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;
  const moderator = async (req: Parameters<typeof ctx.auth.principal>[0], minRole?: 'safeguarding_lead' | 'admin') => requireModerator(await ctx.auth.principal(req), minRole);
  const audit = async (tx: Tx, actor: string, action: string, subject: string, details: Record<string, unknown>) => {
    await appendAudit(tx, store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString());
    ctx.chainer.poke();
  };

  app.get('/v1/queues', { schema: { tags: ['moderation'], summary: 'Open items per review queue', response: { 200: { type: 'object', properties: { queues: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, open: { type: 'integer' }, oldestAt: { type: ['string', 'null'] } } } } } }, ...problems } } }, async (req) => {
    await moderator(req);
    const rows = await store.db
      .selectFrom('reviews')
      .select(['queue', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
      .where('status', '=', 'open')
      .groupBy('queue')
      .execute();
    return { queues: QUEUES.map((name) => { const r = rows.find((x) => x.queue === name); return { name, open: r ? Number(r.n) : 0, oldestAt: (r?.oldest as string | undefined) ?? null }; }) };
  });

  app.get<{ Params: { name: string }; Querystring: QueueQuery }>(
    '/v1/queues/:name',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Items of one queue, by severity (highest first) then age (oldest first), paged by cursor',
        params: { type: 'object', required: ['name'], properties: { name: { type: 'string', enum: [...QUEUES] } } },
        querystring: queueQuerySchema,
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: open }, total: { type: 'integer' }, nextCursor: { type: ['string', 'null'] } } }, ...problems },
      },
    },
    async (req) => {
      await moderator(req);
      const q = req.query;
      const limit = q.limit ?? 50;
      // Columns are qualified: the page query joins messages, which has a status and created_at too.
      let base = store.db.selectFrom('reviews').where('reviews.queue', '=', req.params.name).where('reviews.status', '=', q.status ?? 'open');
      if (q.kind) base = base.where('reviews.kinds', 'like', `%"${q.kind}"%`);
      if (q.role) base = base.where('reviews.sender_role', '=', q.role);
      if (q.from) base = base.where('reviews.created_at', '>=', new Date(q.from).toISOString());
      if (q.to) base = base.where('reviews.created_at', '<=', new Date(q.to).toISOString());
      const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      let page = base;
      if (q.cursor) {
        const [sev, at, id] = decodeCursor(q.cursor);
        page = page.where((eb) =>
          eb.or([
            eb('reviews.severity', '<', sev),
            eb.and([eb('reviews.severity', '=', sev), eb('reviews.created_at', '>', at)]),
            eb.and([eb('reviews.severity', '=', sev), eb('reviews.created_at', '=', at), eb('reviews.id', '>', id)]),
          ]),
        );
      }
      const rows = await page
        .innerJoin('messages', 'messages.id', 'reviews.message_id')
        .select(['reviews.id', 'reviews.message_id', 'reviews.conversation_id', 'reviews.sender_id', 'reviews.sender_role', 'reviews.action', 'reviews.severity', 'reviews.kinds', 'reviews.created_at', 'messages.redacted_text'])
        .orderBy('reviews.severity', 'desc')
        .orderBy('reviews.created_at', 'asc')
        .orderBy('reviews.id', 'asc')
        .limit(limit + 1)
        .execute();
      const items = rows.slice(0, limit).map((r) => ({
        reviewId: r.id,
        messageId: r.message_id,
        conversationId: r.conversation_id,
        senderId: r.sender_id,
        senderRole: r.sender_role,
        action: r.action,
        severity: Number(r.severity),
        kinds: parseJson<string[]>(r.kinds, []),
        createdAt: r.created_at,
        preview: r.redacted_text,
      }));
      const last = rows.length > limit ? rows[limit - 1] : null;
      return { items, total: Number(totalRow?.n ?? 0), nextCursor: last ? encodeCursor([Number(last.severity), last.created_at, last.id]) : null };
    },
  );

  async function loadReview(id: string) {
    const review = await store.db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    if (!review) throw notFound('review', id);
    const message = await store.db.selectFrom('messages').selectAll().where('id', '=', review.message_id).executeTakeFirstOrThrow();
    return { review, message };
  }

  app.get<{ Params: { id: string } }>('/v1/reviews/:id', { schema: { tags: ['moderation'], summary: 'One review with its message, decision, findings and the conversation around it', params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    await moderator(req);
    const { review, message } = await loadReview(req.params.id);
    const conversation = await store.db
      .selectFrom('messages')
      .select(['id', 'sender_id', 'sender_role', 'status', 'redacted_text', 'created_at', 'kinds'])
      .where('conversation_id', '=', message.conversation_id)
      .orderBy('seq', 'asc')
      .execute();
    const notes = await store.db.selectFrom('notes').select(['id', 'note', 'author', 'created_at']).where('review_id', '=', review.id).orderBy('created_at', 'asc').execute();
    return {
      review: { ...reviewView(review), notes: notes.map((n) => ({ id: n.id, note: n.note, author: n.author, createdAt: n.created_at })) },
      message: messageView(message),
      decision: parseJson(message.decision, {}),
      findings: parseJson(message.findings, []),
      conversation: conversation.map((m) => ({ id: m.id, senderId: m.sender_id, senderRole: m.sender_role, status: m.status, redactedText: m.redacted_text, createdAt: m.created_at, kinds: parseJson<string[]>(m.kinds, []) })),
    };
  });

  app.post<{ Params: { id: string }; Body: { outcome: 'release' | 'release_redacted' | 'reject'; note?: string } }>(
    '/v1/reviews/:id/decision',
    { schema: { tags: ['moderation'], summary: 'Decide a review: release, release redacted or reject', params: idParams, body: reviewDecisionBodySchema, response: { 200: { type: 'object', properties: { review: open, message: open } }, ...problems } } },
    async (req) => {
      const mod = await moderator(req);
      const { outcome, note } = req.body;
      return store.transaction(async (tx) => {
        const q = tx.selectFrom('reviews').selectAll().where('id', '=', req.params.id);
        const review = await (store.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
        if (!review) throw notFound('review', req.params.id);
        if (review.status !== 'open') throw new ProblemError(409, 'review-closed', `this review was already decided (${review.outcome})`);
        const message = await tx.selectFrom('messages').selectAll().where('id', '=', review.message_id).executeTakeFirstOrThrow();
        const at = ctx.now().toISOString();
        let status = 'blocked';
        let delivered: string | null = null;
        if (outcome === 'release') {
          status = 'delivered';
          delivered = message.sealed_ct ? ctx.sealer.open({ ct: message.sealed_ct, iv: message.sealed_iv!, tag: message.sealed_tag! }, `message:${message.id}`) : message.redacted_text;
        } else if (outcome === 'release_redacted') {
          status = 'delivered_redacted';
          delivered = message.redacted_text;
        }
        await tx.updateTable('messages').set({ status, delivered_text: delivered }).where('id', '=', message.id).execute();
        await tx.updateTable('reviews').set({ status: 'closed', decided_at: at, decided_by: mod.id, outcome }).where('id', '=', review.id).execute();
        if (note) await tx.insertInto('notes').values({ id: newId('note'), review_id: review.id, subject: message.sender_id, author: mod.id, note, created_at: at }).execute();
        await audit(tx, `moderator:${mod.id}`, 'review.decided', review.id, { messageId: message.id, outcome, status, noted: !!note });
        const updated = { ...review, status: 'closed', decided_at: at, decided_by: mod.id, outcome };
        return { review: reviewView(updated), message: { ...messageView({ ...message, status }), deliveredText: delivered } };
      });
    },
  );

  app.post<{ Params: { id: string }; Body: { note: string } }>(
    '/v1/reviews/:id/notes',
    { schema: { tags: ['moderation'], summary: 'Add a note to a review', params: idParams, body: noteBodySchema, response: { 201: open, ...problems } } },
    async (req, reply) => {
      const mod = await moderator(req);
      const { review } = await loadReview(req.params.id);
      const at = ctx.now().toISOString();
      const note = { id: newId('note'), reviewId: review.id, author: mod.id, note: req.body.note, createdAt: at };
      await store.transaction(async (tx) => {
        await tx.insertInto('notes').values({ id: note.id, review_id: review.id, subject: review.sender_id, author: mod.id, note: note.note, created_at: at }).execute();
        await audit(tx, `moderator:${mod.id}`, 'review.noted', review.id, { noteId: note.id });
      });
      return reply.code(201).send({ note });
    },
  );

  app.post<{ Params: { id: string } }>(
    '/v1/messages/:id/original',
    { schema: { tags: ['moderation'], summary: 'Open the sealed original of a message (every opening is audited)', params: idParams, response: { 200: { type: 'object', properties: { text: { type: 'string' }, findings: { type: 'array', items: open } } }, ...problems } } },
    async (req) => {
      const mod = await moderator(req);
      return store.transaction(async (tx) => {
        const m = await tx.selectFrom('messages').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!m) throw notFound('message', req.params.id);
        // Unsealed messages were delivered exactly as written: their delivered text is the original.
        const text = m.sealed_ct ? ctx.sealer.open({ ct: m.sealed_ct, iv: m.sealed_iv!, tag: m.sealed_tag! }, `message:${m.id}`) : (m.delivered_text ?? '');
        await audit(tx, `moderator:${mod.id}`, 'message.original_opened', m.id, { conversationId: m.conversation_id, sealed: !!m.sealed_ct });
        const findings = parseJson<{ kind: string; start: number; end: number; score: number; why: string[] }[]>(m.findings, []).map((f) => ({ kind: f.kind, start: f.start, end: f.end, score: f.score, why: f.why }));
        return { text, findings };
      });
    },
  );

  app.get<{ Params: { id: string } }>('/v1/conversations/:id', { schema: { tags: ['moderation'], summary: 'A whole conversation with decisions (moderators)', params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    await moderator(req);
    const conv = await store.db.selectFrom('conversations').select('id').where('id', '=', req.params.id).executeTakeFirst();
    if (!conv) throw notFound('conversation', req.params.id);
    const rows = await store.db.selectFrom('messages').selectAll().where('conversation_id', '=', conv.id).orderBy('seq', 'asc').execute();
    return {
      conversation: { id: conv.id },
      messages: rows.map((m) => ({ id: m.id, senderId: m.sender_id, senderRole: m.sender_role, status: m.status, redactedText: m.redacted_text, createdAt: m.created_at, decision: parseJson(m.decision, {}), findings: parseJson(m.findings, []) })),
    };
  });

  async function standingOf(userId: string, db = store.db) {
    const rows = await db.selectFrom('strikes').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').execute();
    const now = ctx.now();
    const active = rows.filter((s) => !s.removed_at).map((s) => ({ weight: Number(s.weight), at: s.created_at }));
    return { rows, standing: ctx.policy.standing(active, now), now };
  }

  app.get<{ Params: { id: string } }>('/v1/users/:id', { schema: { tags: ['moderation'], summary: "A user's standing, strikes (with decay) and history", params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    await moderator(req);
    const user = await store.db.selectFrom('users').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!user) throw notFound('user', req.params.id);
    const { rows, standing, now } = await standingOf(user.id);
    const history = await store.db
      .selectFrom('messages')
      .select(['id', 'conversation_id', 'action', 'kinds', 'created_at'])
      .where('sender_id', '=', user.id)
      .where('action', '!=', 'allow')
      .orderBy('created_at', 'desc')
      .limit(100)
      .execute();
    return {
      user: { id: user.id, role: user.role },
      standing,
      strikes: rows.map((s) => {
        const out: Record<string, unknown> = { id: s.id, weight: Number(s.weight), reason: s.reason, createdAt: s.created_at, createdBy: s.created_by, messageId: s.message_id, decayedWeight: s.removed_at ? 0 : ctx.policy.standing([{ weight: Number(s.weight), at: s.created_at }], now).points };
        if (s.removed_at) out.removedAt = s.removed_at;
        return out;
      }),
      history: history.map((h) => ({ messageId: h.id, conversationId: h.conversation_id, action: h.action, kinds: parseJson<string[]>(h.kinds, []), createdAt: h.created_at })),
    };
  });

  app.post<{ Params: { id: string }; Body: { weight: number; reason: string } }>(
    '/v1/users/:id/strikes',
    { schema: { tags: ['moderation'], summary: 'Add a strike to a user', params: idParams, body: strikeBodySchema, response: { 201: open, ...problems } } },
    async (req, reply) => {
      const mod = await moderator(req);
      const user = await store.db.selectFrom('users').select('id').where('id', '=', req.params.id).executeTakeFirst();
      if (!user) throw notFound('user', req.params.id);
      const out = await store.transaction(async (tx) => {
        const before = await standingOf(user.id, tx);
        const at = ctx.now().toISOString();
        const id = newId('stk');
        await tx.insertInto('strikes').values({ id, user_id: user.id, weight: req.body.weight, reason: req.body.reason, message_id: null, created_by: mod.id, created_at: at, removed_at: null, removed_by: null }).execute();
        const after = await standingOf(user.id, tx);
        await audit(tx, `moderator:${mod.id}`, 'strike.added', user.id, { strikeId: id, weight: req.body.weight, reason: req.body.reason });
        if (after.standing.level !== before.standing.level) {
          await audit(tx, `moderator:${mod.id}`, 'user.escalated', user.id, { from: before.standing.level, to: after.standing.level, points: after.standing.points });
          if (ctx.webhooksEnabled) await enqueueWebhooks(tx, [{ type: 'user.escalated', data: { userId: user.id, from: before.standing.level, to: after.standing.level, points: after.standing.points } }], at);
        }
        return { strike: { id, weight: req.body.weight, reason: req.body.reason, createdAt: at }, standing: after.standing };
      });
      return reply.code(201).send(out);
    },
  );

  app.delete<{ Params: { id: string; strikeId: string } }>(
    '/v1/users/:id/strikes/:strikeId',
    { schema: { tags: ['moderation'], summary: 'Remove a strike (recorded, not erased)', params: { type: 'object', required: ['id', 'strikeId'], properties: { id: { type: 'string' }, strikeId: { type: 'string' } } }, response: { 200: open, ...problems } } },
    async (req) => {
      const mod = await moderator(req);
      return store.transaction(async (tx) => {
        const s = await tx.selectFrom('strikes').selectAll().where('id', '=', req.params.strikeId).where('user_id', '=', req.params.id).executeTakeFirst();
        if (!s) throw notFound('strike', req.params.strikeId);
        if (s.removed_at) throw new ProblemError(409, 'conflict', 'this strike was already removed');
        const at = ctx.now().toISOString();
        await tx.updateTable('strikes').set({ removed_at: at, removed_by: mod.id }).where('id', '=', s.id).execute();
        await audit(tx, `moderator:${mod.id}`, 'strike.removed', s.user_id, { strikeId: s.id });
        const after = await standingOf(s.user_id, tx);
        return { strike: { id: s.id, weight: Number(s.weight), reason: s.reason, createdAt: s.created_at, removedAt: at }, standing: after.standing };
      });
    },
  );

  app.get<{ Querystring: { limit?: number; cursor?: string } }>(
    '/v1/audit',
    { schema: { tags: ['audit'], summary: 'The audit log, newest first, paged by cursor', querystring: pageQuerySchema, response: { 200: { type: 'object', properties: { entries: { type: 'array', items: open }, nextCursor: { type: ['string', 'null'] } } }, ...problems } } },
    async (req) => {
      await moderator(req);
      await ctx.chainer.flush();
      return listAudit(store.db, req.query.limit ?? 50, req.query.cursor ? Number(req.query.cursor) : undefined);
    },
  );

  app.get('/v1/audit/verify', { schema: { tags: ['audit'], summary: "Check the audit log's hash chain; reports the first broken link", response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, checked: { type: 'integer' }, firstBroken: { type: ['object', 'null'], properties: { seq: { type: 'integer' }, reason: { type: 'string' } } } } }, ...problems } } }, async (req) => {
    await moderator(req);
    await ctx.chainer.flush();
    return verifyAudit(store.db);
  });

  app.get<{ Querystring: { days?: number } }>(
    '/v1/stats/daily',
    { schema: { tags: ['moderation'], summary: 'Messages per day by kind and by action; open queue ages', querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'integer', minimum: 1, maximum: 366 } } }, response: { 200: open, ...problems } } },
    async (req) => {
      await moderator(req);
      const days = req.query.days ?? 30;
      const now = ctx.now();
      const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * 86_400_000).toISOString();
      const rows = await store.db
        .selectFrom('messages')
        .select([sql<string>`substr(created_at, 1, 10)`.as('day'), 'action', 'kinds', (eb) => eb.fn.countAll<number>().as('n')])
        .where('created_at', '>=', since)
        .groupBy([sql`substr(created_at, 1, 10)`, 'action', 'kinds'])
        .execute();
      const byDay = new Map<string, { day: string; byKind: Record<string, number>; byAction: Record<string, number> }>();
      for (let i = 0; i < days; i++) {
        const day = new Date(Date.parse(since) + i * 86_400_000).toISOString().slice(0, 10);
        byDay.set(day, { day, byKind: {}, byAction: {} });
      }
      for (const r of rows) {
        const d = byDay.get(r.day);
        if (!d) continue;
        const n = Number(r.n);
        d.byAction[r.action] = (d.byAction[r.action] ?? 0) + n;
        for (const k of parseJson<string[]>(r.kinds, [])) d.byKind[k] = (d.byKind[k] ?? 0) + n;
      }
      const queueAges = [];
      for (const queue of QUEUES) {
        const base = store.db.selectFrom('reviews').where('queue', '=', queue).where('status', '=', 'open');
        const count = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
        const oldest = count ? await base.select('created_at').orderBy('created_at', 'asc').limit(1).executeTakeFirst() : undefined;
        const median = count ? await base.select('created_at').orderBy('created_at', 'asc').limit(1).offset(Math.floor(count / 2)).executeTakeFirst() : undefined;
        const age = (at?: string) => (at ? Math.max(0, Math.round((now.getTime() - Date.parse(at)) / 1000)) : null);
        queueAges.push({ queue, open: count, oldestAgeSeconds: age(oldest?.created_at), medianAgeSeconds: age(median?.created_at) });
      }
      return { days: [...byDay.values()], queueAges };
    },
  );
}
