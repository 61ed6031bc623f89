/**
 * Claims (issue 19): a moderator claims the review they are working, or the next one of a queue (by
 * risk, then age, skipping what others hold); the claim lapses after an idle time (renewed by each
 * claim call the console makes while its holder works). Others see who holds it and cannot decide it
 * without taking it over, which is recorded with a reason. The console polls a queue's activity
 * (claims, and decisions since its last look) to keep every moderator's screen current.
 *
 * The state is in the database (store/claims.ts), so it holds across service instances.
 */
import type { FastifyInstance } from 'fastify';
import './context.js';
import type { Selectable } from 'kysely';
import { appendAudit } from '../store/audit-log.js';
import { dropClaim, liveClaim, liveClaims, takeClaim, type ClaimRow } from '../store/claims.js';
import type { Tx } from '../store/open-store.js';
import type { ReviewsTable } from '../store/schema.js';
import { requireModerator, type ModeratorRole } from './auth.js';
import { can, requirePermission } from './permissions.js';
import { forbidden, notFound, ProblemError } from './problem.js';
import { idParams, problemSchema } from './schemas.js';

const QUEUES = ['safeguarding', 'leakage'] as const;
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** A claim as the API shows it. */
export const claimSchema = {
  type: 'object',
  properties: {
    reviewId: { type: 'string' },
    queue: { type: 'string' },
    by: { type: 'object', properties: { id: { type: 'string' }, email: { type: ['string', 'null'] }, name: { type: ['string', 'null'] } } },
    claimedAt: { type: 'string' },
    expiresAt: { type: 'string' },
    mine: { type: 'boolean' },
  },
} as const;

/** The API view of a claim, from `viewer`'s side. */
export function claimView(c: ClaimRow, viewer: string) {
  return { reviewId: c.reviewId, queue: c.queue, by: { id: c.moderatorId, email: c.email, name: c.name }, claimedAt: c.claimedAt, expiresAt: c.expiresAt, mine: c.moderatorId === viewer };
}

function holderWords(c: ClaimRow): string {
  return c.name ? `${c.name} (${c.email})` : (c.email ?? c.moderatorId);
}

/** How long a claim lasts without its holder doing anything: option, else $CHAPERONE_CLAIM_IDLE_MINUTES, else 10 minutes. */
export function claimIdleMs(minutes?: number): number {
  const fromEnv = process.env.CHAPERONE_CLAIM_IDLE_MINUTES;
  const m = minutes ?? (fromEnv ? Number(fromEnv) : 10);
  if (!Number.isFinite(m) || m <= 0) throw new Error(`CHAPERONE_CLAIM_IDLE_MINUTES must be a positive number of minutes, got '${fromEnv ?? minutes}'`);
  return m * 60_000;
}

/**
 * Inside a decision's transaction: 409 when someone else holds a live claim on the review (they
 * must be taken over first). Deciding an unclaimed review is allowed (the platform's own flows and
 * older clients do not claim).
 */
export async function requireNotClaimedByOther(tx: Tx, reviewId: string, moderatorId: string, now: Date): Promise<void> {
  const c = await liveClaim(tx, reviewId, now);
  if (c && c.moderatorId !== moderatorId) {
    throw new ProblemError(409, 'claimed', `${holderWords(c)} is working on this review (their claim lapses at ${c.expiresAt}); take it over to decide it`, [{ path: '/claim', message: `claimed by ${c.email ?? c.moderatorId}` }]);
  }
}

/** Whether `role` may decide reviews of this queue and trigger (the same rule as the decision route). */
export function mayDecide(role: ModeratorRole, review: Pick<Selectable<ReviewsTable>, 'queue' | 'trigger'>, fourEyes: boolean): boolean {
  const lead = can(role, 'reviews.decide.safeguarding');
  if (review.queue !== 'safeguarding') return can(role, 'reviews.decide.leakage');
  if (review.trigger === 'cues') return lead;
  return lead || (fourEyes && can(role, 'reviews.decide.leakage'));
}

/** Register the claim routes; `idleMs` is how long a claim lasts without renewal. */
export async function claimRoutes(app: FastifyInstance, opts: { idleMs?: number }): Promise<void> {
  const ctx = app.chaperone;
  const { store } = ctx;
  const idleMs = opts.idleMs ?? claimIdleMs();
  const fourEyes = () => (ctx.policy.review?.safeguardingRelease ?? 'lead') === 'lead_or_four_eyes';
  const claimer = async (req: Parameters<typeof ctx.auth.principal>[0]) => {
    const p = requireModerator(await ctx.auth.principal(req));
    requirePermission(p.role, 'reviews.claim', 'claim reviews');
    return p;
  };
  const audit = async (tx: Tx, actor: string, action: string, subject: string, details: Record<string, unknown>) => {
    await appendAudit(tx, store.dialect, [{ actor, action, subject, details }], ctx.now().toISOString());
    ctx.chainer.poke();
  };

  app.post<{ Params: { id: string }; Body: { takeover?: boolean; reason?: string } }>(
    '/v1/reviews/:id/claim',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claim a review (moderator or safeguarding lead who may decide it); calling again renews the claim. Held by someone else: 409, unless `takeover` with a reason (recorded in the audit log)',
        params: idParams,
        body: { type: 'object', additionalProperties: false, properties: { takeover: { type: 'boolean' }, reason: { type: 'string', maxLength: 1000 } } },
        response: { 200: { type: 'object', properties: { claim: claimSchema, renewed: { type: 'boolean' } } }, ...problems },
      },
    },
    async (req) => {
      const mod = await claimer(req);
      const takeover = req.body?.takeover === true;
      const reason = req.body?.reason?.trim() ?? '';
      if (takeover && reason.length < 3) throw new ProblemError(400, 'validation', 'taking over a claim needs a reason', [{ path: '/reason', message: 'required to take over a claim' }]);
      return store.transaction(async (tx) => {
        const q = tx.selectFrom('reviews').select(['id', 'queue', 'status', 'trigger']).where('id', '=', req.params.id);
        const review = await (store.dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
        if (!review) throw notFound('review', req.params.id);
        if (!mayDecide(mod.role, review, fourEyes())) throw forbidden(`only someone who may decide this ${review.queue} review may claim it`);
        if (review.status !== 'open') throw new ProblemError(409, 'review-closed', 'this review was already decided');
        const now = ctx.now();
        const out = await takeClaim(tx, { reviewId: review.id, queue: review.queue, moderatorId: mod.id, now, idleMs, takeover });
        if (!out.won) {
          throw new ProblemError(409, 'claimed', `${holderWords(out.claim)} is working on this review (their claim lapses at ${out.claim.expiresAt})`, [{ path: '/claim', message: `claimed by ${out.claim.email ?? out.claim.moderatorId}` }]);
        }
        if (out.tookFrom) await audit(tx, `moderator:${mod.id}`, 'review.claim_taken_over', review.id, { from: out.tookFrom.moderatorId, fromEmail: out.tookFrom.email, reason });
        else if (!out.renewed) await audit(tx, `moderator:${mod.id}`, 'review.claimed', review.id, { queue: review.queue, expiresAt: out.claim.expiresAt });
        return { claim: claimView(out.claim, mod.id), renewed: out.renewed };
      });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/v1/reviews/:id/claim',
    { schema: { tags: ['claims'], summary: 'Let go of your claim on a review (moderator or safeguarding lead); 409 when someone else holds it', params: idParams, response: { 200: { type: 'object', properties: { released: { type: 'boolean' } } }, ...problems } } },
    async (req) => {
      const mod = await claimer(req);
      return store.transaction(async (tx) => {
        const review = await tx.selectFrom('reviews').select(['id']).where('id', '=', req.params.id).executeTakeFirst();
        if (!review) throw notFound('review', req.params.id);
        const c = await liveClaim(tx, review.id, ctx.now());
        if (c && c.moderatorId !== mod.id) throw new ProblemError(409, 'claimed', `${holderWords(c)} holds this claim, not you`);
        const released = await dropClaim(tx, review.id, mod.id);
        if (released && c) await audit(tx, `moderator:${mod.id}`, 'review.claim_released', review.id, {});
        return { released: released && !!c };
      });
    },
  );

  app.post<{ Params: { name: string } }>(
    '/v1/queues/:name/next',
    {
      schema: {
        tags: ['claims'],
        summary: 'Claim the next review of a queue nobody else holds, by priority (risk) then age (moderator or safeguarding lead); reviewId null when none is left',
        params: { type: 'object', required: ['name'], properties: { name: { type: 'string', enum: [...QUEUES] } } },
        response: { 200: { type: 'object', properties: { reviewId: { type: ['string', 'null'] }, claim: { ...claimSchema, nullable: true } } }, ...problems },
      },
    },
    async (req) => {
      const mod = await claimer(req);
      const queue = req.params.name;
      // Tried in order; a review another moderator claims between the look and the claim is skipped.
      for (let attempt = 0; attempt < 25; attempt++) {
        const now = ctx.now();
        const at = now.toISOString();
        let q = store.db
          .selectFrom('reviews')
          .leftJoin('review_claims', 'review_claims.review_id', 'reviews.id')
          .select(['reviews.id', 'reviews.queue', 'reviews.trigger'])
          .where('reviews.queue', '=', queue)
          .where('reviews.status', '=', 'open')
          .where((eb) => eb.or([eb('review_claims.review_id', 'is', null), eb('review_claims.expires_at', '<=', at), eb('review_claims.moderator_id', '=', mod.id)]));
        if (queue === 'safeguarding' && !can(mod.role, 'reviews.decide.safeguarding')) {
          if (!fourEyes() || !can(mod.role, 'reviews.decide.leakage')) throw forbidden('only a safeguarding lead may work the safeguarding queue');
          q = q.where('reviews.trigger', '=', 'hold');
        } else if (!can(mod.role, 'reviews.decide.leakage')) throw forbidden('only a moderator or safeguarding lead may work a queue');
        const candidate = await q.orderBy('reviews.priority', 'desc').orderBy('reviews.created_at', 'asc').orderBy('reviews.id', 'asc').limit(1).executeTakeFirst();
        if (!candidate) return { reviewId: null, claim: null };
        const out = await store.transaction(async (tx) => {
          const r = await tx.selectFrom('reviews').select(['status']).where('id', '=', candidate.id).executeTakeFirst();
          if (r?.status !== 'open') return null;
          const got = await takeClaim(tx, { reviewId: candidate.id, queue, moderatorId: mod.id, now, idleMs });
          if (!got.won) return null;
          if (!got.renewed) await audit(tx, `moderator:${mod.id}`, 'review.claimed', candidate.id, { queue, expiresAt: got.claim.expiresAt, next: true });
          return got.claim;
        });
        if (out) return { reviewId: candidate.id, claim: claimView(out, mod.id) };
      }
      throw new ProblemError(409, 'busy', 'every review this call looked at was claimed by someone else meanwhile; try again');
    },
  );

  app.get<{ Params: { name: string }; Querystring: { since?: string } }>(
    '/v1/queues/:name/activity',
    {
      schema: {
        tags: ['claims'],
        summary: "A queue's live claims and the reviews decided since `since` (moderators, leads and admins): what the console polls to keep every screen current",
        params: { type: 'object', required: ['name'], properties: { name: { type: 'string', enum: [...QUEUES] } } },
        querystring: { type: 'object', properties: { since: { type: 'string', format: 'date-time' } } },
        response: {
          200: {
            type: 'object',
            properties: {
              now: { type: 'string' },
              claims: { type: 'array', items: claimSchema },
              decided: { type: 'array', items: { type: 'object', properties: { reviewId: { type: 'string' }, outcome: { type: ['string', 'null'] }, decidedBy: { type: ['string', 'null'] }, decidedAt: { type: ['string', 'null'] } } } },
              open: { type: 'integer' },
            },
          },
          ...problems,
        },
      },
    },
    async (req) => {
      const p = requireModerator(await ctx.auth.principal(req));
      requirePermission(p.role, 'queues.read', 'read the queues');
      const now = ctx.now();
      const since = req.query.since ? new Date(req.query.since).toISOString() : new Date(now.getTime() - 5 * 60_000).toISOString();
      const claims = await liveClaims(store.db, req.params.name, now);
      const decided = await store.db
        .selectFrom('reviews')
        .select(['id', 'outcome', 'decided_by', 'decided_at'])
        .where('queue', '=', req.params.name)
        .where('status', '!=', 'open')
        .where('decided_at', '>=', since)
        .orderBy('decided_at', 'asc')
        .limit(500)
        .execute();
      const open = await store.db.selectFrom('reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('queue', '=', req.params.name).where('status', '=', 'open').executeTakeFirst();
      return {
        now: now.toISOString(),
        claims: claims.map((c) => claimView(c, p.id)),
        decided: decided.map((d) => ({ reviewId: d.id, outcome: d.outcome, decidedBy: d.decided_by, decidedAt: d.decided_at })),
        open: Number(open?.n ?? 0),
      };
    },
  );
}
