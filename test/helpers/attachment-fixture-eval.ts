/**
 * Measure the attachment reader on the generated fixture set (scripts/make-attachment-fixtures.mjs):
 * recall on rendered contact details at ≥ 14 px, the share of harmless worksheets flagged, and QR
 * payloads found. Shared by test/attachments.fixtures.test.ts and the bench.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseAttachment, scanAttachments, type OcrPool } from '../../src/attachments/index.js';
import type { Finding } from '../../src/engine/types.js';

/** One manifest entry (see the generator). */
export interface FixtureEntry {
  file: string;
  group: 'contact' | 'qr' | 'harmless';
  kinds: string[];
  size?: number;
  text?: string;
  payload?: string;
}

/** The figures, and the files that missed or were flagged, for the report. */
export interface FixtureFigures {
  contact: { total: number; found: number; recall: number; missed: string[] };
  qr: { total: number; found: number; missed: string[] };
  harmless: { total: number; flagged: number; rate: number; flaggedFiles: string[] };
  /** Milliseconds per file, in manifest order. */
  times: number[];
  errors: string[];
}

/** Findings at or above this score count (the default policy's report threshold). */
const REPORT = 0.5;
const OFF_PLATFORM = new Set(['phone', 'email', 'url', 'social', 'platform']);

/** Read `dir/manifest.json`, analyse every file (in parallel up to `concurrency`), and score. */
export async function evaluateFixtures(dir: string, ocr: OcrPool, concurrency = 2): Promise<FixtureFigures> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as FixtureEntry[];
  const results: { entry: FixtureEntry; findings: Finding[]; ms: number; error?: string }[] = new Array(manifest.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= manifest.length) return;
      const entry = manifest[i]!;
      const t0 = performance.now();
      try {
        const a = await analyseAttachment({ name: entry.file, bytes: readFileSync(path.join(dir, entry.file)) }, 0, { ocr });
        results[i] = { entry, findings: scanAttachments([a]), ms: performance.now() - t0 };
      } catch (e) {
        results[i] = { entry, findings: [], ms: performance.now() - t0, error: `${entry.file}: ${(e as Error).message}` };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const figures: FixtureFigures = {
    contact: { total: 0, found: 0, recall: 0, missed: [] },
    qr: { total: 0, found: 0, missed: [] },
    harmless: { total: 0, flagged: 0, rate: 0, flaggedFiles: [] },
    times: results.map((r) => r.ms),
    errors: results.filter((r) => r.error).map((r) => r.error!),
  };
  for (const r of results) {
    const reported = r.findings.filter((f) => f.score >= REPORT && OFF_PLATFORM.has(f.kind));
    if (r.entry.group === 'harmless') {
      figures.harmless.total++;
      if (reported.length) {
        figures.harmless.flagged++;
        figures.harmless.flaggedFiles.push(`${r.entry.file}: ${reported.map((f) => `${f.kind} "${f.text}"`).join(', ')}`);
      }
      continue;
    }
    const found = reported.some((f) => r.entry.kinds.includes(f.kind));
    if (r.entry.group === 'qr') {
      figures.qr.total++;
      if (found && r.findings.some((f) => f.source === 'qr')) figures.qr.found++;
      else figures.qr.missed.push(r.entry.file);
    } else if ((r.entry.size ?? 0) >= 14) {
      figures.contact.total++;
      if (found) figures.contact.found++;
      else figures.contact.missed.push(`${r.entry.file} (${r.entry.text})`);
    }
  }
  figures.contact.recall = figures.contact.total ? figures.contact.found / figures.contact.total : 0;
  figures.harmless.rate = figures.harmless.total ? figures.harmless.flagged / figures.harmless.total : 0;
  return figures;
}
