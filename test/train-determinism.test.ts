/**
 * `npm run train` is deterministic: two runs in separate processes (so no state is shared) write
 * the same weights byte for byte. A small run (the first examples of each source) keeps it quick;
 * it goes through every step the full run does: generation, features, training, calibration.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

function trainSmall(dir: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'train/train.ts', '--limit', '150', '--out', dir], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  return createHash('sha256').update(readFileSync(join(dir, 'address.bin'))).update(readFileSync(join(dir, 'intent.bin'))).digest('hex');
}

test('two training runs give the same weights files (address tagger and intent model), byte for byte', () => {
  const a = mkdtempSync(join(tmpdir(), 'chaperone-train-a-'));
  const b = mkdtempSync(join(tmpdir(), 'chaperone-train-b-'));
  try {
    const first = trainSmall(a);
    const second = trainSmall(b);
    assert.equal(second, first);
    // The metadata records the hash of the weights it describes.
    const meta = JSON.parse(readFileSync(join(a, 'intent.meta.json'), 'utf8')) as { weightsSha256: string };
    assert.equal(meta.weightsSha256, createHash('sha256').update(readFileSync(join(a, 'intent.bin'))).digest('hex'));
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
