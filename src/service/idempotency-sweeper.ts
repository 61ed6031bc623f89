/**
 * Idempotency records expire. Each send with an Idempotency-Key keeps its reply so that a retry gets
 * the same answer; a platform retries within seconds or minutes, so a record is kept at least
 * `ttlMs` (24 hours by default, as payment APIs do) and removed by a sweep every few minutes after
 * that. Without it the table grows by one reply per keyed send, forever. After expiry, a send with
 * an old key is a new send.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/open-store.js';

/** Records removed per statement, so a large backlog never holds a long write lock. */
const BATCH = 2000;

/** Remove the records created before `before` (ISO time); returns how many were removed. */
export async function expireIdempotencyKeys(store: Store, before: string): Promise<number> {
  let removed = 0;
  for (;;) {
    const res = await store.db
      .deleteFrom('idempotency_keys')
      .where('key', 'in', (eb) => eb.selectFrom('idempotency_keys').select('key').where('created_at', '<', before).limit(BATCH))
      .executeTakeFirst();
    const n = Number(res.numDeletedRows);
    removed += n;
    if (n < BATCH) return removed;
  }
}

/** A running sweep; `stop` waits for a sweep in progress. */
export interface IdempotencySweeper {
  /** Sweep now (also what the timer does). */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/** Sweep every `intervalMs` (unref'd: it never keeps the process alive). */
export function startIdempotencySweeper(store: Store, log: FastifyBaseLogger, now: () => Date, ttlMs: number, intervalMs = 10 * 60 * 1000): IdempotencySweeper {
  let running: Promise<number> | null = null;
  const sweep = (): Promise<number> => {
    running ??= expireIdempotencyKeys(store, new Date(now().getTime() - ttlMs).toISOString())
      .catch((err) => {
        log.error({ err: { type: err?.name, code: err?.code } }, 'idempotency sweep failed; records are kept until the next');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
