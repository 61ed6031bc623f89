/**
 * Small numeric helpers shared by the bench sections: latency percentiles and peak-memory sampling.
 */

/** Latency summary in milliseconds. */
export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * Summarise latencies given in nanoseconds (the first `count` entries of `ns`). Nearest-rank
 * percentiles: p99 is a value that was actually observed.
 * @example summariseNs(Float64Array.from([1e3, 2e3, 3e3])).p50Ms // 0.002
 */
export function summariseNs(ns: Float64Array, count = ns.length): LatencySummary {
  if (count === 0) return { p50Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0 };
  const sorted = ns.slice(0, count).sort();
  const rank = (p: number): number => sorted[Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1))];
  let sum = 0;
  for (let i = 0; i < count; i++) sum += sorted[i];
  return { p50Ms: rank(0.5) / 1e6, p99Ms: rank(0.99) / 1e6, maxMs: sorted[count - 1] / 1e6, meanMs: sum / count / 1e6 };
}

/** Peak resident set and heap seen by a sampler, in MiB. */
export interface MemoryPeak {
  rssMiB: number;
  heapUsedMiB: number;
}

/**
 * Tracks the maximum RSS and heapUsed over explicit `sample()` calls. Explicit because the bench's
 * loops are synchronous: a timer would never fire inside them.
 */
export class MemorySampler {
  private rss = 0;
  private heap = 0;

  /** Take one sample (costs a few microseconds: call it outside timed regions). */
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
  }

  /** The peaks so far. */
  peak(): MemoryPeak {
    return { rssMiB: this.rss / 2 ** 20, heapUsedMiB: this.heap / 2 ** 20 };
  }
}

/** Round for display and JSON: 3 significant decimals below 10, fewer above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 0.1 ? 3 : 4;
  return Number(x.toFixed(digits));
}
