/**
 * Tokens and token features of the address tagger. Shared by inference (src/engine/tagger/tag.ts)
 * and training (train/address/), so a feature is computed the same way in both.
 *
 * A token is a run of letters and digits (with inner apostrophes and hyphens: "Co-op", "O'Connell")
 * or one punctuation character; whitespace separates tokens. Each token gets a class bit set
 * (street-type word, town, postcode shape…) and a compressed shape ("Xxxx" → "Xx", "LS6" → "Xd").
 * Features are hashed (fastText style): a template id mixed with value hashes, into `buckets` rows,
 * so no dictionary ships and unseen words still land on a learned row of their shape and class.
 *
 * Example: "we're at 64 Hawthorn Road" → tokens we're | at | 64 | Hawthorn | Road; "64" has the class
 * HOUSE_NUM and shape "d", "Road" the class STREET and shape "Xx".
 */
import { COMMON_PLACE_WORDS, DIRECTIONS, FLAT_WORDS, MEET_TRIGGERS, NUMBER_MARKERS, WHEN_WORDS, LESSON_CUES, MEETING_PLACES, NUMBER_WORDS, SHARE_CUES, STATE_CODES, STREET_TYPES, TOWNS, UK_AREAS } from './gazetteer.js';

/** One token: half-open span in the text it was cut from. */
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  /** Class bits (see `C`). */
  cls: number;
  /** Compressed shape. */
  shape: string;
  /** Hash of `lower`. */
  h: number;
  /** Hash of `shape`. */
  hs: number;
  /** Hash of the last three letters (computed on first use; -1 until then). */
  hx: number;
}

/** Token classes (bits). */
export const C = {
  STREET: 1,
  TOWN: 2,
  FLAT: 4,
  STATE: 8,
  MEET: 16,
  SHARE: 32,
  LESSON: 64,
  NUMWORD: 128,
  DIR: 256,
  HOUSE_NUM: 512, // 1–4 digits, optional letter: 12, 112A, 3b
  UK_OUT: 1024, // LS6, M20, SW1A, with a real area
  UK_IN: 2048, // 9AA
  UK_FULL: 4096, // LS61AA written together
  ZIP: 8192, // 5 digits or 5-4
  EIR_KEY: 16384, // D02, T12, D6W
  EIR_ID: 32768, // X285, KP93, W9C4
  ORDINAL: 65536, // 1st, 84th
  CAP: 131072, // starts with a capital
  PUNCT: 262144,
  DIGIT: 524288, // holds a digit
  TIME: 1048576, // 4pm, 10am, 4:30
  NUMMARK: 2097152, // number, no, house, room
  TRIGGER: 4194304, // a word or shape that wakes the tagger (see `classOf`)
  WHEN: 8388608, // a day, month or time word
} as const;

/** Names of the class bits, for `why`. */
export const CLASS_NAMES: Record<number, string> = {
  [C.STREET]: 'street-type word',
  [C.TOWN]: 'town name',
  [C.FLAT]: 'flat, unit or number marker',
  [C.STATE]: 'US state code',
  [C.MEET]: 'meeting-place word',
  [C.SHARE]: 'sharing cue',
  [C.LESSON]: 'lesson or fiction cue',
  [C.NUMWORD]: 'number word',
  [C.DIR]: 'compass word',
  [C.HOUSE_NUM]: 'house-number shape',
  [C.UK_OUT]: 'UK postcode district shape',
  [C.UK_IN]: 'UK postcode unit shape',
  [C.UK_FULL]: 'UK postcode shape',
  [C.ZIP]: 'US ZIP shape',
  [C.EIR_KEY]: 'Eircode routing key shape',
  [C.EIR_ID]: 'Eircode unique identifier shape',
  [C.ORDINAL]: 'ordinal',
  [C.CAP]: 'capitalised',
  [C.PUNCT]: 'punctuation',
  [C.DIGIT]: 'digit',
  [C.TIME]: 'time of day',
  [C.NUMMARK]: 'house or room number marker',
  [C.TRIGGER]: 'address word',
  [C.WHEN]: 'day or time word',
};

/** FNV-1a over a string, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix two 32-bit values (murmur3 finaliser on a combination). */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_CLASS = new Map<string, number>();
const addWords = (words: readonly string[], bit: number): void => {
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
};
addWords(STREET_TYPES, C.STREET);
addWords(TOWNS, C.TOWN);
addWords(FLAT_WORDS, C.FLAT);
addWords(NUMBER_MARKERS, C.NUMMARK);
addWords(WHEN_WORDS, C.WHEN);
addWords(MEETING_PLACES, C.MEET);
addWords(SHARE_CUES, C.SHARE);
addWords(LESSON_CUES, C.LESSON);
addWords(NUMBER_WORDS, C.NUMWORD);
addWords(DIRECTIONS, C.DIR);
const STATES = new Set(STATE_CODES);
const COMMON = new Set(COMMON_PLACE_WORDS);
const MEET_WAKE = new Set(MEET_TRIGGERS);
const AREAS = new Set(UK_AREAS);

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/** The compressed shape of a token: runs of X, x, d collapsed, other characters kept. */
function shapeOf(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 6; i++) {
    const c = t.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? 'd' : c >= 65 && c <= 90 ? 'X' : (c >= 97 && c <= 122) || c >= 0xc0 ? 'x' : t[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const UK_OUT_RE = /^([A-Z]{1,2})\d[A-Z\d]?$/;
const UK_IN_RE = /^\d[ABD-HJLNP-UW-Z]{2}$/;
const UK_FULL_RE = /^([A-Z]{1,2})\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$/;
const EIR_KEY_RE = /^[ACDEFHKNPRTVWXY]\d[\dW]$/;
const EIR_ID_RE = /^(?=.*\d)(?=.*[A-Z])[ACDEFHKNPRTVWXY0-9]{4}$/;

function classOf(text: string, lower: string): number {
  let cls = WORD_CLASS.get(lower) ?? 0;
  // "sixty-one", "twenty-two": a number word with a hyphen.
  if (!cls && lower.includes('-')) {
    const [a, b] = lower.split('-', 2);
    if ((WORD_CLASS.get(a) ?? 0) & C.NUMWORD && (WORD_CLASS.get(b) ?? 0) & C.NUMWORD) cls = C.NUMWORD;
  }
  const c0 = text.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) cls |= C.CAP;
  if (!/\d/.test(text)) {
    if (text.length === 2 && STATES.has(text)) cls |= C.STATE;
    // A street-type, meeting-place or flat word wakes the tagger; a common one only when capitalised.
    if ((cls & (C.STREET | C.MEET | C.FLAT) && !COMMON.has(lower)) || MEET_WAKE.has(lower)) cls |= C.TRIGGER;
    return cls;
  }
  cls |= C.DIGIT;
  const up = text.toUpperCase();
  if (/^\d{1,4}[a-z]?$/i.test(text)) cls |= C.HOUSE_NUM;
  if (/^\d{5}$/.test(text)) cls |= C.ZIP;
  if (/^\d+(?:st|nd|rd|th)$/i.test(text)) cls |= C.ORDINAL;
  if (/^\d{1,2}(?::\d\d)?(?:am|pm)$/i.test(text) || /^\d{1,2}[:.]\d\d$/.test(text)) cls |= C.TIME;
  let m = UK_OUT_RE.exec(up);
  if (m && AREAS.has(m[1])) cls |= C.UK_OUT;
  if (UK_IN_RE.test(up)) cls |= C.UK_IN;
  m = UK_FULL_RE.exec(up);
  if (m && AREAS.has(m[1])) cls |= C.UK_FULL;
  if (EIR_KEY_RE.test(up)) cls |= C.EIR_KEY;
  if (EIR_ID_RE.test(up)) cls |= C.EIR_ID;
  if (cls & (C.UK_OUT | C.UK_FULL | C.EIR_KEY)) cls |= C.TRIGGER; // a ZIP only after a state (see tag.ts)
  return cls;
}

/**
 * Cut `text` into tokens. Linear; a token is capped at 40 characters (longer runs are cut, so a
 * 1 MB digit run costs one pass).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i;
    if (isWordChar(c)) {
      j = i + 1;
      while (j < n && j - i < 40) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) j++;
        else if (isJoiner(d) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
    } else {
      j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++; // keep a surrogate pair together
    }
    const t = text.slice(i, j);
    const lower = t.toLowerCase();
    const shape = shapeOf(t);
    const cls = isWordChar(c) ? classOf(t, lower) : C.PUNCT;
    out.push({ start: i, end: j, text: t, lower, cls, shape, h: hashString(lower), hs: hashString(shape), hx: -1 });
    i = j;
  }
  return out;
}

/** Feature templates. The id is mixed into the hash; the name explains a finding. */
export const T = {
  BIAS: 1,
  WORD: 2,
  SHAPE: 3,
  CLS: 4, // one feature per class bit set
  SUFFIX: 5,
  W_M1: 6,
  W_P1: 7,
  W_M2: 8,
  W_P2: 9,
  CLS_M1: 10,
  CLS_P1: 11,
  CLS_M2: 12,
  CLS_P2: 13,
  SHAPE_M1: 14,
  SHAPE_P1: 15,
  BIGRAM_M1: 16,
  CUE_BEFORE: 17,
  LESSON_MSG: 18,
  SHAPE_TRI: 19,
  PREV_TAG: 20,
  PREV_TAG_CLS: 21,
  PREV_TAG_SHAPE: 22,
  PREV_TAG_WORD: 23,
  LEN: 24,
} as const;

/** Class bits that are features of the token itself (all but the trigger bit, which is derived). */
const OWN_BITS = ~C.TRIGGER;
/** Class bits that are features of a neighbour (what an address is built of, and its edges). */
const STRUCTURAL = C.STREET | C.TOWN | C.FLAT | C.NUMMARK | C.STATE | C.MEET | C.HOUSE_NUM | C.UK_OUT | C.UK_IN | C.UK_FULL | C.ZIP | C.EIR_KEY | C.EIR_ID | C.CAP | C.PUNCT | C.DIGIT | C.NUMWORD | C.TIME | C.WHEN;
/** Class bits that are features together with the previous tag. */
const DYNAMIC = C.STREET | C.TOWN | C.FLAT | C.NUMMARK | C.STATE | C.MEET | C.HOUSE_NUM | C.UK_OUT | C.UK_IN | C.UK_FULL | C.ZIP | C.EIR_KEY | C.EIR_ID | C.PUNCT | C.CAP;

type Sink = (i: number, h: number, template: number, bit: number) => void;

/** One feature per set bit of `bits` (lowest first). */
function eachBit(i: number, bits: number, template: number, sink: Sink): void {
  while (bits) {
    const bit = bits & -bits;
    sink(i, mix(template, bit), template, bit);
    bits ^= bit;
  }
}

function suffixHash(t: Token): number {
  if (t.hx < 0) t.hx = hashString(t.lower.slice(-3));
  return t.hx;
}

/**
 * The static features of every token (those that do not depend on the previous tag), as hashes.
 * `sink(i, hash, template, bit)` receives each; `bit` is the class bit for class features. With
 * `want`, only the tokens it marks get features (the cues before them are still tracked).
 */
export function staticFeatures(tokens: readonly Token[], sink: Sink, want?: Uint8Array): void {
  const n = tokens.length;
  let lessonInMessage = 0;
  for (const t of tokens) if (t.cls & C.LESSON) lessonInMessage = 1;
  const lessonHash = mix(T.LESSON_MSG, lessonInMessage);
  const biasHash = mix(T.BIAS, 0);
  // The nearest sharing / meeting / lesson cue before each token.
  let lastShare = -100;
  let lastMeet = -100;
  let lastLesson = -100;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!want || want[i]) {
      const p1 = i > 0 ? tokens[i - 1] : null;
      const p2 = i > 1 ? tokens[i - 2] : null;
      const n1 = i + 1 < n ? tokens[i + 1] : null;
      const n2 = i + 2 < n ? tokens[i + 2] : null;
      sink(i, biasHash, T.BIAS, 0);
      sink(i, mix(T.WORD, t.h), T.WORD, 0);
      sink(i, mix(T.SHAPE, t.hs), T.SHAPE, 0);
      sink(i, mix(T.LEN, Math.min(t.text.length, 8)), T.LEN, 0);
      if (t.lower.length > 3) sink(i, mix(T.SUFFIX, suffixHash(t)), T.SUFFIX, 0);
      eachBit(i, t.cls & OWN_BITS, T.CLS, sink);
      sink(i, mix(T.W_M1, p1 ? p1.h : 1), T.W_M1, 0);
      sink(i, mix(T.W_P1, n1 ? n1.h : 1), T.W_P1, 0);
      sink(i, mix(T.W_M2, p2 ? p2.h : 1), T.W_M2, 0);
      sink(i, mix(T.W_P2, n2 ? n2.h : 1), T.W_P2, 0);
      sink(i, mix(T.SHAPE_M1, p1 ? p1.hs : 1), T.SHAPE_M1, 0);
      sink(i, mix(T.SHAPE_P1, n1 ? n1.hs : 1), T.SHAPE_P1, 0);
      sink(i, mix(T.SHAPE_TRI, mix(mix(p1 ? p1.hs : 1, t.hs), n1 ? n1.hs : 1)), T.SHAPE_TRI, 0);
      sink(i, mix(T.BIGRAM_M1, mix(p1 ? p1.h : 1, t.h)), T.BIGRAM_M1, 0);
      if (p1) eachBit(i, p1.cls & STRUCTURAL, T.CLS_M1, sink);
      if (n1) eachBit(i, n1.cls & STRUCTURAL, T.CLS_P1, sink);
      if (p2) eachBit(i, p2.cls & STRUCTURAL, T.CLS_M2, sink);
      if (n2) eachBit(i, n2.cls & STRUCTURAL, T.CLS_P2, sink);
      const cue = (i - lastLesson <= 12 ? 4 : 0) | (i - lastMeet <= 8 ? 2 : 0) | (i - lastShare <= 6 ? 1 : 0);
      sink(i, mix(T.CUE_BEFORE, cue), T.CUE_BEFORE, 0);
      sink(i, lessonHash, T.LESSON_MSG, 0);
    }
    if (t.cls & C.SHARE) lastShare = i;
    if (t.lower === 'meet' || t.lower === 'see' || t.lower === 'wait' || t.lower === 'outside' || t.lower === 'by') lastMeet = i;
    if (t.cls & C.LESSON) lastLesson = i;
  }
}

/** The features that depend on the previous tag (0 O, 1 B, 2 I, 3 start). */
export function dynamicFeatures(t: Token, prev: number, out: number[]): void {
  out.length = 0;
  out.push(mix(T.PREV_TAG, prev), mix(T.PREV_TAG_SHAPE, mix(prev, t.hs)), mix(T.PREV_TAG_WORD, mix(prev, t.h)));
  let bits = t.cls & DYNAMIC;
  while (bits) {
    const bit = bits & -bits;
    out.push(mix(T.PREV_TAG_CLS, mix(prev, bit)));
    bits ^= bit;
  }
}

/** Readable names of the templates, for `why`. */
export function describeFeature(template: number, bit: number, token: Token, tokens: readonly Token[], i: number): string | null {
  switch (template) {
    case T.CLS:
      return CLASS_NAMES[bit] ? `${CLASS_NAMES[bit]} "${token.text}"` : null;
    case T.WORD:
      return `word "${token.lower}"`;
    case T.SHAPE:
      return `shape ${token.shape} ("${token.text}")`;
    case T.CLS_M1:
    case T.CLS_M2:
      return CLASS_NAMES[bit] ? `after a ${CLASS_NAMES[bit]}` : null;
    case T.CLS_P1:
    case T.CLS_P2:
      return CLASS_NAMES[bit] ? `before a ${CLASS_NAMES[bit]}` : null;
    case T.W_M1:
      return i > 0 ? `after "${tokens[i - 1].lower}"` : null;
    case T.W_P1:
      return i + 1 < tokens.length ? `before "${tokens[i + 1].lower}"` : null;
    case T.BIGRAM_M1:
      return i > 0 ? `"${tokens[i - 1].lower} ${token.lower}"` : null;
    case T.CUE_BEFORE:
      return 'sharing or meeting cue before it';
    default:
      return null;
  }
}
