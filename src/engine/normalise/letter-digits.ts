import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';
import { HAS_DIGIT_BESIDE_DIGIT_LIKE, gateHints } from './gate-hints.js';

/**
 * Seventh step (after number words). Inside a run that is mostly digits, the letters people use as
 * digits are read as digits: O/o → 0, I/l/| → 1. A run must hold at least MIN_DIGITS real digits and
 * touch no other letter, so words ("Hello", "pool", "I") are never changed.
 * Example: "O77OO 9OO123" → "07700 900123".
 */
export const letterDigits: Transformer = {
  id: 'letter-digits',
  // A digit beside O, o, I, l or |, from the shared pass (exact).
  pretest: (t) => (gateHints(t) & HAS_DIGIT_BESIDE_DIGIT_LIKE) !== 0,
  edits: (t) =>
    regexEdits(t, RUN, (m) => {
      const run = m[0];
      const real = run.replace(/[^0-9]/g, '').length;
      const all = run.replace(/[^0-9OoIl|]/g, '').length;
      // Letters come in ones and twos between digits ("O77OO"); a longer block is a word ("lol").
      if (real < 2 || all < MIN_DIGITS || !/[OoIl|]/.test(run) || /[OoIl|]{3,}/.test(run.replace(/[ .,\-]/g, ''))) return null;
      // A pipe between two groups of three or more ("07700|900|123") separates them; inside a group it is a 1.
      return run.replace(/[Oo]/g, '0').replace(/(?<![0-9OoIl|]{3})\||\|(?![0-9OoIl|]{3})/g, '1').replace(/[Il]/g, '1');
    }),
};

const MIN_DIGITS = 7;
/** A run of digits and digit-like letters, single separators allowed, not touching other letters. */
const RUN = /(?<![A-Za-z0-9])[0-9OoIl|](?:(?:[ .\-]|, ?)?[0-9OoIl|])+(?![A-Za-z0-9])/g;
