/**
 * The address tagger's training is deterministic: two quick runs of `trainAddressModel` give the same
 * bytes (the same seeded generator, shuffles and single-threaded arithmetic), and the model they write
 * loads and tags an address.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeModel } from '../src/engine/tagger/model.js';
import { tagAddresses } from '../src/engine/tagger/tag.js';
import { trainAddressModel } from '../train/address/train.js';

test('two quick training runs write the same model bytes', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'chaperone-address-'));
  try {
    const a = trainAddressModel({ quick: true, outDir: join(dir, 'a') });
    const b = trainAddressModel({ quick: true, outDir: join(dir, 'b') });
    assert.equal(a.sha256, b.sha256);
    assert.deepEqual(readFileSync(a.modelPath), readFileSync(b.modelPath));
    assert.equal(readFileSync(a.metaPath, 'utf8'), readFileSync(b.metaPath, 'utf8'));
    const model = decodeModel(readFileSync(a.modelPath));
    const spans = tagAddresses("we're at 64 Hawthorn Road, near the park", model);
    assert.ok(spans.some((s) => s.start === 9 && s.end === 25), JSON.stringify(spans));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
