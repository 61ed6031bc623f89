/**
 * Issue 14, item 4 (spans), for addresses: every must-match line of test/fixtures/address.match.jsonl
 * that names a `detail` (the exact address substring) must get an address finding whose text covers
 * the whole detail, and reaches no further than a few characters beyond it. "12 Elm Road", not
 * "live at 1".
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scan } from '../src/engine/scan.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/** How far a finding may reach beyond the detail (a comma, "Eircode is"…). */
const SLACK = 12;

const lines = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'address.match.jsonl'), 'utf8').split('\n');
lines.forEach((raw, i) => {
  if (!raw.trim()) return;
  const line = JSON.parse(raw) as { text: string; detail?: string; why: string };
  if (!line.detail) return;
  const detail = line.detail;
  test(`address.match.jsonl:${i + 1} finding text covers "${detail}"`, () => {
    const at = line.text.indexOf(detail);
    assert.ok(at >= 0, 'fixture error: detail is not in the text');
    const found = scan(line.text).findings.filter((f) => f.kind === 'address');
    const covering = found.find((f) => f.start <= at && f.end >= at + detail.length);
    assert.ok(covering, `no address finding covers ${JSON.stringify(detail)}; findings: ${JSON.stringify(found.map((f) => f.text))}`);
    assert.ok(covering.text.includes(detail));
    assert.ok(covering.start >= at - SLACK && covering.end <= at + detail.length + SLACK, `finding ${JSON.stringify(covering.text)} reaches too far beyond the detail`);
  });
});
