/**
 * FNV-1a over UTF-16 code units, 32-bit: the feature hash of the intent model. Hashing (the
 * "hashing trick", as in fastText and Vowpal Wabbit) maps unseen words and misspellings onto learned
 * rows without a vocabulary file. Training and inference must use exactly these functions: a change
 * here changes every weight's meaning, so `FEATURE_VERSION` in features.ts must change with it.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** Continue an FNV-1a hash `h` with the code units of `s[from, to)`. */
export function fnvRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Continue `h` with one code unit (a separator or a namespace tag). */
export function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Hash a whole string from the offset basis. */
export function fnv(s: string): number {
  return fnvRange(FNV_OFFSET, s, 0, s.length);
}
