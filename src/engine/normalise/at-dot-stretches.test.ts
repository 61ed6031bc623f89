import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addressMatches, EMAIL_RE } from './at-dot.js';

// On a long message the address pattern runs only on stretches that can hold an address and an
// "at": on any text that must give the matches one pass over the whole text gives.
function whole(text: string): [number, string][] {
  const out: [number, string][] = [];
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) out.push([m.index, m[0]]);
  return out;
}

const PIECES = [
  'jane', 'doe', 'k.amadi', 'tutor_99', ' at ', ' AT ', '@', ' @ ', '(at)', '[at]', '{at}', '<at>', '_at_', ' dot ', '(dot)', '[.]', '.', '_dot_',
  ' underscore ', 'gmail', 'hotmail', 'com', 'co', 'uk', 'example', ' ', ' ', '  ', '\n', '\t', '\u00a0', ',', '?', '!', ':', ';', '"', "'",
  'é', '\u212a', 'that', 'what', 'cat', 'atom', 'x'.repeat(70), '3.5', 'full stop', ' period ',
];
const text = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { minLength: 250, maxLength: 700 })
  .map((p) => p.join(''));
// Addresses far apart in plain prose, so that they fall into separate stretches.
const PROSE = 'So the answer is 3/4 of 12, which is 9! Next question? ';
const sparse = fc
  .array(fc.oneof(fc.constant(PROSE.repeat(4)), fc.constantFrom('jane dot doe at gmail dot com', 'k_amadi@hotmail.co.uk', 'tom (at) example [dot] com', 'meet at noon')), { minLength: 8, maxLength: 40 })
  .map((p) => p.join(' '));

test('address matches over the stretches are those of the whole text', () => {
  fc.assert(
    fc.property(fc.oneof(text, sparse), (t) => {
      assert.deepEqual(addressMatches(t).map((m) => [m.index, m[0]]), whole(t));
    }),
    { numRuns: 300 },
  );
});
