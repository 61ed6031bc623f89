/**
 * The normaliser: an ordered list of small transformers (one file each). Order matters and is
 * documented in each transformer's doc comment:
 *
 *   bidi-override → invisible → nfkc → digits → confusables → glued-number-words → number-words → letter-digits →
 *   at-dot-languages → spaced-link → at-dot
 *
 * Each returns edits; `applyEdits` keeps a map back to the original so findings are reported in
 * original offsets. A transformer's `pretest` skips it cheaply; the ASCII check and the gates of
 * number-words, letter-digits and at-dot share one pass over the text (gate-hints.ts).
 */
import { applyEdits, identity, type Normalised } from './normalised.js';
import type { Transformer } from './transformer.js';
import { invisible } from './invisible.js';
import { bidiOverride } from './bidi-override.js';
import { nfkc } from './nfkc.js';
import { confusables } from './confusables.js';
import { digits } from './digits.js';
import { gluedNumberWords, numberWords } from './number-words.js';
import { letterDigits } from './letter-digits.js';
import { atDot } from './at-dot.js';
import { atDotLanguages } from './at-dot-languages.js';
import { spacedLink } from './spaced-link.js';
import { gateHints, HAS_NON_ASCII } from './gate-hints.js';

export type { Normalised, Edit } from './normalised.js';
export { toOriginalSpan, originalStart, originalEnd, applyEdits, identity } from './normalised.js';
export type { Transformer } from './transformer.js';

/** The default transformers, in order. */
export const DEFAULT_TRANSFORMERS: readonly Transformer[] = [
  bidiOverride,
  invisible,
  nfkc,
  digits,
  confusables,
  gluedNumberWords,
  numberWords,
  letterDigits,
  atDotLanguages,
  spacedLink,
  atDot,
];

/** Run `transformers` over `text` and return the normalised text with its offset map. */
export function normalise(text: string, transformers: readonly Transformer[] = DEFAULT_TRANSFORMERS): Normalised {
  let n = identity(text);
  // Most chat is plain ASCII: one test skips every step that only touches other characters.
  // The same pass answers the gates of number-words, letter-digits and at-dot (see gate-hints.ts).
  const ascii = (gateHints(text) & HAS_NON_ASCII) === 0;
  for (const t of transformers) {
    if (ascii && t.nonAsciiOnly) continue;
    if (t.pretest && !t.pretest(n.text)) continue;
    const edits = t.edits(n.text);
    if (edits.length) n = applyEdits(n, edits);
  }
  return n;
}
