/**
 * The shared gate pass must never change a gate's answer: each "may" bit is set whenever the
 * transformer's regex gate matches, and each "has" bit is exactly its regex. Texts are built from
 * the pieces the gates look for (number words, O/I/l beside digits, at/dot spellings, brackets,
 * spaced letters) in random case, joined by every kind of separator, ASCII and not.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { PRETEST as AT_DOT_GATE } from './at-dot.js';
import { PRETEST as NUMBER_WORDS_GATE } from './number-words.js';
import { gateHints, GATE_NUMBER_WORDS, HAS_DIGIT_BESIDE_DIGIT_LIKE, HAS_NON_ASCII, MAY_HOLD_NUMBER_PAIR, MAY_SPELL_ADDRESS } from './gate-hints.js';

const LETTER_DIGITS_GATE = /[0-9][OoIl|]|[OoIl|][0-9]/;
const NON_ASCII = /[^\x00-\x7F]/;

const PIECES = [
  ...GATE_NUMBER_WORDS, 'oo', 'for', 'to', 'ate', 'then', 'and', 'seventeen', 'tone', 'ones', 'o7', '7o', '0', '07', '700', '1', 'O', 'o', 'I',
  'i', 'l', 'L', '|', '9OO', 'at', 'dot', 'dots', 'a', 'd', 'ad', 'that', 'gmail', 'outlook', 'live', 'x', 'com', 'uk', 'full', 'stop',
  'fullstop', 'hxxp', 'hxxps', 'underscore', 'under', 'score', 'jane', 'j', 'e', '@', '_', '.', '(', '[', '{', '<', ')', ']', '}', '>',
  '(at)', '[dot]', '{.}', '<@>', '_at_', '_dot_', 'ſ', 'K', 'İ', 'ı', 'é', '٧', '😀',
];
const SEPARATORS = [' ', ' ', '  ', '   ', '    ', ',', ', ', '.', '-', ' - ', '–', ' – ', '/', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', ':', '!', "'", '', ''];

/** Upper-case the letters of `s` chosen by the bits of `mask`. */
const withCase = (s: string, mask: number): string => [...s].map((c, i) => ((mask >>> i % 31) & 1 ? c.toUpperCase() : c)).join('');

const gateText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.integer(), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([piece, mask, separator]) => (mask % 3 === 0 ? withCase(piece, mask) : piece) + separator).join(''));
/** Short strings over a small alphabet reach the corners (boundaries, runs of spaces, ends of text). */
const cornerText = fc.string({ unit: fc.constantFrom(...'atdoxhpsnez0179OoIiLl|_@.([< -–\u00a0é😀', '\ud800'), maxLength: 14 });
const anyText = fc.oneof(gateText, cornerText, fc.string({ unit: 'binary', maxLength: 20 }));

function assertGatesHold(text: string): void {
  const hints = gateHints(text);
  if (AT_DOT_GATE.test(text)) assert.ok(hints & MAY_SPELL_ADDRESS, `at-dot's gate matches ${JSON.stringify(text)}`);
  if (NUMBER_WORDS_GATE.test(text)) assert.ok(hints & MAY_HOLD_NUMBER_PAIR, `number-words' gate matches ${JSON.stringify(text)}`);
  assert.equal((hints & HAS_DIGIT_BESIDE_DIGIT_LIKE) !== 0, LETTER_DIGITS_GATE.test(text), `letter-digits' gate on ${JSON.stringify(text)}`);
  assert.equal((hints & HAS_NON_ASCII) !== 0, NON_ASCII.test(text), `non-ASCII on ${JSON.stringify(text)}`);
}

describe('gate hints', () => {
  test('a "may" bit is set whenever its regex gate matches; a "has" bit is its regex', () => {
    fc.assert(fc.property(anyText, assertGatesHold), { numRuns: 20_000 });
  });

  test('examples', () => {
    for (const text of [
      'oh seven seven', '07 seven', 'nine 0', 'SEVEN–seven', 'seven\u00a0\u00a0\u00a0nine', 'call 0 seven', 'O7', '7l', '7|',
      'jane dot doe', 'jane at gmail', 'x.y at z', 'me (at) x', '( . )', 'full stop', 'FullStop', 'hxxps', 'under_score', 'j a n e d o e',
      'a@b', 'at\u00a0gmail', 'zero', 'at', 'dot', 'é é é é é é', 'a b 😀 c d e f', '\ud800 \ud800 \ud800 \ud800 \ud800 \ud800',
    ]) {
      assertGatesHold(text);
    }
    assert.equal(gateHints('see you on Tuesday, bring two pens'), 0, 'ordinary chat: nothing');
    assert.equal(gateHints('one or two cats') & MAY_HOLD_NUMBER_PAIR, 0, 'one gate word is not a pair');
  });

  test('long texts: in the reused buffer and past it', () => {
    for (const repeat of [200, 2000]) {
      const long = 'the answer is 42 so divide both sides by 7 '.repeat(repeat);
      assertGatesHold(long);
      assertGatesHold(long + 'oh seven seven');
      assertGatesHold('é' + long + 'jane dot doe');
      assertGatesHold('seven 0 and 7O and jane@x '.repeat(repeat) + 'é');
    }
  });
});
