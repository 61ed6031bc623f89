/**
 * Webhooks on hold, block and escalation. Events are written to the durable outbox in the same
 * transaction as the decision; a background dispatcher sends due rows, signed in the Standard
 * Webhooks format (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64>`; the
 * `standardwebhooks` package, so receivers verify with a library in their own language) and, during
 * the migration, also with the original header (`Chaperone-Signature: t=<unix>,v1=<hex>` over
 * `${t}.${body}`); and on failure retries with exponential back-off. A receiver that is down loses
 * nothing: the row stays pending until it answers 2xx (or is marked dead after `maxAttempts`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/open-store.js';

/** An event to deliver. `data` carries ids, kinds and actions only, never message text. */
export interface WebhookEvent {
  type: 'message.held' | 'message.blocked' | 'user.escalated' | 'conversation.flagged' | 'appeal.decided' | 'user.message';
  data: Record<string, unknown>;
}

/** Where and how to deliver. */
export interface WebhookOptions {
  url: string;
  secret: string;
  /** First retry delay (default 1000 ms); doubles per attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** After this many failed attempts the row is marked dead (default 15). */
  maxAttempts?: number;
  /** How often the dispatcher looks for due rows (default 500 ms). */
  intervalMs?: number;
  /** Per-request timeout (default 5000 ms). */
  timeoutMs?: number;
  /**
   * Which signatures to send (default $CHAPERONE_WEBHOOK_SIGNATURE, else 'both'): 'both' = Standard
   * Webhooks headers and the original `chaperone-signature` (the migration period), 'standard' = the
   * Standard Webhooks headers only, 'legacy' = the original header only.
   */
  signature?: WebhookSignatureMode;
}

/** Which signature headers a delivery carries (see WebhookOptions.signature). */
export type WebhookSignatureMode = 'both' | 'standard' | 'legacy';

/** The signature mode from $CHAPERONE_WEBHOOK_SIGNATURE (default 'both'); throws on anything else. */
export function webhookSignatureModeFromEnv(value = process.env.CHAPERONE_WEBHOOK_SIGNATURE): WebhookSignatureMode {
  if (value === undefined || value === '') return 'both';
  if (value === 'both' || value === 'standard' || value === 'legacy') return value;
  throw new Error(`CHAPERONE_WEBHOOK_SIGNATURE must be both, standard or legacy, got '${value}'`);
}

/**
 * The Standard Webhooks signer for `secret`. A `whsec_<base64>` secret (the format Standard Webhooks
 * libraries take) is used as they use it; any other secret — one set before the migration — is used
 * as its raw UTF-8 bytes, which receivers pass as raw (`new Webhook(secret, { format: 'raw' })` in
 * JavaScript; the other libraries take the bytes as well).
 */
export function standardWebhook(secret: string): Webhook {
  return secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(Buffer.from(secret, 'utf8'), { format: 'raw' });
}

/** The headers of one delivery of outbox row `id` (its event id, stable across retries) at unix time `t`. */
export function webhookHeaders(options: Pick<WebhookOptions, 'secret' | 'signature'>, row: { id: string; event: string; payload: string }, t: number, signer = standardWebhook(options.secret)): Record<string, string> {
  const mode = options.signature ?? 'both';
  const headers: Record<string, string> = { 'content-type': 'application/json', 'chaperone-event': row.event };
  if (mode !== 'legacy') {
    headers['webhook-id'] = row.id;
    headers['webhook-timestamp'] = String(t);
    headers['webhook-signature'] = signer.sign(row.id, new Date(t * 1000), row.payload);
  }
  if (mode !== 'standard') headers['chaperone-signature'] = signWebhook(options.secret, row.payload, t);
  return headers;
}

/** The signature header value for `body` at unix time `t`. */
export function signWebhook(secret: string, body: string, t: number): string {
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * Check a `Chaperone-Signature` header (for receivers, and tests): the HMAC must match and `t` must be
 * within `toleranceSeconds` of now.
 */
export function verifyWebhookSignature(secret: string, body: string, header: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The background sender. */
export interface WebhookDispatcher {
  /** Send every due row once (the timer calls this; tests may too). Resolves to the number sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** Start the dispatcher for `store`. */
export function startWebhookDispatcher(store: Store, options: WebhookOptions, log: FastifyBaseLogger, now: () => Date = () => new Date()): WebhookDispatcher {
  const base = options.baseDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 3_600_000;
  const maxAttempts = options.maxAttempts ?? 15;
  const timeoutMs = options.timeoutMs ?? 5000;
  const signer = standardWebhook(options.secret);
  let running: Promise<number> | null = null;
  let stopped = false;

  async function deliver(row: { id: string; event: string; payload: string; attempts: number; next_attempt_at: string }): Promise<boolean> {
    // SQLite (one writer, usually one process): claim the row by moving its next attempt forward; if
    // another process changed it first, skip.
    const lease = new Date(now().getTime() + timeoutMs * 2).toISOString();
    const claimed = await store.db
      .updateTable('webhook_outbox')
      .set({ next_attempt_at: lease })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '=', row.next_attempt_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    const t = Math.floor(now().getTime() / 1000);
    let error: string | null = null;
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: webhookHeaders(options, row, t, signer),
        body: row.payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.name + ': ' + err.message : 'request failed';
    }
    const attempts = row.attempts + 1;
    if (!error) {
      await store.db.updateTable('webhook_outbox').set({ status: 'delivered', attempts, delivered_at: now().toISOString(), last_error: null }).where('id', '=', row.id).execute();
      return true;
    }
    const dead = attempts >= maxAttempts;
    const delay = Math.min(maxDelay, base * 2 ** (attempts - 1));
    await store.db
      .updateTable('webhook_outbox')
      .set({ status: dead ? 'dead' : 'pending', attempts, last_error: error, next_attempt_at: new Date(now().getTime() + delay).toISOString() })
      .where('id', '=', row.id)
      .execute();
    log.warn({ webhookId: row.id, event: row.event, attempts, dead, error }, 'webhook delivery failed');
    return false;
  }

  /** POST one row; null when the receiver answered 2xx, else the error. */
  async function post(row: { id: string; event: string; payload: string }): Promise<string | null> {
    const t = Math.floor(now().getTime() / 1000);
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: webhookHeaders(options, row, t, signer),
        body: row.payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? null : `HTTP ${res.status}`;
    } catch (err) {
      return err instanceof Error ? err.name + ': ' + err.message : 'request failed';
    }
  }

  /**
   * PostgreSQL: claim due rows with `FOR UPDATE SKIP LOCKED` and hold the row locks while sending, so
   * no other instance can take a row that is being delivered however slow this instance is (a
   * time lease can run out under load and let a second instance send it again). If this process
   * dies mid-delivery its transaction is rolled back and the rows are free again: delivery stays at
   * least once only across a crash.
   */
  async function runOncePostgres(): Promise<number> {
    let sent = 0;
    // One row per transaction: a crash can then resend at most the one row in flight (a batch held
    // in one transaction would resend every row of it already delivered).
    for (let i = 0; i < 50 && !stopped; i++) {
      const outcome = await store.transaction(async (tx) => {
        const row = await tx
          .selectFrom('webhook_outbox')
          .select(['id', 'event', 'payload', 'attempts'])
          .where('status', '=', 'pending')
          .where('next_attempt_at', '<=', now().toISOString())
          .orderBy('next_attempt_at')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!row) return 'none' as const;
        const error = await post(row);
        const attempts = Number(row.attempts) + 1;
        if (!error) {
          await tx.updateTable('webhook_outbox').set({ status: 'delivered', attempts, delivered_at: now().toISOString(), last_error: null }).where('id', '=', row.id).execute();
          return 'sent' as const;
        }
        const dead = attempts >= maxAttempts;
        const delay = Math.min(maxDelay, base * 2 ** (attempts - 1));
        await tx
          .updateTable('webhook_outbox')
          .set({ status: dead ? 'dead' : 'pending', attempts, last_error: error, next_attempt_at: new Date(now().getTime() + delay).toISOString() })
          .where('id', '=', row.id)
          .execute();
        log.warn({ webhookId: row.id, event: row.event, attempts, dead, error }, 'webhook delivery failed');
        return 'failed' as const;
      });
      if (outcome === 'none') break;
      if (outcome === 'sent') sent += 1;
    }
    return sent;
  }

  async function runOnce(): Promise<number> {
    if (running) return running;
    if (store.dialect === 'postgres') {
      running = runOncePostgres().finally(() => {
        running = null;
      });
      return running;
    }
    running = (async () => {
      let sent = 0;
      const due = await store.db
        .selectFrom('webhook_outbox')
        .select(['id', 'event', 'payload', 'attempts', 'next_attempt_at'])
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now().toISOString())
        .orderBy('next_attempt_at')
        .limit(50)
        .execute();
      for (const row of due) {
        if (stopped) break;
        if (await deliver({ ...row, attempts: Number(row.attempts) })) sent += 1;
      }
      return sent;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const timer = setInterval(() => {
    runOnce().catch((err) => log.error({ err: { message: err instanceof Error ? err.message : String(err) } }, 'webhook dispatcher error'));
  }, options.intervalMs ?? 500);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running.catch(() => undefined);
    },
  };
}
