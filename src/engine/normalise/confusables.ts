import { requireCommonJs } from '../commonjs.js';
import type { Edit } from './normalised.js';
import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';

const { confusablesMap } = requireCommonJs('confusables') as typeof import('confusables');

/**
 * Fifth step (after digits). Folds look-alike letters and digits from other scripts (Cyrillic "о",
 * Greek "Ο", Cherokee, Latin small capitals…) to the ASCII character they imitate, using the
 * maintained `confusables` data. Only letters and numbers are folded, and only to ASCII letters or
 * digits, so punctuation and maths symbols (×, −, ÷) keep their meaning.
 *
 * Only MIXED words are folded: a word that holds ASCII letters or digits and also letters of another
 * script ("gmаil", "О77ОО") is the homoglyph trick; a word wholly in another script ("президент",
 * "λόγος") is real text in that language and is left alone.
 * Example: "gmаil.cоm" (Cyrillic а, о) → "gmail.com".
 */
export const confusables: Transformer = {
  id: 'confusables',
  nonAsciiOnly: true,
  pretest: (t) => NON_ASCII_ALNUM_TEST.test(t),
  edits: (t) => {
    const edits: Edit[] = [];
    WORD.lastIndex = 0;
    for (let w = WORD.exec(t); w; w = WORD.exec(t)) {
      const word = w[0];
      if (!ASCII_ALNUM_ANY.test(word) || !NON_ASCII_ALNUM_TEST.test(word)) continue;
      for (const e of regexEdits(word, NON_ASCII_ALNUM, fold)) edits.push({ ...e, start: e.start + w.index, end: e.end + w.index });
    }
    return edits;
  },
};

function fold(m: RegExpExecArray): string | null {
  const folded = confusablesMap.get(m[0]);
  return folded !== undefined && ASCII_ALNUM.test(folded) ? folded : null;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const NON_ASCII_ALNUM = /(?![\x00-\x7F])[\p{L}\p{N}]/gu;
const NON_ASCII_ALNUM_TEST = /(?![\x00-\x7F])[\p{L}\p{N}]/u;
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const ASCII_ALNUM_ANY = /[A-Za-z0-9]/;
