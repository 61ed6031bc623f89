/**
 * The attachment fixture set (scripts/make-attachment-fixtures.mjs, seeded) against the thresholds of
 * issue 18: recall ≥ 0.90 on contact details rendered at ≥ 14 px (fonts, rotations ≤ 15°, noise,
 * backgrounds, blur; images and PDFs with and without a text layer), ≤ 2% of harmless worksheets
 * flagged, every QR payload found. About 60 files: bounded so it runs in well under a minute.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { OcrPool } from '../src/attachments/index.js';
import { evaluateFixtures } from './helpers/attachment-fixture-eval.js';
// @ts-expect-error: a plain .mjs script without types
import { makeAttachmentFixtures } from '../scripts/make-attachment-fixtures.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'chaperone-attachments-'));
const ocr = new OcrPool({ size: 2 });
after(async () => {
  await ocr.close();
  rmSync(dir, { recursive: true, force: true });
});

it('meets the thresholds on the generated fixture set', async () => {
  await makeAttachmentFixtures(dir);
  const f = await evaluateFixtures(dir, ocr, 2);
  console.log(`# contact recall ${f.contact.found}/${f.contact.total} = ${f.contact.recall.toFixed(3)}; harmless flagged ${f.harmless.flagged}/${f.harmless.total}; QR ${f.qr.found}/${f.qr.total}`);
  assert.deepEqual(f.errors, []);
  assert.ok(f.contact.total >= 25 && f.harmless.total >= 15 && f.qr.total >= 8, 'the set has its size');
  assert.ok(f.contact.recall >= 0.9, `recall ${f.contact.recall}; missed: ${f.contact.missed.join('; ')}`);
  assert.ok(f.harmless.rate <= 0.02, `harmless flagged: ${f.harmless.flaggedFiles.join('; ')}`);
  assert.equal(f.qr.found, f.qr.total, `QR missed: ${f.qr.missed.join(', ')}`);
});
