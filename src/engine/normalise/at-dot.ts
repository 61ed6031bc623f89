import type { Edit } from './normalised.js';
import type { Transformer } from './transformer.js';
import { WEBMAIL_PROVIDERS, SPOKEN_TLDS } from './at-dot-words.js';
import { nearProvider } from '../webmail.js';
import { gateHints, MAY_SPELL_ADDRESS } from './gate-hints.js';

/**
 * Last step. "at"/"dot" spellings become "@"/"." where, together, they form an address:
 * `(at) [at] {at} _at_ " at " " @ "`, `(dot) [dot] [.] " dot " "full stop"`, "underscore", and
 * "slash" after a domain; also defanged schemes (hxxps). A lone "at" or "dot" in a sentence is left
 * alone: the rewrite needs a domain that ends in a known top-level domain or is a webmail provider.
 * A space between every character of an address ("j a n e @ g m a i l . c o m") is closed up too.
 * Examples: "jane dot doe at gmail dot com" → "jane.doe@gmail.com"; "example[.]com" → "example.com".
 */
export const atDot: Transformer = {
  id: 'at-dot',
  // The shared pass (gate-hints.ts) rules out most messages cheaply; the regex decides the rest.
  pretest: (t) => (gateHints(t) & MAY_SPELL_ADDRESS) !== 0 && PRETEST.test(t),
  edits: atDotEdits,
};

/**
 * Gate: a spelled separator ("dot", "[at]", "(.)", "full stop", "underscore", "hxxp"), an "@" that
 * may need closing up, a plain " at " near a webmail provider or a dotted name, or letters spaced
 * one by one. Ordinary "at 5pm" and "see you at school" never reach the full pass.
 * MAY_SPELL_ADDRESS in gate-hints.ts must stay set whenever this can match: change both together
 * (gate-hints.test.ts checks it). Exported for that test.
 */
export const PRETEST = new RegExp(
  String.raw`\bdot\b|[[({<]\s*(?:at|dot|@|\.)\s*[\])}>]|_at_|_dot_|full ?stop|hxxp|underscore|\s@|@\s|\bat\s+(?:${[...WEBMAIL_PROVIDERS, 'proton', 'virgin'].join('|')})\b|[._]\w+\s+at\s+\w|\bat\s+\w+\.\w|(?:^|\s)(?:\S ){5,}\S`,
  'i',
);

// Separators, each a capture so we know which characters to rewrite.
const AT = String.raw`(?:\s*(?:\(at\)|\[at\]|\{at\}|<at>|\(@\)|\[@\]|\{@\})\s*|\s+at\s+|_at_|\s*@\s*)`;
const DOT = String.raw`(?:\s*(?:\(dot\)|\[dot\]|\{dot\}|<dot>|\[\.\]|\(\.\)|\{\.\})\s*|\s+(?:dot|full\s?stop|period)\s+|_dot_|\s\.\s|\.)`;
const UNDERSCORE = String.raw`(?:\s+underscore\s+|\s*\(underscore\)\s*)`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,62})`;
const LOCAL_PART = String.raw`[a-z0-9][a-z0-9_%+\-]{0,63}`;
const LOCAL = String.raw`${LOCAL_PART}(?:(?:${DOT}|${UNDERSCORE}|[._])${LOCAL_PART}){0,4}`;

/** A spelled-out (or plain) address: local part, an "at", a domain. Exported for the stretches' test. */
export const EMAIL_RE = new RegExp(String.raw`(?<![a-z0-9._%+\-@])(${LOCAL})(${AT})(${LABEL}(?:${DOT}${LABEL}){0,4})`, 'gi');
const DOMAIN_RE = new RegExp(String.raw`(?<![a-z0-9._\-@])(${LABEL}(?:${DOT}${LABEL}){1,4})(?:(\s+(?:forward\s+)?slash\s+)([a-z0-9_\-]{1,40}))?`, 'gi');
const SEP_WORD = new RegExp(`^(?:${AT}|${DOT}|${UNDERSCORE})$`, 'i');
const HXXP = /\bhxxp(s?)(\[?:\]?)\/\//gi;
const SPACED = /(?<!\S)(?:\S ){5,}\S(?!\S)/g;

/** Words that are never the local part of a spelled-out address ("look at outlook", "meet at gmail"). */
const NOT_LOCAL = new Set([
  'me', 'you', 'him', 'her', 'us', 'them', 'it', 'is', 'am', 'are', 'be', 'was', 'look', 'looking', 'meet',
  'arrive', 'arrived', 'stay', 'work', 'works', 'working', 'live', 'lives', 'home', 'back', 'good', 'bad',
  'great', 'best', 'better', 'that', 'this', 'which', 'what', 'where', 'there', 'here', 'not', 'and', 'or',
  'a', 'an', 'the', 'but', 'so', 'then', 'just', 'only', 'also', 'see', 'sent', 'send', 'email', 'emails',
  'mail', 'message', 'messages', 'inbox', 'account', 'accounts', 'check', 'checked', 'login', 'log', 'signed',
  // "my site at janetutors dot com" is a link, not an address whose local part is "site".
  'site', 'website', 'page', 'blog', 'channel', 'profile', 'shop', 'store', 'business', 'company', 'notes',
  'resources', 'stuff', 'details', 'info', 'everything', 'online', 'up', 'in', 'on', 'off', 'out',
]);

function atDotEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Defanged schemes: hxxps[:]// → https://
  HXXP.lastIndex = 0;
  for (let m = HXXP.exec(text); m; m = HXXP.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `http${m[1]}://`, atomic: true });
  }
  // Spaced characters forming an address: close the spaces up.
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
    const closed = m[0].replace(/ /g, '');
    if (/^[a-z0-9._%+\-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(closed) || /^(?:https?:\/\/)?(?:[a-z0-9-]+\.){1,3}[a-z]{2,}(\/\S*)?$/i.test(closed) && isKnownTld(closed.replace(/^https?:\/\//i, ''))) {
      for (let i = m.index; i < m.index + m[0].length; i++) if (text[i] === ' ') edits.push({ start: i, end: i + 1, replacement: '' });
    }
  }
  for (const m of addressMatches(text)) {
    const [whole, local, , domain] = m;
    const domainLabels = splitLabels(domain);
    const localWords = splitLabels(local);
    const provider = domainLabels[0].toLowerCase();
    const endsInTld = domainLabels.length > 1 && SPOKEN_TLDS.has(domainLabels[domainLabels.length - 1].toLowerCase());
    // A misspelt provider ("gmial", "hotmal") is one when the local part looks like a name.
    const isProvider = WEBMAIL_PROVIDERS.has(provider) || (domainLabels.length === 1 && /[._\d]/.test(local) && nearProvider(provider) !== undefined);
    if (!endsInTld && !isProvider) continue;
    if (localWords.length === 1 && NOT_LOCAL.has(localWords[0].toLowerCase())) continue;
    // "Log in at icicibank.com", "blogging at example.blogspot.com": a plain word, the word "at" and
    // an ordinary domain is a sentence. Spelled-out separators, a provider, or a name-like local part
    // (dots, underscores, digits) make it an address.
    const wordAt = /^\s+at\s+$/i.test(m[2]);
    const spelledDomain = /\bdot\b|\[|\(|\{|full\s?stop|_dot_|\s\.\s/i.test(domain);
    if (wordAt && !isProvider && !spelledDomain && !/[._\d]|dot|underscore/i.test(local)) continue;
    // "we looked at gmail", "staring at outlook": a verb form before "at" is a sentence.
    if (wordAt && localWords.length === 1 && /^[a-z]{3,}(?:ed|ing)$/i.test(local)) continue;
    // A plain " at " between two ordinary words needs stronger evidence: a provider or a dotted domain.
    addSeparatorEdits(whole, m.index, edits);
  }
  DOMAIN_RE.lastIndex = 0;
  for (let m = DOMAIN_RE.exec(text); m; m = DOMAIN_RE.exec(text)) {
    const labels = splitLabels(m[1]);
    const last = labels[labels.length - 1].toLowerCase();
    if (!SPOKEN_TLDS.has(last)) continue;
    if (NOT_LOCAL.has(labels[0].toLowerCase()) && labels.length === 2) continue;
    if (!/\bdot\b|\[|\(|\{|full\s?stop|period|_dot_/i.test(m[1]) && !m[2]) continue; // already plain
    addSeparatorEdits(m[1], m.index, edits);
    if (m[2]) {
      const slashStart = m.index + m[1].length;
      edits.push({ start: slashStart, end: slashStart + m[2].length, replacement: '/', atomic: true });
    }
  }
  return dedupe(edits);
}

/**
 * Characters a spelled-out address can hold: letters, digits, `._%+-@`, the brackets of "(at)" and
 * "[dot]", and spaces. Any other character ends one, so on a long message the address pattern runs
 * only on the stretches between such characters that hold an "at" or "@" — most hold neither — with
 * the same matches as over the whole text (a match never crosses another character, and the
 * character before a stretch is one the pattern's lookbehind accepts, as at the start of the text).
 */
const ADDRESS_STRETCH = /[a-z0-9._%+\-@()[\]{}<>\s]+/gi;
/** Every "at" separator of EMAIL_RE: "@", or "at" between spaces, underscores or brackets. */
const AT_SEED = /@|(?:^|[\s_([{<])at(?=$|[\s_)\]}>])/i;
/** Texts up to this length are searched whole (the stretches would cost more than they save). */
const WHOLE_TEXT_CHARS = 1024;

/** EMAIL_RE's matches in `text`, with `index` in `text` (exported for its test). */
export function addressMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const search = (s: string, offset: number): void => {
    EMAIL_RE.lastIndex = 0;
    for (let m = EMAIL_RE.exec(s); m; m = EMAIL_RE.exec(s)) {
      m.index += offset;
      out.push(m);
    }
  };
  if (text.length <= WHOLE_TEXT_CHARS) search(text, 0);
  else {
    ADDRESS_STRETCH.lastIndex = 0;
    for (let st = ADDRESS_STRETCH.exec(text); st; st = ADDRESS_STRETCH.exec(text)) if (AT_SEED.test(st[0])) search(st[0], st.index);
  }
  return out;
}

/** Split a spelled-out address into its labels (the words between separators). */
function splitLabels(s: string): string[] {
  return s
    .split(new RegExp(`${AT}|${DOT}|${UNDERSCORE}|[._]`, 'i'))
    .filter((x) => x.length > 0);
}

const SEPARATORS = new RegExp(`${AT}|${DOT}|${UNDERSCORE}`, 'gi');

/** Emit edits turning every spelled separator inside `s` (found at `offset`) into its symbol. */
function addSeparatorEdits(s: string, offset: number, edits: Edit[]): void {
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(s); m; m = SEPARATORS.exec(s)) {
    if (m[0].length === 0) {
      SEPARATORS.lastIndex++;
      continue;
    }
    const word = m[0];
    if (!SEP_WORD.test(word)) continue;
    const sym = /underscore/i.test(word) ? '_' : new RegExp(`^${AT}$`, 'i').test(word) ? '@' : '.';
    if (word === sym) continue;
    edits.push({ start: offset + m.index, end: offset + m.index + word.length, replacement: sym, atomic: true });
  }
}

function isKnownTld(domain: string): boolean {
  const host = domain.split('/')[0];
  const last = host.split('.').pop()!.toLowerCase();
  return SPOKEN_TLDS.has(last);
}

/** Sort edits and drop any that overlap an earlier one. */
function dedupe(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.start < end) continue;
    out.push(e);
    end = e.end;
  }
  return out;
}
