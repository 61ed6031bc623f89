import type { Transformer } from './transformer.js';
import { regexEdits } from './transformer.js';

/**
 * Fourth step (after NFKC, before confusables, which would read Arabic-Indic ٧ as "V"). Decimal digits of every script (Arabic-Indic, Persian, Devanagari, Bengali, Thai…) to
 * ASCII, computed from the code point (Unicode lays every decimal digit set out as ten consecutive
 * code points from zero), so no table is needed. Example: "٠٧٧٠٠" → "07700".
 */
export const digits: Transformer = {
  id: 'digits',
  nonAsciiOnly: true,
  pretest: (t) => OTHER_DIGIT_TEST.test(t),
  edits: (t) => regexEdits(t, OTHER_DIGIT, (m) => String(digitValue(m[0].codePointAt(0)!))),
};

// A decimal digit of another script: \p{Nd} beyond U+065F (the first after 0–9 is U+0660). The cheap
// range test goes first, so ordinary characters fail at once: a third of the cost of testing
// `(?![0-9])\p{Nd}` at every position (equal on every code point).
const OTHER_DIGIT = /(?=[^\x00-\u065f])\p{Nd}/gu;
const OTHER_DIGIT_TEST = /(?=[^\x00-\u065f])\p{Nd}/u;
const ND = /\p{Nd}/u;

/** Value of a decimal digit code point: its distance from the start of its run of digits, mod 10. */
export function digitValue(cp: number): number {
  let k = 0;
  while (k < 60 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}
