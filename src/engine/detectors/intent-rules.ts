/**
 * Shared machinery of the intent detectors (platform, payment, address, request): the sentence and
 * clause around a candidate, the context cues that raise or lower its score (invitations, refusals,
 * academic mentions, questions), disguise checks and skeletons (leetspeak, spaced and tripled
 * letters undone with a map back), cheap word-group pretests (one pass per message, shared by the
 * four detectors), and the turning of a deployment's extra words into a bounded regular expression.
 * Everything here reads the lower-cased normalised text and is linear: windows are capped at
 * `REACH` characters and every regex repetition is bounded.
 *
 * (Named for the intent detectors as a group; it is shared by the four files that own them.)
 */

/** How far (UTF-16 units) a context window reaches either side of a candidate. */
export const REACH = 60;

/** The text around a candidate, cut at sentence ends and at a turn such as "but". */
export interface ContextWindow {
  /** From the start of the clause (at most REACH before) up to the candidate. */
  before: string;
  /** From the candidate's end to the end of the clause (at most REACH after). */
  after: string;
  /** The whole clause holding the candidate (a sentence, or the part of it on the candidate's side of "but"). */
  clause: string;
  /** The whole sentence, however long (capped at 2×REACH either side). */
  sentence: string;
  /** True when the sentence asks something: it ends with "?" or starts the way questions do. */
  question: boolean;
}

// A sentence ends at ? ! or a newline, or at a full stop followed by a space (so "wa.me" and "£38.50"
// do not end sentences). Bounded lookups only.
const isSentenceEnd = (t: string, i: number): boolean => {
  const c = t[i];
  if (c === '?' || c === '!' || c === '\n') return true;
  if (c === '.' && (i + 1 >= t.length || t[i + 1] === ' ')) return !/\d/.test(t[i - 1] ?? '') || !/\d/.test(t[i + 2] ?? '');
  return false;
};

// Where a clause turns: what follows "but" often contradicts what came before ("I know we should
// stay on here but Zoom works better"), so cues on one side do not carry to the other.
const TURN = /(?:,|\s)\s?(?:but|though|although|however|whereas)\s/g;

const QUESTION_START =
  /^\s*(?:(?:ok|okay|so|and|hi|hey|also|sorry|honestly|btw|just|um|oh|bro|mate|well)[,!]?\s+){0,2}(?:do|does|did|are|r|is|can|could|would|will|shall|should|have|has|may|might|what(?:'|’)s|what|where|whereabouts|how|why|any|u got|you got|got)\b/;

/** The context window of `[start, end)` in `lower`. */
export function contextAround(lower: string, start: number, end: number): ContextWindow {
  let s = start;
  const sMin = Math.max(0, start - 2 * REACH);
  while (s > sMin && !isSentenceEnd(lower, s - 1)) s--;
  let e = end;
  const eMax = Math.min(lower.length, end + 2 * REACH);
  while (e < eMax && !isSentenceEnd(lower, e)) e++;
  const endsWithQuestion = lower[e] === '?' || /^[\s\p{Extended_Pictographic}\u{FE0F})]{0,4}\?/u.test(lower.slice(e, e + 6));
  const sentence = lower.slice(s, Math.min(lower.length, e + 1));
  // Clause: cut at the nearest turn word on each side of the candidate.
  let cs = s;
  let ce = lower[e] === '?' || lower[e] === '!' ? e + 1 : e;
  TURN.lastIndex = 0;
  const inner = lower.slice(s, e);
  for (let m = TURN.exec(inner); m; m = TURN.exec(inner)) {
    const at = s + m.index;
    if (at + m[0].length <= start) cs = at + m[0].length;
    else if (at >= end && at < ce) ce = at;
  }
  const before = lower.slice(Math.max(cs, start - REACH), start);
  const after = lower.slice(end, Math.min(ce, end + REACH));
  const clause = lower.slice(cs, ce);
  const question = endsWithQuestion || QUESTION_START.test(sentence.replace(/^[\s\-–—:;,'"(]+/, ''));
  return { before, after, clause, sentence, question };
}

/**
 * Refusals and rule quotes: the sender declines, or says it is not allowed. A candidate in the same
 * clause is a refusal, not an invitation ("I can't do WhatsApp", "not allowed to give my snapchat").
 */
export const REFUSAL =
  /\b(?:(?:can'?t|cannot|can not|couldn'?t|won'?t|wont|shouldn'?t|mustn'?t)(?: (?:really|actually|just|be able to|ever))? (?:share|give|do|use|send|accept|take|meet|come|be on|join|move|switch|go|add|talk|chat|pay|post|swap|exchange|allow|hand|hop|get on|download|install)|not (?:allowed|able|permitted|supposed|meant|going to|on|something|comfortable)|unable to|isn'?t (?:something|allowed|permitted)|aren'?t (?:something|allowed|permitted)|don'?t (?:use|do|have|share|give|allow|send|post|think we should)|do not (?:use|do|have|share|give|allow|send)|against (?:the |mytutor'?s |our )?(?:code|rules|policy|guidelines|terms)|code of conduct|(?:keep|kept|keeping|stay|staying) (?:it |things |everything |chatting |talking |messaging )?(?:on here|here|on mytutor|on the platform|on the app|in here)|please don'?t|not allowed|no longer|never (?:share|give)|not (?:sharing|giving|handing)|rather not)\b/;

/** Academic or third-person mentions of a brand: a case study, history, an essay, a media text. */
export const MENTION =
  /\b(?:example|case study|essay|article|advert|advertis\w*|brand|compan(?:y|ies)|business(?:es)?|founded|launched|bought|acquisition|acquired|transcript|poem|novel|film|media|analys\w+|argued|prompt|history|war|sector|industry|market|challenger|stock|shares|ceo|revenue|theme \d|component \d|source|extract|textbook|chapter|characters?|quote|the story)\b|(?<![\w.@/-])(?:1[5-9]\d\d|20[0-2]\d)(?![\w.@/-])/;

/** The platform itself: a contact or payment made here is fine ("message me on here", "paid on the app"). */
export const ON_PLATFORM =
  /\b(?:on here|in here|through here|via here|here on|on mytutor|through mytutor|via mytutor|on the platform|through the platform|the (?:lesson|mytutor) (?:space|chat|library|classroom|room)|our lesson chat|(?:on|through|via|in) the (?:app|site|website)(?! (?:with|where|that|which|everybody|everyone|for))|my dashboard|your dashboard|the booking system)\b/;

/** True when `original` spells the matched name in a disguised way (separators, digits, symbols, look-alikes). */
export function isDisguised(originalSlice: string, normalisedSlice: string, canonical: string): boolean {
  if (originalSlice !== normalisedSlice) return true; // invisible characters or look-alike letters were folded
  return normalisedSlice.toLowerCase().replace(/\s+/g, ' ') !== canonical;
}

/** Word-bounded alternation of plain phrases (for `config.extraWords`). Returns null for no words. */
export function phrasesPattern(words: readonly string[]): RegExp | null {
  const clean = words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0 && w.length <= 60);
  if (!clean.length) return null;
  const alt = clean.sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, '\\s{1,3}')).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${alt})(?![a-z0-9])`, 'g');
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Run a global regex over `text`, calling `fn` for each match; guards against empty matches. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** Small cache so that a deployment's extra words are compiled once per configuration list. */
export function cachedPattern(cache: WeakMap<readonly string[], RegExp | null>, words: readonly string[] | undefined): RegExp | null {
  if (!words || !words.length) return null;
  let re = cache.get(words);
  if (re === undefined) {
    re = phrasesPattern(words);
    cache.set(words, re);
  }
  return re;
}

// Digits and symbols that stand for letters inside words ("wh4ts ur numb3r").
const LEET_FOLD: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '1': 'i', '!': 'i', '|': 'l', '0': 'o', '5': 's', '7': 't', $: 's', '8': 'b', '9': 'g' };

/**
 * Fold leetspeak inside words to letters, keeping every offset (one character for one), so spans
 * found in the result are spans of `lower`. A digit is folded only when a letter touches it, so
 * numbers ("07700", "£40") stay as they are.
 * @example foldLeet('wh4ts ur numb3r') // 'whats ur number'
 */
export function foldLeet(lower: string): string {
  // The request detector and the skeletons of the platform and payment detectors fold the same text
  // in a row: the last answer is kept.
  if (lower === foldedFrom) return foldedTo;
  foldedTo = foldLeetOnce(lower);
  foldedFrom = lower;
  return foldedTo;
}
let foldedFrom: string | null = null;
let foldedTo = '';

function foldLeetOnce(lower: string): string {
  if (!/[a-z][0-9@$!|]|[0-9@$!|][a-z]/.test(lower)) return lower;
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const to = LEET_FOLD[ch];
    if (to !== undefined && (isLetter(lower[i - 1]) || isLetter(lower[i + 1]))) out += to;
    else out += ch;
  }
  return out;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

/** For each known word's hash, the bits of the word groups it belongs to (see `wordHash`). */
const WORD_BITS = new Map<number, number>();
/** Word lengths (1–20) × first letters present in some group: a cheap filter before hashing. */
const LEN_FIRST = new Uint8Array(21 * 26);
let nextBit = 0;
let memoText: string | null = null;
let memoMask = 0;
let memoDisguise = false;

/** Hash of a run of a–z (no allocation). Collisions only make a pretest pass, never fail. */
function wordHash(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * Register a group of words for cheap pretests and get its bit. A message's words are looked up
 * once (`wordMask`), after which "does the message hold any word of this group?" is one AND.
 * At most 30 groups (the bits of a small integer); further groups share the last bit, which only
 * makes their pretest pass more often, never wrongly fail.
 */
export function wordGroup(words: readonly string[]): number {
  const bit = 1 << Math.min(nextBit++, 29);
  for (const w of words) {
    const h = wordHash(w, 0, w.length);
    WORD_BITS.set(h, (WORD_BITS.get(h) ?? 0) | bit);
    const first = w.charCodeAt(0) - 97;
    if (w.length <= 20 && first >= 0 && first < 26) LEN_FIRST[w.length * 26 + first] = 1;
    else LEN_FIRST.fill(1); // an unusual word: disable the filter rather than miss it
  }
  memoText = null;
  return bit;
}

/** Characters that stand for letters in leetspeak: digits, @ $ ! | +. */
const isLeet = (c: number): boolean => (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124 || c === 43;
/** Separators between spaced-out letters: space . - _ *. */
const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42;

/**
 * One pass over `lower`: the word groups present (OR of their bits) and whether a name may be
 * disguised in it — a digit or symbol between two letters or before three ("t3l3gr4m", "5napch4t",
 * "p@ypal"), a letter three times in a row ("zooom"), or four or more single letters in a row
 * ("s k y p e", "s.k.y.p.e"). Memoised for the last text: the intent detectors of one scan see the
 * same text in a row.
 */
function scanText(lower: string): void {
  if (lower === memoText) return;
  let mask = 0;
  let disguise = false;
  let wordStart = -1; // current run of letters
  let tokStart = -1; // current run of letters and leet characters
  let tokLetters = 0;
  let tokLeet = 0;
  let tokBetween = false; // a leet character with a letter after it and a letter (or the token start) before
  let singles = 0; // consecutive single-letter words joined by spacers
  let lastSingleEnd = -10;
  let p1 = 0; // previous character code
  let p2 = 0; // the one before
  let hash = 0; // hash of the current run of letters
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter) {
      if (tokStart < 0) {
        tokStart = i;
        tokLetters = 0;
        tokLeet = 0;
        tokBetween = false;
      }
      tokLetters++;
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
      } else if (c === p1 && c === p2) disguise = true;
      hash = (Math.imul(hash, 31) + c) | 0; // `wordHash` of the word so far, built as it is read
      p2 = p1;
      p1 = c;
      continue;
    }
    if (isLeet(c)) {
      if (tokStart < 0) {
        tokStart = i;
        tokLetters = 0;
        tokLeet = 0;
        tokBetween = false;
      }
      tokLeet++;
      if (i + 1 < n && (i === tokStart || (p1 >= 97 && p1 <= 122))) {
        const next = lower.charCodeAt(i + 1);
        if (next >= 97 && next <= 122) tokBetween = true;
      }
    } else if (tokStart >= 0) {
      if (tokLeet > 0 && tokLetters >= 2 && i - tokStart >= 4 && tokBetween) disguise = true;
      tokStart = -1;
    }
    if (wordStart >= 0) {
      const len = i - wordStart;
      if (len <= 20 && LEN_FIRST[len * 26 + lower.charCodeAt(wordStart) - 97]) mask |= WORD_BITS.get(hash) ?? 0;
      if (len === 1) {
        // A single letter: part of a spaced-out word when the gap since the last one is all spacers.
        const gap = wordStart - lastSingleEnd;
        let gapOk = gap >= 1 && gap <= 3;
        for (let k = lastSingleEnd; gapOk && k < wordStart; k++) if (!isSpacer(lower.charCodeAt(k))) gapOk = false;
        singles = gapOk ? singles + 1 : 1;
        lastSingleEnd = i;
        if (singles >= 4) disguise = true;
      }
      wordStart = -1;
    }
    p2 = p1;
    p1 = c;
  }
  memoText = lower;
  memoMask = mask;
  memoDisguise = disguise;
}

/** The word groups present in `lower` (OR of their bits from `wordGroup`). */
export function wordMask(lower: string): number {
  scanText(lower);
  return memoMask;
}

/**
 * True when `lower` may hide a name in leetspeak, spaced letters or tripled letters: only then is
 * the skeleton built (see `scanText`).
 */
export function mayBeDisguised(lower: string): boolean {
  scanText(lower);
  return memoDisguise;
}

/** A disguise-free view of a text: positions map back to the text it came from. */
export interface Skeleton {
  readonly text: string;
  /** `map[i]`: index in the source of skeleton character i. Shared (see `skeletonOf`): read only. */
  readonly map: ArrayLike<number>;
}

const SPACED_RUN = /(?<![a-z0-9])[a-z](?:[ .\-_*]{1,3}[a-z]){3,40}(?![a-z0-9])/g;

/**
 * The skeleton of `lower` for matching disguised names with plain patterns: leetspeak folded inside
 * words ("t3l3gr4m" → "telegram"), separators removed inside a run of single spaced letters
 * ("s . k . y . p . e" → "skype"), and a letter written three or more times cut to two ("zooom" →
 * "zoom"). Linear; returns null when nothing changes.
 */
export function skeletonOf(lower: string): Skeleton | null {
  // The platform and payment detectors ask for the same text's skeleton in a row: the last is kept.
  if (lower === skeletonFrom) return skeletonTo;
  skeletonTo = skeletonOnce(lower);
  skeletonFrom = lower;
  return skeletonTo;
}
let skeletonFrom: string | null = null;
let skeletonTo: Skeleton | null = null;

function skeletonOnce(lower: string): Skeleton | null {
  const folded = foldLeet(lower);
  const drop = new Uint8Array(folded.length);
  let changed = folded !== lower;
  SPACED_RUN.lastIndex = 0;
  for (let m = SPACED_RUN.exec(folded); m; m = SPACED_RUN.exec(folded)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (!isLetter(folded[i])) drop[i] = 1;
    changed = true;
  }
  // The kept characters are appended a run at a time (slices of `folded`, never read back while the
  // text grows, so the rope is flattened once); the map is a typed array. About a tenth of the cost
  // of collecting single characters, which mattered on long messages.
  const n = folded.length;
  const map = new Int32Array(n);
  let kept = 0;
  let text = '';
  let copied = 0; // folded[copied, i) is kept and not yet appended
  let last = -1;
  let beforeLast = -1;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (drop[i] || (c === last && c === beforeLast && c >= 97 && c <= 122)) {
      if (!drop[i]) changed = true;
      if (copied < i) text += folded.slice(copied, i);
      copied = i + 1;
      continue;
    }
    map[kept++] = i;
    beforeLast = last;
    last = c;
  }
  if (!changed) return null;
  if (copied < n) text += copied === 0 ? folded : folded.slice(copied);
  return { text, map: map.subarray(0, kept) };
}

/** Map a skeleton span back to its source text. */
export function fromSkeleton(sk: Skeleton, start: number, end: number): [number, number] {
  return [sk.map[start], end > start ? sk.map[end - 1] + 1 : sk.map[start]];
}

