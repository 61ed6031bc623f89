import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digits, digitValue } from './digits.js';

test('the other-script digit gate holds exactly for the decimal digits beyond 0–9, on every code point', () => {
  const spec = /(?![0-9])\p{Nd}/u;
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const s = String.fromCodePoint(cp);
    if (digits.pretest!(s) !== spec.test(s)) assert.fail(`U+${cp.toString(16)}`);
  }
});

test('other-script digits become ASCII digits of the same value', () => {
  const edits = digits.edits('٠٧٧٠٠ ०७');
  assert.deepEqual(edits.map((e) => e.replacement), ['0', '7', '7', '0', '0', '0', '7']);
  assert.equal(digitValue('٩'.codePointAt(0)!), 9);
});
