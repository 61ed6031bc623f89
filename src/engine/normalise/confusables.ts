import { confusablesMap } from 'confusables';
import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';

/**
 * Fifth step (after digits). Folds look-alike letters and digits from other scripts (Cyrillic "о",
 * Greek "Ο", Cherokee, Latin small capitals…) to the ASCII character they imitate, using the
 * maintained `confusables` data. Only letters and numbers are folded, and only to ASCII letters or
 * digits, so punctuation and maths symbols (×, −, ÷) keep their meaning.
 * Example: "gmаil.cоm" (Cyrillic а, о) → "gmail.com".
 */
export const confusables: Transformer = {
  id: 'confusables',
  nonAsciiOnly: true,
  pretest: (t) => NON_ASCII_ALNUM_TEST.test(t),
  edits: (t) =>
    regexEdits(t, NON_ASCII_ALNUM, (m) => {
      const folded = confusablesMap.get(m[0]);
      return folded !== undefined && ASCII_ALNUM.test(folded) ? folded : null;
    }),
};

const NON_ASCII_ALNUM = /(?![\x00-\x7F])[\p{L}\p{N}]/gu;
const NON_ASCII_ALNUM_TEST = /(?![\x00-\x7F])[\p{L}\p{N}]/u;
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
