import type { Edit } from './normalised.js';
import type { Transformer } from './transformer.js';
import { SPOKEN_TLDS, WEBMAIL_PROVIDERS } from './at-dot-words.js';

/**
 * Step before at-dot. The words UK families use for "@" and "." in the languages they write in,
 * where, together, they form an address: Polish "małpa"/"kropka", Spanish and Portuguese
 * "arroba"/"punto"/"ponto", French "arobase"/"point", German "Klammeraffe"/"Punkt" (and "ät"),
 * Italian "chiocciola", Romanian "punct", Arabic "آت"/"دوت"/"نقطة", and "at the rate" (the usual
 * South Asian reading of "@"). Rewritten to "@" and "." only when the whole reads as an address: a
 * local part, the "at" word, then a webmail provider or labels ending in a top-level domain; or,
 * for a link, labels joined by "dot" words that end in a top-level domain.
 * Example: "anna.k małpa gmail kropka com" → "anna.k@gmail.com"; "janek kropka pl" → "janek.pl".
 */
export const atDotLanguages: Transformer = {
  id: 'at-dot-languages',
  pretest: (t) => PRETEST.test(t),
  edits: languageEdits,
};

/** Words for "@" (lower case; matched case-insensitively). Documented data: extend here. */
export const AT_WORDS: readonly string[] = [
  'małpa', 'malpa', 'małpka', 'arroba', 'arrobas', 'arobase', 'arrobase', 'klammeraffe', 'affenschwanz', 'ät',
  'chiocciola', 'aroba', 'at the rate of', 'at the rate', 'at d rate', 'at rate', 'at sign', 'at symbol', 'آت', 'ات',
];
/** Words for "." between the labels of an address or a link. "dot" too, so a mixed spelling closes up whole. */
export const DOT_WORDS: readonly string[] = [
  'kropka', 'kropeczka', 'punto', 'ponto', 'point', 'punkt', 'punct', 'punctul', 'nokta', 'pont', 'dot', 'دوت', 'نقطة', 'نقطه',
];
/** Top-level domains beyond the spoken English ones that these families' own countries use. */
const MORE_TLDS = new Set(['pl', 'ro', 'pt', 'br', 'mx', 'ar', 'cl', 'pe', 'sa', 'ae', 'eg', 'ma', 'dz', 'tn', 'at', 'ch', 'be', 'lu', 'md', 'ua', 'ru', 'lt', 'lv', 'sk', 'cz', 'hu', 'gr', 'tr', 'bd', 'lk', 'eu', 'net', 'org']);

/** Top-level domains that are also English words: never the end of a link spelled with dot words. */
const WORDLIKE_TLDS = new Set(['in', 'to', 'me', 'so', 'us', 'at', 'be', 'it', 'is', 'live', 'page', 'link', 'site', 'online', 'email', 'store', 'shop', 'club', 'app', 'dev', 'ai', 'im', 'sh', 'fm', 'cc', 'gd']);

const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
// Word edges that also hold for Polish and Arabic letters (no "u" flag needed: a lookaround on \p is).
const L = String.raw`[\p{L}\p{N}]`;
// A plain scan for the "at" words (no lookbehind, no Unicode mode, no case folding: each costs a pass).
// Links spelled with dot words alone are found for the unambiguous ones (kropka, punto, punct, ponto,
// Punkt); French "point" only beside "arobase", where it is an everyday word otherwise.
const PRETEST = /[mM]a[łl]pk?a|[aA]rr?oba|[kK]lammeraffe|[aA]ffenschwanz|[cC]hiocciola|[eE] rate|[dD] rate|[aA]t [sS][iIyY]|kropk|pun[ckt][to]|ponto|[äÄ\u0600-\u06ff]/;
const AT_RE = new RegExp(`(?:${alt(AT_WORDS)})`, 'gi');
const LETTER = /[\p{L}\p{N}]/u;
/** No letter or figure touches [start, end) on either side. */
function isWord(text: string, start: number, end: number): boolean {
  return !(start > 0 && LETTER.test(text[start - 1])) && !(end < text.length && LETTER.test(text[end]));
}
const DOT = `(?:${alt(DOT_WORDS)})`;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,62})';
/** After an "at" word: the domain, labels joined by dot words or dots. Sticky, from the "at" word's end. */
const DOMAIN_AFTER = new RegExp(`\\s*(${LABEL}(?:(?:\\s+${DOT}\\s+|\\s*\\.\\s*)${LABEL}){0,4})(?!${L})`, 'iuy');
/** Before an "at" word: the local part, which may itself be spelled with dot words. Anchored at the end. */
const LOCAL_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}._%+\\-])([a-z0-9][a-z0-9._%+\\-]{0,63}(?:\\s+${DOT}\\s+[a-z0-9][a-z0-9._%+\\-]{0,63}){0,3})\\s*$`, 'iu');
/** A link spelled with dot words alone ("janek kropka pl", "www punto tienda punto es"). */
const LINK_RE = new RegExp(`(?<![\\p{L}\\p{N}._@\\-])${LABEL}(?:\\s+${DOT}\\s+${LABEL}){1,4}(?!${L})`, 'giu');
const SEPARATOR = new RegExp(`\\s*(?:${alt(AT_WORDS)})\\s*|\\s+${DOT}\\s+`, 'giu');

function isTld(label: string): boolean {
  const l = label.toLowerCase();
  return SPOKEN_TLDS.has(l) || MORE_TLDS.has(l);
}

/** Labels of a spelled domain, lower case. */
function labels(s: string): string[] {
  return s.split(new RegExp(`\\s+${DOT}\\s+|\\s*\\.\\s*`, 'iu')).map((x) => x.toLowerCase()).filter(Boolean);
}

function languageEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  AT_RE.lastIndex = 0;
  for (let m = AT_RE.exec(text); m; m = AT_RE.exec(text)) {
    const atStart = m.index;
    const atEnd = atStart + m[0].length;
    if (!isWord(text, atStart, atEnd)) continue;
    const before = LOCAL_BEFORE.exec(text.slice(Math.max(0, atStart - 160), atStart));
    DOMAIN_AFTER.lastIndex = atEnd;
    const after = DOMAIN_AFTER.exec(text);
    if (!before || !after) continue;
    const domain = labels(after[1]);
    const provider = WEBMAIL_PROVIDERS.has(domain[0]);
    if (!provider && !(domain.length > 1 && isTld(domain[domain.length - 1]))) continue;
    // The local part must not be a plain word of a sentence in English ("look at the rate"): "at the
    // rate" needs a provider or a dotted domain after it, which the checks above already ask.
    const localStart = atStart - before[0].length;
    const whole = text.slice(localStart, atEnd + after[0].length);
    separatorEdits(whole, localStart, edits);
    AT_RE.lastIndex = atEnd + after[0].length;
  }
  // Links: only around a dot word (found by a plain scan), in a window of the text.
  DOT_SEED.lastIndex = 0;
  let searchedTo = 0;
  for (let d = DOT_SEED.exec(text); d; d = DOT_SEED.exec(text)) {
    const from = Math.max(searchedTo, d.index - 70);
    const to = Math.min(text.length, d.index + d[0].length + 80);
    if (from >= to) continue;
    searchedTo = to;
    linkEdits(text, from, to, edits);
  }
  edits.sort((a, b) => a.start - b.start);
  return edits;
}

const DOT_SEED = /kropk|punt|punct|pont|point|punkt|nokta|دوت|نقط/gi;

function linkEdits(text: string, from: number, to: number, edits: Edit[]): void {
  const window = text.slice(from, to);
  LINK_RE.lastIndex = 0;
  for (let w = LINK_RE.exec(window); w; w = LINK_RE.exec(window)) {
    const m = { index: from + w.index, 0: w[0] };
    const ls = labels(m[0]);
    // A link's last label must be a top-level domain that is not also an everyday word ("this point in").
    if (!isTld(ls[ls.length - 1]) || WORDLIKE_TLDS.has(ls[ls.length - 1])) continue;
    // "at this point com…" is not a link: an English "dot" alone is the at-dot step's to judge.
    if (!new RegExp(`\\s(?!dot\\s)${DOT}\\s`, 'iu').test(m[0])) continue;
    if (edits.some((e) => e.start >= m.index && e.start < m.index + m[0].length)) continue;
    separatorEdits(m[0], m.index, edits);
  }
}

function separatorEdits(s: string, offset: number, edits: Edit[]): void {
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(s); m; m = SEPARATOR.exec(s)) {
    const isDot = new RegExp(`^\\s+${DOT}\\s+$`, 'iu').test(m[0]);
    edits.push({ start: offset + m.index, end: offset + m.index + m[0].length, replacement: isDot ? '.' : '@', atomic: true });
  }
}
