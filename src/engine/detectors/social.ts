import { findingFromNormalised } from '../finding.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
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
  pretest: (lower) => lower.includes('@') || PLAIN_NAMES.test(lower) || SPACED_OR_LEET.test(lower) && PRETEST.test(leet(lower)),
  find: findHandles,
};

/** Fold leetspeak to letters, keeping length so offsets still line up. */
function leet(s: string): string {
  // "@" is a letter only inside a word ("sn@p"); elsewhere it is the handle marker.
  return s.replace(/[0134578$|!]|(?<=[a-z])@(?=[a-z])/g, (c) => LEET[c] ?? c);
}
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '|': 'l', '!': 'i' };

/** A name with optional single spaces, dots, dashes or stars between its letters. */
function spacedAlternative(name: string): string {
  return [...name.replace(/ /g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ .\\-*_]?');
}
const NAMES_RE = SOCIAL_NAMES.slice().sort((a, b) => b.length - a.length).map(spacedAlternative).join('|');
const PRETEST = new RegExp(`(?:^|[^a-z])(?:${NAMES_RE})(?![a-z])`);
/** Fast gates: a name written plainly, or text with spaced letters or digits inside words. */
const PLAIN_NAMES = new RegExp(`\\b(?:${SOCIAL_NAMES.map((n) => n.replace(/ /g, '\\s?')).join('|')})\\b`);
const SPACED_OR_LEET = /[a-z][ .\-*_][a-z][ .\-*_][a-z]|[a-z][0134578$|!@]|[0134578$|!][a-z]/;
const HANDLE = String.raw`@?[a-z0-9_](?:[a-z0-9_.\-]{0,28}[a-z0-9_])?(?:#\d{4})?`;
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

function findHandles(input: DetectorInput): Finding[] {
  const lower = input.lower;
  const folded = leet(lower);
  const out: Finding[] = [];
  const seen = new Set<number>();
  NEAR.lastIndex = 0;
  for (let m = NEAR.exec(folded); m; m = NEAR.exec(folded)) {
    const name = m[1].replace(/[ .\-*_]/g, '');
    const hStart = m.index + m[0].length - m[2].length;
    const handle = lower.slice(hStart, hStart + m[2].length);
    if (!isHandleLike(handle, m[0], WEAK_NAMES.has(name))) {
      NEAR.lastIndex = m.index + Math.max(1, m[1].length);
      continue;
    }
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: m.index, end: hStart + handle.length }, { kind: 'social', detector: 'social', score: 0.9, why: [`handle after "${name}"`], value: handle.replace(/^@/, '') }));
  }
  USER_IS.lastIndex = 0;
  for (let m = USER_IS.exec(lower); m; m = USER_IS.exec(lower)) {
    const hStart = m.index + m[0].length - m[1].length;
    if (seen.has(hStart) || !isHandleLike(m[1], m[0], true)) continue;
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.8, why: ['"user is …" followed by a handle'], value: m[1].replace(/^@/, '') }));
  }
  // A profile to look up rather than a handle: "just search Gareth Lewis Swansea", "insta is the
  // same as my name on here". Only next to a network's name, so "search for the formula" is nothing.
  if (PLAIN_NAMES.test(lower) || PRETEST.test(folded)) {
    for (const re of [SEARCH_NAME, SAME_AS_NAME]) {
      re.lastIndex = 0;
      const source = re === SEARCH_NAME ? input.normalised.text : lower;
      for (let m = re.exec(source); m; m = re.exec(source)) {
        out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.75, why: [re === SEARCH_NAME ? 'a profile to search for by name, next to a network' : 'handle derived from the sender\'s name, next to a network'] }));
      }
    }
  }
  IM_HANDLE.lastIndex = 0;
  for (let m = IM_HANDLE.exec(lower); m; m = IM_HANDLE.exec(lower)) {
    const hStart = m.index + m[0].length - m[1].length;
    if (seen.has(hStart) || lower[hStart + m[1].length] === '@') continue;
    seen.add(hStart);
    out.push(findingFromNormalised(input, { start: hStart, end: hStart + m[1].length }, { kind: 'social', detector: 'social', score: 0.75, why: ['handle-shaped name (dots and digits) after "I\'m"'], value: m[1] }));
  }
  BARE.lastIndex = 0;
  for (let m = BARE.exec(lower); m; m = BARE.exec(lower)) {
    if (seen.has(m.index) || seen.has(m.index + 1)) continue;
    const h = m[1];
    if (!/[a-z]/.test(h) || NOT_HANDLE.has(h)) continue;
    if (DOMAIN_LIKE.test(h)) continue; // "@example.com" is a domain, not a handle
    // "@staticmethod" in code: a plain word after "@" needs handle-like characters or social words nearby.
    if (!/[._\d]/.test(h) && !SOCIAL_CONTEXT.test(lower)) continue;
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'social', detector: 'social', score: 0.8, why: ['bare @handle'], value: h }));
  }
  return out;
}

/** Does this token look like a handle rather than an ordinary word? */
function isHandleLike(token: string, whole: string, weakName: boolean): boolean {
  const h = token.replace(/^@/, '');
  if (h.length < 3 || NOT_HANDLE.has(h) || /^\d+$/.test(h)) return false;
  if (!/[a-z]/.test(h)) return false;
  const marked = token.startsWith('@') || /[._\d]/.test(h) || /#\d{4}$/.test(h);
  if (marked) return true;
  // A plain word needs a strong network name and an explicit label: "insta: janetutor",
  // "snapchat username is janetutor" — not "WhatsApp is quicker".
  return !weakName && (/[:=]\s*@?[a-z0-9_]+$/.test(whole) || /(?:user\s?name|user|handle|name|id|account|tag)\s*(?:is|:|=)\s*@?[a-z0-9_]+$/.test(whole));
}
