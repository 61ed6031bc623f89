/**
 * The normaliser: property tests (fast-check) for the offset map back to the original text, and
 * example cases per transformer from test/fixtures/normalise.jsonl (input, expected, why).
 *
 * The map's promises, for every string and every transformer list:
 *   - any normalised span maps to an original span inside the original, with start <= end;
 *   - monotone: a later normalised offset never maps before an earlier one;
 *   - identity when nothing changes.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  applyEdits,
  DEFAULT_TRANSFORMERS,
  identity,
  normalise,
  originalEnd,
  originalStart,
  toOriginalSpan,
  type Edit,
  type Normalised,
  type Transformer,
} from '../src/engine/normalise/index.js';
import { REPO_ROOT } from './helpers/run-cli.js';

// Text that reaches every transformer: bidi overrides, invisibles, fullwidth and other-script digits,
// confusable letters, number words, O/l in digit runs, at/dot spellings, plus any UTF-16 unit.
const PIECES = [
  '\u202e', '\u202c', '\u200b', '\u200d', '\u00ad', '\ufe0f', '\u2060', '０', '７', '①', '²', 'ﬁ', '𝐣', '٠', '٧', '०', '७',
  'а', 'о', 'Ο', 'і', 'oh', 'seven', 'double', 'triple', 'nought', 'zero', 'nine', ' ', ', ', '-', '.', '07', '700',
  'O', 'l', 'I', '9OO', ' at ', ' dot ', '[at]', '(dot)', '[.]', '_at_', 'gmail', 'com', 'hxxps://', 'jane', 'e\u0301',
  '😀', '\ud83d', '\ude00', 'ǅ', 'ß', 'İ',
];
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Check every promise of the map for one normalisation (exhaustively over its offsets). */
function assertMapSound(n: Normalised, original: string): void {
  assert.equal(n.original, original, 'keeps the original');
  const len = n.text.length;
  if (n.starts || n.ends) {
    assert.equal(n.starts?.length, len, 'one start per normalised unit');
    assert.equal(n.ends?.length, len, 'one end per normalised unit');
  }
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i <= len; i++) {
    const s = originalStart(n, i);
    assert.ok(0 <= s && s <= original.length, `originalStart(${i}) = ${s} within the original`);
    assert.ok(s >= prevStart, `originalStart is monotone at ${i}: ${s} < ${prevStart}`);
    prevStart = s;
    if (i > 0) {
      const e = originalEnd(n, i);
      assert.ok(0 <= e && e <= original.length, `originalEnd(${i}) = ${e} within the original`);
      assert.ok(e >= prevEnd, `originalEnd is monotone at ${i}: ${e} < ${prevEnd}`);
      assert.ok(originalStart(n, i - 1) <= e, `unit ${i - 1} maps to a span with start <= end`);
      prevEnd = e;
    }
  }
}

/** Arbitrary spans [a, b) of a text of length `len` (a <= b). */
const spanOf = (len: number) => fc.tuple(fc.nat({ max: len }), fc.nat({ max: len })).map(([x, y]) => (x <= y ? [x, y] : [y, x]) as const);

describe('normalise: the offset map (property tests)', () => {
  test('the default pipeline: every offset maps inside the original, monotonically', () => {
    fc.assert(fc.property(anyText, (text) => assertMapSound(normalise(text), text)), { numRuns: 500 });
  });

  test('every normalised span maps to an original span with 0 <= start <= end <= length', () => {
    fc.assert(
      fc.property(
        anyText.chain((text) => {
          const n = normalise(text);
          return fc.tuple(fc.constant(n), spanOf(n.text.length), spanOf(n.text.length));
        }),
        ([n, [a, b], [c, d]]) => {
          const [s, e] = toOriginalSpan(n, a, b);
          assert.ok(0 <= s && s <= e && e <= n.original.length, `[${a}, ${b}) → [${s}, ${e})`);
          // Monotone in both ends: a span that starts and ends no earlier maps no earlier.
          if (a <= c && b <= d && a < b && c < d) {
            const [s2, e2] = toOriginalSpan(n, c, d);
            assert.ok(s2 >= s && e2 >= e, `[${a}, ${b}) → [${s}, ${e}) but [${c}, ${d}) → [${s2}, ${e2})`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a non-empty normalised span never maps to an empty original span', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalise(text);
        for (let i = 0; i < n.text.length; i++) {
          const [s, e] = toOriginalSpan(n, i, i + 1);
          // Inserted characters (pure insertions) may map to an empty span; everything else has a source.
          if (n.starts && n.ends && n.starts[i] === n.ends[i]) continue;
          assert.ok(s < e, `unit ${i} maps to [${s}, ${e})`);
        }
      }),
      { numRuns: 300 },
    );
  });

  for (const t of DEFAULT_TRANSFORMERS) {
    test(`transformer ${t.id} alone keeps the map sound`, () => {
      fc.assert(fc.property(anyText, (text) => assertMapSound(normalise(text, [t]), text)), { numRuns: 300 });
    });
  }

  test('identity when nothing changes: plain consonant text comes back as it was, offsets unchanged', () => {
    // No vowels means no number words, no "at"/"dot", no O or l: nothing for any transformer to do.
    const plain = fc.string({ unit: fc.constantFrom(...'bcdfghjkmnpqrstvwxyzBCDFGHJKMNPQRSTVWXYZ ,!?'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(plain, (text) => {
        const n = normalise(text);
        assert.equal(n.text, text);
        for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) assert.deepEqual(toOriginalSpan(n, a, b), [a, b]);
      }),
      { numRuns: 200 },
    );
  });

  test('identity(): the map is the identity', () => {
    fc.assert(
      fc.property(anyText.chain((t) => fc.tuple(fc.constant(t), spanOf(t.length))), ([text, [a, b]]) => {
        assert.deepEqual(toOriginalSpan(identity(text), a, b), [a, b]);
      }),
    );
  });

  test('applyEdits with random edits, composed several times: the map stays sound', () => {
    // Raw edits are positions as fractions of the current length, so they fit whatever text they meet.
    const rawEdit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 4 }), fc.string({ maxLength: 4 }), fc.boolean());
    const toEdits = (len: number, raw: [number, number, string, boolean][]): Edit[] => {
      // Sorted and non-overlapping, as transformers produce them.
      const edits: Edit[] = [];
      let pos = 0;
      for (const [frac, span, replacement, atomic] of [...raw].sort((x, y) => x[0] - y[0])) {
        const start = Math.max(Math.floor(frac * len), pos);
        if (start > len) break;
        const end = Math.min(start + span, len);
        edits.push({ start, end, replacement, atomic });
        pos = end === start ? end + 1 : end;
      }
      return edits;
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(fc.array(rawEdit, { maxLength: 6 }), { minLength: 1, maxLength: 4 }), (text, rounds) => {
        let n = identity(text);
        for (const raw of rounds) {
          n = applyEdits(n, toEdits(n.text.length, raw));
          assertMapSound(n, text);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('applyEdits: text outside the edits maps back exactly', () => {
    const text = 'call me on 07700 900123 now';
    const n = applyEdits(identity(text), [{ start: 11, end: 16, replacement: 'X' }]);
    assert.equal(n.text, 'call me on X 900123 now');
    assert.deepEqual(toOriginalSpan(n, 0, 4), [0, 4], '"call" before the edit');
    assert.deepEqual(toOriginalSpan(n, 13, 19), [17, 23], '"900123" after the edit');
    assert.deepEqual(toOriginalSpan(n, 11, 12), [11, 16], 'the replacement maps to what it replaced');
  });
});

interface NormaliseCase {
  transformer: string;
  input: string;
  expected: string;
  why: string;
  compare?: 'exact' | 'no-spaces';
}

describe('normalise: examples per transformer (test/fixtures/normalise.jsonl)', () => {
  const file = join(REPO_ROOT, 'test', 'fixtures', 'normalise.jsonl');
  const byId = new Map<string, Transformer>(DEFAULT_TRANSFORMERS.map((t) => [t.id, t]));
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      const c = JSON.parse(raw) as NormaliseCase;
      test(`normalise.jsonl:${i + 1} ${c.transformer}: ${c.why}`, () => {
        const transformers = c.transformer === 'all' ? DEFAULT_TRANSFORMERS : [byId.get(c.transformer)];
        assert.ok(transformers.every(Boolean), `fixture error: no transformer '${c.transformer}' (have ${[...byId.keys()].join(', ')})`);
        const n = normalise(c.input, transformers as Transformer[]);
        // Number words may be spaced as the transformer likes ("0 7 7 00"): the digits are the point.
        const squash = (s: string): string => (c.compare === 'no-spaces' ? s.replace(/\s+/g, '') : s);
        assert.equal(squash(n.text), squash(c.expected));
        assertMapSound(n, c.input);
      });
    });
});
