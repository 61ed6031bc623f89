import { parse } from 'tldts';
import { findingFromNormalised } from '../finding.js';
import type { Detector, DetectorInput, Finding } from '../types.js';

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
  pretest: (lower) => lower.includes('@') || PROVIDER_HINT.test(lower),
  find: findEmails,
};

const EMAIL = /(?<![a-z0-9._%+\-])(mailto:)?([a-z0-9](?:[a-z0-9._%+\-]{0,63}))@([a-z0-9](?:[a-z0-9\-]{0,62})(?:\.[a-z0-9](?:[a-z0-9\-]{0,62})){0,5})/g;
/** "the google mail ending", "gee mail": a provider described rather than named. */
const PROVIDER_HINT = /\b(?:google\s?mail|gee\s?mail|g\s?mail|hotmail|outlook|yahoo|icloud)\b/;
const DESCRIBED = /\b([a-z0-9][a-z0-9._]{2,40}[a-z0-9])(?:,|\s)+(?:then|and|at|@)\s+(?:the\s+)?(?:google\s?mail|gee\s?mail|gmail|hotmail|outlook|yahoo|icloud)\b(?:\s+ending)?/g;
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
