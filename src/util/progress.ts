/**
 * Progress on stderr for long runs — only when stderr is a terminal, so logs and pipes stay clean
 * (stdout is never touched).
 */
/** A progress display: `tick` with the work done so far, `done` to clear it. */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, done() {} };

/** A bar with percentage and an estimate of the time left, on `stream` only when it is a terminal (else silent). */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return SILENT;
  const started = Date.now();
  let last = 0;
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const frac = Math.min(1, done / total);
      const elapsed = (now - started) / 1000;
      const eta = frac > 0 ? elapsed / frac - elapsed : 0;
      const width = 24;
      const fill = Math.round(frac * width);
      stream.write(`\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${done}/${total}  eta ${eta.toFixed(0)}s `);
    },
    done() {
      stream.write(`\r${' '.repeat(80)}\r`);
    },
  };
}
