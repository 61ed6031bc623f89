/**
 * The background side of the PostgreSQL audit queue (see store/audit-log.ts): chains queued entries
 * soon after each write (`poke`) and on a timer as a safety net. On SQLite it does nothing: entries
 * are chained in their own transaction.
 */
import type { FastifyBaseLogger } from 'fastify';
import { flushAuditQueue } from '../store/audit-log.js';
import type { Store } from '../store/open-store.js';

/** Handle on the chainer. */
export interface AuditChainer {
  /** Ask for a flush soon (coalesced: many pokes, one flush at a time). */
  poke(): void;
  /** Chain everything committed so far; resolves when done. Readers call this first. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** Start the chainer for `store`. */
export function startAuditChainer(store: Store, log: FastifyBaseLogger, intervalMs = 250): AuditChainer {
  if (store.dialect !== 'postgres') {
    return { poke: () => undefined, flush: async () => undefined, stop: async () => undefined };
  }
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = flushAuditQueue(store)
      .then(() => undefined)
      .catch((err) => log.error({ err: { type: err?.name, code: err?.code } }, 'audit chainer failed; entries stay queued'))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    poke: () => {
      if (!stopped) void run();
    },
    async flush() {
      if (running) await running;
      await flushAuditQueue(store);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
      await flushAuditQueue(store).catch(() => undefined);
    },
  };
}
