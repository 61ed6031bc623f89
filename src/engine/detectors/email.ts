import { requireCommonJs } from '../commonjs.js';
import { findingFromNormalised } from '../finding.js';
import { NAMED_PROVIDERS_ALTERNATION } from '../webmail.js';
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
  pretest: (lower) => lower.includes('@') || PRETEST.test(lower),
  find: findEmails,
};

const EMAIL = /(?<![a-z0-9._%+\-])(mailto:)?([a-z0-9](?:[a-z0-9._%+\-]{0,63}))@([a-z0-9](?:[a-z0-9\-]{0,62})(?:\.[a-z0-9](?:[a-z0-9\-]{0,62})){0,5})/g;
/** "the google mail ending", "gee mail": a provider described rather than named. */
const PROVIDER_HINT = new RegExp(`\\b(?:google\\s?mail|gee\\s?mail|g\\s?mail|${NAMED_PROVIDERS_ALTERNATION})\\b`);
/** A provider named at all (gate of the two rules below; "google" for "Google's one"). */
const PROVIDER_NAMED = new RegExp(`\\b(?:${NAMED_PROVIDERS_ALTERNATION}|google|apple)\\b`);
/** PROVIDER_HINT or PROVIDER_NAMED, in one pass (the detector's gate; "google mail" is found by "google"). */
const PRETEST = new RegExp(`\\b(?:gee\\s?mail|g\\s?mail|${NAMED_PROVIDERS_ALTERNATION}|google|apple)\\b`);
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
    const labels = domain.split('.');
    const why: string[] = ['local@domain pattern'];
    let score: number;
    const parsed = labels.length > 1 ? parse(domain) : null;
    const suffix = parsed?.isIcann ? parsed.publicSuffix : null;
    if (suffix && (suffix !== domain || labels.length >= 3)) {
      score = 0.95;
      why.push(`domain ends in public suffix .${suffix}`);
    } else if (providers.has(labels[0])) {
      score = 0.85;
      why.push(`webmail provider "${labels[0]}" without a top-level domain`);
    } else continue;
    if (providers.has(labels[0])) score = Math.max(score, 0.95);
    if (lower.slice(m.index, m.index + m[0].length) !== input.normalised.text.slice(m.index, m.index + m[0].length).toLowerCase()) why.push('disguised');
    const start = m.index;
    const end = m.index + (mailto ? mailto.length : 0) + local.length + 1 + domain.length;
    out.push(findingFromNormalised(input, { start, end }, { kind: 'email', detector: 'email', score, why, value }));
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
