/**
 * Case history (issue 19): one timeline per review — scanned, decided by policy (with the rule ids),
 * held or flagged, claimed, original opened (with the reason), noted (internal, or to the user),
 * decided, appealed, appeal decided, strikes — and the same across all of a user's cases, with each
 * strike linked to its message and its decay (when it counts half) and expiry dates.
 *
 * Built from what is already stored (messages, reviews, notes, strikes and the audit log), so it
 * needs no second copy of events that could disagree with the audit trail.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import type { Selectable } from 'kysely';
import type { MessagesTable, ReviewsTable, StrikesTable } from '../store/schema.js';
import { requireModerator } from './auth.js';
import { requirePermission } from './permissions.js';
import { notFound } from './problem.js';
import { idParams, problemSchema } from './schemas.js';
import { parseJson } from './views.js';

const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const DAY = 86_400_000;

/** One event of a case's history. */
export interface CaseEvent {
  at: string;
  /** The audit entry's sequence number, when the event has one (orders events of the same instant). */
  seq?: number;
  type: string;
  reviewId: string | null;
  messageId: string | null;
  /** Who did it: a moderator, or `policy` / `platform` / `sender`. */
  actor: { id: string; email: string | null; name: string | null } | 'policy' | 'platform' | 'sender';
  /** Plain words. */
  summary: string;
  details: Record<string, unknown>;
}

const eventSchema = {
  type: 'object',
  properties: {
    at: { type: 'string' }, seq: { type: 'integer' }, type: { type: 'string' }, reviewId: { type: ['string', 'null'] }, messageId: { type: ['string', 'null'] },
    actor: {}, summary: { type: 'string' }, details: { type: 'object', additionalProperties: true },
  },
} as const;

const OUTCOME_WORDS: Record<string, string> = { release: 'released the original', release_redacted: 'released it redacted', reject: 'rejected it', close: 'closed the flag' };

/** Register the case-history routes. */
export async function historyRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;

  /** When a strike of `weight` given at `at` counts half, and when it counts nothing (found by asking the policy). */
  function strikeDates(weight: number, at: string): { halfAt: string | null; expiresAt: string | null } {
    const start = Date.parse(at);
    const left = (days: number) => ctx.policy.standing([{ weight, at }], new Date(start + days * DAY)).points;
    const search = (target: number) => {
      let lo = 0;
      let hi = 3650;
      if (left(hi) > target) return null;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (left(mid) > target) lo = mid;
        else hi = mid;
      }
      return new Date(start + hi * DAY).toISOString();
    };
    return { halfAt: search(weight / 2), expiresAt: search(0) };
  }

  async function people(ids: (string | null | undefined)[]) {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    const out = new Map<string, { id: string; email: string | null; name: string | null }>();
    if (!wanted.length) return out;
    for (const r of await store.db.selectFrom('moderators').select(['id', 'email', 'name']).where('id', 'in', wanted).execute()) out.set(r.id, { id: r.id, email: r.email, name: r.name ?? null });
    return out;
  }

  /** The events of these reviews (and their messages), oldest first. */
  async function eventsOf(reviews: Selectable<ReviewsTable>[], messages: Selectable<MessagesTable>[], strikes: Selectable<StrikesTable>[]): Promise<CaseEvent[]> {
    const reviewOf = new Map(reviews.map((r) => [r.message_id, r.id]));
    // Strike entries are filed under the user: read them for their sequence numbers.
    const subjects = [...new Set([...reviews.map((r) => r.id), ...messages.map((m) => m.id), ...strikes.map((s) => s.user_id)])];
    await ctx.chainer.flush();
    const audit = subjects.length ? await store.db.selectFrom('audit_log').select(['seq', 'at', 'actor', 'action', 'subject', 'details']).where('subject', 'in', subjects).orderBy('seq', 'asc').execute() : [];
    const notes = reviews.length ? await store.db.selectFrom('notes').select(['id', 'review_id', 'author', 'note', 'created_at', 'kind']).where('review_id', 'in', reviews.map((r) => r.id)).execute() : [];
    const modIds = [
      ...audit.map((a) => (a.actor.startsWith('moderator:') ? a.actor.slice(10) : null)),
      ...notes.map((n) => n.author),
      ...strikes.flatMap((s) => [s.created_by, s.removed_by]),
      ...audit.map((a) => parseJson<{ from?: string }>(a.details, {}).from ?? null),
    ];
    const who = await people(modIds);
    const person = (id: string | null | undefined) => (id ? (who.get(id) ?? { id, email: null, name: null }) : { id: 'unknown', email: null, name: null });
    const named = (id: string | null | undefined) => { const p = person(id); return p.name ?? p.email ?? p.id; };
    const events: CaseEvent[] = [];
    const messageIdOfReview = new Map(reviews.map((r) => [r.id, r.message_id]));

    for (const m of messages) {
      const decision = parseJson<{ action?: string; reasons?: { rule: string; text?: string }[]; concern?: string | null }>(m.decision, {});
      const kinds = parseJson<string[]>(m.kinds, []);
      const rid = reviewOf.get(m.id) ?? null;
      events.push({ at: m.created_at, type: 'scanned', reviewId: rid, messageId: m.id, actor: 'platform', summary: `Scanned: ${kinds.length ? `found ${kinds.join(', ')}` : 'nothing found'}`, details: { kinds } });
      const rules = (decision.reasons ?? []).map((r) => r.rule);
      events.push({ at: m.created_at, type: 'policy_decided', reviewId: rid, messageId: m.id, actor: 'policy', summary: `Policy decided ${decision.action ?? m.action}${rules.length ? ` (rules ${rules.join(', ')})` : ''}`, details: { action: decision.action ?? m.action, rules, concern: decision.concern ?? null } });
    }
    for (const r of reviews) {
      events.push({
        at: r.created_at, type: r.trigger === 'cues' ? 'flagged' : 'held', reviewId: r.id, messageId: r.message_id, actor: 'policy',
        summary: r.trigger === 'cues' ? 'Conversation flagged for a safeguarding lead (cues)' : `Held for the ${r.queue} queue`,
        details: { queue: r.queue, priority: Number(r.priority) },
      });
    }
    const seqOf = new Map<string, number>();
    for (const a of audit) {
      const d = parseJson<{ noteId?: string; strikeId?: string }>(a.details, {});
      if (d.noteId) seqOf.set(`note:${d.noteId}`, Number(a.seq));
      if (d.strikeId) seqOf.set(`${a.action}:${d.strikeId}`, Number(a.seq));
    }
    for (const a of audit) {
      if (a.action.startsWith('strike.') || a.action.startsWith('user.')) continue;
      const d = parseJson<Record<string, unknown>>(a.details, {});
      const actorId = a.actor.startsWith('moderator:') ? a.actor.slice(10) : null;
      const actor = actorId ? person(actorId) : a.action === 'appeal.opened' ? 'sender' : a.actor === 'platform' || a.actor.startsWith('apikey:') ? 'platform' : 'policy';
      const rid = reviews.some((r) => r.id === a.subject) ? a.subject : (reviewOf.get(a.subject) ?? null);
      const mid = messageIdOfReview.get(a.subject) ?? (messages.some((m) => m.id === a.subject) ? a.subject : null);
      const by = actorId ? named(actorId) : 'the platform';
      let type: string | null = null;
      let summary = '';
      switch (a.action) {
        case 'review.claimed': type = 'claimed'; summary = `${by} claimed it`; break;
        case 'review.claim_taken_over': type = 'claim_taken_over'; summary = `${by} took it over from ${named(d.from as string)}: “${d.reason as string}”`; break;
        case 'review.claim_released': type = 'claim_released'; summary = `${by} let go of it`; break;
        case 'message.original_opened': type = 'original_opened'; summary = `${by} opened the sealed original: “${d.reason as string}”`; break;
        case 'review.release_requested': type = 'release_requested'; summary = `${by} asked to release it: “${d.reason as string}”`; break;
        case 'review.release_approved': type = 'release_approved'; summary = `${by} approved the release`; break;
        case 'review.release_refused': type = 'release_refused'; summary = `A release by ${by} was refused (do not release)`; break;
        case 'appeal.opened': type = 'appealed'; summary = `The sender appealed: “${d.statement as string}”`; break;
        case 'appeal.decided': type = 'appeal_decided'; summary = `${by} ${d.outcome === 'upheld' ? 'upheld' : 'rejected'} the appeal${Number(d.strikesRemoved) ? ` (${Number(d.strikesRemoved)} strike${Number(d.strikesRemoved) === 1 ? '' : 's'} removed)` : ''}; reply to the sender: “${d.reply as string}”`; break;
        case 'review.decided': type = 'decided'; summary = `${by} ${OUTCOME_WORDS[d.outcome as string] ?? d.outcome}${d.reason ? `: “${d.reason as string}”` : ''}`; break;
        default:
          // Notes come from the notes table (with their text); other entries carry their action name.
          if (a.action === 'review.noted' || a.action === 'review.do_not_release' || a.action === 'review.opened' || a.action === 'message.decided' || a.action === 'review.user_messaged') continue;
          type = a.action.replace(/^[a-z]+\./, '');
          summary = `${by}: ${a.action}`;
      }
      events.push({ at: a.at, seq: Number(a.seq), type, reviewId: rid, messageId: mid, actor, summary, details: d });
    }
    for (const n of notes) {
      const toUser = n.kind === 'to_user';
      events.push({
        at: n.created_at, seq: seqOf.get(`note:${n.id}`), type: n.kind === 'do_not_release' ? 'do_not_release' : 'noted', reviewId: n.review_id, messageId: n.review_id ? (messageIdOfReview.get(n.review_id) ?? null) : null, actor: person(n.author),
        summary: `${named(n.author)} ${n.kind === 'do_not_release' ? 'marked it “do not release”' : toUser ? 'wrote to the user' : 'noted (internal)'}: “${n.note}”`,
        details: { noteId: n.id, visibility: toUser ? 'user' : 'internal', note: n.note },
      });
    }
    for (const s of strikes) {
      const dates = strikeDates(Number(s.weight), s.created_at);
      const rid = s.message_id ? (reviewOf.get(s.message_id) ?? null) : null;
      const byPolicy = !who.has(s.created_by);
      events.push({ at: s.created_at, seq: seqOf.get(`strike.added:${s.id}`), type: 'strike_added', reviewId: rid, messageId: s.message_id, actor: byPolicy ? 'policy' : person(s.created_by), summary: `${byPolicy ? 'The policy' : named(s.created_by)} added a strike of ${Number(s.weight)}: “${s.reason}”`, details: { strikeId: s.id, weight: Number(s.weight), ...dates } });
      if (s.removed_at) events.push({ at: s.removed_at, seq: seqOf.get(`strike.removed:${s.id}`), type: 'strike_removed', reviewId: rid, messageId: s.message_id, actor: person(s.removed_by), summary: `${named(s.removed_by)} removed the strike${s.removed_reason ? `: “${s.removed_reason}”` : ''}`, details: { strikeId: s.id } });
    }
    const order = ['scanned', 'policy_decided', 'held', 'flagged'];
    // By time; within one instant the message's own steps first, then the audit trail's order.
    return events.sort((a, b) => a.at.localeCompare(b.at) || (order.indexOf(a.type) + 1 || 99) - (order.indexOf(b.type) + 1 || 99) || (a.seq ?? 0) - (b.seq ?? 0));
  }

  app.get<{ Params: { id: string } }>(
    '/v1/reviews/:id/timeline',
    { schema: { tags: ['history'], summary: "A review's case history, oldest first (moderators, leads, admins)", params: idParams, response: { 200: { type: 'object', properties: { events: { type: 'array', items: eventSchema } } }, ...problems } } },
    async (req) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'queues.read', 'read case histories');
      const review = await store.db.selectFrom('reviews').selectAll().where('id', '=', req.params.id).executeTakeFirst();
      if (!review) throw notFound('review', req.params.id);
      const messages = await store.db.selectFrom('messages').selectAll().where('id', '=', review.message_id).execute();
      const strikes = await store.db.selectFrom('strikes').selectAll().where('message_id', '=', review.message_id).execute();
      return { events: await eventsOf([review], messages, strikes) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/users/:id/timeline',
    {
      schema: {
        tags: ['history'],
        summary: "Every case of a user as a sender, oldest first, and their strikes linked to their messages with decay (half) and expiry dates (moderators, leads, admins)",
        params: idParams,
        response: { 200: { type: 'object', properties: { events: { type: 'array', items: eventSchema }, strikes: { type: 'array', items: { type: 'object', additionalProperties: true } } } }, ...problems },
      },
    },
    async (req) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'users.read', 'read case histories');
      const user = await store.db.selectFrom('users').select('id').where('id', '=', req.params.id).executeTakeFirst();
      if (!user) throw notFound('user', req.params.id);
      const reviews = await store.db.selectFrom('reviews').selectAll().where('sender_id', '=', user.id).orderBy('created_at', 'desc').limit(200).execute();
      const messages = reviews.length ? await store.db.selectFrom('messages').selectAll().where('id', 'in', reviews.map((r) => r.message_id)).execute() : [];
      const strikes = await store.db.selectFrom('strikes').selectAll().where('user_id', '=', user.id).orderBy('created_at', 'asc').execute();
      const now = ctx.now();
      const reviewOf = new Map(reviews.map((r) => [r.message_id, r.id]));
      const convOf = new Map(messages.map((m) => [m.id, m.conversation_id]));
      return {
        events: await eventsOf(reviews, messages, strikes),
        strikes: strikes.map((s) => {
          const dates = strikeDates(Number(s.weight), s.created_at);
          return {
            id: s.id, weight: Number(s.weight), reason: s.reason, createdAt: s.created_at, messageId: s.message_id, reviewId: s.message_id ? (reviewOf.get(s.message_id) ?? null) : null,
            conversationId: s.message_id ? (convOf.get(s.message_id) ?? null) : null, removedAt: s.removed_at, ...dates,
            active: !s.removed_at && (!dates.expiresAt || dates.expiresAt > now.toISOString()),
          };
        }),
      };
    },
  );
}
