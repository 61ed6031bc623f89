/**
 * Moderator routes: review queues, reviews and decisions, notes, sealed originals, conversations,
 * users' standing and strikes, the audit log and daily statistics.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import { sql } from 'kysely';
import { appendAudit, listAudit } from '../store/audit-log.js';
import { checkAgainstCheckpoints, countMessages, readCheckpoints } from './audit-checkpoints.js';
import type { Selectable } from 'kysely';
import type { Tx } from '../store/open-store.js';
import type { MessagesTable, ReviewsTable } from '../store/schema.js';
import { requireModerator, type ModeratorRole } from './auth.js';
import { can, requirePermission, type Permission } from './permissions.js';
import { newId } from './ids.js';
import { enqueueWebhooks } from './message-lifecycle.js';
import { notFound, ProblemError } from './problem.js';
import { idParams, noteBodySchema, originalBodySchema, pageQuerySchema, problemSchema, queueQuerySchema, reviewDecisionBodySchema, strikeBodySchema, strikeRemovalBodySchema } from './schemas.js';
import { parseJson } from './views.js';
import { cueWords } from '../policy/cues.js';
import { liveClaim, dropClaim } from '../store/claims.js';
import { claimView, requireNotClaimedByOther } from './routes-claims.js';

const QUEUES = ['safeguarding', 'leakage'] as const;
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

const open = { type: 'object', additionalProperties: true } as const;

interface QueueQuery {
  status?: 'open' | 'closed';
  kind?: string;
  role?: string;
  senderId?: string;
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

function reviewView(r: { id: string; queue: string; status: string; created_at: string; decided_at: string | null; decided_by: string | null; outcome: string | null; message_id: string; trigger?: string }) {
  const out: Record<string, unknown> = { id: r.id, queue: r.queue, status: r.status, createdAt: r.created_at, messageId: r.message_id, trigger: r.trigger ?? 'hold' };
  if (r.decided_at) out.decidedAt = r.decided_at;
  if (r.decided_by) out.decidedBy = r.decided_by;
  if (r.outcome) out.outcome = r.outcome;
  return out;
}

/** Plain words for kinds in a release confirmation ("phone number"). */
const KIND_WORDS: Record<string, string> = {
  phone: 'phone number', email: 'email address', url: 'link to another website', social: 'social media account',
  platform: 'invitation to another app', payment: 'payment outside the platform', address: 'home address', request: 'request for contact details',
};
/** Kinds that hand the recipient a way to reach the sender elsewhere. */
const CONTACT_KINDS = new Set(['phone', 'email', 'url', 'social', 'platform', 'address']);
const AGE_WORDS: Record<string, string> = { under13: 'under 13', '13-17': '13–17', adult: 'adult' };

type ModeratorPrincipal = { id: string; email: string; role: ModeratorRole };
type ReviewRow = Selectable<ReviewsTable>;
type MessageRow = Selectable<MessagesTable>;

/** Could the recipient be a child? A student (or unknown recipient) whose age band is not adult. */
function recipientMayBeChild(r: ReviewRow): boolean {
  const role = r.recipient_role ?? 'unknown';
  return (role === 'student' || role === 'unknown') && r.student_age !== 'adult';
}

/**
 * What releasing the original delivers, in plain words, when it hands a possible child a contact
 * detail (then the release must be confirmed); null otherwise.
 */
function releaseConfirmation(r: ReviewRow, m: MessageRow, recipientName: string | null): string | null {
  const kinds = parseJson<string[]>(m.kinds, []).filter((k) => CONTACT_KINDS.has(k));
  if (!kinds.length || !recipientMayBeChild(r)) return null;
  const what = kinds.map((k) => KIND_WORDS[k] ?? k).join(', ');
  const who = recipientName ? `${recipientName} (${r.recipient_id})` : (r.recipient_id ?? 'the recipient');
  const age = r.student_age ? AGE_WORDS[r.student_age] ?? r.student_age : 'age unknown';
  return `This delivers the original message, with the ${m.sender_role}'s ${what}, to ${who}, a ${r.recipient_role === 'student' ? 'student' : 'recipient'} who may be a child (${age}). It cannot be undone.`;
}

/** Register the moderator routes. */
export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;
  const reviewSettings = () => ctx.policy.review ?? { safeguardingRelease: 'lead' as const, holdAfterDeliveredFragments: false };
  /** The signed-in moderator, who must have `permission` (403 names who does). */
  const moderator = async (req: Parameters<typeof ctx.auth.principal>[0], permission: Permission = 'queues.read', what = 'do this'): Promise<ModeratorPrincipal> => {
    const p = requireModerator(await ctx.auth.principal(req));
    requirePermission(p.role, permission, what);
    return p;
  };
  const audit = async (tx: Tx, actor: string, action: string, subject: string, details: Record<string, unknown>) => {
    await appendAudit(tx, store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString());
    ctx.chainer.poke();
  };
  /** Moderators by id: email and name (notes, decisions and the audit log show people, not ids). */
  const people = async (ids: (string | null | undefined)[]) => {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    const out = new Map<string, { email: string; name: string | null; role: string }>();
    if (!wanted.length) return out;
    const rows = await store.db.selectFrom('moderators').select(['id', 'email', 'name', 'role']).where('id', 'in', wanted).execute();
    for (const r of rows) out.set(r.id, { email: r.email, name: r.name ?? null, role: r.role });
    return out;
  };
  /** Participant names by conversation and user. */
  const participantNames = async (conversationIds: string[], db: Tx | typeof store.db = store.db) => {
    const out = new Map<string, string>();
    const ids = [...new Set(conversationIds)];
    const rows = ids.length ? await db.selectFrom('participants').select(['conversation_id', 'user_id', 'name']).where('conversation_id', 'in', ids).execute() : [];
    for (const r of rows) if (r.name) out.set(`${r.conversation_id}\u0000${r.user_id}`, r.name);
    return { get: (conv: string, user: string | null | undefined) => (user ? (out.get(`${conv}\u0000${user}`) ?? null) : null) };
  };
  const personView = (id: string | null, map: Map<string, { email: string; name: string | null }>) => {
    if (!id) return null;
    const p = map.get(id);
    return { id, email: p?.email ?? null, name: p?.name ?? null };
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
        summary: 'Items of one queue, by priority (highest first) then age (oldest first), paged by cursor',
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
      if (q.senderId) base = base.where('reviews.sender_id', '=', q.senderId);
      if (q.from) base = base.where('reviews.created_at', '>=', new Date(q.from).toISOString());
      if (q.to) base = base.where('reviews.created_at', '<=', new Date(q.to).toISOString());
      const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      let page = base;
      if (q.cursor) {
        const [prio, at, id] = decodeCursor(q.cursor);
        page = page.where((eb) =>
          eb.or([
            eb('reviews.priority', '<', prio),
            eb.and([eb('reviews.priority', '=', prio), eb('reviews.created_at', '>', at)]),
            eb.and([eb('reviews.priority', '=', prio), eb('reviews.created_at', '=', at), eb('reviews.id', '>', id)]),
          ]),
        );
      }
      const rows = await page
        .innerJoin('messages', 'messages.id', 'reviews.message_id')
        .select([
          'reviews.id', 'reviews.message_id', 'reviews.conversation_id', 'reviews.sender_id', 'reviews.sender_role', 'reviews.action', 'reviews.severity', 'reviews.priority',
          'reviews.priority_parts', 'reviews.kinds', 'reviews.created_at', 'reviews.recipient_id', 'reviews.recipient_role', 'reviews.student_age', 'reviews.stage',
          'reviews.delivered_fragments', 'reviews.do_not_release_note', 'reviews.release_requested_by', 'reviews.decided_by', 'reviews.decided_at', 'reviews.outcome', 'reviews.trigger', 'reviews.conversation_risk', 'messages.redacted_text',
        ])
        .orderBy('reviews.priority', 'desc')
        .orderBy('reviews.created_at', 'asc')
        .orderBy('reviews.id', 'asc')
        .limit(limit + 1)
        .execute();
      const shown = rows.slice(0, limit);
      const names = await participantNames(shown.map((r) => r.conversation_id));
      const senders = [...new Set(shown.map((r) => r.sender_id))];
      const openBySender = new Map<string, number>();
      if (senders.length) {
        const counts = await store.db
          .selectFrom('reviews')
          .select(['sender_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('status', '=', 'open')
          .where('sender_id', 'in', senders)
          // Holds only: a cue flag (issue 20) holds no message.
          .where('trigger', '=', 'hold')
          .groupBy('sender_id')
          .execute();
        for (const c of counts) openBySender.set(c.sender_id, Number(c.n));
      }
      const deciders = await people(shown.map((r) => r.decided_by));
      const items = shown.map((r) => ({
        reviewId: r.id,
        messageId: r.message_id,
        conversationId: r.conversation_id,
        senderId: r.sender_id,
        senderName: names.get(r.conversation_id, r.sender_id),
        senderRole: r.sender_role,
        recipientId: r.recipient_id,
        recipientName: names.get(r.conversation_id, r.recipient_id),
        recipientRole: r.recipient_role,
        studentAge: r.student_age,
        stage: r.stage,
        action: r.action,
        severity: Number(r.severity),
        priority: Number(r.priority),
        priorityParts: parseJson<{ label: string; points: number }[]>(r.priority_parts, []),
        senderOpenHolds: openBySender.get(r.sender_id) ?? 0,
        deliveredFragments: Number(r.delivered_fragments),
        doNotRelease: !!r.do_not_release_note,
        releaseRequested: !!r.release_requested_by,
        decidedBy: personView(r.decided_by, deciders),
        decidedAt: r.decided_at,
        outcome: r.outcome,
        kinds: parseJson<string[]>(r.kinds, []),
        trigger: r.trigger,
        conversationRisk: r.conversation_risk === null ? null : Number(r.conversation_risk),
        createdAt: r.created_at,
        preview: r.redacted_text,
      }));
      const last = rows.length > limit ? rows[limit - 1] : null;
      return { items, total: Number(totalRow?.n ?? 0), nextCursor: last ? encodeCursor([Number(last.priority), last.created_at, last.id]) : null };
    },
  );

  async function loadReview(id: string) {
    const review = await store.db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    if (!review) throw notFound('review', id);
    const message = await store.db.selectFrom('messages').selectAll().where('id', '=', review.message_id).executeTakeFirstOrThrow();
    return { review, message };
  }

  /** What `mod` may do with this review now, and what a release would need. */
  function actionsFor(mod: ModeratorPrincipal, review: ReviewRow, message: MessageRow, recipientName: string | null) {
    const isOpen = review.status === 'open';
    const safeguarding = review.queue === 'safeguarding';
    const fourEyes = reviewSettings().safeguardingRelease === 'lead_or_four_eyes';
    const lead = can(mod.role, 'reviews.decide.safeguarding');
    const decides = safeguarding ? lead || (fourEyes && can(mod.role, 'reviews.decide.leakage')) : can(mod.role, 'reviews.decide.leakage');
    const blocked = !!review.do_not_release_note;
    const awaitingOther = !!review.release_requested_by && review.release_requested_by !== mod.id;
    if (review.trigger === 'cues') {
      // A flag holds nothing: there is nothing to release or reject, only to close (with a reason).
      return {
        release: false, releaseRedacted: false, reject: false, close: isOpen && lead,
        note: can(mod.role, 'reviews.note'), doNotRelease: false, openOriginal: can(mod.role, 'originals.open'), strike: can(mod.role, 'strikes.write'),
        releaseNeeds: { reason: false, confirmation: null, secondModerator: false, approving: false },
      };
    }
    return {
      close: false,
      release: isOpen && decides && !blocked && !(safeguarding && !lead && review.release_requested_by === mod.id),
      releaseRedacted: isOpen && decides && !blocked,
      reject: isOpen && decides,
      note: can(mod.role, 'reviews.note'),
      doNotRelease: isOpen && can(mod.role, 'reviews.do_not_release') && !blocked,
      openOriginal: can(mod.role, 'originals.open'),
      strike: can(mod.role, 'strikes.write'),
      releaseNeeds: {
        reason: safeguarding,
        confirmation: releaseConfirmation(review, message, recipientName),
        // Four eyes: a moderator's release is a request until a second, different moderator approves.
        secondModerator: safeguarding && !lead && fourEyes,
        approving: safeguarding && !lead && fourEyes && awaitingOther,
      },
    };
  }

  /**
   * The conversation's safeguarding cues, oldest first: which message, who wrote it, which cue in
   * plain words, why and how sure. The text is the redacted one moderators see anyway.
   */
  async function cueTimelineOf(conversationId: string, names: Awaited<ReturnType<typeof participantNames>>) {
    const rows = await store.db
      .selectFrom('messages')
      .select(['id', 'seq', 'sender_id', 'sender_role', 'status', 'redacted_text', 'sent_at', 'created_at', 'cues'])
      .where('conversation_id', '=', conversationId)
      .where('cues', 'is not', null)
      .orderBy('seq', 'asc')
      .execute();
    return rows.map((m) => ({
      messageId: m.id,
      seq: Number(m.seq),
      senderId: m.sender_id,
      senderName: names.get(conversationId, m.sender_id),
      senderRole: m.sender_role,
      status: m.status,
      sentAt: m.sent_at ?? m.created_at,
      text: m.redacted_text,
      cues: parseJson<{ cue: string; start: number; end: number; score: number; why: string[] }[]>(m.cues, []).map((c) => ({ cue: c.cue, words: cueWords(c.cue), start: c.start, end: c.end, score: c.score, why: c.why })),
    }));
  }

  app.get<{ Params: { id: string } }>('/v1/reviews/:id', { schema: { tags: ['moderation'], summary: 'One review: the decision, reasons, nudge, notes and who decided; then the message and its conversation (delivered fragments of an assembled detail marked)', params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    const mod = await moderator(req);
    const { review, message } = await loadReview(req.params.id);
    const conversation = await store.db
      .selectFrom('messages')
      .select(['id', 'sender_id', 'sender_role', 'status', 'redacted_text', 'created_at', 'kinds'])
      .where('conversation_id', '=', message.conversation_id)
      .orderBy('seq', 'asc')
      .execute();
    const notes = await store.db.selectFrom('notes').select(['id', 'note', 'author', 'created_at', 'kind']).where('review_id', '=', review.id).orderBy('created_at', 'asc').execute();
    const who = await people([...notes.map((n) => n.author), review.decided_by, review.release_requested_by]);
    const names = await participantNames([message.conversation_id]);
    const findings = parseJson<{ messageIds?: string[] }[]>(message.findings, []);
    const fragmentIds = new Set(findings.flatMap((f) => f.messageIds ?? []).filter((id) => id !== message.id));
    const recipientName = names.get(message.conversation_id, review.recipient_id);
    const dnr = notes.find((n) => n.id === review.do_not_release_note);
    const cueTimeline = await cueTimelineOf(message.conversation_id, names);
    const claim = review.status === 'open' ? await liveClaim(store.db, review.id, ctx.now()) : null;
    return {
      claim: claim ? claimView(claim, mod.id) : null,
      review: {
        ...reviewView(review),
        conversationRisk: review.conversation_risk === null ? null : Number(review.conversation_risk),
        decidedBy: personView(review.decided_by, who),
        decisionReason: review.decision_reason,
        priority: Number(review.priority),
        priorityParts: parseJson(review.priority_parts, []),
        recipient: review.recipient_id ? { id: review.recipient_id, name: recipientName, role: review.recipient_role } : null,
        studentAge: review.student_age,
        stage: review.stage,
        deliveredFragments: Number(review.delivered_fragments),
        doNotRelease: dnr ? { noteId: dnr.id, note: dnr.note, by: personView(dnr.author, who), at: dnr.created_at } : null,
        releaseRequest: review.release_requested_by ? { by: personView(review.release_requested_by, who), at: review.release_requested_at, reason: review.release_reason } : null,
        notes: notes.map((n) => ({ id: n.id, note: n.note, kind: n.kind, author: n.author, authorEmail: who.get(n.author)?.email ?? null, authorName: who.get(n.author)?.name ?? null, createdAt: n.created_at })),
      },
      actions: actionsFor(mod, review, message, recipientName),
      cueTimeline,
      message: { ...messageView(message), senderName: names.get(message.conversation_id, message.sender_id), recipientId: message.recipient_id },
      decision: parseJson(message.decision, {}),
      findings,
      conversation: conversation.map((m) => {
        const out: Record<string, unknown> = { id: m.id, senderId: m.sender_id, senderName: names.get(message.conversation_id, m.sender_id), senderRole: m.sender_role, status: m.status, redactedText: m.redacted_text, createdAt: m.created_at, kinds: parseJson<string[]>(m.kinds, []) };
        // The recipient already has this one: it carries part of the detail the held message completes.
        if (fragmentIds.has(m.id)) out.partOfDetail = { heldMessageId: message.id, delivered: m.status === 'delivered' || m.status === 'delivered_redacted' };
        return out;
      }),
    };
  });

  app.post<{ Params: { id: string }; Body: { outcome: 'release' | 'release_redacted' | 'reject' | 'close'; note?: string; reason?: string; confirm?: boolean } }>(
    '/v1/reviews/:id/decision',
    { schema: { tags: ['moderation'], summary: 'Decide a review: release, release redacted or reject (a safeguarding release needs a reason, a lead or four eyes, and confirmation when it hands a possible child a contact detail)', params: idParams, body: reviewDecisionBodySchema, response: { 200: { type: 'object', properties: { review: open, message: open } }, 202: { type: 'object', properties: { review: open, message: open, awaiting: { type: 'string' } } }, ...problems } } },
    async (req, reply) => {
      const mod = requireModerator(await ctx.auth.principal(req));
      const { outcome, note } = req.body;
      const reason = req.body.reason?.trim() || '';
      const out = await store.transaction(async (tx) => {
        const q = tx.selectFrom('reviews').selectAll().where('id', '=', req.params.id);
        const review = await (store.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
        if (!review) throw notFound('review', req.params.id);
        const message = await tx.selectFrom('messages').selectAll().where('id', '=', review.message_id).executeTakeFirstOrThrow();
        const safeguarding = review.queue === 'safeguarding';
        const lead = can(mod.role, 'reviews.decide.safeguarding');
        const fourEyes = reviewSettings().safeguardingRelease === 'lead_or_four_eyes';
        if (safeguarding && !lead && !(fourEyes && can(mod.role, 'reviews.decide.leakage'))) {
          requirePermission(mod.role, 'reviews.decide.safeguarding', 'decide a safeguarding hold');
        }
        if (!safeguarding) requirePermission(mod.role, 'reviews.decide.leakage', 'decide a review');
        if (review.status !== 'open') throw new ProblemError(409, 'review-closed', `this review was already decided (${review.outcome})`);
        // Issue 19: someone else's live claim must be taken over first.
        await requireNotClaimedByOther(tx, review.id, mod.id, ctx.now());
        if (review.trigger === 'cues' || outcome === 'close') {
          // A cue flag holds nothing: a lead closes it, saying why; a hold cannot be "closed".
          if (review.trigger !== 'cues') throw new ProblemError(409, 'not-a-flag', 'only a safeguarding-cue flag is closed; a held message is released or rejected');
          if (outcome !== 'close') throw new ProblemError(409, 'flag-holds-nothing', 'a safeguarding-cue flag holds no message: close it (with a reason) instead');
          requirePermission(mod.role, 'reviews.decide.safeguarding', 'close a safeguarding-cue flag');
          if (!reason) throw new ProblemError(400, 'validation', 'closing a safeguarding-cue flag needs a reason', [{ path: '/reason', message: 'required to close a safeguarding-cue flag' }]);
          const at = ctx.now().toISOString();
          await tx.updateTable('reviews').set({ status: 'closed', decided_at: at, decided_by: mod.id, outcome: 'close', decision_reason: reason }).where('id', '=', review.id).execute();
          await dropClaim(tx, review.id);
          if (note) await tx.insertInto('notes').values({ id: newId('note'), review_id: review.id, subject: message.sender_id, author: mod.id, note, created_at: at, kind: 'note' }).execute();
          await audit(tx, `moderator:${mod.id}`, 'review.decided', review.id, { messageId: message.id, queue: review.queue, trigger: 'cues', outcome: 'close', reason, noted: !!note });
          const updated = { ...review, status: 'closed', decided_at: at, decided_by: mod.id, outcome: 'close' };
          return { done: { review: { ...reviewView(updated), decisionReason: reason }, message: { ...messageView(message), deliveredText: message.delivered_text } } };
        }
        const delivers = outcome === 'release' || outcome === 'release_redacted';
        if (delivers && review.do_not_release_note) {
          await audit(tx, `moderator:${mod.id}`, 'review.release_refused', review.id, { messageId: message.id, outcome, why: 'do_not_release', noteId: review.do_not_release_note });
          return { refused: new ProblemError(409, 'do-not-release', 'a safeguarding lead marked this item "do not release": it can only be rejected') };
        }
        if (safeguarding && delivers && !reason) {
          throw new ProblemError(400, 'validation', 'releasing a safeguarding hold needs a reason', [{ path: '/reason', message: 'required to release a safeguarding hold' }]);
        }
        if (outcome === 'release') {
          // Inside the transaction: SQLite has one connection, which the transaction holds.
          const names = await participantNames([message.conversation_id], tx);
          const confirmation = releaseConfirmation(review, message, names.get(message.conversation_id, review.recipient_id));
          if (confirmation && req.body.confirm !== true) {
            throw new ProblemError(400, 'confirmation-required', `${confirmation} Send confirm: true to release.`, [{ path: '/confirm', message: 'must be true to deliver a contact detail to a possible child' }]);
          }
        }
        const at = ctx.now().toISOString();
        let approvedRequest: { by: string; reason: string | null } | null = null;
        if (safeguarding && outcome === 'release' && !lead) {
          // Four eyes: the first moderator asks; a second, different one approves and releases.
          if (!review.release_requested_by) {
            await tx.updateTable('reviews').set({ release_requested_by: mod.id, release_requested_at: at, release_reason: reason }).where('id', '=', review.id).execute();
            await audit(tx, `moderator:${mod.id}`, 'review.release_requested', review.id, { messageId: message.id, reason });
            return { pending: { review: reviewView({ ...review }), message: messageView(message), awaiting: 'a second moderator or a safeguarding lead must approve this release' } };
          }
          if (review.release_requested_by === mod.id) throw new ProblemError(409, 'four-eyes', 'you asked for this release: a second moderator (or a safeguarding lead) must approve it');
          approvedRequest = { by: review.release_requested_by, reason: review.release_reason };
        } else if (safeguarding && outcome === 'release' && review.release_requested_by) {
          // A lead releasing what a moderator asked for approves that request too.
          approvedRequest = { by: review.release_requested_by, reason: review.release_reason };
        }
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
        await tx.updateTable('reviews').set({ status: 'closed', decided_at: at, decided_by: mod.id, outcome, decision_reason: reason || null }).where('id', '=', review.id).execute();
        await dropClaim(tx, review.id);
        if (note) await tx.insertInto('notes').values({ id: newId('note'), review_id: review.id, subject: message.sender_id, author: mod.id, note, created_at: at, kind: 'note' }).execute();
        if (approvedRequest) await audit(tx, `moderator:${mod.id}`, 'review.release_approved', review.id, { messageId: message.id, requestedBy: approvedRequest.by, requestReason: approvedRequest.reason, reason });
        await audit(tx, `moderator:${mod.id}`, 'review.decided', review.id, { messageId: message.id, queue: review.queue, outcome, status, reason: reason || null, confirmed: req.body.confirm === true, noted: !!note });
        const updated = { ...review, status: 'closed', decided_at: at, decided_by: mod.id, outcome };
        return { done: { review: { ...reviewView(updated), decisionReason: reason || null }, message: { ...messageView({ ...message, status }), deliveredText: delivered } } };
      });
      // A refusal is audited (committed above), then answered.
      if ('refused' in out) throw out.refused;
      if ('pending' in out) return reply.code(202).send(out.pending);
      return out.done;
    },
  );

  app.post<{ Params: { id: string }; Body: { note: string; doNotRelease?: boolean } }>(
    '/v1/reviews/:id/notes',
    { schema: { tags: ['moderation'], summary: 'Add a note to a review; a safeguarding lead may mark the item "do not release" (then the API refuses to release it)', params: idParams, body: noteBodySchema, response: { 201: open, ...problems } } },
    async (req, reply) => {
      const mod = await moderator(req, 'reviews.note', 'add notes');
      if (req.body.doNotRelease) requirePermission(mod.role, 'reviews.do_not_release', 'mark an item "do not release"');
      const { review } = await loadReview(req.params.id);
      const at = ctx.now().toISOString();
      const kind = req.body.doNotRelease ? 'do_not_release' : 'note';
      const note = { id: newId('note'), reviewId: review.id, author: mod.id, authorEmail: mod.email, kind, note: req.body.note, createdAt: at };
      await store.transaction(async (tx) => {
        if (kind === 'do_not_release') {
          if (review.status !== 'open') throw new ProblemError(409, 'review-closed', 'this review was already decided');
          await tx.updateTable('reviews').set({ do_not_release_note: note.id }).where('id', '=', review.id).execute();
        }
        await tx.insertInto('notes').values({ id: note.id, review_id: review.id, subject: review.sender_id, author: mod.id, note: note.note, created_at: at, kind }).execute();
        await audit(tx, `moderator:${mod.id}`, kind === 'do_not_release' ? 'review.do_not_release' : 'review.noted', review.id, kind === 'do_not_release' ? { noteId: note.id, reason: note.note } : { noteId: note.id });
      });
      return reply.code(201).send({ note });
    },
  );

  app.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/v1/messages/:id/original',
    { schema: { tags: ['moderation'], summary: 'Open the sealed original of a message (safeguarding lead; a reason is required and audited with every opening)', params: idParams, body: originalBodySchema, response: { 200: { type: 'object', properties: { text: { type: 'string' }, findings: { type: 'array', items: open } } }, ...problems } } },
    async (req) => {
      const mod = await moderator(req, 'originals.open', 'open a sealed original');
      return store.transaction(async (tx) => {
        const m = await tx.selectFrom('messages').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!m) throw notFound('message', req.params.id);
        // Unsealed messages were delivered exactly as written: their delivered text is the original.
        const text = m.sealed_ct ? ctx.sealer.open({ ct: m.sealed_ct, iv: m.sealed_iv!, tag: m.sealed_tag! }, `message:${m.id}`) : (m.delivered_text ?? '');
        await audit(tx, `moderator:${mod.id}`, 'message.original_opened', m.id, { conversationId: m.conversation_id, sealed: !!m.sealed_ct, reason: req.body.reason.trim() });
        // Findings read from attachments keep their index: their spans are in the attachment's text.
        const findings = parseJson<{ kind: string; start: number; end: number; score: number; why: string[]; attachment?: number }[]>(m.findings, []).map((f) => ({ kind: f.kind, start: f.start, end: f.end, score: f.score, why: f.why, ...(f.attachment !== undefined ? { attachment: f.attachment } : {}) }));
        return { text, findings };
      });
    },
  );

  app.get<{ Params: { id: string } }>('/v1/conversations/:id', { schema: { tags: ['moderation'], summary: 'A whole conversation with decisions (moderators); delivered messages that are part of an assembled detail are marked', params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    await moderator(req, 'conversations.read');
    const conv = await store.db.selectFrom('conversations').select('id').where('id', '=', req.params.id).executeTakeFirst();
    if (!conv) throw notFound('conversation', req.params.id);
    const rows = await store.db.selectFrom('messages').selectAll().where('conversation_id', '=', conv.id).orderBy('seq', 'asc').execute();
    const names = await participantNames([conv.id]);
    const participants = await store.db.selectFrom('participants').select(['user_id', 'role', 'name']).where('conversation_id', '=', conv.id).orderBy('created_at', 'asc').execute();
    // Which messages carry part of a detail that a later message completed (finding.messageIds).
    const partOf = new Map<string, string[]>();
    for (const m of rows) {
      for (const f of parseJson<{ messageIds?: string[] }[]>(m.findings, [])) {
        for (const id of f.messageIds ?? []) if (id !== m.id) partOf.set(id, [...new Set([...(partOf.get(id) ?? []), m.id])]);
      }
    }
    // The student's age band as the platform last gave it with a held message of this conversation.
    const band = await store.db.selectFrom('reviews').select('student_age').where('conversation_id', '=', conv.id).where('student_age', 'is not', null).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    return {
      conversation: { id: conv.id, studentAge: band?.student_age ?? null, participants: participants.map((p) => ({ id: p.user_id, role: p.role, name: p.name })) },
      messages: rows.map((m) => {
        const out: Record<string, unknown> = { id: m.id, senderId: m.sender_id, senderName: names.get(conv.id, m.sender_id), senderRole: m.sender_role, recipientId: m.recipient_id, status: m.status, redactedText: m.redacted_text, createdAt: m.created_at, decision: parseJson(m.decision, {}), findings: parseJson(m.findings, []) };
        const completes = partOf.get(m.id);
        if (completes) out.partOfDetail = { completedBy: completes, delivered: m.status === 'delivered' || m.status === 'delivered_redacted' };
        return out;
      }),
    };
  });

  async function standingOf(userId: string, db = store.db) {
    const rows = await db.selectFrom('strikes').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').execute();
    const now = ctx.now();
    const active = rows.filter((s) => !s.removed_at).map((s) => ({ weight: Number(s.weight), at: s.created_at }));
    return { rows, standing: ctx.policy.standing(active, now), now };
  }

  app.get<{ Params: { id: string } }>('/v1/users/:id', { schema: { tags: ['moderation'], summary: "A user's standing, strikes (with decay) and history", params: idParams, response: { 200: open, ...problems } } }, async (req) => {
    await moderator(req, 'users.read');
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
    const named = await store.db.selectFrom('participants').select('name').where('user_id', '=', user.id).where('name', 'is not', null).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    const who = await people(rows.flatMap((s) => [s.created_by, s.removed_by]));
    return {
      user: { id: user.id, role: user.role, name: named?.name ?? null },
      standing,
      strikes: rows.map((s) => {
        const out: Record<string, unknown> = { id: s.id, weight: Number(s.weight), reason: s.reason, createdAt: s.created_at, createdBy: s.created_by, createdByEmail: who.get(s.created_by)?.email ?? null, messageId: s.message_id, decayedWeight: s.removed_at ? 0 : ctx.policy.standing([{ weight: Number(s.weight), at: s.created_at }], now).points };
        if (s.removed_at) {
          out.removedAt = s.removed_at;
          out.removedBy = personView(s.removed_by, who);
          out.removedReason = s.removed_reason ?? null;
        }
        return out;
      }),
      history: history.map((h) => ({ messageId: h.id, conversationId: h.conversation_id, action: h.action, kinds: parseJson<string[]>(h.kinds, []), createdAt: h.created_at })),
    };
  });

  app.post<{ Params: { id: string }; Body: { weight: number; reason: string; messageId?: string } }>(
    '/v1/users/:id/strikes',
    { schema: { tags: ['moderation'], summary: 'Add a strike to a user (safeguarding lead)', params: idParams, body: strikeBodySchema, response: { 201: open, ...problems } } },
    async (req, reply) => {
      const mod = await moderator(req, 'strikes.write', 'add strikes');
      const user = await store.db.selectFrom('users').select('id').where('id', '=', req.params.id).executeTakeFirst();
      if (!user) throw notFound('user', req.params.id);
      const out = await store.transaction(async (tx) => {
        const before = await standingOf(user.id, tx);
        const at = ctx.now().toISOString();
        const id = newId('stk');
        // Issue 19: a strike given from a review names its message (only one the user sent).
        const messageId = req.body.messageId ? ((await tx.selectFrom('messages').select('id').where('id', '=', req.body.messageId).where('sender_id', '=', user.id).executeTakeFirst())?.id ?? null) : null;
        if (req.body.messageId && !messageId) throw new ProblemError(400, 'validation', 'the strike names a message this user did not send', [{ path: '/messageId', message: 'not a message of this user' }]);
        await tx.insertInto('strikes').values({ id, user_id: user.id, weight: req.body.weight, reason: req.body.reason, message_id: messageId, created_by: mod.id, created_at: at, removed_at: null, removed_by: null }).execute();
        const after = await standingOf(user.id, tx);
        await audit(tx, `moderator:${mod.id}`, 'strike.added', user.id, { strikeId: id, weight: req.body.weight, reason: req.body.reason, ...(messageId ? { messageId } : {}) });
        if (after.standing.level !== before.standing.level) {
          await audit(tx, `moderator:${mod.id}`, 'user.escalated', user.id, { from: before.standing.level, to: after.standing.level, points: after.standing.points });
          if (ctx.webhooksEnabled) await enqueueWebhooks(tx, [{ type: 'user.escalated', data: { userId: user.id, from: before.standing.level, to: after.standing.level, points: after.standing.points } }], at);
        }
        return { strike: { id, weight: req.body.weight, reason: req.body.reason, createdAt: at }, standing: after.standing };
      });
      return reply.code(201).send(out);
    },
  );

  app.delete<{ Params: { id: string; strikeId: string }; Body: { reason: string } }>(
    '/v1/users/:id/strikes/:strikeId',
    { schema: { tags: ['moderation'], summary: 'Remove a strike (safeguarding lead; a reason is required; recorded, not erased)', params: { type: 'object', required: ['id', 'strikeId'], properties: { id: { type: 'string' }, strikeId: { type: 'string' } } }, body: strikeRemovalBodySchema, response: { 200: open, ...problems } } },
    async (req) => {
      const mod = await moderator(req, 'strikes.write', 'remove strikes');
      const reason = req.body.reason.trim();
      return store.transaction(async (tx) => {
        const s = await tx.selectFrom('strikes').selectAll().where('id', '=', req.params.strikeId).where('user_id', '=', req.params.id).executeTakeFirst();
        if (!s) throw notFound('strike', req.params.strikeId);
        if (s.removed_at) throw new ProblemError(409, 'conflict', 'this strike was already removed');
        const at = ctx.now().toISOString();
        await tx.updateTable('strikes').set({ removed_at: at, removed_by: mod.id, removed_reason: reason }).where('id', '=', s.id).execute();
        await audit(tx, `moderator:${mod.id}`, 'strike.removed', s.user_id, { strikeId: s.id, reason });
        const after = await standingOf(s.user_id, tx);
        return { strike: { id: s.id, weight: Number(s.weight), reason: s.reason, createdAt: s.created_at, removedAt: at, removedReason: reason }, standing: after.standing };
      });
    },
  );

  app.get<{ Querystring: { limit?: number; cursor?: string } }>(
    '/v1/audit',
    { schema: { tags: ['audit'], summary: 'The audit log, newest first, paged by cursor', querystring: pageQuerySchema, response: { 200: { type: 'object', properties: { entries: { type: 'array', items: open }, nextCursor: { type: ['string', 'null'] } } }, ...problems } } },
    async (req) => {
      await moderator(req, 'audit.read');
      await ctx.chainer.flush();
      const page = await listAudit(store.db, req.query.limit ?? 50, req.query.cursor ? Number(req.query.cursor) : undefined);
      // People, not ids: the moderator behind each `moderator:<id>` actor.
      const ids = page.entries.map((e) => (e.actor.startsWith('moderator:') ? e.actor.slice('moderator:'.length) : null));
      const who = await people(ids);
      return { ...page, entries: page.entries.map((e, i) => ({ ...e, actorEmail: ids[i] ? (who.get(ids[i]!)?.email ?? null) : null, actorName: ids[i] ? (who.get(ids[i]!)?.name ?? null) : null })) };
    },
  );

  const verifySchema = {
    type: 'object',
    properties: {
      ok: { type: 'boolean' },
      checked: { type: 'integer' },
      firstBroken: { type: ['object', 'null'], properties: { seq: { type: 'integer' }, reason: { type: 'string' } } },
      tamper: { type: ['string', 'null'] },
      checkpoint: { type: ['object', 'null'], properties: { seq: { type: 'integer' }, hash: { type: 'string' }, at: { type: 'string' } } },
      checkpoints: { type: 'integer' },
      notes: { type: 'array', items: { type: 'string' } },
    },
  };
  app.get('/v1/audit/verify', { schema: { tags: ['audit'], summary: "Check the audit log's hash chain against its signed checkpoints and the stored messages; reports the first entry affected", response: { 200: verifySchema, ...problems } } }, async (req) => {
    await moderator(req, 'audit.read');
    // Count messages before chaining the queue: every message counted then has its entry chained by the flush.
    const messageCount = await countMessages(store.db);
    await ctx.chainer.flush();
    return checkAgainstCheckpoints(store.db, await readCheckpoints(ctx.audit.file), ctx.audit.verifyKey, { messageCount });
  });

  app.get<{ Querystring: { days?: number } }>(
    '/v1/stats/daily',
    { schema: { tags: ['moderation'], summary: 'Messages per day by kind and by action; open queue ages', querystring: { type: 'object', additionalProperties: false, properties: { days: { type: 'integer', minimum: 1, maximum: 366 } } }, response: { 200: open, ...problems } } },
    async (req) => {
      await moderator(req, 'stats.read');
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
