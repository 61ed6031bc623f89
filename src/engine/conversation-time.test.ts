import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseTime } from './conversation.js';

// parseTime is Date.parse with a fast path: on any string it must give Date.parse's answer.
const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
const iso = fc
  .tuple(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), two(0, 13), two(0, 32), two(0, 25), two(0, 61), two(0, 61), fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')), fc.boolean())
  .map(([y, mo, d, h, mi, s, ms, withMs]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${withMs ? `.${ms}` : ''}Z`);

test('parseTime agrees with Date.parse on ISO timestamps, valid or not', () => {
  fc.assert(fc.property(iso, (s) => Object.is(parseTime(s), Date.parse(s)) || assert.fail(`${s}: ${parseTime(s)} vs ${Date.parse(s)}`)), { numRuns: 20_000 });
});

test('parseTime agrees with Date.parse on other strings', () => {
  for (const s of ['2026-01-05T16:00:00.000+01:00', '2026-01-05', 'yesterday', '', '2026-01-05T16:00:00.000z', '2026-01-05 16:00:00.000Z', '2026-1-05T16:00:00.000Z', '+002026-01-05T16:00:00.000Z', '0099-01-05T16:00:00.000Z']) {
    assert.ok(Object.is(parseTime(s), Date.parse(s)), s);
  }
  fc.assert(fc.property(fc.string({ maxLength: 26 }), (s) => Object.is(parseTime(s), Date.parse(s))), { numRuns: 5_000 });
});
