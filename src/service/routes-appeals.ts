/**
 * Appeals and templates (issue 19).
 *
 * The sender of a held or blocked message appeals once, through the platform (API key, on their
 * behalf), with a short statement. Appeals form their own queue; the moderator who decided the
 * original may not decide its appeal (unless the deployment allows it: `appealsByDecider`). The
 * appeal ends with an outcome and a reply the platform shows the sender, delivered by the
 * `appeal.decided` webhook; an upheld appeal removes the strikes the message brought.
 *
 * Templates are replies (to the user) and notes (internal) with {userName}, {rule} and {policyLink};
 * admins manage them; the console picks one with a single key. The platform's own guidance (the
 * polite reply to a parent asking for contact details, the route to tech support) ships as defaults.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { appendAudit } from '../store/audit-log.js';
import type { Tx } from '../store/open-store.js';
import { requireModerator, requireScope } from './auth.js';
import { newId } from './ids.js';
import { enqueueWebhooks } from './message-lifecycle.js';
import { requirePermission } from './permissions.js';
import { forbidden, notFound, ProblemError } from './problem.js';
import { idParams, problemSchema } from './schemas.js';
import { mayDecide } from './routes-claims.js';
import { parseJson } from './views.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const open = { type: 'object', additionalProperties: true } as const;

/** Fill a template's {variables}; unknown ones are left as written. */
export function renderTemplate(body: string, vars: Record<string, string>): string {
  return body.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Register the appeal and template routes. */
export async function appealRoutes(app: FastifyInstance, opts: { appealsByDecider?: boolean; policyLink?: string }): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;
  const byDecider = opts.appealsByDecider ?? process.env.CHAPERONE_APPEALS_BY_DECIDER === '1';
  const policyLink = opts.policyLink ?? process.env.CHAPERONE_POLICY_LINK ?? 'https://www.mytutor.co.uk/code-of-conduct';
  const fourEyes = () => (ctx.policy.review?.safeguardingRelease ?? 'lead') === 'lead_or_four_eyes';
  const audit = async (tx: Tx, actor: string, action: string, subject: string, details: Record<string, unknown>) => {
    await appendAudit(tx, store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString());
    ctx.chainer.poke();
  };

  app.post<{ Params: { id: string }; Body: { senderId: string; statement: string } }>(
    '/v1/messages/:id/appeal',
    {
      schema: {
        tags: ['appeals'],
        summary: 'The sender appeals a held or blocked message, once (platform API key, on their behalf)',
        params: idParams,
        body: { type: 'object', required: ['senderId', 'statement'], additionalProperties: false, properties: { senderId: { type: 'string', minLength: 1, maxLength: 200 }, statement: { type: 'string', minLength: 3, maxLength: 1000 } } },
        response: { 201: { type: 'object', properties: { appeal: open } }, ...problems },
      },
    },
    async (req, reply) => {
      const p = requireScope(await ctx.auth.principal(req), 'messages:write');
      const out = await store.transaction(async (tx) => {
        const m = await tx.selectFrom('messages').select(['id', 'sender_id', 'action', 'status', 'concern']).where('id', '=', req.params.id).executeTakeFirst();
        if (!m) throw notFound('message', req.params.id);
        if (m.sender_id !== req.body.senderId) throw forbidden('only the sender of a message may appeal it');
        const review = await tx.selectFrom('reviews').select(['id', 'queue', 'status', 'decided_by']).where('message_id', '=', m.id).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
        const stopped = m.status === 'held' || m.status === 'blocked' || m.action === 'block' || m.action === 'hold';
        if (!stopped) throw new ProblemError(409, 'not-appealable', 'only a held or blocked message can be appealed');
        const existing = await tx.selectFrom('appeals').select('id').where('message_id', '=', m.id).executeTakeFirst();
        if (existing) throw new ProblemError(409, 'already-appealed', 'this message was already appealed: a sender appeals once');
        const at = ctx.now().toISOString();
        const appeal = {
          id: newId('apl'), message_id: m.id, review_id: review?.id ?? null, queue: review?.queue ?? (m.concern === 'safeguarding' ? 'safeguarding' : 'leakage'), sender_id: m.sender_id,
          statement: req.body.statement.trim(), status: 'open', original_decider: review?.decided_by ?? null, created_at: at, decided_by: null, decided_at: null, outcome: null, reply: null, template_id: null,
        };
        await tx.insertInto('appeals').values(appeal).execute();
        await audit(tx, `apikey:${p.id}`, 'appeal.opened', review?.id ?? m.id, { appealId: appeal.id, messageId: m.id, statement: appeal.statement });
        return appeal;
      });
      return reply.code(201).send({ appeal: { id: out.id, messageId: out.message_id, status: out.status, createdAt: out.created_at } });
    },
  );

  app.get<{ Querystring: { status?: 'open' | 'decided' } }>(
    '/v1/appeals',
    {
      schema: {
        tags: ['appeals'],
        summary: 'The appeals queue, oldest first (moderators, leads, admins); each says whether the caller may decide it (not the original decider)',
        querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'decided'] } } },
        response: { 200: { type: 'object', properties: { appeals: { type: 'array', items: open } } }, ...problems },
      },
    },
    async (req) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      requirePermission(mod.role, 'queues.read', 'read appeals');
      let q = store.db.selectFrom('appeals').innerJoin('messages', 'messages.id', 'appeals.message_id').selectAll('appeals').select(['messages.redacted_text', 'messages.decision', 'messages.conversation_id', 'messages.sender_role']);
      q = req.query.status === 'decided' ? q.where('appeals.status', '!=', 'open') : q.where('appeals.status', '=', 'open');
      const rows = await q.orderBy('appeals.created_at', 'asc').limit(200).execute();
      const ids = [...new Set(rows.flatMap((r) => [r.original_decider, r.decided_by]).filter((x): x is string => !!x))];
      const who = new Map((ids.length ? await store.db.selectFrom('moderators').select(['id', 'email', 'name']).where('id', 'in', ids).execute() : []).map((m) => [m.id, { id: m.id, email: m.email, name: m.name ?? null }]));
      const convs = [...new Set(rows.map((r) => r.conversation_id))];
      const names = new Map((convs.length ? await store.db.selectFrom('participants').select(['conversation_id', 'user_id', 'name']).where('conversation_id', 'in', convs).execute() : []).map((p) => [`${p.conversation_id}\u0000${p.user_id}`, p.name]));
      return {
        appeals: rows.map((r) => {
          const rules = parseJson<{ reasons?: { rule: string }[] }>(r.decision, {}).reasons?.map((x) => x.rule) ?? [];
          const mayByRole = mayDecide(mod.role, { queue: r.queue, trigger: 'hold' }, fourEyes());
          const isDecider = !!r.original_decider && r.original_decider === mod.id && !byDecider;
          return {
            id: r.id, messageId: r.message_id, reviewId: r.review_id, queue: r.queue, senderId: r.sender_id, senderRole: r.sender_role, statement: r.statement, status: r.status,
            createdAt: r.created_at, preview: r.redacted_text, rules, originalDecider: r.original_decider ? (who.get(r.original_decider) ?? { id: r.original_decider, email: null, name: null }) : null,
            decidedBy: r.decided_by ? (who.get(r.decided_by) ?? null) : null, decidedAt: r.decided_at, outcome: r.outcome, reply: r.reply,
            mayDecide: r.status === 'open' && mayByRole && !isDecider,
            whyNot: r.status !== 'open' ? 'decided' : !mayByRole ? `only someone who may decide the ${r.queue} queue` : isDecider ? 'you decided the original: another moderator decides the appeal' : null,
            vars: { userName: names.get(`${r.conversation_id}\u0000${r.sender_id}`) ?? r.sender_id, rule: rules[0] ?? '', policyLink },
          };
        }),
      };
    },
  );

  app.post<{ Params: { id: string }; Body: { outcome: 'upheld' | 'rejected'; reply?: string; templateId?: string } }>(
    '/v1/appeals/:id/decision',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Decide an appeal (a moderator or lead who may decide its queue, other than the original decider): upheld removes the strikes the message brought; the reply goes to the platform by the appeal.decided webhook',
        params: idParams,
        body: { type: 'object', required: ['outcome'], additionalProperties: false, properties: { outcome: { type: 'string', enum: ['upheld', 'rejected'] }, reply: { type: 'string', maxLength: 5000 }, templateId: { type: 'string', maxLength: 200 } } },
        response: { 200: { type: 'object', properties: { appeal: open, strikesRemoved: { type: 'integer' } } }, ...problems },
      },
    },
    async (req) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      requirePermission(mod.role, 'reviews.decide.leakage', 'decide appeals');
      return store.transaction(async (tx) => {
        const q = tx.selectFrom('appeals').selectAll().where('id', '=', req.params.id);
        const a = await (store.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
        if (!a) throw notFound('appeal', req.params.id);
        if (!mayDecide(mod.role, { queue: a.queue, trigger: 'hold' }, fourEyes())) throw forbidden(`only someone who may decide the ${a.queue} queue may decide this appeal`);
        if (a.original_decider === mod.id && !byDecider) throw new ProblemError(409, 'same-moderator', 'you decided the original: another moderator must decide the appeal');
        if (a.status !== 'open') throw new ProblemError(409, 'appeal-closed', `this appeal was already decided (${a.outcome})`);
        let reply = req.body.reply?.trim() ?? '';
        const m = await tx.selectFrom('messages').select(['id', 'conversation_id', 'decision']).where('id', '=', a.message_id).executeTakeFirstOrThrow();
        if (req.body.templateId) {
          const t = await tx.selectFrom('templates').select(['body']).where('id', '=', req.body.templateId).executeTakeFirst();
          if (!t) throw notFound('template', req.body.templateId);
          if (!reply) {
            const name = await tx.selectFrom('participants').select('name').where('conversation_id', '=', m.conversation_id).where('user_id', '=', a.sender_id).executeTakeFirst();
            const rule = parseJson<{ reasons?: { rule: string }[] }>(m.decision, {}).reasons?.[0]?.rule ?? '';
            reply = renderTemplate(t.body, { userName: name?.name ?? a.sender_id, rule, policyLink });
          }
        }
        if (!reply) throw new ProblemError(400, 'validation', 'an appeal decision needs a reply for the sender (or a template)', [{ path: '/reply', message: 'required' }]);
        const at = ctx.now().toISOString();
        await tx.updateTable('appeals').set({ status: req.body.outcome, outcome: req.body.outcome, decided_by: mod.id, decided_at: at, reply, template_id: req.body.templateId ?? null }).where('id', '=', a.id).execute();
        let strikesRemoved = 0;
        if (req.body.outcome === 'upheld') {
          const strikes = await tx.selectFrom('strikes').select(['id']).where('message_id', '=', a.message_id).where('removed_at', 'is', null).execute();
          for (const s of strikes) {
            await tx.updateTable('strikes').set({ removed_at: at, removed_by: mod.id, removed_reason: `appeal ${a.id} upheld` }).where('id', '=', s.id).execute();
            await audit(tx, `moderator:${mod.id}`, 'strike.removed', a.sender_id, { strikeId: s.id, reason: `appeal ${a.id} upheld`, appealId: a.id });
          }
          strikesRemoved = strikes.length;
        }
        await audit(tx, `moderator:${mod.id}`, 'appeal.decided', a.review_id ?? a.message_id, { appealId: a.id, messageId: a.message_id, outcome: req.body.outcome, reply, templateId: req.body.templateId ?? null, strikesRemoved });
        if (ctx.webhooksEnabled) await enqueueWebhooks(tx, [{ type: 'appeal.decided', data: { appealId: a.id, messageId: a.message_id, senderId: a.sender_id, outcome: req.body.outcome, reply, strikesRemoved } }], at);
        return { appeal: { id: a.id, messageId: a.message_id, status: req.body.outcome, outcome: req.body.outcome, reply, decidedAt: at, decidedBy: mod.id }, strikesRemoved };
      });
    },
  );

  app.post<{ Params: { id: string }; Body: { text?: string; templateId?: string } }>(
    '/v1/reviews/:id/message-to-user',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Write to the sender of a reviewed message (moderators and leads), typed or from a template: kept in the case history as a note to the user and delivered to the platform by the user.message webhook',
        params: idParams,
        body: { type: 'object', additionalProperties: false, properties: { text: { type: 'string', maxLength: 5000 }, templateId: { type: 'string', maxLength: 200 } } },
        response: { 201: { type: 'object', properties: { note: open } }, ...problems },
      },
    },
    async (req, reply) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      requirePermission(mod.role, 'reviews.note', 'write to users');
      const out = await store.transaction(async (tx) => {
        const review = await tx.selectFrom('reviews').select(['id', 'message_id', 'sender_id', 'conversation_id']).where('id', '=', req.params.id).executeTakeFirst();
        if (!review) throw notFound('review', req.params.id);
        let text = req.body.text?.trim() ?? '';
        if (!text && req.body.templateId) {
          const t = await tx.selectFrom('templates').select(['body']).where('id', '=', req.body.templateId).executeTakeFirst();
          if (!t) throw notFound('template', req.body.templateId);
          const m = await tx.selectFrom('messages').select(['decision']).where('id', '=', review.message_id).executeTakeFirstOrThrow();
          const name = await tx.selectFrom('participants').select('name').where('conversation_id', '=', review.conversation_id).where('user_id', '=', review.sender_id).executeTakeFirst();
          text = renderTemplate(t.body, { userName: name?.name ?? review.sender_id, rule: parseJson<{ reasons?: { rule: string }[] }>(m.decision, {}).reasons?.[0]?.rule ?? '', policyLink });
        }
        if (!text) throw new ProblemError(400, 'validation', 'write the message, or pick a template', [{ path: '/text', message: 'required' }]);
        const at = ctx.now().toISOString();
        const note = { id: newId('note'), review_id: review.id, subject: review.sender_id, author: mod.id, note: text, created_at: at, kind: 'to_user' };
        await tx.insertInto('notes').values(note).execute();
        await audit(tx, `moderator:${mod.id}`, 'review.user_messaged', review.id, { noteId: note.id, templateId: req.body.templateId ?? null });
        if (ctx.webhooksEnabled) await enqueueWebhooks(tx, [{ type: 'user.message', data: { userId: review.sender_id, reviewId: review.id, messageId: review.message_id, text } }], at);
        return { id: note.id, reviewId: review.id, kind: 'to_user', note: text, createdAt: at };
      });
      return reply.code(201).send({ note: out });
    },
  );

  const templateBody = {
    type: 'object',
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      purpose: { type: 'string', enum: ['reply', 'note'] },
      shortcut: { type: ['string', 'null'], pattern: '^[1-9]$' },
      body: { type: 'string', minLength: 1, maxLength: 5000 },
    },
  } as const;
  const templateView = (t: { id: string; name: string; purpose: string; shortcut: string | null; body: string; updated_at: string }) => ({ id: t.id, name: t.name, purpose: t.purpose, shortcut: t.shortcut, body: t.body, updatedAt: t.updated_at });

  app.get('/v1/templates', { schema: { tags: ['templates'], summary: 'Reply and note templates with {userName}, {rule}, {policyLink} (moderators, leads, admins)', response: { 200: { type: 'object', properties: { templates: { type: 'array', items: open }, variables: { type: 'array', items: { type: 'string' } }, policyLink: { type: 'string' } } }, ...problems } } }, async (req) => {
    const p = requireModerator(await ctx.auth.principal(req));
    requirePermission(p.role, 'queues.read', 'read templates');
    const rows = await store.db.selectFrom('templates').selectAll().orderBy('shortcut', 'asc').orderBy('name', 'asc').execute();
    return { templates: rows.map(templateView), variables: ['userName', 'rule', 'policyLink'], policyLink };
  });

  app.post<{ Body: { name: string; purpose: 'reply' | 'note'; shortcut?: string | null; body: string } }>(
    '/v1/templates',
    { schema: { tags: ['templates'], summary: 'Add a template (admin)', body: { ...templateBody, required: ['name', 'purpose', 'body'] }, response: { 201: { type: 'object', properties: { template: open } }, ...problems } } },
    async (req, reply) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'templates.manage', 'manage templates');
      const at = ctx.now().toISOString();
      const t = { id: newId('tpl'), name: req.body.name, purpose: req.body.purpose, shortcut: req.body.shortcut ?? null, body: req.body.body, created_by: p.id, created_at: at, updated_at: at };
      await store.transaction(async (tx) => {
        await tx.insertInto('templates').values(t).execute();
        await audit(tx, `moderator:${p.id}`, 'template.added', t.id, { name: t.name });
      });
      return reply.code(201).send({ template: templateView(t) });
    },
  );

  app.patch<{ Params: { id: string }; Body: { name?: string; purpose?: 'reply' | 'note'; shortcut?: string | null; body?: string } }>(
    '/v1/templates/:id',
    { schema: { tags: ['templates'], summary: 'Change a template (admin)', params: idParams, body: templateBody, response: { 200: { type: 'object', properties: { template: open } }, ...problems } } },
    async (req) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'templates.manage', 'manage templates');
      return store.transaction(async (tx) => {
        const t = await tx.selectFrom('templates').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!t) throw notFound('template', req.params.id);
        const next = { ...t, ...Object.fromEntries(Object.entries(req.body).filter(([, v]) => v !== undefined)), updated_at: ctx.now().toISOString() };
        await tx.updateTable('templates').set({ name: next.name, purpose: next.purpose, shortcut: next.shortcut, body: next.body, updated_at: next.updated_at }).where('id', '=', t.id).execute();
        await audit(tx, `moderator:${p.id}`, 'template.changed', t.id, { fields: Object.keys(req.body) });
        return { template: templateView(next) };
      });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/templates/:id',
    { schema: { tags: ['templates'], summary: 'Remove a template (admin)', params: idParams, response: { 200: { type: 'object', properties: { removed: { type: 'boolean' } } }, ...problems } } },
    async (req) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'templates.manage', 'manage templates');
      return store.transaction(async (tx) => {
        const res = await tx.deleteFrom('templates').where('id', '=', req.params.id).executeTakeFirst();
        if (!Number(res.numDeletedRows ?? 0)) throw notFound('template', req.params.id);
        await audit(tx, `moderator:${p.id}`, 'template.removed', req.params.id, {});
        return { removed: true };
      });
    },
  );
}
