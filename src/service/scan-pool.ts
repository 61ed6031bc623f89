/**
 * Scanning off the event loop: a pool of worker threads, each holding its own engine configured from
 * the same policy file, shared by HTTP sends and the stream intake. The main thread stays free to
 * answer other requests while a long message is scanned, and a scan that runs past the per-message
 * budget is abandoned: its worker is terminated (a runaway regular expression cannot be interrupted
 * any other way) and replaced, and the caller gets `ScanUnavailableError('scan-timeout')`, so the
 * message is held for review, never delivered unscanned.
 *
 * The budget starts when a worker takes the message, not when it is queued: a merely busy machine
 * (every worker occupied) makes messages wait, it does not hold them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConversationMessage, ConversationOptions, ConversationState } from '../engine/conversation.js';
import { ScanUnavailableError, type ConversationScan, type ConversationScanner } from './conversation-scanner.js';

/** What a worker is started with. */
export interface ScanPoolWorkerData {
  /** The policy file the engine is configured from (null: the default policy). */
  policyFile: string | null;
}

/** A job sent to a worker, and its answer. */
export interface ScanJob {
  id: number;
  state: ConversationState | undefined;
  message: ConversationMessage;
  /** Memory bounds only: the engine configuration comes from the policy file. */
  bounds: Pick<ConversationOptions, 'maxMessages' | 'maxAgeMs' | 'maxBytes'>;
}
export type ScanJobReply = { id: number; ok: true; scan: ConversationScan } | { id: number; ok: false; error: string } | { ready: true };

interface Pending {
  job: ScanJob;
  resolve: (v: ConversationScan) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded and warmed its engine: the budget must not pay for start-up. */
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

function startWorker(data: ScanPoolWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./scan-pool-worker.js', import.meta.url), { workerData: data });
  // Under tsx (the tests run the sources): a worker thread does not inherit tsx's loader hooks.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./scan-pool-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`, { eval: true, workerData: data });
}

/** The number of workers: $CHAPERONE_SCAN_WORKERS, else the machine's cores. */
export function scanWorkersFromEnv(raw = process.env.CHAPERONE_SCAN_WORKERS): number {
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`CHAPERONE_SCAN_WORKERS must be a whole number (0 = scan on the main thread), got '${raw}'`);
  return n;
}

/** Start a pool of `size` workers scanning with the engine configured from `policyFile`, each scan within `budgetMs`. */
export function startScanPool(options: { size: number; budgetMs: number; policyFile: string | null; onWorkerError?: (err: unknown) => void }): ConversationScanner {
  const data: ScanPoolWorkerData = { policyFile: options.policyFile };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(data), ready: false, busy: null, timer: null };
    slot.worker.on('message', (reply: ScanJobReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        pump();
        return;
      }
      const p = slot.busy;
      if (!p || p.job.id !== reply.id) return;
      finish(slot);
      if (reply.ok) p.resolve(reply.scan);
      else p.reject(new ScanUnavailableError('scan-failed', `the scan failed: ${reply.error}`));
    });
    slot.worker.on('error', (err) => {
      options.onWorkerError?.(err);
      replace(slot, new ScanUnavailableError('scan-failed', 'the scanning worker stopped'));
    });
    slot.worker.on('exit', () => {
      if (!closed && slots.includes(slot)) replace(slot, new ScanUnavailableError('scan-failed', 'the scanning worker exited'));
    });
    return slot;
  };

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    pump();
  };

  /** Drop `slot` (failing its job with `err`) and start a fresh worker in its place. */
  const replace = (slot: Slot, err: ScanUnavailableError) => {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    const p = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slots.splice(i, 1);
    void slot.worker.terminate();
    if (!closed) slots.push(spawn());
    p?.reject(err);
    pump();
  };

  const pump = () => {
    for (const slot of slots) {
      if (!slot.ready || slot.busy || queue.length === 0) continue;
      const p = queue.shift()!;
      slot.busy = p;
      // The budget runs from here: time spent waiting for a free worker does not count.
      slot.timer = setTimeout(() => replace(slot, new ScanUnavailableError('scan-timeout', `the scan did not finish within ${options.budgetMs} ms`)), options.budgetMs);
      slot.worker.postMessage(p.job);
    }
  };

  for (let i = 0; i < Math.max(1, options.size); i++) slots.push(spawn());

  return {
    scan(state, message, scanOptions) {
      if (closed) return Promise.reject(new ScanUnavailableError('scan-failed', 'the scan pool is closed'));
      const job: ScanJob = { id: nextId++, state, message, bounds: { maxMessages: scanOptions.maxMessages, maxAgeMs: scanOptions.maxAgeMs, maxBytes: scanOptions.maxBytes } };
      return new Promise<ConversationScan>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new ScanUnavailableError('scan-failed', 'the scan pool is closed'));
      await Promise.all(
        slots.splice(0).map((s) => {
          if (s.timer) clearTimeout(s.timer);
          s.busy?.reject(new ScanUnavailableError('scan-failed', 'the scan pool is closed'));
          return s.worker.terminate();
        }),
      );
    },
  };
}
