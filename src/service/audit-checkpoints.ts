/**
 * Signed checkpoints of the audit chain's head, kept outside the database, the way Certificate
 * Transparency publishes signed tree heads. The hash chain alone proves only that the rows still
 * agree with each other: whoever can write the database can delete the last rows, empty the table,
 * or change a row and recompute every hash after it, and the chain still holds. A checkpoint — "the
 * log had N entries and entry N's hash was H", signed with an Ed25519 key that is not in the
 * database — pins the history up to N: a later log that is shorter, or whose entry N has another
 * hash, no longer matches any signature its rewriter could make.
 *
 * Checkpoints are JSON lines appended to a file (CHAPERONE_AUDIT_CHECKPOINT_FILE, default
 * `<dataDir>/audit-checkpoints.jsonl`; put it on another machine or an append-only volume),
 * periodically (CHAPERONE_AUDIT_CHECKPOINT_SECONDS, default 60) when the head moved, and at shutdown.
 * `checkAgainstCheckpoints` compares a walk of the chain with them.
 *
 * What it cannot see: entries written after the latest checkpoint (at most one interval, or none
 * after a clean shutdown) can still be removed unnoticed, unless a message they record is still
 * stored (see `checkAgainstCheckpoints`); and whoever holds the signing key and the file can forge.
 */
import { open, readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sign, verify } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { GENESIS_HASH, walkAudit, type AuditVerification } from '../store/audit-log.js';
import type { Database } from '../store/schema.js';
import type { AuditSigningKey, AuditVerifyKey } from './audit-signing-key.js';

/** One signed checkpoint, one line of the checkpoint file. */
export interface AuditCheckpoint {
  v: 1;
  /** Number of entries in the chain (the head's seq). */
  seq: number;
  /** The head entry's hash. */
  hash: string;
  /** When it was signed (ISO 8601). */
  at: string;
  /** Which key signed it (see audit-signing-key.ts). */
  keyId: string;
  /** Base64 Ed25519 signature over `checkpointMessage`. */
  sig: string;
}

/** The bytes signed: a plain string, so a verifier in any language rebuilds it without canonical JSON. */
export function checkpointMessage(c: { seq: number; hash: string; at: string; keyId: string }): Buffer {
  return Buffer.from(`chaperone-audit-checkpoint/v1\n${c.seq}\n${c.hash}\n${c.at}\n${c.keyId}`, 'utf8');
}

/** Sign the head `{seq, hash}` at `at`. */
export function signCheckpoint(key: AuditSigningKey, head: { seq: number; hash: string }, at: string): AuditCheckpoint {
  const body = { seq: head.seq, hash: head.hash, at, keyId: key.keyId };
  return { v: 1, ...body, sig: sign(null, checkpointMessage(body), key.privateKey).toString('base64') };
}

/** Whether `c` carries a valid signature by `key`. */
export function isCheckpointSigned(c: AuditCheckpoint, key: AuditVerifyKey): boolean {
  if (c.keyId !== key.keyId || typeof c.sig !== 'string') return false;
  try {
    return verify(null, checkpointMessage(c), key.publicKey, Buffer.from(c.sig, 'base64'));
  } catch {
    return false;
  }
}

/** The checkpoint file: the option, else $CHAPERONE_AUDIT_CHECKPOINT_FILE, else `<dataDir>/audit-checkpoints.jsonl`. */
export function checkpointFile(dataDir: string, explicit?: string): string {
  return explicit ?? process.env.CHAPERONE_AUDIT_CHECKPOINT_FILE ?? join(dataDir, 'audit-checkpoints.jsonl');
}

/** Append one checkpoint line and flush it to disk before resolving (a checkpoint lost in a crash protects nothing). */
export async function appendCheckpoint(file: string, c: AuditCheckpoint): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  // 'a': every write goes to the end, whatever else appends (several instances may share the file).
  const fh = await open(file, 'a', 0o600);
  try {
    await fh.write(JSON.stringify(c) + '\n');
    await fh.datasync();
  } finally {
    await fh.close();
  }
}

/** The checkpoint file's lines: parsed checkpoints and the line numbers that are not checkpoints. Null when the file does not exist. */
export async function readCheckpoints(file: string): Promise<{ checkpoints: { line: number; c: AuditCheckpoint }[]; unreadable: number[] } | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const checkpoints: { line: number; c: AuditCheckpoint }[] = [];
  const unreadable: number[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      const c = JSON.parse(raw) as AuditCheckpoint;
      if (c.v === 1 && Number.isInteger(c.seq) && c.seq >= 0 && typeof c.hash === 'string' && typeof c.at === 'string') checkpoints.push({ line: i + 1, c });
      else unreadable.push(i + 1);
    } catch {
      // A torn last line (a crash mid-append) is reported, not fatal: the lines before it still count.
      unreadable.push(i + 1);
    }
  });
  return { checkpoints, unreadable };
}

/** How the log stands against its checkpoints. */
export type AuditTamper = 'chain-broken' | 'emptied' | 'truncated' | 'rewritten' | 'messages-unaudited' | 'bad-checkpoint' | 'no-checkpoint';

/** The result of `chaperone audit verify` and GET /v1/audit/verify. */
export interface AuditCheckReport extends AuditVerification {
  /** What kind of tampering, when not ok. */
  tamper: AuditTamper | null;
  /** The latest valid checkpoint compared with (null when none). */
  checkpoint: { seq: number; hash: string; at: string } | null;
  /** Valid checkpoints read. */
  checkpoints: number;
  /** Things worth knowing that do not fail the check (e.g. entries newer than the latest checkpoint). */
  notes: string[];
}

/**
 * Walk the chain and compare it with the signed checkpoints and with the stored messages:
 *
 * - the chain itself must hold (a changed entry not re-hashed, a gap, a broken link);
 * - every signed checkpoint at seq N must find an entry N whose hash is the signed one: a shorter log
 *   is `truncated` (`emptied` when nothing is left; the same shape as a restore from an older backup),
 *   another hash is `rewritten` (an entry changed and the chain re-hashed, or an older backup restored
 *   and written on since); the first affected entry is named exactly for truncation, and as "after the
 *   last checkpoint that still matches" for a rewrite (the checkpoint interval bounds it);
 * - every stored message has its `message.decided` entry: fewer entries than messages means the log
 *   was shortened even past the latest checkpoint (messages are never deleted);
 * - a checkpoint line with a bad signature fails the check (someone wrote the file without the key).
 *
 * `checkpoints` is null when no checkpoint file exists: then a non-empty log is reported
 * `no-checkpoint` (removing the file must not be a way to silence the check).
 */
export async function checkAgainstCheckpoints(
  db: Kysely<Database>,
  read: Awaited<ReturnType<typeof readCheckpoints>>,
  key: AuditVerifyKey | null,
  options: { messageCount?: number } = {},
): Promise<AuditCheckReport> {
  const notes: string[] = [];
  const signed: AuditCheckpoint[] = [];
  const forged: number[] = [];
  for (const { line, c } of read?.checkpoints ?? []) {
    if (key && isCheckpointSigned(c, key)) signed.push(c);
    else forged.push(line);
  }
  if (read?.unreadable.length) notes.push(`checkpoint file lines ${read.unreadable.join(', ')} are not checkpoints (ignored)`);
  signed.sort((a, b) => a.seq - b.seq);
  const walk = await walkAudit(db, { hashesAt: new Set(signed.map((c) => c.seq)) });
  const latest = signed.length ? signed[signed.length - 1] : null;
  const base = { checked: walk.checked, checkpoint: latest ? { seq: latest.seq, hash: latest.hash, at: latest.at } : null, checkpoints: signed.length, notes };
  const fail = (tamper: AuditTamper, seq: number, reason: string): AuditCheckReport => ({ ok: false, ...base, tamper, firstBroken: { seq, reason } });

  if (!walk.ok) return fail('chain-broken', walk.firstBroken!.seq, walk.firstBroken!.reason);
  const headSeq = walk.head?.seq ?? 0;

  let lastMatching = 0;
  for (const c of signed) {
    if (c.seq > headSeq) {
      const what = headSeq === 0 ? 'the audit log is empty' : `the audit log ends at entry ${headSeq}`;
      return fail(headSeq === 0 ? 'emptied' : 'truncated', headSeq + 1, `${what}, but a checkpoint signed at ${c.at} covers ${c.seq} entries: entries ${headSeq + 1}–${c.seq} were deleted, truncated or rolled back to an older copy`);
    }
    if (c.seq > 0 && walk.hashes.get(c.seq) !== c.hash) {
      return fail('rewritten', lastMatching + 1, `entry ${c.seq} differs from the checkpoint signed at ${c.at}: entries after ${lastMatching} (the last checkpoint that still matches) were changed and re-hashed, or replaced by an older copy; the first affected entry is one of ${lastMatching + 1}–${c.seq}`);
    }
    lastMatching = c.seq;
  }
  if (options.messageCount !== undefined && options.messageCount > walk.messageEntries) {
    const missing = options.messageCount - walk.messageEntries;
    return fail(headSeq === 0 ? 'emptied' : 'messages-unaudited', headSeq + 1, `${options.messageCount} messages are stored but only ${walk.messageEntries} have their audit entry: ${missing} entries were removed after entry ${headSeq}`);
  }
  if (forged.length) return fail('bad-checkpoint', latest ? latest.seq : 0, `checkpoint file lines ${forged.join(', ')} do not carry a valid signature by the configured key (${key ? key.keyId : 'none configured'})`);
  if (read === null && headSeq > 0) return fail('no-checkpoint', 1, 'no checkpoint file: the log cannot be checked for truncation or re-hashing (was the file removed?)');
  if (latest && headSeq > latest.seq) notes.push(`entries ${latest.seq + 1}–${headSeq} are newer than the latest checkpoint: they are protected from the next checkpoint on`);
  return { ok: true, ...base, tamper: null, firstBroken: null };
}

/** Count the stored messages (each must have its audit entry). */
export async function countMessages(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('messages').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Handle on the checkpoint writer. */
export interface AuditCheckpointer {
  /** Sign and append the current head now (when it moved since the last checkpoint). */
  checkpoint(): Promise<AuditCheckpoint | null>;
  /** Stop the timer and write a last checkpoint. */
  stop(): Promise<void>;
}

/**
 * Write a checkpoint every `intervalMs` when the head moved, and one at `stop()`. `flush` chains
 * queued entries first (PostgreSQL), so the checkpoint covers everything committed.
 */
export function startAuditCheckpointer(options: {
  db: Kysely<Database>;
  key: AuditSigningKey;
  file: string;
  intervalMs: number;
  flush: () => Promise<void>;
  log: FastifyBaseLogger;
  now: () => Date;
}): AuditCheckpointer {
  let last: { seq: number; hash: string } | null = null;
  let running: Promise<AuditCheckpoint | null> | null = null;
  const write = async (): Promise<AuditCheckpoint | null> => {
    await options.flush();
    const head = await options.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    // An empty log is checkpointed too (seq 0): the file then exists from the first start, so a
    // missing file always means it was removed.
    const h = head ? { seq: Number(head.seq), hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
    if (last && last.seq === h.seq && last.hash === h.hash) return null;
    const c = signCheckpoint(options.key, h, options.now().toISOString());
    await appendCheckpoint(options.file, c);
    last = h;
    return c;
  };
  // One write at a time; a call while one runs waits for it, then writes the head it finds.
  const checkpoint = async (): Promise<AuditCheckpoint | null> => {
    while (running) await running.catch(() => null);
    running = write();
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const timer = setInterval(() => {
    checkpoint().catch((err) => options.log.error({ err: { type: err?.name, code: err?.code } }, 'audit checkpoint failed; the next interval retries'));
  }, options.intervalMs);
  timer.unref();
  return {
    checkpoint,
    async stop() {
      clearInterval(timer);
      await checkpoint();
    },
  };
}
