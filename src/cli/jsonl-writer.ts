/**
 * A JSON Lines writer that respects back-pressure: lines are gathered into batches (fewer writes)
 * and, when the destination's buffer is full, the writer waits for `drain` before accepting more,
 * so a slow reader on the other end of a pipe never makes the process buffer the whole output.
 */
import type { Writable } from 'node:stream';

/** Options for `JsonlWriter`. */
export interface JsonlWriterOptions {
  /** Flush once this many UTF-16 units are pending (default 64 Ki). */
  batchSize?: number;
}

/** Raised (as a rejection of `write`/`end`) when the destination fails, e.g. EPIPE when the reader left. */
export class OutputClosedError extends Error {
  readonly code = 'output_closed';
  constructor(cause: unknown) {
    super('the output stream was closed', { cause });
    this.name = 'OutputClosedError';
  }
}

/**
 * Writes one JSON value per line to `out`.
 * @example const w = new JsonlWriter(process.stdout); await w.write({ ok: true }); await w.end();
 */
export class JsonlWriter {
  private pending: string[] = [];
  private pendingSize = 0;
  private failure: OutputClosedError | null = null;
  private readonly batchSize: number;

  constructor(private readonly out: Writable, options: JsonlWriterOptions = {}) {
    this.batchSize = options.batchSize ?? 64 * 1024;
    out.on('error', (err) => {
      this.failure ??= new OutputClosedError(err);
    });
  }

  /** True once the destination has failed (e.g. the reader closed the pipe); writing is pointless. */
  get closed(): boolean {
    return this.failure !== null;
  }

  /** Queue one value; resolves when it is safe to produce more. */
  async write(value: unknown): Promise<void> {
    await this.writeLine(JSON.stringify(value));
  }

  /** Queue one line that is already JSON text (without its newline); resolves when it is safe to produce more. */
  async writeLine(json: string): Promise<void> {
    this.pending.push(json, '\n');
    this.pendingSize += json.length + 1;
    if (this.pendingSize >= this.batchSize) await this.flush();
  }

  /** Write everything pending, waiting for `drain` when the destination asks for it. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const data = this.pending.join('');
    this.pending = [];
    this.pendingSize = 0;
    if (!this.out.write(data)) await this.drained();
    if (this.failure) throw this.failure;
  }

  /** Flush and wait until the destination has accepted everything (the stream is not ended: stdout stays open). */
  async end(): Promise<void> {
    await this.flush();
    if (this.out.writableNeedDrain) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.out.off('drain', done);
        this.out.off('error', done);
        this.out.off('close', done);
        resolve();
      };
      this.out.on('drain', done);
      this.out.on('error', done);
      this.out.on('close', done);
    });
  }
}
