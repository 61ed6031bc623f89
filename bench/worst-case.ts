/**
 * Worst-case scan cost: 64 KiB messages made of one short pattern repeated (the shapes a probe found
 * slow, and a few more), timed per stage — the normaliser, each detector alone on the normalised
 * input, and the whole scan — so a super-linear stage is named, not guessed. The median of a few runs
 * after one warm-up run. Target: every whole scan ≤ 50 ms.
 *
 * Run alone: `node --import tsx bench/worst-case.ts [--json FILE]`; `npm run bench -- --only worst-case`.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { normalise } from '../src/engine/normalise/index.js';
import { DEFAULT_DETECTORS } from '../src/engine/detectors/registry.js';
import { DEFAULT_ENGINE_CONFIG as DEFAULT_CONFIG } from '../src/engine/config.js';
import { scan } from '../src/engine/scan.js';
import type { DetectorInput } from '../src/engine/types.js';

/** The adversarial shapes: each is repeated to 64 KiB. */
export const WORST_CASE_SHAPES: { name: string; unit: string }[] = [
  { name: 'digit pairs', unit: '0 1 ' },
  { name: 'mobile prefix', unit: '07700 ' },
  { name: 'spelled digits', unit: 'oh seven ' },
  { name: 'handles', unit: '@handle ' },
  { name: 'at/dot words', unit: 'jane at gmail dot ' },
  { name: 'dotted words', unit: 'a.b ' },
  { name: 'emails', unit: 'a@b.co ' },
  { name: 'links', unit: 'www.x.io/ ' },
  { name: 'number words', unit: 'double seven ' },
  { name: 'postcode-ish', unit: 'LS6 2AB ' },
  { name: 'street words', unit: '12 Elm Road ' },
  { name: 'platform words', unit: 'whatsapp me ' },
  { name: 'digits no spaces', unit: '0123456789' },
  { name: 'spaced letters', unit: 'w w w . ' },
  { name: 'zero-width', unit: '0\u200b7\u200b' },
];

export const WORST_CASE_BYTES = 64 * 1024;

/** One shape's figures, in milliseconds. */
export interface WorstCaseRow {
  shape: string;
  unit: string;
  normaliseMs: number;
  /** Each detector alone on the already normalised input. */
  detectorMs: Record<string, number>;
  /** The whole `scan` (normalise + every detector + model veto + redact). */
  scanMs: number;
  /** The same in CPU time of this thread: steadier than wall time on a machine shared with other work. */
  scanCpuMs: number;
}

function repeatTo(unit: string, bytes: number): string {
  const n = Math.floor(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cpuMs(fn: () => unknown, runs: number): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    xs.push((d.user + d.system) / 1000);
  }
  return Math.round(median(xs) * 10) / 10;
}

function timeMs(fn: () => unknown, runs: number): number {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return Math.round(median(xs) * 10) / 10;
}

/** Measure every shape (or the ones named). */
export function runWorstCase(options: { runs?: number; shapes?: string[] } = {}): WorstCaseRow[] {
  const runs = options.runs ?? 3;
  const rows: WorstCaseRow[] = [];
  for (const shape of WORST_CASE_SHAPES) {
    if (options.shapes && !options.shapes.includes(shape.name)) continue;
    const text = repeatTo(shape.unit, WORST_CASE_BYTES);
    const normaliseMs = timeMs(() => normalise(text), runs);
    const normalised = normalise(text);
    const detectorMs: Record<string, number> = {};
    for (const d of DEFAULT_DETECTORS) {
      const input: DetectorInput = { original: text, normalised, lower: normalised.text.toLowerCase(), config: DEFAULT_CONFIG, prior: [] };
      detectorMs[d.id] = timeMs(() => (d.pretest && !d.pretest(input.lower) ? [] : d.find(input)), runs);
    }
    const scanMs = timeMs(() => scan(text), runs);
    const scanCpuMs = cpuMs(() => scan(text), runs);
    rows.push({ shape: shape.name, unit: shape.unit, normaliseMs, detectorMs, scanMs, scanCpuMs });
  }
  return rows;
}

/** A plain table: one row per shape, the slowest stage named. */
export function renderWorstCase(rows: WorstCaseRow[]): string {
  const lines = [`worst case, 64 KiB of one repeated pattern (median ms, wall and CPU; target: scan ≤ 50 ms; load average ${os.loadavg()[0].toFixed(1)})`, ''];
  lines.push(['shape'.padEnd(18), 'scan'.padStart(8), 'cpu'.padStart(8), 'normalise'.padStart(10), '  slowest detectors'].join(''));
  for (const r of rows) {
    const slow = Object.entries(r.detectorMs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id, ms]) => `${id} ${ms}`)
      .join(', ');
    lines.push([r.shape.padEnd(18), String(r.scanMs).padStart(8), String(r.scanCpuMs).padStart(8), String(r.normaliseMs).padStart(10), `  ${slow}`, r.scanMs > 50 ? '  ✗' : ''].join(''));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--json');
  const only = process.argv.indexOf('--shape');
  const rows = runWorstCase({ shapes: only > 0 ? [process.argv[only + 1]] : undefined });
  process.stdout.write(renderWorstCase(rows) + '\n');
  if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(rows, null, 2) + '\n');
}
