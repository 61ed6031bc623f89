/**
 * Features of the intent model, from the lower-cased NORMALISED text (after the normaliser has
 * folded homoglyphs, other-script digits, number words and at/dot spellings), so that disguises the
 * normaliser undoes never reach the model. Every feature is hashed into a fixed number of buckets:
 *
 *   w|token        the token as written            "whatsapp"
 *   f|folded       leet-folded, repeats collapsed   "wh4tsaaap" → "whatsap"
 *   b|a b          folded bigram                    "your number"
 *   k|a _ c        skip-bigram (one token between)  "send _ number" matches "send me/your/ur number"
 *   c|<ngram>      character 3- to 5-grams of "<folded>" (misspellings and other languages)
 *   n|length       a run of digits, by its length   "07700" → n|5-6
 *   x|folded       a token in a negation's scope    "i don't have whatsapp" → x|whatsap
 *   s|...          message shape: a question mark, an @, a link shape, its length
 *   r|kind         a rule detector's verified finding of that kind (a phone number libphonenumber
 *                  accepts, a link on the public suffix list, a handle…), so the model weighs the
 *                  rules' evidence with the words around it
 *
 * What a message's features are (`featureMultiset`): each DISTINCT token's own features (w|, f|, c|),
 * distinct within that token, and the message's other features (bigrams, negation, numbers, shape,
 * rules), distinct within the message. A token's own features depend on nothing but the token, so
 * the engine can sum a token's embeddings once and reuse the sum for every later message that has
 * the word (classifier.ts): tutoring chat repeats its vocabulary, and the character n-grams are
 * most of the work.
 *
 * The same code runs at training time (train/) and in the engine; FEATURE_VERSION is written into
 * the weights file and checked at load, so weights never meet features they were not trained on.
 *
 * This is on every message's path, so it avoids per-token strings: tokens are folded into one
 * reusable code-unit buffer, character n-grams are hashed incrementally (each 5-gram extends its
 * 4-gram, which extends its 3-gram), and bigrams combine the tokens' own hashes. Names are built
 * only when `sources` asks for them (explanations).
 */
import { FNV_OFFSET, fnvChar } from './hash.js';

/** Bump whenever a feature's definition changes; the weights file records the version it was trained with. */
export const FEATURE_VERSION = 5;

/** Where a feature came from, for explanations: its name and the token range it covers. */
export interface FeatureSource {
  id: number;
  name: string;
  start: number;
  end: number;
}

// Leet digits and symbols read as letters inside a word that has letters: 0→o 1→i 3→e 4→a 5→s 7→t 8→b $→s.
const LEET = new Uint16Array(128);
for (const [d, l] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', $: 's' })) LEET[d.charCodeAt(0)] = l.charCodeAt(0);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Is code unit `c` (at `i` of `s`) part of a token? ASCII by table; other characters by Unicode class. */
function isTokenCode(s: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 36;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(s.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return WORD_CHAR.test(s.slice(i - 1, i + 1));
  return WORD_CHAR.test(s[i]!);
}

function isLetterCode(s: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(s[i]!);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

const NS_WORD = 0x77; // w
const NS_FOLD = 0x66; // f
const NS_BIGRAM = 0x62; // b
const NS_SKIP = 0x6b; // k
const NS_CHAR = 0x63; // c
const NS_NUM = 0x6e; // n
const NS_SHAPE = 0x73; // s
const NS_NEGATED = 0x78; // x
const NS_RULE = 0x72; // r

/**
 * Negation cues in the languages the platform's families write (after normalisation, which drops
 * diacritics): a mention inside a negation's scope ("I don't have WhatsApp", "nie mam WhatsAppa",
 * "mere paas WhatsApp nahi hai") is a different feature from a proposal. The scope is the next few
 * tokens of the same clause, and for verb-final languages the few before (see NEGATION_BACK).
 */
const NEGATORS = new Set([
  'not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'shouldnt', 'mustnt', 'couldnt', 'wouldnt', 'havent', 'hasnt', 'aint', 'without', 'nobody', 'nothing', 'nah', 'nope', 'neither', 'nor', 'instead', 'rather',
  'nie', 'nigdy', 'nahi', 'nahin', 'nai', 'nhi', 'mat', 'nu', 'niciodata', 'nunca', 'ni', 'pas', 'jamais', 'nao', 'nem',
  'नहीं', 'मत', 'نہیں', 'مت', 'لا', 'لن', 'مش', 'ليس', 'ما',
]);
const NEGATION_SCOPE = 4;
/** Urdu, Hindi and Arabic colloquial often put the negator after what it negates ("WhatsApp nahi hai"). */
const NEGATION_BACK = 2;
const CLAUSE_BREAK = /[.,;!?\n]/;

const MAX_NGRAM_TOKEN = 24;
const LEN_BUCKETS = ['0', '1', '2', '3-4', '3-4', '5-6', '5-6', '7-9', '7-9', '7-9', '10+'];
const lengthBucket = (n: number): string => LEN_BUCKETS[Math.min(n, 10)]!;

/** A 32-bit mix of two hashes (murmur3's finaliser over a combination), for bigrams. */
function mix(a: number, b: number, ns: number): number {
  let h = Math.imul(a ^ ns, 0x9e3779b1) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const hashString = (ns: number, s: string): number => {
  let h = fnvChar(FNV_OFFSET, ns);
  for (let i = 0; i < s.length; i++) h = fnvChar(h, s.charCodeAt(i));
  return h;
};

const NUM_HASH = LEN_BUCKETS.map((b) => hashString(NS_NUM, b));
/** The unit a numeric token stands for in bigrams ("#"). */
const NUMERIC_UNIT = hashString(0, '#');

// Reusable buffers (the engine is single-threaded per instance of this module).
let folded = new Uint16Array(256);
let tokStart = new Int32Array(64);
let tokEnd = new Int32Array(64);
let tokUnit = new Int32Array(64);
let tokFold = new Int32Array(64); // offset of the token's folded codes in `folded`
let tokFoldLen = new Int32Array(64);

function grow(n: number): void {
  if (n <= tokStart.length) return;
  const size = Math.max(n, tokStart.length * 2);
  const g = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  tokStart = g(tokStart);
  tokEnd = g(tokEnd);
  tokUnit = g(tokUnit);
  tokFold = g(tokFold);
  tokFoldLen = g(tokFoldLen);
}

/**
 * Where features go, separated as the model counts them: a token's own features (between `token`
 * and `tokenEnd`) and the message's other features (`context`).
 */
export interface FeatureSink {
  /**
   * A word token `[start, end)` begins; `hash` is a hash of its code units (for a cache key; equal
   * tokens have equal hashes, not the reverse). Return true to skip its own features (already known).
   */
  token(start: number, end: number, hash: number): boolean;
  /** One of the current token's own features (w|, f|, c|). */
  local(id: number): void;
  /** The current token's own features are all given. */
  tokenEnd(): void;
  /** A feature of the message rather than of one token. */
  context(id: number): void;
}

/** Whether a feature name (from `sources`) is a token's own feature. */
export const isTokenFeature = (name: string): boolean => name.startsWith('w|') || name.startsWith('f|') || name.startsWith('c|');

/**
 * Hash every feature of `lower` into `[0, buckets)` and call `emit` for each (duplicates included).
 * With `sources`, also record each feature's name and span (for explanations; slower, used only
 * when a finding is reported). Linear in the text.
 */
export function extractFeatures(lower: string, buckets: number, emit: (id: number) => void, sources?: FeatureSource[], signals?: readonly string[]): void {
  walkFeatures(lower, buckets, { token: () => false, local: emit, tokenEnd: () => {}, context: emit }, sources, signals);
}

/**
 * The features the model counts for `lower`: each distinct token's own features once per token
 * (distinct within it), then every other feature once per message. Training and the engine's
 * uncached paths read this; the engine's cached path sums exactly these (classifier.ts).
 */
export function featureMultiset(lower: string, buckets: number, signals?: readonly string[]): Int32Array {
  const out: number[] = [];
  const tokens = new Set<string>();
  const context = new Set<number>();
  let local = new Set<number>();
  walkFeatures(
    lower,
    buckets,
    {
      token(start, end) {
        const key = lower.slice(start, end);
        if (tokens.has(key)) return true;
        tokens.add(key);
        local = new Set();
        return false;
      },
      local(id) {
        if (local.has(id)) return;
        local.add(id);
        out.push(id);
      },
      tokenEnd() {},
      context(id) {
        if (context.has(id)) return;
        context.add(id);
        out.push(id);
      },
    },
    undefined,
    signals,
  );
  return Int32Array.from(out);
}

/** Walk the features of `lower` into `sink` (see FeatureSink), recording names in `sources` when given. */
export function walkFeatures(lower: string, buckets: number, sink: FeatureSink, sources?: FeatureSource[], signals?: readonly string[]): void {
  const mask = buckets - 1; // buckets is a power of two
  const put = sources
    ? (h: number, name: string, start: number, end: number): void => {
        const id = (h >>> 0) & mask;
        sink.context(id);
        sources.push({ id, name, start, end });
      }
    : (h: number): void => sink.context((h >>> 0) & mask);
  const putLocal = sources
    ? (h: number, name: string, start: number, end: number): void => {
        const id = (h >>> 0) & mask;
        sink.local(id);
        sources.push({ id, name, start, end });
      }
    : (h: number): void => sink.local((h >>> 0) & mask);
  if (folded.length < lower.length + 2) folded = new Uint16Array(lower.length * 2 + 2);
  const n = lower.length;
  let count = 0;
  let fpos = 0;
  let negScope = 0;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!isTokenCode(lower, i, c)) {
      i++;
      continue;
    }
    // One token: letters, marks, digits; apostrophes inside a word are dropped ("what's" → "whats").
    const start = i;
    let hasLetter = false;
    for (let j = i; j < n; j++) {
      const cj = lower.charCodeAt(j);
      if (isTokenCode(lower, j, cj)) {
        if (!hasLetter && isLetterCode(lower, j, cj)) hasLetter = true;
        i = j + 1;
      } else if (isApostrophe(cj) && j + 1 < n && isLetterCode(lower, j + 1, lower.charCodeAt(j + 1)) && j > start) {
        i = j + 1;
      } else break;
    }
    const end = i;
    grow(count + 1);
    tokStart[count] = start;
    tokEnd[count] = end;
    if (!hasLetter) {
      // A number: only its length is a feature; in bigrams it is "#".
      tokUnit[count] = NUMERIC_UNIT;
      tokFold[count] = -1;
      tokFoldLen[count] = 0;
      const b = Math.min(end - start, 10);
      put(NUM_HASH[b]!, sources ? `n|${LEN_BUCKETS[b]}` : '', start, end);
    } else {
      // Fold: leet digits to letters, apostrophes out, repeated characters collapsed.
      const fs = fpos;
      let last = -1;
      let changed = false;
      let hw = fnvChar(FNV_OFFSET, NS_WORD);
      for (let j = start; j < end; j++) {
        c = lower.charCodeAt(j);
        hw = fnvChar(hw, c);
        const f = c < 128 && LEET[c] ? LEET[c]! : c;
        if (isApostrophe(c) || f === last) {
          changed = true;
          continue;
        }
        if (f !== c) changed = true;
        folded[fpos++] = f;
        last = f;
      }
      const flen = fpos - fs;
      tokFold[count] = fs;
      tokFoldLen[count] = flen;
      let hf = fnvChar(FNV_OFFSET, NS_FOLD);
      let hu = 0x811c9dc5;
      for (let k = fs; k < fpos; k++) {
        hf = fnvChar(hf, folded[k]!);
        hu = fnvChar(hu, folded[k]!);
      }
      tokUnit[count] = hu;
      if (!sink.token(start, end, hw)) {
        putLocal(hw, sources ? `w|${lower.slice(start, end)}` : '', start, end);
        if (changed) putLocal(hf, sources ? `f|${codes(fs, flen)}` : '', start, end);
        // Character 3- to 5-grams of "<folded>", each extending the shorter one from the same start.
        const glen = Math.min(flen, MAX_NGRAM_TOKEN) + 2;
        const at = (k: number): number => (k === 0 ? 60 : k === glen - 1 ? 62 : folded[fs + k - 1]!);
        for (let s = 0; s + 3 <= glen; s++) {
          let h = fnvChar(FNV_OFFSET, NS_CHAR);
          h = fnvChar(fnvChar(fnvChar(h, at(s)), at(s + 1)), at(s + 2));
          putLocal(h, sources ? `c|${gram(at, s, 3)}` : '', start, end);
          if (s + 4 > glen) continue;
          h = fnvChar(h, at(s + 3));
          putLocal(h, sources ? `c|${gram(at, s, 4)}` : '', start, end);
          if (s + 5 > glen) continue;
          h = fnvChar(h, at(s + 4));
          putLocal(h, sources ? `c|${gram(at, s, 5)}` : '', start, end);
        }
        sink.tokenEnd();
      }
    }
    // Negation scope: tokens after a negator in the same clause, and a couple before it.
    if (count > 0 && CLAUSE_BREAK.test(lower.slice(tokEnd[count - 1]!, start))) negScope = 0;
    const isNegator = tokFold[count]! >= 0 && tokFoldLen[count]! <= 10 && NEGATORS.has(lower.slice(start, end).replace(/['’]/g, ''));
    if (isNegator) {
      for (let b = count - 1; b >= Math.max(0, count - NEGATION_BACK); b--) {
        if (tokFold[b]! < 0 || CLAUSE_BREAK.test(lower.slice(tokEnd[b]!, tokStart[b + 1]!))) break;
        put(mix(tokUnit[b]!, NS_NEGATED, NS_NEGATED), sources ? `x|${unitName(lower, b)}` : '', tokStart[b]!, tokEnd[b]!);
      }
      negScope = NEGATION_SCOPE;
    } else if (negScope > 0) {
      negScope--;
      if (tokFold[count]! >= 0) put(mix(tokUnit[count]!, NS_NEGATED, NS_NEGATED), sources ? `x|${unitName(lower, count)}` : '', start, end);
    }
    if (count > 0) put(mix(tokUnit[count - 1]!, tokUnit[count]!, NS_BIGRAM), sources ? `b|${unitName(lower, count - 1)} ${unitName(lower, count)}` : '', tokStart[count - 1]!, end);
    if (count > 1) put(mix(tokUnit[count - 2]!, tokUnit[count]!, NS_SKIP), sources ? `k|${unitName(lower, count - 2)} _ ${unitName(lower, count)}` : '', tokStart[count - 2]!, end);
    count++;
  }
  // Message shape.
  const shape = (name: string, start: number, end: number): void => put(hashString(NS_SHAPE, name), `s|${name}`, start, end);
  const q = lower.indexOf('?');
  if (q >= 0) shape('question', q, q + 1);
  const at = lower.indexOf('@');
  if (at >= 0) shape('at-sign', at, at + 1);
  if (lower.indexOf('.') >= 0 || lower.indexOf('/') >= 0) {
    const link = LINK_SHAPE.exec(lower);
    if (link) shape('link-shape', link.index, link.index + link[0].length);
  }
  shape(`tokens:${lengthBucket(count)}`, 0, n);
  if (signals) for (const r of signals) put(hashString(NS_RULE, r), `r|${r}`, 0, n);
}

const LINK_SHAPE = /(?:https?:\/\/|www\.)|[a-z0-9]\.(?:com|co|uk|net|org|me|ly|io|gg|be|link|app)\b/;

function codes(from: number, len: number): string {
  return String.fromCharCode(...folded.subarray(from, from + len));
}

function gram(at: (k: number) => number, s: number, len: number): string {
  let out = '';
  for (let k = s; k < s + len; k++) out += String.fromCharCode(at(k));
  return out;
}

function unitName(lower: string, t: number): string {
  return tokFold[t]! < 0 ? '#' : codes(tokFold[t]!, tokFoldLen[t]!);
}

/** The tokens of `lower` as [start, end) pairs (for tests and the span finder). */
export function tokenSpans(lower: string): [number, number][] {
  const out: [number, number][] = [];
  const sources: FeatureSource[] = [];
  extractFeatures(lower, 2, () => {}, sources);
  for (const s of sources) if (s.name.startsWith('w|') || s.name.startsWith('n|')) out.push([s.start, s.end]);
  return out;
}
