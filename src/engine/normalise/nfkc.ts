import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';
import { gateHints, HAS_NON_ASCII } from './gate-hints.js';

/**
 * Third step. Unicode NFKC, one non-ASCII code point at a time so the offset map stays exact:
 * fullwidth, mathematical alphanumerics, circled and superscript digits become plain characters.
 * Example: "０７７００ 𝟗𝟎𝟎 ①②③" → "07700 900 123". NFKC does not fold Cyrillic or Greek look-alikes;
 * that is the next step's job.
 */
export const nfkc: Transformer = {
  id: 'nfkc',
  nonAsciiOnly: true,
  pretest: (t) => (gateHints(t) & HAS_NON_ASCII) !== 0,
  edits: (t) =>
    regexEdits(t, NON_ASCII, (m) => {
      const n = m[0].normalize('NFKC');
      // Keep the map precise: a single code point that became several units maps to its whole source.
      return n;
    }, false),
};

const NON_ASCII = /[^\x00-\x7F]/gu;
