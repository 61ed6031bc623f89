import type { Edit } from './normalised.js';
import type { Transformer } from './transformer.js';

/**
 * Step before at-dot. Links and addresses broken up with spaces so a filter misses them are closed up:
 * spaces around the dots of a domain ("janetutors . com / maths", "www. janetutors. com"), a scheme
 * written apart ("https:// janetutors.com"), "www" and the labels with spaces for dots ("www
 * janetutors co uk"), a top-level domain added as an afterthought ("janetutors then .com"), and a
 * name spelled letter by letter with dots beside an "at" or "@" ("g.m.a.i.l").
 * Only where the result ends in a common top-level domain written in lower case, so "I love maths.
 * Com…" and "end. It was" stay sentences.
 * Example: "janetutors . com / maths" → "janetutors.com/maths".
 */
export const spacedLink: Transformer = {
  id: 'spaced-link',
  pretest: (t) => PRETEST.test(t),
  edits: spacedEdits,
};

/** Top-level domains (and second levels) people add to a spaced-out link: common ones only. */
const TLD = String.raw`(?:com|org|net|co|uk|io|ly|info|biz|ie|tv|xyz|online|site)`;
const PRETEST = /\s\.\s?[a-zA-Z]|\.\s(?:com|co|org|net|uk|io|ie|tv)\b|[wW]{3}\s|:\s*\/\s*\/\s|:\/\/[\w.-]+\.\s|(?:then|plus|with) (?:a )?(?:\.|dot)|(?:^|[\s(])(?:[a-zA-Z0-9]\.){3}/;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,62})';
/** Labels joined by dots with spaces around some of them, then an optional path ("/ maths"). */
const SPACED_DOMAIN = new RegExp(String.raw`(?<![\w.@-])(?<![^/]\/)(?:www\s*\.\s*)?${LABEL}(?:\s*\.\s*${LABEL}){1,3}(?:\s*\/\s*[\w\-]{1,40})?`, 'g');
const SCHEME = /\b(https?)\s*:\s*\/\s*\/\s*/gi;
const WWW_WORDS = new RegExp(String.raw`\bwww\s+(${LABEL})\s+(${TLD}(?:\s+uk)?)\b`, 'g');
const THEN_TLD = new RegExp(String.raw`(?<![\w.@-])(${LABEL})\s+(?:then|plus|and then|followed by|with)\s+(?:a\s+)?(?:\.\s?|dot\s+)(com|co\.uk|co dot uk|org|net|io|org\.uk)\b`, 'g');
const DOTTED_LETTERS = /(?<![\w.@])(?:[a-z0-9]\.){3,}[a-z0-9](?![\w@]|\.[a-z0-9])/gi;
const TALKED_ABOUT = new Set(['in', 'the', 'a', 'an', 'with', 'ends', 'end', 'at', 'on', 'of', 'or', 'and', 'to', 'is', 'are', 'for', 'like', 'as', 'by', 'from', 'not', 'no', 'your', 'my', 'its', 'it', 'than', 'but', 'just', 'usually', 'always', 'never', 'about', 'dot', 'domain', 'website', 'site', 'email', 'address']);
const COMMON_TLDS = new Set(['com', 'org', 'net', 'co', 'uk', 'io', 'ly', 'info', 'biz', 'ie', 'tv', 'xyz', 'online', 'site']);

function spacedEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  SCHEME.lastIndex = 0;
  for (let m = SCHEME.exec(text); m; m = SCHEME.exec(text)) {
    if (/\s/.test(m[0])) edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1].toLowerCase()}://`, atomic: true });
  }
  SPACED_DOMAIN.lastIndex = 0;
  for (let m = SPACED_DOMAIN.exec(text); m; m = SPACED_DOMAIN.exec(text)) {
    const s = m[0];
    if (!/\s/.test(s)) continue;
    const host = s.split('/')[0].trim();
    const labels = host.split(/\s*\.\s*/);
    const tld = labels[labels.length - 1];
    // The last label is a common top-level domain in lower case, and not a lone letter or figures first.
    // "ends in .com", "a .co.uk one": a top-level domain talked about, after an ordinary word.
    if (labels.length === 2 && TALKED_ABOUT.has(labels[0].toLowerCase())) continue;
    // Right after a scheme ("http://doit. mymoby. tv/"), any top-level domain will do.
    const afterScheme = /:\/\/\s*$/.test(text.slice(Math.max(0, m.index - 10), m.index));
    if (!(COMMON_TLDS.has(tld) || (afterScheme && /^[a-z]{2,6}$/.test(tld))) || labels[0].length < 2 || /^\d+$/.test(labels[0])) continue;
    // A sentence: "fine. com" needs a space before the dot too, or "www" in front, to be a spaced link.
    const spacedBefore = /\s\./.test(host) || /^www/i.test(host) || afterScheme;
    if (!spacedBefore && !/\.\s*(?:co|org)\s*\.\s*uk$/.test(host)) continue;
    for (let i = 0; i < s.length; i++) {
      if (!/\s/.test(s[i])) continue;
      let j = i;
      while (j < s.length && /\s/.test(s[j])) j++;
      const before = s[i - 1];
      const after = s[j];
      // A space after "/" goes only when one came before it too ("com / maths", not "tv/ to collect").
      const slashSpaced = before === '/' && /\s/.test(s[i - 2] ?? '');
      if (before === '.' || after === '.' || slashSpaced || after === '/') edits.push({ start: m.index + i, end: m.index + j, replacement: '' });
      i = j - 1;
    }
  }
  WWW_WORDS.lastIndex = 0;
  for (let m = WWW_WORDS.exec(text); m; m = WWW_WORDS.exec(text)) {
    const host = `www.${m[1]}.${m[2].replace(/\s+/, '.')}`;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: host, atomic: true });
  }
  THEN_TLD.lastIndex = 0;
  for (let m = THEN_TLD.exec(text); m; m = THEN_TLD.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: `${m[1]}.${m[2].replace(/ dot /g, '.')}`, atomic: true });
  }
  DOTTED_LETTERS.lastIndex = 0;
  for (let m = DOTTED_LETTERS.exec(text); m; m = DOTTED_LETTERS.exec(text)) {
    // Only beside an address's "at"/"@"/"dot": "g.m.a.i.l dot com", "j.s.m.i.t.h at …".
    const around = text.slice(Math.max(0, m.index - 8), m.index) + ' ' + text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (!/\bat\b|@|\bdot\b/i.test(around)) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: m[0].replace(/\./g, ''), atomic: true });
  }
  return dedupe(edits);
}

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
