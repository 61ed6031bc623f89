import { findingFromNormalised } from '../finding.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { toOriginalSpan } from '../normalise/index.js';
import { FOLDED_NAME, PLAIN_NAME, leet, nameSigns } from './social-name-scan.js';
import { SOCIAL_NAMES, WEAK_NAMES } from './social-words.js';

/**
 * Social-media handles: a handle near a network's name ("insta: jane_tutor", "my snap is kai_b2008",
 * "discord: sparky#4821", "follow me on the gram, tutor_tasha"), including names written spaced,
 * dotted or in leetspeak ("s n a p", "5napch4t"), and a bare "@handle". Profile links are found by
 * the url detector. A handle must look like one (a digit, "_" or "." inside, or an "@" before it),
 * or follow an explicit "is"/":" after the network's name.
 */
export const socialDetector: Detector = {
  id: 'social',
  kinds: ['social'],
  pretest: (lower) => lower.includes('@') || mayNameNetwork(lower) || (ACTION_HINT.test(lower) && ACTION_PRETEST.test(lower)),
  find: findHandles,
};

/**
 * The message names a network: plainly, or spaced/leetspeak in text that has spaced letters or a
 * digit inside a word (`SPACED_OR_LEET`, tested last: names found that way are rare).
 */
function mayNameNetwork(lower: string): boolean {
  const signs = nameSigns(lower);
  return (signs & PLAIN_NAME) !== 0 || ((signs & FOLDED_NAME) !== 0 && SPACED_OR_LEET.test(lower));
}
const SPACED_OR_LEET = /[a-z][ .\-*_][a-z][ .\-*_][a-z]|[a-z][0134578$|!@]|[0134578$|!][a-z]/;

/** A name with optional single spaces, dots, dashes or stars between its letters. */
function spacedAlternative(name: string): string {
  return [...name.replace(/ /g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ .\\-*_]?');
}
const NAMES_RE = SOCIAL_NAMES.slice().sort((a, b) => b.length - a.length).map(spacedAlternative).join('|');
/** A handle, possibly spelled ("janey dot x", "sam underscore b"). */
const HANDLE = String.raw`@?[a-z0-9_](?:[a-z0-9_.\-]{0,28}[a-z0-9_])?(?:\s+(?:dot|underscore|period)\s+[a-z0-9_]{1,20}){0,3}(?:#\d{4})?`;
/** A spelled handle's value: "janey dot x" → "janey.x". */
const unspell = (h: string): string => h.replace(/^@/, '').replace(/\s+(?:dot|period)\s+/g, '.').replace(/\s+underscore\s+/g, '_');
/** Network name, a few linking words, then the handle. */
const NEAR = new RegExp(
  String.raw`(?<![a-z0-9/._\-])(${NAMES_RE})(?![a-z])(?:[\s,]*(?:account|acc|handle|user\s?name|username|user|name|id|tag|page|profile))?` +
    String.raw`\s*(?:(?:is|=|:|-|–|—|,|its|it's|it is|im|i'm|me|@|on)\s*){0,3}(?:the\s+same\s+as\s+)?(${HANDLE})`,
  'g',
);
/** "user is …", "username: …" without a network named (the network may be in an earlier message). */
const USER_IS = new RegExp(String.raw`\b(?:my\s+)?(?:user\s?name|user|handle|@)\s*(?:is|:|=|-)\s*(${HANDLE})`, 'g');
const BARE = /(?<![\w@.\-])@([a-z0-9_](?:[a-z0-9_.]{1,28}[a-z0-9_]))(?![\w@]|\.[a-z])/g;
const NOT_HANDLE = new Set([
  'the', 'and', 'if', 'me', 'my', 'you', 'u', 'ur', 'your', 'is', 'on', 'it', 'its', 'there', 'here', 'then', 'too', 'a',
  'an', 'to', 'for', 'with', 'as', 'or', 'so', 'but', 'not', 'no', 'yes', 'now', 'later', 'tonight', 'same', 'just', 'add',
  'follow', 'dm', 'message', 'msg', 'chat', 'app', 'account', 'name', 'lol', 'ok', 'okay', 'pls', 'please', 'thanks', 'in',
  'of', 'at', 'be', 'do', 'can', 'will', 'we', 'i', 'im', 'that', 'this', 'what', 'whats', 'where', 'when', 'how', 'who',
  'linked', 'about', 'bio', 'profile', 'search', 'find', 'look', 'use', 'send', 'sent', 'answers', 'questions', 'instead',
  'gone', 'down', 'up', 'over', 'off', 'out', 'again', 'sorry', 'hi', 'hey', 'hello', 'all', 'every', 'everywhere',
]);

const DOMAIN_LIKE = /\.(?:com|net|org|co|uk|io|me|ly|app|info|biz|edu|gov|ac)$/;
/** "search Gareth Lewis Swansea", "look me up: Joanne Pemberton-Hale": a capitalised full name to search for. */
const SEARCH_NAME = /\b(?:search(?: for)?|look (?:me )?up|find me (?:as|under))[\s:–-]+(?:me\s+)?(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s?){2,4}/g;
/** "insta is the same as my name on here", "my snap is just my full name". */
const SAME_AS_NAME = /\b(?:the same as|same as|just|exactly)\s+my\s+(?:full |first |real |profile )?name\b/g;
const SOCIAL_CONTEXT = /\b(?:my|me|follow|add|dm|dms|handle|find|account|page|profile|channel|insta|snap|tiktok|twitter|ig)\b/;
/** "on the … app im tom.clarke.22": a strongly handle-shaped token after "I'm". */
const IM_HANDLE = /\b(?:i'm|im|i am)\s+(@?[a-z0-9_]+[._][a-z0-9_.]*\d[a-z0-9_]*)/g;

// A finder is skipped when the message lacks what its pattern needs: most messages that reach `find`
// only hold an "x" (maths) or a "line", and each pattern would scan them for nothing.
function findHandles(input: DetectorInput): Finding[] {
  const lower = input.lower;
  const out: Finding[] = [];
  const seen = new Set<number>(); // handle starts already reported, so later finders skip them
  const hasAt = lower.includes('@');
  const signs = nameSigns(lower);
  // NEAR starts with a name that FOLDED_NAME finds (NEAR's lookbehind is the stricter one).
  if (signs & FOLDED_NAME) findNearName(input, out, seen);
  if (hasAt || lower.includes('user') || lower.includes('handle')) findUserIs(input, out, seen); // USER_IS's words
  // A profile to look up rather than a handle: "just search Gareth Lewis Swansea", "insta is the
  // same as my name on here". Only next to a network's name, so "search for the formula" is nothing.
  if (signs !== 0) findProfileByName(input, out);
  findImHandle(input, out, seen);
  // Both need a clearly handle-shaped token: "_" or "." inside a word, a figure after a letter, or "@".
  if (signs & PLAIN_NAME && STRONG_HANDLE_HINT.test(lower)) {
    findHandleThenName(input, out, seen);
    findDescribedNear(input, out, seen);
  }
  if (ACTION_PRETEST.test(lower)) findActionHandle(input, out, seen);
  if (hasAt) findBareHandle(input, out, seen);
  return out;
}

function origSpan(input: DetectorInput, start: number, end: number): [number, number] {
  return toOriginalSpan(input.normalised, start, end);
}

const PLAIN_NAMES_RE = SOCIAL_NAMES.slice().sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s?')).join('|');
/**
 * A token that is clearly a handle on its own: letters with "_" or "." joining parts, or letters
 * with figures, or an "@" before it. Not a domain, a file name or a plain word.
 */
const STRONG_HANDLE = /^@[a-z0-9_.]{3,30}$|^[a-z][a-z0-9]*(?:[._]+[a-z0-9]+)+_?$|^[a-z]+_*\d+[a-z0-9_]*$|^[a-z]+_+$/;
const FILE_LIKE = /\.(?:py|js|ts|java|txt|docx?|pdf|pptx?|xlsx?|csv|png|jpe?g|gif|html?|css|md|json|zip|mp[34]|c|h|cpp|rb|go|rs|sh|ipynb)$/;
function isStrongHandle(token: string): boolean {
  const h = token.replace(/^@/, '');
  if (h.length < 4 || !/[a-z]/.test(h) || NOT_HANDLE.has(h)) return false;
  if (DOMAIN_LIKE.test(h) || FILE_LIKE.test(h) || /^(?:[a-z]\.){1,}[a-z]\.?$/.test(h)) return false; // "e.g.", "i.e."
  return STRONG_HANDLE.test(token);
}

const STRONG_HANDLE_HINT = /[a-z0-9][._]+[a-z0-9]|[a-z]\d|@/;

/** The handle first, then where: "jane.tutor.maths on ig", "kai_b2008 on the gram", "@jo.x over on tiktok". */
const ON_NAME = new RegExp(String.raw`\s(?:on|over\s+on|at|via)\s+(?:the\s+|my\s+)?(${PLAIN_NAMES_RE})(?![a-z])`, 'g');
/** The token just before " on <network>", anchored at the end of the text before it. */
const TOKEN_BEFORE = /(?<![\w@.\-])(@?[a-z0-9_][a-z0-9_.]{1,28}[a-z0-9_])$/;
function findHandleThenName(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  ON_NAME.lastIndex = 0;
  for (let m = ON_NAME.exec(lower); m; m = ON_NAME.exec(lower)) {
    const t = TOKEN_BEFORE.exec(lower.slice(Math.max(0, m.index - 31), m.index));
    if (!t) continue;
    const h = t[1];
    const start = m.index - h.length;
    const name = m[1].replace(/\s/g, '');
    if (seen.has(start) || !isStrongHandle(h) || lower[start - 1] === '@') continue;
    if (name === 'x' && !h.startsWith('@')) continue; // "x" is maths far more often than the network
    seen.add(start);
    out.push(findingFromNormalised(input, { start, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.85, why: [`handle-shaped name, then "on ${name}"`], value: h.replace(/^@/, '') }));
  }
}

/**
 * A network's name, words describing the handle, then the handle itself later in the sentence:
 * "insta: my name with two underscores, jane__smith". The token must be clearly a handle.
 */
const DESCRIBED_NEAR = new RegExp(String.raw`(?<![a-z0-9])(${PLAIN_NAMES_RE})(?![a-z])([^!?\n]{1,80})`, 'g');
const WINDOW_TOKEN = /(?<![\w@.\-])@?[a-z0-9_][a-z0-9_.]{2,28}[a-z0-9_](?![\w@]|\.[a-z0-9])/g;
function findDescribedNear(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  if (CODE_CUE.test(lower)) return;
  DESCRIBED_NEAR.lastIndex = 0;
  for (let m = DESCRIBED_NEAR.exec(lower); m; m = DESCRIBED_NEAR.exec(lower)) {
    const name = m[1].replace(/\s/g, '');
    // The window ends at the end of the sentence (a full stop followed by a space).
    const windowText = m[2].split(/\.(?:\s|$)/)[0];
    const base = m.index + m[1].length;
    DESCRIBED_NEAR.lastIndex = base;
    WINDOW_TOKEN.lastIndex = 0;
    for (let t = WINDOW_TOKEN.exec(windowText); t; t = WINDOW_TOKEN.exec(windowText)) {
      const h = t[0];
      const hStart = base + t.index;
      if (WEAK_NAMES.has(name) && !h.startsWith('@')) continue;
      if (seen.has(hStart) || seen.has(hStart + 1) || !isStrongHandle(h)) continue;
      if (out.some((f) => f.kind === 'social' && f.start <= hStart && hStart < f.end)) continue;
      seen.add(hStart);
      out.push(findingFromNormalised(input, { start: hStart, end: hStart + h.length }, { kind: 'social', detector: 'social', score: 0.8, why: [`handle-shaped name later in the sentence after "${name}"`], value: h.replace(/^@/, '') }));
      break;
    }
  }
}

/** Words of programming: a plain "@word" in such a message is a decorator or an annotation. */
const DECORATOR_WORDS = /\bdecorators?\b|\bannotations?\b|\bjava\b|\bpython\b|\bclass(?:es)?\b|\bmethods?\b|\bcode\b|\bfunctions?\b|\bdef\b/;
/** The message is code, or quotes it. */
const CODE_CUE = /\bdef |\breturn\b|\bfunction\b|=>|[;{}]|\bimport |\bprint\(|\bconsole\.|`|\bconst |\bvar |\bvariable\b|\bpython\b|\bcode\b/;
/** "add me: jane_tutor99", "follow jane.tutor_99": a verb of following, then a clearly handle-shaped token, no network named. */
/** What a handle without a network needs here: "_" joining parts of a word (the rarest mark in chat). */
const ACTION_HINT = /[a-z0-9]_/;
const ACTION_PRETEST = /\b(?:add|follow|dm|find|search|look)\b/;
const ACTION_HANDLE = /\b(?:add|follow|dm|find|search(?:\s+for)?|look\s+(?:me\s+)?up)\s+(?:me\s*)?(?:(?:as|at|under|:|-)\s*)?(@?[a-z0-9_][a-z0-9_.]{2,28}[a-z0-9_])(?![\w@]|\.[a-z0-9])/g;
function findActionHandle(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  if (CODE_CUE.test(lower)) return;
  ACTION_HANDLE.lastIndex = 0;
  for (let m = ACTION_HANDLE.exec(lower); m; m = ACTION_HANDLE.exec(lower)) {
    const h = m[1];
    const hStart = m.index + m[0].length - h.length;
    if (seen.has(hStart) || seen.has(hStart + 1) || !isStrongHandle(h)) continue;
    // Without a network, only the most handle-like: "_" or "." with a figure, or two joins, or "@".
    const bare = h.replace(/^@/, '');
    if (!h.startsWith('@') && !(/[._]/.test(bare) && /\d/.test(bare)) && (bare.match(/[._]+/g)?.length ?? 0) < 2) continue;
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: m.index, end: hStart + h.length }, { kind: 'social', detector: 'social', score: 0.75, why: ['a clearly handle-shaped name after "add"/"follow"/"find"'], value: bare }));
  }
}

/** A handle after a network's name, spaced or in leetspeak: "insta: jane_tutor", "5napch4t kai_b2008". */
function findNearName(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  const folded = leet(lower);
  NEAR.lastIndex = 0;
  for (let m = NEAR.exec(folded); m; m = NEAR.exec(folded)) {
    const name = m[1].replace(/[ .\-*_]/g, '');
    const hStart = m.index + m[0].length - m[2].length;
    const handle = lower.slice(hStart, hStart + m[2].length);
    const weak = WEAK_NAMES.has(name);
    // After a short or common name ("x", "line", "tt"), "=" is maths or code, and a token in capitals
    // with figures ("QX_88", "TT_4821") is a booking or flight code, not a handle.
    const codeLike = weak && (/=/.test(m[0].slice(m[1].length)) || /^[A-Z0-9_\-]+$/.test(input.original.slice(...origSpan(input, hStart, hStart + handle.length))) && /\d/.test(handle));
    if (codeLike || !isHandleLike(handle, m[0], weak)) {
      NEAR.lastIndex = m.index + Math.max(1, m[1].length);
      continue;
    }
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: m.index, end: hStart + handle.length }, { kind: 'social', detector: 'social', score: 0.9, why: [`handle after "${name}"`], value: unspell(handle) }));
  }
}

function findUserIs(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  USER_IS.lastIndex = 0;
  for (let m = USER_IS.exec(lower); m; m = USER_IS.exec(lower)) {
    const hStart = m.index + m[0].length - m[1].length;
    if (seen.has(hStart) || !isHandleLike(m[1], m[0], true)) continue;
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.8, why: ['"user is …" followed by a handle'], value: m[1].replace(/^@/, '') }));
  }
}

function findProfileByName(input: DetectorInput, out: Finding[]): void {
  const text = input.normalised.text;
  // Each pattern needs its own words ("search", "name"), which few messages naming a network have.
  if (text.includes('search') || text.includes('look ') || text.includes('find me')) {
    findProfile(input, out, SEARCH_NAME, text, 'a profile to search for by name, next to a network');
  }
  if (input.lower.includes('name')) findProfile(input, out, SAME_AS_NAME, input.lower, 'handle derived from the sender\'s name, next to a network');
}

function findProfile(input: DetectorInput, out: Finding[], re: RegExp, source: string, why: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.75, why: [why] }));
  }
}

function findImHandle(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  IM_HANDLE.lastIndex = 0;
  for (let m = IM_HANDLE.exec(lower); m; m = IM_HANDLE.exec(lower)) {
    const hStart = m.index + m[0].length - m[1].length;
    if (seen.has(hStart) || lower[hStart + m[1].length] === '@') continue;
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: hStart, end: hStart + m[1].length }, { kind: 'social', detector: 'social', score: 0.75, why: ['handle-shaped name (dots and digits) after "I\'m"'], value: m[1] }));
  }
}

function findBareHandle(input: DetectorInput, out: Finding[], seen: Set<number>): void {
  const lower = input.lower;
  // Whole-message tests, answered once: asked per "@word" they made a message of many handles
  // quadratic (64 KiB of "@handle " took over a second).
  let plainWordAllowed: boolean | undefined;
  const allowsPlainWord = () => (plainWordAllowed ??= SOCIAL_CONTEXT.test(lower) && !CODE_CUE.test(lower) && !DECORATOR_WORDS.test(lower));
  BARE.lastIndex = 0;
  for (let m = BARE.exec(lower); m; m = BARE.exec(lower)) {
    if (seen.has(m.index) || seen.has(m.index + 1)) continue;
    const h = m[1];
    if (!/[a-z]/.test(h) || NOT_HANDLE.has(h)) continue;
    if (DOMAIN_LIKE.test(h)) continue; // "@example.com" is a domain, not a handle
    // "@staticmethod" in code: a plain word after "@" needs handle-like characters or social words nearby.
    if (!/[._\d]/.test(h) && !allowsPlainWord()) continue;
    // "@Override public…", "@property\ndef": a word after "@" followed by code is an annotation.
    if (/^\s*(?:\(|\n|def\b|class\b|public\b|private\b|protected\b|static\b|void\b|async\b|function\b)/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.8, why: ['bare @handle'], value: h }));
  }
}

/** Does this token look like a handle rather than an ordinary word? */
function isHandleLike(token: string, whole: string, weakName: boolean): boolean {
  const h = token.replace(/^@/, '');
  if (h.length < 3 || NOT_HANDLE.has(h) || /^\d+$/.test(h)) return false;
  if (!/[a-z]/.test(h)) return false;
  const marked = token.startsWith('@') || /[._\d]/.test(h) || /#\d{4}$/.test(h) || /\s(?:dot|underscore|period)\s/.test(h);
  if (marked) return true;
  // A plain word needs a strong network name and an explicit label: "insta: janetutor",
  // "snapchat username is janetutor" — not "WhatsApp is quicker".
  return !weakName && (/[:=]\s*@?[a-z0-9_]+$/.test(whole) || /(?:user\s?name|user|handle|name|id|account|tag)\s*(?:is|:|=)\s*@?[a-z0-9_]+$/.test(whole));
}
