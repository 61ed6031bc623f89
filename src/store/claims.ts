/**
 * Review claims (issue 19): which moderator is working a review, until when. The state lives in the
 * database, so every service instance sees the same claims: a claim is taken with one conditional
 * upsert (`INSERT … ON CONFLICT (review_id) DO UPDATE … WHERE the old claim lapsed or is mine`), and
 * whoever's row is there afterwards holds it. Two moderators racing for one review: exactly one row
 * wins, on SQLite and PostgreSQL alike.
 *
 * A claim lapses at `expires_at` (its holder's idle time after the last renewal); a lapsed claim is
 * no claim at all (nobody needs to sweep it: the next claim overwrites it).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** A claim row with its holder's email and name. */
export interface ClaimRow {
  reviewId: string;
  queue: string;
  moderatorId: string;
  email: string | null;
  name: string | null;
  claimedAt: string;
  expiresAt: string;
}

/** What `takeClaim` did. */
export interface ClaimOutcome {
  /** True when `moderatorId` holds the claim now. */
  won: boolean;
  /** The claim as it stands after the attempt. */
  claim: ClaimRow;
  /** The live claim of someone else that this attempt replaced (a takeover), if any. */
  tookFrom: ClaimRow | null;
  /** True when the caller already held it (a renewal, not a new claim). */
  renewed: boolean;
}

function claimQuery(db: Db) {
  return db
    .selectFrom('review_claims')
    .leftJoin('moderators', 'moderators.id', 'review_claims.moderator_id')
    .select([
      'review_claims.review_id as reviewId', 'review_claims.queue as queue', 'review_claims.moderator_id as moderatorId', 'moderators.email as email',
      'moderators.name as name', 'review_claims.claimed_at as claimedAt', 'review_claims.expires_at as expiresAt',
    ]);
}

/** The live claim on `reviewId` at `now`, or null (none, or lapsed). */
export async function liveClaim(db: Db, reviewId: string, now: Date): Promise<ClaimRow | null> {
  const row = await claimQuery(db).where('review_claims.review_id', '=', reviewId).where('review_claims.expires_at', '>', now.toISOString()).executeTakeFirst();
  return (row as ClaimRow | undefined) ?? null;
}

/** Every live claim of `queue` (or of every queue) at `now`. */
export async function liveClaims(db: Db, queue: string | null, now: Date): Promise<ClaimRow[]> {
  let q = claimQuery(db).where('review_claims.expires_at', '>', now.toISOString());
  if (queue) q = q.where('review_claims.queue', '=', queue);
  return (await q.orderBy('review_claims.claimed_at', 'asc').execute()) as ClaimRow[];
}

/**
 * Claim (or renew the claim on) `reviewId` for `moderatorId` until `now + idleMs`. Without
 * `takeover` the claim is taken only when nobody else holds a live one; with it, it is taken anyway.
 * Run it inside the transaction that checked the review is open.
 */
export async function takeClaim(
  db: Db,
  o: { reviewId: string; queue: string; moderatorId: string; now: Date; idleMs: number; takeover?: boolean },
): Promise<ClaimOutcome> {
  const at = o.now.toISOString();
  const expires = new Date(o.now.getTime() + o.idleMs).toISOString();
  const before = await liveClaim(db, o.reviewId, o.now);
  await db
    .insertInto('review_claims')
    .values({ review_id: o.reviewId, moderator_id: o.moderatorId, queue: o.queue, claimed_at: at, expires_at: expires })
    .onConflict((oc) => {
      const update = oc.column('review_id').doUpdateSet({
        moderator_id: (eb) => eb.ref('excluded.moderator_id'),
        queue: (eb) => eb.ref('excluded.queue'),
        // A renewal keeps the time the claim was first taken.
        claimed_at: sql<string>`CASE WHEN review_claims.moderator_id = ${o.moderatorId} AND review_claims.expires_at > ${at} THEN review_claims.claimed_at ELSE excluded.claimed_at END`,
        expires_at: (eb) => eb.ref('excluded.expires_at'),
      });
      return o.takeover ? update : update.where((eb) => eb.or([eb('review_claims.expires_at', '<=', at), eb('review_claims.moderator_id', '=', o.moderatorId)]));
    })
    .execute();
  const claim = (await claimQuery(db).where('review_claims.review_id', '=', o.reviewId).executeTakeFirstOrThrow()) as ClaimRow;
  const won = claim.moderatorId === o.moderatorId && claim.expiresAt === expires;
  return { won, claim, tookFrom: won && before && before.moderatorId !== o.moderatorId ? before : null, renewed: won && !!before && before.moderatorId === o.moderatorId };
}

/** Drop the claim on `reviewId` (all of it, or only when `moderatorId` holds it). True when a row went. */
export async function dropClaim(db: Db, reviewId: string, moderatorId?: string): Promise<boolean> {
  let q = db.deleteFrom('review_claims').where('review_id', '=', reviewId);
  if (moderatorId) q = q.where('moderator_id', '=', moderatorId);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows ?? 0) > 0;
}
