/**
 * The audit log: append-only and hash-chained. Each entry stores the previous entry's hash and
 * `hash = sha256(prevHash + canonicalJson({seq, at, actor, action, subject, details}))`, so changing,
 * removing or reordering any row breaks the chain from that row on. This module has no UPDATE or
 * DELETE on audit_log; on PostgreSQL a trigger refuses them too.
 *
 * Appending needs the chain's head, so appenders are serialised. On SQLite the send's transaction
 * already holds the single write lock, and entries are chained in it. On PostgreSQL a lock held
 * through each send's commit would serialise every commit's fsync (about 150 sends/s here), so the
 * send's transaction writes its entries to `audit_queue` — durable and atomic with the decision — and
 * `flushAuditQueue` chains queued entries in batches under one lock, right after each send and
 * before anything reads the log.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from './canonical-json.js';
import type { DialectName } from './migrations.js';
import { preparedQuery } from './prepared-query.js';
import type { Database } from './schema.js';

const selectHead = preparedQuery<Record<string, never>, { seq: number; hash: string }>((db) => db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
const insertEntry = preparedQuery<{ [K in keyof Database['audit_log']]: Database['audit_log'][K] }>((db, p) =>
  db.insertInto('audit_log').values({ seq: p('seq'), at: p('at'), actor: p('actor'), action: p('action'), subject: p('subject'), details: p('details'), prev_hash: p('prev_hash'), hash: p('hash') }),
);
const insertQueued = preparedQuery<{ at: string; actor: string; action: string; subject: string; details: string }>((db, p) =>
  db.insertInto('audit_queue').values({ at: p('at'), actor: p('actor'), action: p('action'), subject: p('subject'), details: p('details') }),
);

/** The hash that the first entry chains from. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records; `seq`, `at` and the hashes are filled in by `appendAudit`. */
export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  /** Never message text or contact details: ids, kinds, actions, counts. */
  details: Record<string, unknown>;
}

/** One stored entry, as the API returns it. */
export interface AuditEntry extends AuditInput {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/** The result of checking the chain. */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

/** The hash of an entry given the previous hash. */
export function hashAuditEntry(prevHash: string, entry: { seq: number; at: string; actor: string; action: string; subject: string; details: unknown }): string {
  const body = canonicalJson({ seq: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject, details: entry.details });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/**
 * Record entries inside the caller's transaction: chained at once on SQLite, queued for the chainer
 * on PostgreSQL (see the module comment).
 */
export async function appendAudit(tx: Kysely<Database>, dialect: DialectName, entries: AuditInput[], at: string): Promise<void> {
  if (entries.length === 0) return;
  if (dialect === 'postgres') {
    for (const e of entries) await insertQueued.execute(tx, dialect, { at, actor: e.actor, action: e.action, subject: e.subject, details: JSON.stringify(e.details) });
    return;
  }
  await chainEntries(tx, dialect, entries.map((e) => ({ ...e, at })));
}

/**
 * Chain queued entries (PostgreSQL) in batches, in queue order; a no-op on SQLite. One chainer at a
 * time across every instance (an advisory transaction lock); each batch is one transaction, so a
 * crash leaves an entry either queued or chained, never both or neither.
 */
export async function flushAuditQueue(store: { dialect: DialectName; transaction<T>(fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> }, batch = 1000): Promise<number> {
  if (store.dialect !== 'postgres') return 0;
  let moved = 0;
  for (;;) {
    const n = await store.transaction(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(7262001)`.execute(tx);
      const rows = await tx.selectFrom('audit_queue').selectAll().orderBy('id').limit(batch).execute();
      if (rows.length === 0) return 0;
      await chainEntries(tx, 'postgres', rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: JSON.parse(r.details) as Record<string, unknown> })));
      await tx.deleteFrom('audit_queue').where('id', 'in', rows.map((r) => Number(r.id))).execute();
      return rows.length;
    });
    moved += n;
    if (n < batch) return moved;
  }
}

/** Extend the chain with `entries`; the caller holds whatever serialises appenders. */
async function chainEntries(tx: Kysely<Database>, dialect: DialectName, entries: (AuditInput & { at: string })[]): Promise<void> {
  const [head] = await selectHead.execute(tx, dialect, {});
  let seq = head ? Number(head.seq) : 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const rows = entries.map((e) => {
    seq += 1;
    const hash = hashAuditEntry(prevHash, { seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, details: e.details });
    const row = { seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, details: JSON.stringify(e.details), prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // One prepared single-row insert per entry: a send writes one to three entries, the chainer more,
  // and a multi-row insert would compile anew for every row count.
  for (const row of rows) await insertEntry.execute(tx, dialect, row);
}

function toEntry(r: Database['audit_log']): AuditEntry {
  return { seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: safeParse(r.details), prevHash: r.prev_hash, hash: r.hash };
}

function safeParse(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { unparseable: true };
  }
}

/** A page of entries, newest first; `cursor` is the seq to continue below. */
export async function listAudit(db: Kysely<Database>, limit: number, cursor?: number): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit + 1);
  if (cursor !== undefined) q = q.where('seq', '<', cursor);
  const rows = await q.execute();
  const page = rows.slice(0, limit).map(toEntry);
  return { entries: page, nextCursor: rows.length > limit ? String(page[page.length - 1].seq) : null };
}

/** What a walk of the chain saw besides the verdict: the head, and the hashes asked for. */
export interface AuditWalk extends AuditVerification {
  /** The last entry that chains correctly (null when the log is empty). */
  head: { seq: number; hash: string } | null;
  /** The stored hash at each seq in `hashesAt` that the walk reached. */
  hashes: Map<number, string>;
  /** Entries with action 'message.decided' (every stored message has one). */
  messageEntries: number;
}

/**
 * Walk the whole chain in seq order (in batches) and report the first entry whose stored hash, link
 * or position does not hold.
 */
export async function verifyAudit(db: Kysely<Database>, batch = 2000): Promise<AuditVerification> {
  const { ok, checked, firstBroken } = await walkAudit(db, { batch });
  return { ok, checked, firstBroken };
}

/** `verifyAudit`, also returning the head, the hashes at `hashesAt` and the count of message entries (for checkpoint checks). */
export async function walkAudit(db: Kysely<Database>, options: { batch?: number; hashesAt?: ReadonlySet<number> } = {}): Promise<AuditWalk> {
  const batch = options.batch ?? 2000;
  const hashes = new Map<number, string>();
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let messageEntries = 0;
  const result = (firstBroken: AuditVerification['firstBroken']): AuditWalk => ({ ok: firstBroken === null, checked, firstBroken, head: checked ? { seq: expectedSeq - 1, hash: prevHash } : null, hashes, messageEntries });
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq', 'asc').limit(batch).execute();
    if (rows.length === 0) return result(null);
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return result({ seq: expectedSeq, reason: `entry ${expectedSeq} is missing (next is ${seq})` });
      if (r.prev_hash !== prevHash) return result({ seq, reason: 'prevHash does not match the previous entry' });
      let details: unknown;
      try {
        details = JSON.parse(r.details);
      } catch {
        return result({ seq, reason: 'details are not valid JSON' });
      }
      const expected = hashAuditEntry(prevHash, { seq, at: r.at, actor: r.actor, action: r.action, subject: r.subject, details });
      if (expected !== r.hash) return result({ seq, reason: 'hash does not match the entry (it was changed)' });
      if (options.hashesAt?.has(seq)) hashes.set(seq, r.hash);
      if (r.action === 'message.decided') messageEntries += 1;
      prevHash = r.hash;
      expectedSeq = seq + 1;
      checked += 1;
    }
  }
}
