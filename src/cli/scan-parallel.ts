/**
 * `chaperone scan --workers N`: the main thread reads, splits and parses the lines (so a bad line's
 * error is answered here, in order), and hands valid requests in batches to N worker threads, each
 * with its own engine. A conversation always goes to the same worker — its id is hashed — so the
 * conversation memory that joins a detail split across messages sees every message of its
 * conversation, in input order. Lines without a conversation go to the least busy worker. Answers
 * come back in any order and are written strictly in input order; the lines in flight are bounded,
 * so memory stays constant whatever the input's size.
 *
 * A line with attachments has them read here first (decoded and OCR'd in the shared, bounded OCR
 * pool; `readLineAttachments`), then goes to its worker like any line, carrying the text units: the
 * worker scans them with the same engine. Output order is kept; a refused attachment is that line's
 * error, answered here in its place.
 */
import { Worker } from 'node:worker_threads';
import { isBlankLine, parseInputLine, type LineError, type ScanRequest } from './jsonl-input.js';
import type { InputLine } from './jsonl-lines.js';
import { JsonlWriter } from './jsonl-writer.js';
import type { Writable } from 'node:stream';
import { readLineAttachments, type ScanCommandOptions, type ScanRunSummary } from './scan.js';

/** What a worker is started with. */
export interface ScanWorkerData {
  policy?: string;
  usePolicy: boolean;
  maxConversations: number;
}

/** A batch of parsed lines for one worker: output slots, line numbers and requests, index by index. */
export interface ScanWorkerBatch {
  slots: number[];
  lineNos: number[];
  requests: ScanRequest[];
}

/** A worker's answer to a batch: the output line of each slot, and which of them failed. */
export interface ScanWorkerReply {
  slots: number[];
  json: string[];
  failed: number[];
}

/** Lines per batch sent to a worker: large enough that messaging costs little per line. */
const BATCH = 128;
/** Batches in flight per worker before the reader waits (bounds memory; keeps workers fed). */
const IN_FLIGHT_BATCHES = 6;

/** FNV-1a of a conversation id: the same id always goes to the same worker. */
export function conversationWorker(conversation: string, workers: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < conversation.length; i++) {
    h ^= conversation.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % workers;
}

function startWorker(data: ScanWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: data });
  // Under tsx (the tests run the sources): a worker thread does not inherit tsx's loader hooks, so it
  // registers them before importing the TypeScript worker.
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./scan-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); })`, { eval: true, workerData: data });
}

/**
 * Scan `lines` into `output` with `workers` worker threads (at least 2). Rejects when the output
 * goes (`OutputClosedError`), the input cannot be read, or a worker dies.
 */
export async function runScanParallel(lines: AsyncIterable<InputLine>, output: Writable, options: ScanCommandOptions, workers: number, onLine?: () => void): Promise<ScanRunSummary> {
  const writer = new JsonlWriter(output);
  const summary: ScanRunSummary = { scanned: 0, failed: 0 };
  const data: ScanWorkerData = { usePolicy: options.usePolicy, maxConversations: options.maxConversations };
  if (options.policy !== undefined) data.policy = options.policy;

  // Output slots in input order: a string once answered. `slots[i]` is slot `base + i`.
  const slots: (string | undefined)[] = [];
  let base = 0;
  let nextSlot = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const pool = Array.from({ length: workers }, () => startWorker(data));
  const inFlight = new Array<number>(workers).fill(0);
  let totalInFlight = 0;
  const batches: ScanWorkerBatch[] = pool.map(() => ({ slots: [], lineNos: [], requests: [] }));
  pool.forEach((worker, w) => {
    worker.on('message', (reply: ScanWorkerReply) => {
      for (let i = 0; i < reply.slots.length; i++) slots[reply.slots[i]! - base] = reply.json[i]!;
      summary.failed += reply.failed.length;
      summary.scanned += reply.slots.length - reply.failed.length;
      inFlight[w]! -= reply.slots.length;
      totalInFlight -= reply.slots.length;
      notify();
    });
    worker.on('error', (err) => {
      fatal ??= err instanceof Error ? err : new Error(String(err));
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) fatal ??= new Error(`a scan worker stopped (exit code ${code})`);
      notify();
    });
  });

  const send = (w: number): void => {
    const batch = batches[w]!;
    if (batch.slots.length === 0) return;
    batches[w] = { slots: [], lineNos: [], requests: [] };
    pool[w]!.postMessage(batch);
  };
  const sendAll = (): void => {
    for (let w = 0; w < workers; w++) send(w);
  };
  // Partial batches go out as soon as the reader waits for input, so a slow stream is not held back.
  let flushScheduled = false;
  const scheduleFlush = (): void => {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      sendAll();
    });
  };

  const writeReady = async (): Promise<void> => {
    let n = 0;
    while (n < slots.length && slots[n] !== undefined) n++;
    if (n === 0) return;
    const ready = slots.splice(0, n) as string[];
    base += n;
    for (const json of ready) await writer.writeLine(json);
  };
  const waitForAnswers = async (): Promise<void> => {
    if (fatal) throw fatal;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    if (fatal) throw fatal;
    await writeReady();
  };
  const answerHere = (id: string | number | null, lineNo: number, error: LineError): void => {
    summary.failed++;
    slots.push(JSON.stringify({ id, line: lineNo, error }));
    nextSlot++;
  };

  try {
    const maxInFlight = workers * BATCH * IN_FLIGHT_BATCHES;
    let refused: LineError | null = null;
    for await (const line of lines) {
      onLine?.();
      if (line.tooLong) {
        answerHere(null, line.lineNo, { code: 'line_too_long', message: `the line is ${line.length} bytes, over the limit of ${options.maxLineBytes} (--max-line-bytes); it was not read` });
      } else if (isBlankLine(line.bytes)) {
        continue;
      } else {
        const parsed = parseInputLine(line.bytes, { maxTextBytes: options.maxTextBytes });
        if (!parsed.ok) {
          answerHere(parsed.id, line.lineNo, parsed.error);
        } else if (parsed.request.attachments && (refused = await readLineAttachments(parsed.request))) {
          // A refused attachment: the line's error, answered here in its place. Accepted ones were read on
          // this thread (OCR in the shared pool); the worker gets their text units with the request.
          answerHere(parsed.request.id, line.lineNo, refused);
        } else {
          const request = parsed.request;
          let w: number;
          if (request.conversation !== undefined) {
            w = conversationWorker(request.conversation, workers);
          } else {
            w = 0;
            for (let i = 1; i < workers; i++) if (inFlight[i]! + batches[i]!.slots.length < inFlight[w]! + batches[w]!.slots.length) w = i;
          }
          const batch = batches[w]!;
          batch.slots.push(nextSlot++);
          batch.lineNos.push(line.lineNo);
          batch.requests.push(request);
          slots.push(undefined);
          inFlight[w]!++;
          totalInFlight++;
          if (batch.slots.length >= BATCH) send(w);
          else scheduleFlush();
        }
      }
      if (slots[0] !== undefined) await writeReady();
      while (totalInFlight >= maxInFlight) {
        sendAll();
        await waitForAnswers();
      }
      if (fatal) throw fatal;
    }
    sendAll();
    while (totalInFlight > 0) await waitForAnswers();
    await writeReady();
    await writer.end();
    return summary;
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
