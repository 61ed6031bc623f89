/**
 * One pass over a text that answers the gates of several transformers at once.
 *
 * The gates of number-words and at-dot are case-insensitive regexes with many alternatives, and V8
 * tries every alternative at every position: each costs several times a plain scan of the text, and
 * both run on every message though they rarely match. This pass reads each unit once and sets a bit
 * for what the text may hold; a transformer runs its regex gate only when its bit is set.
 *
 * The pass reads the text's UTF-8 bytes, not the string: `TextEncoder.encodeInto` writes them into a
 * reused buffer natively, and a loop over a typed array runs at the same speed whatever V8's
 * representation of the string (flat, sliced, concatenated), where `charCodeAt` in a hot loop does
 * not. ASCII is one byte per unit; a non-ASCII unit is never `\w`, a digit or a letter the gates name,
 * so only its count matters, and the pass counts code points (lead bytes), never more than the units.
 * It stops once every gate's bit is set: nothing further could change the answer.
 *
 * Bits marked "may" are necessary conditions: set whenever the transformer's regex gate can match,
 * and sometimes when it cannot (the regex then decides), so a gate's answer never changes. The others
 * are exact. The regexes read here have no `u` flag: `\w`, `\d` and `\b` are ASCII, and `i` folds
 * ASCII letters only to each other.
 */

/** Some unit is not ASCII (exact). */
export const HAS_NON_ASCII = 1;
/** A digit beside O, o, I, l or | (exact: letter-digits' gate). */
export const HAS_DIGIT_BESIDE_DIGIT_LIKE = 2;
/** Number-words' gate may match: two number tokens side by side, or a digit beside O/I/L. */
export const MAY_HOLD_NUMBER_PAIR = 4;
/** At-dot's gate may match: a spelled separator, "@", "_", a bracket, "at", or spaced letters. */
export const MAY_SPELL_ADDRESS = 8;

/**
 * The hint bits of `text`. Normalisation asks about the same text several times in a row (the
 * pipeline's ASCII check, then each gate), so the last answer is kept.
 */
export function gateHints(text: string): number {
  if (text !== lastText) {
    lastHints = hintsOf(text);
    lastText = text;
  }
  return lastHints;
}

let lastText: string | undefined;
let lastHints = 0;

/** Words number-words' gate reads as numbers (its DIGIT_WORD alternation). */
export const GATE_NUMBER_WORDS: readonly string[] = [
  'zero', 'oh', 'o', 'nought', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'double', 'triple', 'treble',
  'hundred', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
];

// Kinds of UTF-8 bytes.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
/** `\s` in ASCII: tab to carriage return, space. */
const SPACE = 4;
/** The rest of number-words' separators [\s,.\-–/] in ASCII. */
const PUNCT_SEPARATOR = 5;
const AT_SIGN = 6;
/** "(", "[", "{", "<": at-dot's bracketed separators open with one. */
const OPEN_BRACKET = 7;
/** The first byte of a code point from U+0080 up: not `\w`, and perhaps `\s` or "–". */
const NOT_ASCII = 8;
/** The other bytes of such a code point: passed over. */
const CONTINUATION = 9;

const KIND = new Uint8Array(256).fill(CONTINUATION, 0x80, 0xc0).fill(NOT_ASCII, 0xc0);
for (let c = 0x41; c <= 0x5a; c++) KIND[c] = KIND[c | 0x20] = LETTER;
for (let c = 0x30; c <= 0x39; c++) KIND[c] = DIGIT;
KIND[0x5f] = UNDERSCORE;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) KIND[c] = SPACE;
for (const ch of ',.-/') KIND[ch.charCodeAt(0)] = PUNCT_SEPARATOR;
KIND[0x40] = AT_SIGN;
for (const ch of '([{<') KIND[ch.charCodeAt(0)] = OPEN_BRACKET;

// Letters a digit may stand beside: letter-digits' [OoIl|], and number-words' [OoIl] under `i`.
const LIKE_DIGIT_EXACT = 1;
const LIKE_DIGIT_FOLDED = 2;
const DIGIT_LIKE = new Uint8Array(256);
for (const ch of 'OoIl|') DIGIT_LIKE[ch.charCodeAt(0)] |= LIKE_DIGIT_EXACT;
for (const ch of 'OoIiLl') DIGIT_LIKE[ch.charCodeAt(0)] |= LIKE_DIGIT_FOLDED;

/** Hash of lower-case letters; `foldedHash` computes the same over a run's bytes. */
function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/**
 * Gate words by the low bits of their hash: 28 words in 4096 slots, so another word rarely shares a
 * slot, and one that does only lets a message through to the regex.
 */
const GATE_HASH_MASK = 0xfff;
const GATE_WORD_SLOTS = new Uint8Array(GATE_HASH_MASK + 1);
for (const w of GATE_NUMBER_WORDS) GATE_WORD_SLOTS[wordHash(w) & GATE_HASH_MASK] = 1;

// Whole words the pass looks for, by shape, so that most words are passed over with one lookup.
const SHAPE_GATE_WORD = 1;
const SHAPE_DOT = 2;
const SHAPE_AT = 4;
const SHAPE_MAX_LENGTH = 7;
/** Shape of a word: its first and last letters (lower case) and its length, as a table index. */
function shapeIndex(first: number, last: number, length: number): number {
  return ((first - 0x61) * 26 + (last - 0x61)) * (SHAPE_MAX_LENGTH + 1) + length;
}
const SHAPES = new Uint8Array(26 * 26 * (SHAPE_MAX_LENGTH + 1));
function addShape(word: string, bit: number): void {
  SHAPES[shapeIndex(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] |= bit;
}
for (const w of GATE_NUMBER_WORDS) addShape(w, SHAPE_GATE_WORD);
addShape('dot', SHAPE_DOT);
addShape('at', SHAPE_AT);
if (Math.max(...GATE_NUMBER_WORDS.map((w) => w.length)) > SHAPE_MAX_LENGTH) throw new Error('gate-hints: a gate word is longer than SHAPE_MAX_LENGTH');

/** Four lower-case letters packed as the rolling window holds them. */
function packed(four: string): number {
  let p = 0;
  for (let k = 0; k < 4; k++) p = (p << 8) | four.charCodeAt(k);
  return p;
}
// At-dot's spelled words with no word boundary: "hxxp", "full ?stop" (by its "stop"), "underscore" (by its "rsco").
const WINDOW_HXXP = packed('hxxp');
const WINDOW_STOP = packed('stop');
const WINDOW_RSCO = packed('rsco');

// What a run of `\w` units was, as bits.
const RUN_STARTS_WITH_DIGIT = 1;
const RUN_ENDS_WITH_DIGIT = 2;
const RUN_MAY_BE_GATE_WORD = 4;
const RUN_IS_DOT = 8;
const RUN_IS_AT = 16;

/** The bits every gate can have; once all are set, reading on cannot change the answer. */
const ALL_GATE_BITS = HAS_DIGIT_BESIDE_DIGIT_LIKE | MAY_HOLD_NUMBER_PAIR | MAY_SPELL_ADDRESS;

/** Up to this many bytes, texts are encoded into one reused buffer; longer ones into their own. */
const REUSED_CAPACITY = 1 << 18;
let reused = new Uint8Array(1024);
const encoder = new TextEncoder();

/** Encode `text` as UTF-8 and scan it; HAS_NON_ASCII comes from the encoded length. */
function hintsOf(text: string): number {
  // A UTF-16 unit takes at most three bytes of UTF-8.
  const capacity = text.length * 3;
  if (capacity > REUSED_CAPACITY) {
    const bytes = encoder.encode(text);
    return (bytes.length === text.length ? 0 : HAS_NON_ASCII) | scanBytes(bytes, bytes.length);
  }
  if (capacity > reused.length) reused = new Uint8Array(Math.min(REUSED_CAPACITY, Math.max(capacity, reused.length * 2)));
  const { written } = encoder.encodeInto(text, reused);
  // UTF-8 has one byte per unit exactly when every unit is ASCII.
  return (written === text.length ? 0 : HAS_NON_ASCII) | scanBytes(reused, written);
}

/**
 * The pass itself, over the first `length` of `bytes`. It follows runs of `\w` units (words and
 * figures) and the gap of separators after each, because number-words' gate is about two tokens side
 * by side and at-dot's about whole words. One function with local state, and letters in a loop of
 * their own, on purpose: it runs on every message, V8 keeps a loop over locals in registers, and
 * most bytes are letters.
 */
function scanBytes(bytes: Uint8Array, length: number): number {
  let hints = 0;
  // The current run of `\w` units: its length, and whether it has a digit or "_".
  let runLength = 0;
  let runHasNonLetter = false;
  // The run before (its RUN_* bits) while only separators have followed it, 0 once anything else
  // has; and how many separators (code points).
  let previous = 0;
  let gap = 0;
  // The last four letters, lower-cased, one per byte.
  let letters = 0;
  // "x " pairs back to back (at-dot's `(?:\S ){5,}\S`), and where the last U+0020 was.
  let spacedPairs = 0;
  let lastSpace = -1;

  for (let i = 0; i < length; i++) {
    let c = bytes[i];
    let kind = KIND[c];
    if (kind === LETTER) {
      // Letters in a tight loop of their own, up to the next other byte (handled below) or the end.
      const lettersStart = i;
      for (;;) {
        letters = (letters << 8) | (c | 0x20);
        if (letters === WINDOW_HXXP || letters === WINDOW_STOP || letters === WINDOW_RSCO) hints |= MAY_SPELL_ADDRESS;
        if (++i === length) break;
        c = bytes[i];
        kind = KIND[c];
        if (kind !== LETTER) break;
      }
      runLength += i - lettersStart;
      if (i === length) break;
    }
    if (kind === DIGIT) {
      runLength++;
      runHasNonLetter = true;
      hints |= digitNeighbourHints(bytes, length, i);
      continue;
    }
    if (kind === UNDERSCORE) {
      runLength++;
      runHasNonLetter = true;
      hints |= MAY_SPELL_ADDRESS; // "_at_", "_dot_"
      continue;
    }
    if (kind === CONTINUATION) continue;
    if (runLength > 0) {
      const run = runBits(bytes, i, runLength, runHasNonLetter);
      hints |= runHints(run, previous, gap, kind === SPACE || kind === NOT_ASCII);
      if ((hints & ALL_GATE_BITS) === ALL_GATE_BITS) return hints;
      previous = run;
      runLength = 0;
      runHasNonLetter = false;
      gap = 0;
    }
    switch (kind) {
      case SPACE:
        gap++;
        if (c === 0x20) {
          // A pair ends here unless a space does just before; it adds to the chain when one code point
          // follows the space that ended the last pair.
          if (lastSpace === i - 1) spacedPairs = 0;
          else spacedPairs = spacedPairs > 0 && isOneCodePoint(bytes, lastSpace + 1, i) ? spacedPairs + 1 : 1;
          lastSpace = i;
          if (spacedPairs >= 5) hints |= MAY_SPELL_ADDRESS;
        }
        break;
      case PUNCT_SEPARATOR:
      case NOT_ASCII:
        gap++;
        break;
      case AT_SIGN:
        hints |= MAY_SPELL_ADDRESS;
        previous = 0;
        break;
      case OPEN_BRACKET:
        if (i + 1 < length && mayOpenSpelledSeparator(bytes[i + 1])) hints |= MAY_SPELL_ADDRESS;
        previous = 0;
        break;
      default:
        previous = 0;
    }
  }
  if (runLength > 0) hints |= runHints(runBits(bytes, length, runLength, runHasNonLetter), previous, gap, false);
  return hints;
}

/** Bytes [start, end) are one code point: one ASCII byte, or a lead byte and its continuations. */
function isOneCodePoint(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start === 1) return true;
  if (end - start > 4 || KIND[bytes[start]] !== NOT_ASCII) return false;
  for (let k = start + 1; k < end; k++) if (KIND[bytes[k]] !== CONTINUATION) return false;
  return true;
}

/** The RUN_* bits of the run of `length` units that ends before `end`. */
function runBits(bytes: Uint8Array, end: number, length: number, hasNonLetter: boolean): number {
  const start = end - length;
  if (hasNonLetter) return (KIND[bytes[start]] === DIGIT ? RUN_STARTS_WITH_DIGIT : 0) | (KIND[bytes[end - 1]] === DIGIT ? RUN_ENDS_WITH_DIGIT : 0);
  if (length > SHAPE_MAX_LENGTH) return 0;
  const shape = SHAPES[shapeIndex(bytes[start] | 0x20, bytes[end - 1] | 0x20, length)];
  if (shape === 0) return 0;
  let bits = 0;
  if ((shape & SHAPE_GATE_WORD) !== 0 && GATE_WORD_SLOTS[foldedHash(bytes, start, end) & GATE_HASH_MASK] === 1) bits |= RUN_MAY_BE_GATE_WORD;
  // "at" is its shape; "dot" is its shape with an "o" between.
  if ((shape & SHAPE_AT) !== 0) bits |= RUN_IS_AT;
  if ((shape & SHAPE_DOT) !== 0 && (bytes[start + 1] | 0x20) === 0x6f) bits |= RUN_IS_DOT;
  return bits;
}

/** `wordHash` of the letters in bytes [start, end), lower-cased. */
function foldedHash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + (bytes[k] | 0x20)) | 0;
  return h;
}

/**
 * Hints from a run that has ended (`run`: its bits), with `previous` the run before it and `gap` the
 * separators between; `spaceAfter`: the unit after the run may be `\s`.
 */
function runHints(run: number, previous: number, gap: number, spaceAfter: boolean): number {
  let hints = 0;
  // Number-words' `\bWORD[sep]{1,3}(?:WORD\b|\d)` and `\d[sep]{1,3}WORD\b`.
  if (gap >= 1 && gap <= 3) {
    const wordThenToken = (previous & RUN_MAY_BE_GATE_WORD) !== 0 && (run & (RUN_MAY_BE_GATE_WORD | RUN_STARTS_WITH_DIGIT)) !== 0;
    const digitThenWord = (previous & RUN_ENDS_WITH_DIGIT) !== 0 && (run & RUN_MAY_BE_GATE_WORD) !== 0;
    if (wordThenToken || digitThenWord) hints |= MAY_HOLD_NUMBER_PAIR;
  }
  // At-dot's `\bdot\b`, and `\bat\s+` (which all three of its "at" alternatives begin with).
  if ((run & RUN_IS_DOT) !== 0 || ((run & RUN_IS_AT) !== 0 && spaceAfter)) hints |= MAY_SPELL_ADDRESS;
  return hints;
}

/** Hints from the bytes either side of the digit at `i`: letter-digits' [OoIl|], number-words' [OoIl] under `i`. */
function digitNeighbourHints(bytes: Uint8Array, length: number, i: number): number {
  const beside = (i > 0 ? DIGIT_LIKE[bytes[i - 1]] : 0) | (i + 1 < length ? DIGIT_LIKE[bytes[i + 1]] : 0);
  return ((beside & LIKE_DIGIT_EXACT) !== 0 ? HAS_DIGIT_BESIDE_DIGIT_LIKE : 0) | ((beside & LIKE_DIGIT_FOLDED) !== 0 ? MAY_HOLD_NUMBER_PAIR : 0);
}

/** After "(", "[", "{" or "<", at-dot's bracketed separators go on with `\s`, "at", "dot", "@" or ".". */
function mayOpenSpelledSeparator(next: number): boolean {
  const lower = next | 0x20;
  return KIND[next] === SPACE || KIND[next] === NOT_ASCII || lower === 0x61 || lower === 0x64 || next === 0x40 || next === 0x2e;
}
