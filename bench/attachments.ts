/**
 * `npm run bench -- --only attachments`: attachment reading on the generated fixture set
 * (scripts/make-attachment-fixtures.mjs): images per second with the OCR pool busy (as many
 * attachments in flight as the pool has workers), and the time per image alone (p50, p95, max), by
 * kind of file; plus the accuracy figures of issue 18 on the same set (recall on contact details,
 * harmless worksheets flagged, QR payloads found).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OcrPool } from '../src/attachments/index.js';
import { evaluateFixtures, type FixtureFigures } from '../test/helpers/attachment-fixture-eval.js';
// @ts-expect-error: a plain .mjs script without types
import { makeAttachmentFixtures } from '../scripts/make-attachment-fixtures.mjs';

/** What the section reports. */
export interface AttachmentBench {
  files: number;
  ocrWorkers: number;
  /** Files per second with `ocrWorkers` in flight. */
  imagesPerSecond: number;
  /** Milliseconds per file, one at a time (the pool warm). */
  alone: { p50: number; p95: number; max: number };
  accuracy: { recall: number; contacts: number; harmlessFlagged: number; harmless: number; qrFound: number; qr: number };
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : 0;
};

/** Run the section (about 30 s on two cores). */
export async function runAttachmentBench(options: { log?: (s: string) => void } = {}): Promise<AttachmentBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chaperone-bench-att-'));
  const pool = new OcrPool();
  try {
    const manifest = (await makeAttachmentFixtures(dir)) as unknown[];
    // Warm the pool (workers start, traineddata loads) outside the timings.
    await evaluateFixtures(dir, pool, pool.size).catch(() => undefined);
    options.log?.(`attachments: ${manifest.length} files, ${pool.size} OCR workers`);
    const t0 = performance.now();
    const busy: FixtureFigures = await evaluateFixtures(dir, pool, pool.size);
    const wall = (performance.now() - t0) / 1000;
    const alone = await evaluateFixtures(dir, pool, 1);
    return {
      files: manifest.length,
      ocrWorkers: pool.size,
      imagesPerSecond: Math.round((manifest.length / wall) * 100) / 100,
      alone: { p50: Math.round(pct(alone.times, 0.5)), p95: Math.round(pct(alone.times, 0.95)), max: Math.round(Math.max(...alone.times)) },
      accuracy: {
        recall: Math.round(busy.contact.recall * 1000) / 1000,
        contacts: busy.contact.total,
        harmlessFlagged: busy.harmless.flagged,
        harmless: busy.harmless.total,
        qrFound: busy.qr.found,
        qr: busy.qr.total,
      },
    };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section as text. */
export function renderAttachments(r: AttachmentBench): string {
  return [
    '',
    `Attachments (${r.files} generated files: images, QR codes, PDFs with and without a text layer; ${r.ocrWorkers} OCR workers)`,
    `  throughput        ${r.imagesPerSecond} files/s with ${r.ocrWorkers} in flight`,
    `  one at a time     p50 ${r.alone.p50} ms, p95 ${r.alone.p95} ms, max ${r.alone.max} ms per file`,
    `  recall            ${r.accuracy.recall} on ${r.accuracy.contacts} rendered contact details (>= 14 px; target >= 0.90)`,
    `  harmless flagged  ${r.accuracy.harmlessFlagged}/${r.accuracy.harmless} worksheets (target <= 2%)`,
    `  QR payloads       ${r.accuracy.qrFound}/${r.accuracy.qr} (target: all)`,
    '',
  ].join('\n');
}
