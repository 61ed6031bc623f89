/**
 * OCR off the hot path: a bounded pool of tesseract.js workers (each a worker thread running the
 * WebAssembly engine). At most `size` images are recognised at once; others wait in a bounded queue.
 * The English traineddata ships in the npm package `@tesseract.js-data/eng` and is read from disk:
 * nothing is downloaded at run time (`langPath` is that package's folder, caching is off).
 *
 * A recognition that overruns its time budget is abandoned and its worker terminated and replaced,
 * so one hostile image cannot hold a worker forever.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Tesseract from 'tesseract.js';
import { AttachmentError } from './errors.js';
import type { Box, PlacedSpan } from './text-unit.js';

const require = createRequire(import.meta.url);

/** The folder holding `eng.traineddata.gz` (the LSTM "best_int" model: small and accurate). */
export function traineddataPath(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/** Recognised text with the box of every word, in the pixels of the image given. */
export interface OcrResult {
  text: string;
  words: PlacedSpan[];
  /** Mean word confidence, 0..100. */
  confidence: number;
}

/** Options of an OCR pool. */
export interface OcrPoolOptions {
  /** Workers (concurrent recognitions). Default: CHAPERONE_OCR_WORKERS, else min(2, cores). */
  size?: number;
  /** Recognitions waiting for a worker before new ones are refused. Default 256. */
  maxQueued?: number;
}

interface Job {
  image: Buffer;
  timeoutMs: number;
  resolve: (r: OcrResult) => void;
  reject: (e: unknown) => void;
}

/** A bounded pool of tesseract.js workers; create once, `close()` at shutdown. */
export class OcrPool {
  readonly size: number;
  private readonly maxQueued: number;
  private readonly idle: Tesseract.Worker[] = [];
  private starting = 0;
  private live = 0;
  private readonly queue: Job[] = [];
  private closed = false;
  private tesseract: Promise<typeof Tesseract> | undefined;

  constructor(options: OcrPoolOptions = {}) {
    const env = Number(process.env.CHAPERONE_OCR_WORKERS);
    this.size = Math.max(1, Math.floor(options.size ?? (Number.isInteger(env) && env > 0 ? env : Math.min(2, availableParallelism()))));
    this.maxQueued = options.maxQueued ?? 256;
  }

  /** Recognise the text of an image (PNG, JPEG…) within `timeoutMs`. */
  recognize(image: Buffer, timeoutMs: number): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new AttachmentError('unreadable', 'the OCR pool is closed'));
    if (this.queue.length >= this.maxQueued) return Promise.reject(new AttachmentError('unreadable', 'too many images are waiting for OCR; try again later'));
    return new Promise<OcrResult>((resolve, reject) => {
      this.queue.push({ image, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /** Terminate every worker; queued recognitions are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AttachmentError('unreadable', 'the OCR pool was closed'));
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((w) => w.terminate().catch(() => undefined)));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.idle.pop();
      if (worker) {
        void this.run(worker, this.queue.shift()!);
        continue;
      }
      if (this.live + this.starting < this.size) {
        this.starting++;
        this.startWorker().then(
          (w) => {
            this.starting--;
            this.live++;
            if (this.closed) void w.terminate();
            else this.release(w);
          },
          (err: unknown) => {
            this.starting--;
            // Fail the waiting jobs rather than retrying forever on a broken install.
            for (const job of this.queue.splice(0)) job.reject(new AttachmentError('unreadable', `OCR could not start (${err instanceof Error ? err.message : 'unknown error'})`));
          },
        );
      }
      return;
    }
  }

  private release(worker: Tesseract.Worker): void {
    if (this.closed) {
      this.live--;
      void worker.terminate();
      return;
    }
    this.idle.push(worker);
    this.pump();
  }

  private async run(worker: Tesseract.Worker, job: Job): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), job.timeoutMs);
    });
    try {
      const r = await Promise.race([worker.recognize(job.image, {}, { blocks: true, text: true }), timeout]);
      if (r === 'timeout') {
        // The job cannot be cancelled inside the engine: drop the worker, start a fresh one later.
        this.live--;
        void worker.terminate().catch(() => undefined);
        job.reject(new AttachmentError('ocr_timeout', `OCR took longer than ${job.timeoutMs} ms (the limit maxOcrMs)`));
        this.pump();
        return;
      }
      job.resolve(toResult(r.data));
      this.release(worker);
    } catch (err) {
      this.live--;
      void worker.terminate().catch(() => undefined);
      job.reject(new AttachmentError('malformed', `OCR could not read the image (${err instanceof Error ? err.message.slice(0, 100) : 'unknown error'})`));
      this.pump();
    } finally {
      clearTimeout(timer);
    }
  }

  private async startWorker(): Promise<Tesseract.Worker> {
    this.tesseract ??= import('tesseract.js').then((m) => (m.default ?? m) as typeof Tesseract);
    const t = await this.tesseract;
    // OEM 1: the LSTM engine only (the traineddata here has no legacy model).
    const worker = await t.createWorker('eng', 1, { langPath: traineddataPath(), cacheMethod: 'none', gzip: true });
    // Automatic page segmentation: screenshots and worksheets have several blocks of text. The
    // engine's own notes ("Detected 5 diacritics") go to /dev/null: they would land on standard
    // output, which is the CLI's JSON Lines. A fixed DPI: images carry none worth trusting.
    await worker.setParameters({ tessedit_pageseg_mode: '3' as Tesseract.PSM, preserve_interword_spaces: '0', user_defined_dpi: '300', debug_file: '/dev/null' });
    return worker;
  }
}

/** Text as lines of words, each word placed. */
function toResult(page: Tesseract.Page): OcrResult {
  let text = '';
  const words: PlacedSpan[] = [];
  let confSum = 0;
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        let first = true;
        for (const w of line.words) {
          const t = w.text.trim();
          if (!t) continue;
          if (!first) text += ' ';
          first = false;
          const start = text.length;
          text += t;
          words.push({ start, end: text.length, box: bboxToBox(w.bbox) });
          confSum += w.confidence;
        }
        if (!first) text += '\n';
      }
    }
  }
  return { text, words, confidence: words.length ? confSum / words.length : 0 };
}

function bboxToBox(b: Tesseract.Bbox): Box {
  return { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 };
}

let shared: OcrPool | undefined;

/** The process's shared pool (created on first use). */
export function sharedOcrPool(): OcrPool {
  shared ??= new OcrPool();
  return shared;
}

/** Close the shared pool, if one was created (at the end of a CLI run, at service shutdown). */
export async function closeSharedOcrPool(): Promise<void> {
  const p = shared;
  shared = undefined;
  await p?.close();
}
