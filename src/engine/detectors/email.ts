import { requireCommonJs } from '../commonjs.js';
import { findingFromNormalised } from '../finding.js';
import { normalise, toOriginalSpan } from '../normalise/index.js';
import { DESCRIBED_PROVIDERS, NAMED_PROVIDERS_ALTERNATION, nearProvider, providerDomain } from '../webmail.js';
import type { Detector, DetectorInput, Finding } from '../types.js';

const { parse } = requireCommonJs('tldts') as typeof import('tldts');

/**
 * Email addresses: plain, and every disguise the normaliser undoes ("jane dot doe at gmail dot com",
 * "[at]", "(dot)", fullwidth ＠, homoglyphs, zero-width characters, spaced letters). Verification: the
 * domain ends in a real public suffix, or is a webmail provider written without one
 * ("jane.doe@gmail", from "jane.doe at gmail"). Allow-listed addresses (the platform's support
 * address) are never reported. A `mailto:` prefix is included in the span.
 */
export const emailDetector: Detector = {
  id: 'email',
  kinds: ['email'],
  pretest: (lower) => lower.includes('@') || PRETEST.test(lower) || lower.includes('backward') || lower.includes('revers'),
  find: findEmails,
};

const EMAIL = /(?<![a-z0-9._%+\-])(mailto:)?([a-z0-9](?:[a-z0-9._%+\-]{0,63}))@([a-z0-9](?:[a-z0-9\-]{0,62})(?:\.[a-z0-9](?:[a-z0-9\-]{0,62})){0,5})/g;
/** "the google mail ending", "gee mail": a provider described rather than named. */
const PROVIDER_HINT = new RegExp(`\\b(?:google\\s?mail|gee\\s?mail|g\\s?mail|${NAMED_PROVIDERS_ALTERNATION})\\b`);
/** A provider named at all (gate of the two rules below; "google" for "Google's one"). */
const PROVIDER_NAMED = new RegExp(`\\b(?:${NAMED_PROVIDERS_ALTERNATION}|google|apple)\\b`);
/** PROVIDER_HINT or PROVIDER_NAMED, in one pass (the detector's gate; "google mail" is found by "google"). */
const PRETEST = new RegExp(`\\b(?:gee\\s?mail|g\\s?mail|${NAMED_PROVIDERS_ALTERNATION}|google|apple|bt|microsoft)\\b`);
/** A token that is a domain ("example.com", "site.co.uk"). */
const DOMAIN_LIKE = /\.(?:com|org|net|co|uk|io|me|edu|gov|ac|info|biz)(?:\.|$)/;
const DESCRIBED = new RegExp(String.raw`\b([a-z0-9][a-z0-9._]{2,40}[a-z0-9])(?:,|\s)+(?:then|and|at|@)\s+(?:the\s+)?(?:google\s?mail|gee\s?mail|${NAMED_PROVIDERS_ALTERNATION})\b(?:\s+ending)?`, 'g');
/**
 * The provider named first and the local part after it ("I use Outlook for everything … it's just
 * k.amadi"): a name-like token (letters with a dot or underscore inside) given as what "it" or the
 * email is, after a webmail provider's name in the same or, through conversation memory, an earlier
 * message of the same sender. The token must end its sentence (a label, not a word in a longer
 * phrase), and one letter either side of a dot is an abbreviation ("e.g.", "p.m."), not an address.
 */
const PROVIDER_THEN_LOCAL = new RegExp(String.raw`\b(${NAMED_PROVIDERS_ALTERNATION})\b[^?!]{0,160}?\b(?:it'?s|it is|email is|email's|address is|username is)\s+(?:just\s+|simply\s+)?([a-z][a-z0-9]{0,30}[._][a-z0-9][a-z0-9._]{0,30}[a-z0-9]|[a-z][a-z0-9]{1,30}[._][a-z0-9])(?=\s*(?:[.!?,;]|$))`, 'g');
/** "my email's just my name, all one word, at Google's one": an address described by the sender's name and a provider. */
const NAME_AT_PROVIDER = new RegExp(String.raw`\be-?mail(?:'s|\s+is|\s+address\s+is|\s+address's)?\s+(?:just\s+|simply\s+)?(?:my\s+(?:full\s+|first\s+|real\s+)?name|the\s+same\s+as\s+my\s+name)\b[^.?!]{0,60}?(?:\bat\s+|@\s*)(?:the\s+)?(${NAMED_PROVIDERS_ALTERNATION}|google|apple)\b`, 'g');
const BACKWARDS = /backwards|reverse/;
const TOKEN_WITH_AT = /[a-z0-9._%+\-]+@[a-z0-9._%+\-]+/g;
const NOT_LOCAL = new Set(['is', 'it', 'me', 'my', 'the', 'and', 'then', 'email', 'mail', 'address', 'at', 'bit', 'first', 'just', 'its']);

/** Providers whose names are also everyday words: "arrives at Sky", "we go live at 6". */
const EVERYDAY_PROVIDERS = new Set(['sky', 'live', 'virgin', 'msn']);
/** The message talks about email at all. */
const EMAIL_CUE = /\be-?mail|\bmail\b|\baddress\b|\binbox\b|\bcontact\b|\bsend\b|\bwrite to\b/;
/**
 * One or two short words said before the local part, after "is"/"it's"/"email"/":" ("mine is j
 * smith at hotmail"): anchored at the end of the text before the local part.
 */
const SPLIT_LOCAL = /(?:\bis|\bit'?s|\be-?mail|\bmail|\baddress|:)\s+((?:[a-z][a-z0-9]{0,14}\s+){1,2})$/;
const NOT_SPLIT_WORD = new Set(['my', 'the', 'a', 'an', 'just', 'at', 'on', 'me', 'is', 'its', 'it', 'email', 'mail', 'simply', 'address', 'and', 'or', 'to', 'send', 'write', 'use', 'try']);
/** Local parts that stand for "any user" in documentation and code ("user@example.com"). */
const PLACEHOLDER_LOCALS = new Set(['user', 'username', 'name', 'yourname', 'your.name', 'your_name', 'you', 'someone', 'somebody', 'foo', 'bar', 'test', 'example', 'email', 'me', 'first.last', 'firstname.lastname', 'admin', 'info', 'noreply', 'no-reply']);
/** Domains reserved for documentation (RFC 2606, RFC 6761). */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|test|example|invalid|localhost)$|^(?:test|domain|yourdomain|mydomain|company|website|yoursite|site|foo|bar|acme)\.(?:com|org|net|tld)$|\.tld$/;
/** The message is code, or quotes it. */
const CODE_CUE = /\bdef |\breturn\b|\bfunction\b|=>|[;{}]|\bimport |\bprint\(|\bconsole\.|`|\bconst |\bvar |\blet |=\s*["']/;

/**
 * An address that stands for any user, not a person's: a placeholder local part at a domain reserved
 * for documentation, or any address at such a domain inside code. The development data uses real-
 * looking names at example.* domains, so a name there is still an address.
 */
function isPlaceholder(local: string, domain: string, lower: string): boolean {
  if (!RESERVED_DOMAIN.test(domain)) return false;
  return CODE_CUE.test(lower) && (PLACEHOLDER_LOCALS.has(local) || /\bdef \b|=>|[;{}]/.test(lower));
}

function origSpan(input: DetectorInput, start: number, end: number): [number, number] {
  return toOriginalSpan(input.normalised, start, end);
}

/**
 * The domain as the sender meant it: a misspelt provider ("hotmial.com") or its top-level domain
 * ("gmail.con") corrected, for the value only; anything else as written.
 */
function canonicalDomain(labels: string[]): string {
  const p = nearProvider(labels[0]);
  if (!p) return labels.join('.');
  const rest = labels.slice(1).join('.');
  const fixed = /^(?:con|cm|cmo|comm|vom|xom)$/.test(rest) && providerDomain(p)?.endsWith('.com') ? 'com' : rest;
  return `${p}.${fixed}`;
}

function labels0(domain: string): string {
  return domain.includes('.') ? '' : domain;
}

const DESCRIBED_ALT = Object.keys(DESCRIBED_PROVIDERS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s?')).join('|');
/**
 * A local part, then the provider described rather than written: "jsmith99 at the google one",
 * "it's sarah.jones, the BT one", "tom_baker99 on my outlook". The value is rebuilt with the
 * provider's domain (DESCRIBED_PROVIDERS in webmail.ts).
 */
const DESCRIBED_PROVIDER = new RegExp(String.raw`(?<![a-z0-9._%+\-@])([a-z0-9][a-z0-9._+\-]{0,40}[a-z0-9])[,;:]?\s+(?:(?:at|@|on|with|its|it's|,)\s+)?(the|my|a|an)\s+(${DESCRIBED_ALT})(?:\s+(one|address|account|email|e-mail|mail|ending|addy|version))?\b`, 'g');
/** Providers that "my …" alone names as an email account ("on my outlook"). */
const MAIL_ONLY = new Set(['outlook', 'gmail', 'hotmail', 'yahoo', 'icloud', 'btinternet', 'googlemail', 'protonmail', 'aol']);
const NOT_DESCRIBED_LOCAL = new Set([...NOT_LOCAL, 'name', 'one', 'use', 'using', 'try', 'via', 'from', 'have', 'got', 'has', 'had', 'with', 'on', 'at', 'to', 'of', 'for', 'account', 'address', 'addy', 'e-mail', 'ok', 'yes', 'no', 'please', 'thanks', 'sorry']);

function describedProviders(input: DetectorInput, out: Finding[]): void {
  const lower = input.lower;
  DESCRIBED_PROVIDER.lastIndex = 0;
  for (let m = DESCRIBED_PROVIDER.exec(lower); m; m = DESCRIBED_PROVIDER.exec(lower)) {
    const [whole, local, det, provider, noun] = m;
    if (NOT_DESCRIBED_LOCAL.has(local)) continue;
    if (!noun && !(det === 'my' && MAIL_ONLY.has(provider.replace(/\s/g, '')))) continue;
    const nameLike = /[._\d]/.test(local);
    if (!nameLike && !EMAIL_CUE.test(lower)) continue;
    const domain = DESCRIBED_PROVIDERS[provider.replace(/\s+/g, ' ')] ?? DESCRIBED_PROVIDERS[provider.replace(/\s/g, '')];
    if (!domain) continue;
    const value = `${local}@${domain}`;
    if (input.config.allowedEmails.includes(value)) continue;
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + whole.length }, { kind: 'email', detector: 'email', score: nameLike ? 0.85 : 0.75, why: [`local part followed by a described provider ("${det} ${provider}${noun ? ' ' + noun : ''}")`], value }));
  }
}

/** A stretch of words that may be an address written backwards ("htimsj ta liamg tod moc"). */
const REVERSIBLE = /[a-z0-9][a-z0-9 ._@\-]{8,80}[a-z0-9]/g;
const PLAIN_EMAIL = /^([a-z0-9][a-z0-9._%+\-]{0,63})@([a-z0-9\-]+(?:\.[a-z0-9\-]+)*)$/;

/**
 * With an instruction to reverse ("read it backwards"), a stretch of words read right to left and
 * normalised again ("htimsj ta liamg tod moc" → "com dot gmail at jsmith" → jsmith@gmail.com).
 */
function reversedSpelled(input: DetectorInput, out: Finding[], allowed: Set<string>): void {
  const lower = input.lower;
  REVERSIBLE.lastIndex = 0;
  for (let m = REVERSIBLE.exec(lower); m; m = REVERSIBLE.exec(lower)) {
    // The whole stretch reversed ("moc tod liamg ta htimsj"), or each word ("htimsj ta liamg tod moc").
    let e: RegExpExecArray | null = null;
    for (const reversed of [[...m[0]].reverse().join(''), m[0].split(' ').map((w) => [...w].reverse().join('')).join(' ')]) {
      const n = normalise(reversed).text.toLowerCase().trim();
      EMAIL.lastIndex = 0;
      e = EMAIL.exec(n);
      if (e) break;
    }
    if (!e) continue;
    const [, , local, rawDomain] = e;
    const domain = rawDomain.replace(/[.\-]+$/, '');
    const labels = domain.split('.');
    const known = labels.length > 1 ? parse(domain).isIcann : input.config.webmailProviders.includes(labels[0]);
    if (!known || !PLAIN_EMAIL.test(`${local}@${domain}`)) continue;
    const value = `${local}@${labels.length === 1 ? providerDomain(labels[0]) ?? domain : domain}`;
    if (allowed.has(value)) continue;
    out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'email', detector: 'email', score: 0.85, why: ['address spelled out backwards, with an instruction to reverse it'], value }));
  }
}

function findEmails(input: DetectorInput): Finding[] {
  const lower = input.lower;
  const out: Finding[] = [];
  const allowed = new Set(input.config.allowedEmails);
  const providers = new Set(input.config.webmailProviders);
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(lower); m; m = EMAIL.exec(lower)) {
    const [, mailto, local, rawDomain] = m;
    const domain = rawDomain.replace(/[.\-]+$/, '');
    const value = `${local.replace(/[.]+$/, '')}@${domain}`;
    if (allowed.has(value)) continue;
    if (labels0(domain) && allowed.has(`${local}@${providerDomain(labels0(domain))}`)) continue;
    const labels = domain.split('.');
    const why: string[] = ['local@domain pattern'];
    if (isPlaceholder(local, domain, lower)) continue;
    // "arrives at Sky", "we're live at 6": a provider that is also an everyday word, after a plain
    // word, is a sentence unless the message talks about email or the local part looks like a name.
    const spoken = /\sat\s/i.test(input.original.slice(...origSpan(input, m.index, m.index + m[0].length)));
    if (labels.length === 1 && EVERYDAY_PROVIDERS.has(labels[0]) && spoken && !/[._\d]/.test(local) && !EMAIL_CUE.test(lower)) continue;
    let score: number;
    const parsed = labels.length > 1 ? parse(domain) : null;
    const suffix = parsed?.isIcann ? parsed.publicSuffix : null;
    if (suffix && (suffix !== domain || labels.length >= 3)) {
      score = 0.95;
      why.push(`domain ends in public suffix .${suffix}`);
    } else if (providers.has(labels[0])) {
      score = 0.85;
      why.push(`webmail provider "${labels[0]}" without a top-level domain`);
    } else if (labels.length === 1 && /[._\d]/.test(local) && nearProvider(labels[0])) {
      // "jane.k@gmial": a misspelt provider, with a name-like local part.
      const p = nearProvider(labels[0])!;
      score = 0.8;
      why.push(`"${labels[0]}" read as the webmail provider ${p}`);
      labels[0] = p;
    } else continue;
    if (providers.has(labels[0])) score = Math.max(score, 0.95);
    if (lower.slice(m.index, m.index + m[0].length) !== input.normalised.text.slice(m.index, m.index + m[0].length).toLowerCase()) why.push('disguised');
    let start = m.index;
    const end = m.index + (mailto ? mailto.length : 0) + local.length + 1 + domain.length;
    // "j smith at hotmail", "sarah jones 84 at gmail": the local part said as separate words after
    // "email is"/"it's": the words belong to it.
    let fullLocal = local.replace(/[.]+$/, '');
    if (!mailto && spoken) {
      const w = SPLIT_LOCAL.exec(lower.slice(Math.max(0, start - 60), start));
      if (w && !w[1].trim().split(/\s+/).some((x) => NOT_SPLIT_WORD.has(x)) && !NOT_SPLIT_WORD.has(local)) {
        fullLocal = w[1].replace(/\s+/g, '') + fullLocal;
        start -= w[1].length;
        why.push('local part said as separate words');
      }
    }
    const canonical = labels.length === 1 ? providerDomain(labels[0]) ?? domain : canonicalDomain(labels);
    out.push(findingFromNormalised(input, { start, end }, { kind: 'email', detector: 'email', score, why, value: `${fullLocal}@${canonical}` }));
  }
  if (BACKWARDS.test(lower)) {
    // "moc.liamg@eod.enaj (read it backwards)": reverse each token that holds an "@".
    TOKEN_WITH_AT.lastIndex = 0;
    for (let m = TOKEN_WITH_AT.exec(lower); m; m = TOKEN_WITH_AT.exec(lower)) {
      const reversed = [...m[0]].reverse().join('');
      const r = /^([a-z0-9][a-z0-9._%+\-]*)@([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)$/.exec(reversed);
      if (!r || !parse(r[2]).isIcann || allowed.has(reversed)) continue;
      out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'email', detector: 'email', score: 0.9, why: ['email address written backwards, with an instruction to reverse it'], value: reversed }));
    }
    if (!out.length) reversedSpelled(input, out, allowed);
  }
  if (PROVIDER_NAMED.test(lower)) {
    PROVIDER_THEN_LOCAL.lastIndex = 0;
    for (let m = PROVIDER_THEN_LOCAL.exec(lower); m; m = PROVIDER_THEN_LOCAL.exec(lower)) {
      const local = m[2];
      const start = m.index + m[0].length - local.length;
      PROVIDER_THEN_LOCAL.lastIndex = start + local.length;
      if (DOMAIN_LIKE.test(local)) continue; // "it's just example.com": a site, the url detector's
      out.push(findingFromNormalised(input, { start, end: start + local.length }, { kind: 'email', detector: 'email', score: 0.75, why: [`local part given after the provider ${m[1]} was named`], value: `${local}@${m[1]}` }));
    }
    NAME_AT_PROVIDER.lastIndex = 0;
    for (let m = NAME_AT_PROVIDER.exec(lower); m; m = NAME_AT_PROVIDER.exec(lower)) {
      out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'email', detector: 'email', score: 0.75, why: ["address described as the sender's name at a webmail provider"] }));
    }
  }
  describedProviders(input, out);
  if (PROVIDER_HINT.test(lower)) {
    DESCRIBED.lastIndex = 0;
    for (let m = DESCRIBED.exec(lower); m; m = DESCRIBED.exec(lower)) {
      if (NOT_LOCAL.has(m[1])) continue;
      if (!/[._\d]/.test(m[1]) && !/\bemail|\bmail\b|\bsend\b/.test(lower)) continue;
      out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'email', detector: 'email', score: 0.75, why: ['name followed by a described webmail provider'] }));
    }
  }
  return out;
}
