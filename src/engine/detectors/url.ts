import { LinkifyIt } from 'linkify-it';
import { requireCommonJs } from '../commonjs.js';
import { findingFromNormalised } from '../finding.js';
import { seedWindows } from '../text-runs.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { FUZZY_TLDS, SOCIAL_SITES, WORDLIKE_TLDS } from './url-sites.js';

const { getDomain, getHostname } = requireCommonJs('tldts') as typeof import('tldts');

/**
 * Links to sites that are not allow-listed, with or without a scheme; link shorteners always.
 * Candidates come from linkify-it (fuzzy links on, emails off — the email detector owns those) over
 * the normalised text, so defanged ("hxxps", "[.]"), spelled-out ("dot co dot uk"), spaced and
 * homoglyph links are seen. Verification: a scheme, "www.", or a curated top-level domain; a
 * word-like TLD ("it", "me") needs a path or a known site. Allow-listed hosts (the platform, Bitesize,
 * Khan Academy…) are dropped. A social network's link is also reported as `social`.
 */
export const urlDetector: Detector = {
  id: 'url',
  kinds: ['url', 'social', 'phone'],
  pretest: (lower) => PRETEST.test(lower),
  find: findUrls,
};

const SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'sch', 'nhs', 'police', 'mod']);
const PRETEST = /[a-z0-9]\.[a-z]{2}|:\/\/|[^\x00-\x7f]\.|\.[^\x00-\x7f]/;
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false });
// linkify-it's fuzzy list has only the classic gTLDs and ccTLDs; add the newer ones people use.
linkify.tlds([...FUZZY_TLDS].filter((t) => !t.includes('.')), true);
/** A direct link to an image is content to look at, not a place to talk. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp)(?:[?#]\S*)?$/i;

/**
 * "www." and "http://" are unambiguous even when glued to other text ("info:www.example.com",
 * "experiencehttp://…", "http//…"), where linkify-it does not see a link boundary.
 */
const GLUED = /(?:https?:?\/\/|(?<![a-z0-9-])www\.|(?<=[a-z]{2})www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"]*)?/gi;

interface LinkMatch {
  index: number;
  lastIndex: number;
  raw: string;
  url: string;
  schema: string;
}

/**
 * Where a link may be: a dot before two letters (a top-level domain: linkify-it's host names may
 * hold symbols, "0$.com", so nothing is asked of the character before the dot), a dot beside a
 * non-ASCII letter, or a scheme linkify-it knows ("//" of http:, https:, ftp: and protocol-relative
 * links; "mailto:").
 */
const LINK_SEED = /\.[a-z]{2}|\/\/|mailto:|[^\x00-\x7f]\.|\.[^\x00-\x7f]/gi;
/** Texts longer than this are given to linkify-it piece by piece (see `linkifyMatches`). */
const WHOLE_TEXT_CHARS = 1024;
/** Pieces closer than this are given to linkify-it together (fewer calls). */
const JOIN_GAP = 200;

/**
 * linkify-it's matches, in `text` offsets. A long text is not handed over whole: linkify-it's
 * search costs about a quarter of a millisecond per KiB, most of it on text with no link at all.
 * Only the runs of non-space characters holding a link seed (`LINK_SEED`: every link linkify-it
 * reports here has one) are given to it, in windows that start and end at a space or line break.
 * That gives the same links: linkify-it's links never hold a space or a line break, and a link
 * boundary it requires before a link (start of text, a space, punctuation) is the same at a
 * window's start as after the space the window was cut at. (Exported for its test, which checks
 * that on any text it returns what one whole-text call returns.)
 */
export function linkifyMatches(text: string, windows = linkWindows(text)): LinkMatch[] {
  const out: LinkMatch[] = [];
  for (const [from, to] of windows) out.push(...copy(linkify.match(from === 0 && to === text.length ? text : text.slice(from, to)), from));
  return out;
}

/** The windows of `text` that can hold a link: the whole of a short text, the seed windows of a long one. */
function linkWindows(text: string): [number, number][] {
  return text.length <= WHOLE_TEXT_CHARS ? [[0, text.length]] : seedWindows(text, LINK_SEED, JOIN_GAP);
}

function copy(matches: ReturnType<LinkifyIt['match']>, offset: number): LinkMatch[] {
  return (matches ?? []).map((m) => ({ index: m.index + offset, lastIndex: m.lastIndex + offset, raw: m.raw, url: m.url, schema: m.schema }));
}

/** Links linkify-it finds and glued links it misses, in `text` offsets (exported for its test). */
export function linkCandidates(text: string): LinkMatch[] {
  const windows = linkWindows(text);
  const found = linkifyMatches(text, windows);
  if (!/www\.|https?:?\/\//i.test(text)) return found;
  // A glued link holds a dot before two letters, a link seed: it lies in the same windows. Each
  // window is checked against its own links only (linkify's matches come in window order), so a
  // message of thousands of links is not checked link against link.
  const glued: LinkMatch[] = [];
  let k = 0;
  for (const [from, to] of windows) {
    const mine: LinkMatch[] = [];
    while (k < found.length && found[k].index < to) {
      if (found[k].lastIndex > from) mine.push(found[k]);
      k++;
    }
    const had = mine.length;
    addGluedLinks(from === 0 && to === text.length ? text : text.slice(from, to), from, mine);
    for (let i = had; i < mine.length; i++) glued.push(mine[i]);
  }
  for (const g of glued) found.push(g);
  return found;
}

/**
 * Append to `found` the glued links of `window` (which starts at `from` in the text) that overlap
 * no link already found. Exported for the windows' test.
 */
export function addGluedLinks(window: string, from: number, found: LinkMatch[]): void {
  // Glued matches come left to right and never overlap each other, so the links that start before a
  // match's end only grow: keeping how far they reach answers "does any overlap?" in one pass
  // (asking every link for every match was quadratic on a message of many links).
  const prior = [...found].sort((a, b) => a.index - b.index);
  let p = 0;
  let reach = -Infinity;
  GLUED.lastIndex = 0;
  for (let g = GLUED.exec(window); g; g = GLUED.exec(window)) {
    const start = from + g.index;
    const end = start + g[0].length;
    while (p < prior.length && prior[p].index < end) reach = Math.max(reach, prior[p++].lastIndex);
    if (reach > start) continue;
    const raw = g[0].replace(/[.,;:!?)]+$/, '');
    const url = /^https?:?\/\//i.test(raw) ? raw.replace(/^(https?):?\/\//i, '$1://') : `http://${raw}`;
    found.push({ index: start, lastIndex: start + raw.length, raw, url, schema: /^https?/i.test(raw) ? 'http:' : '' });
  }
}

/** A token that may be a link written backwards ("moc.srotutenaj"). */
const REVERSED_TOKEN = /[a-z0-9][a-z0-9.\-/]{3,80}[a-z0-9]/g;

/**
 * With an instruction to reverse ("read it backwards"), a token whose reversal is a domain with a
 * curated top-level domain: "moc.srotutenaj" → janetutors.com.
 */
function reversedLinks(input: DetectorInput, out: Finding[]): void {
  const lower = input.lower;
  REVERSED_TOKEN.lastIndex = 0;
  for (let m = REVERSED_TOKEN.exec(lower); m; m = REVERSED_TOKEN.exec(lower)) {
    if (!m[0].includes('.') || lower[m.index + m[0].length] === '@' || lower[m.index - 1] === '@') continue;
    const reversed = [...m[0]].reverse().join('');
    const host = reversed.split('/')[0];
    const labels = host.split('.');
    const tld = labels[labels.length - 1];
    if (labels.length < 2 || labels.some((l) => !l) || !(FUZZY_TLDS.has(tld) || FUZZY_TLDS.has(labels.slice(-2).join('.'))) || WORDLIKE_TLDS.has(tld)) continue;
    const domain = getDomain(host) ?? host;
    if (isListed(host, domain, input.config.allowedDomains)) continue;
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'url', detector: 'url', score: 0.85, why: ['link written backwards, with an instruction to reverse it'], value: `http://${reversed}` }));
  }
}

function findUrls(input: DetectorInput): Finding[] {
  const text = input.normalised.text;
  const matches = linkCandidates(text);
  if (!matches.length) {
    if (!input.lower.includes('backward') && !input.lower.includes('revers')) return [];
    const out: Finding[] = [];
    reversedLinks(input, out);
    return out;
  }
  const out: Finding[] = [];
  const cfg = input.config;
  for (const m of matches) {
    if (m.schema === 'mailto:') continue;
    if (m.index > 0 && text[m.index - 1] === '@' && !m.schema) continue; // the domain of an email address
    if (text[m.lastIndex] === '@') continue; // the local part of an email address
    // "df.info()", "plt.show()": a name followed by "(" is a call in code, not a site.
    if (text[m.lastIndex] === '(' && !m.schema && !/^www\./i.test(m.raw)) continue;
    const url = m.url;
    const host = (getHostname(url) ?? '').toLowerCase().replace(/^www\./, '');
    if (!host || !host.includes('.')) continue; // "http://microsoft": no site to go to
    const domain = getDomain(host) ?? host;
    if (isListed(host, domain, cfg.allowedDomains) || isListed(host, domain, cfg.educationalSites)) continue;
    const explicit = m.schema !== '' || /^www\./i.test(m.raw);
    const labels = host.split('.');
    const tld = labels[labels.length - 1];
    const hasPath = /^[^/]*\.[^/]+\/\S/.test(m.raw.replace(/^[a-z]+:\/\//i, ''));
    const shortener = isListed(host, domain, cfg.shortenerDomains);
    const social = isListed(host, domain, SOCIAL_SITES);
    const why: string[] = [];
    let score: number;
    if (shortener) {
      score = 0.97;
      why.push('link shortener (destination hidden)');
    } else if (explicit) {
      score = 0.93;
      why.push(m.schema ? `link with scheme ${m.schema}` : 'link starting www.');
    } else {
      const secondLevel = labels.length > 2 ? labels.slice(-2).join('.') : '';
      // "google.co.il", "example.com.au": a country code under a generic second level is a domain.
      const countrySecondLevel = labels.length > 2 && /^[a-z]{2}$/.test(tld) && SECOND_LEVELS.has(labels[labels.length - 2]);
      if (!FUZZY_TLDS.has(tld) && !FUZZY_TLDS.has(secondLevel) && !countrySecondLevel) continue;
      if (/^\d+$/.test(labels[0]) && labels.length < 3 && WORDLIKE_TLDS.has(tld)) continue;
      if (WORDLIKE_TLDS.has(tld) && !hasPath && !social && labels.length < 3) continue;
      // "end.It" — a sentence joined without a space, capital after the dot: not a link.
      if (/[a-z]\.[A-Z][a-z]/.test(m.raw) && !hasPath) continue;
      score = hasPath ? 0.9 : 0.85;
      why.push(`domain .${tld} without scheme`);
    }
    if (social) why.push('social network profile');
    if (IMAGE_FILE.test(m.raw) && !shortener && !social) {
      score -= 0.5;
      why.push('direct link to an image file');
    }
    out.push(findingFromNormalised(input, { start: m.index, end: m.lastIndex }, { kind: 'url', detector: 'url', score, why, value: url.toLowerCase() }));
    if (social) out.push(findingFromNormalised(input, { start: m.index, end: m.lastIndex }, { kind: 'social', detector: 'url', score, why: [...why], value: url.toLowerCase() }));
    // WhatsApp click-to-chat links carry a phone number in international form.
    const wa = /^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com\/send\?phone=)\/?(\d{8,15})/i.exec(m.raw);
    if (wa) {
      const at = m.index + m.raw.indexOf(wa[1]);
      out.push(findingFromNormalised(input, { start: at, end: at + wa[1].length }, { kind: 'phone', detector: 'url', score: 0.95, why: ['phone number in a WhatsApp click-to-chat link'], value: '+' + wa[1] }));
    }
  }
  return out;
}

/** True when `host` or its registrable `domain` is in `list`, or is a subdomain of an entry. */
function isListed(host: string, domain: string, list: readonly string[]): boolean {
  for (const entry of list) {
    const e = entry.toLowerCase();
    if (host === e || domain === e || host.endsWith('.' + e)) return true;
  }
  return false;
}
