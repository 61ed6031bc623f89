/**
 * Shared machinery of the intent detectors (platform, payment, address, request): the sentence and
 * clause around a candidate, the context cues that raise or lower its score (invitations, refusals,
 * academic mentions, questions), disguise checks, and the turning of a deployment's extra words into
 * a bounded regular expression. Everything here reads the lower-cased normalised text and is linear:
 * windows are capped at `REACH` characters and every regex repetition is bounded.
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
  /\b(?:(?:can'?t|cannot|can not|couldn'?t|won'?t|wont|shouldn'?t|mustn'?t)(?: (?:really|actually|just|be able to|ever))? (?:share|give|do|use|send|accept|take|meet|come|be on|join|move|switch|go|add|talk|chat|pay|post|swap|exchange|allow|hand|hop|get on|download|install)|not (?:allowed|able|permitted|supposed|meant|going to|on|something|comfortable)|unable to|isn'?t (?:something|allowed|permitted)|aren'?t (?:something|allowed|permitted)|don'?t (?:use|do|have|share|give|allow|send|post|think we should)|do not (?:use|do|have|share|give|allow|send)|against (?:the |mytutor'?s |our )?(?:code|rules|policy|guidelines|terms)|code of conduct|(?:keep|kept|keeping|stay|staying) (?:it |things |everything |chatting |talking |messaging )?(?:on here|here|on mytutor|on the platform|on the app|in here)|please don'?t|not allowed|no longer|never (?:share|give))\b/;

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

// Look-alike characters people use for letters inside a name ("wh@ts@pp", "t3l3gr4m", "d1sc0rd").
const LEET: Record<string, string> = {
  a: 'a4@', b: 'b8', e: 'e3', g: 'g9', i: 'i1!|', l: 'l1|', o: 'o0', s: 's5$z', t: 't7+', z: 'z2',
};

/**
 * A bounded pattern for a name that also accepts leetspeak, doubled letters and a separator between
 * letters ("W h a t s A p p", "s.k.y.p.e", "zooom"). Names of three letters or fewer are matched
 * literally: too short to disguise without becoming ordinary words.
 */
export function fuzzyNamePattern(name: string): string {
  const letters = name.toLowerCase();
  if (letters.replace(/\s/g, '').length <= 3) return escapeRegExp(letters).replace(/\s+/g, '\\s?');
  const parts: string[] = [];
  for (const ch of letters) {
    if (ch === ' ') {
      parts.push('[\\s.\\-_]{0,2}');
      continue;
    }
    const alts = LEET[ch];
    const cls = alts ? `[${escapeClass(alts)}]` : escapeRegExp(ch);
    parts.push(`${cls}{1,3}`);
  }
  // One optional separator between letters, the same kind throughout is not required (bounded anyway).
  return parts.join('(?:[\\s.\\-_*]{1,2})?');
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

function escapeClass(s: string): string {
  return s.replace(/[\]\\^\-|]/g, '\\$&');
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
const LEET_FOLD: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', $: 's', '8': 'b', '9': 'g' };

/**
 * Fold leetspeak inside words to letters, keeping every offset (one character for one), so spans
 * found in the result are spans of `lower`. A digit is folded only when a letter touches it, so
 * numbers ("07700", "£40") stay as they are.
 * @example foldLeet('wh4ts ur numb3r') // 'whats ur number'
 */
export function foldLeet(lower: string): string {
  if (!/[a-z][0-9@$]|[0-9@$][a-z]/.test(lower)) return lower;
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

let memoText: string | null = null;
let memoWords: Set<string> = new Set();
const WORD = /[a-z]+/g;

/**
 * The set of words (runs of a–z) in `lower`, computed once per message and shared by the intent
 * detectors' pretests (a one-entry memo: the detectors of one scan see the same text in a row).
 * Set lookups are much cheaper than running a long alternation regex over every message.
 */
export function wordsOf(lower: string): ReadonlySet<string> {
  if (lower === memoText) return memoWords;
  const words = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) words.add(m[0]);
  memoText = lower;
  memoWords = words;
  return words;
}

/** True when any of `wanted` is in `words`. */
export function hasAnyWord(words: ReadonlySet<string>, wanted: readonly string[]): boolean {
  for (const w of wanted) if (words.has(w)) return true;
  return false;
}
