/**
 * The baselines Chaperone is measured against, used unmodified as a platform would pick them off the
 * shelf: libphonenumber-js `findNumbers` + linkify-it, and redact-pii's built-in regex bundle.
 * Each is a KindScanner (text → findings with kind and span), so speed and accuracy use one code path.
 */
import { findNumbers } from 'libphonenumber-js/max';
import { LinkifyIt } from 'linkify-it';
import redactPii from 'redact-pii';
import type { KindScanner } from '../src/eval/evaluate.js';

/** A scanner under bench: a name for the table and the scanner itself. */
export interface BenchScanner {
  name: string;
  scan: KindScanner;
}

const linkify = new LinkifyIt();

/**
 * Baseline 1: libphonenumber-js (UK default, v2 API, default leniency) for phones + linkify-it
 * (defaults: fuzzy links and emails) for links; linkify's `mailto:` schema counts as email.
 */
export const libphonenumberLinkify: BenchScanner = {
  name: 'libphonenumber-js + linkify-it',
  scan(text) {
    const out: { kind: string; start: number; end: number }[] = [];
    for (const n of findNumbers(text, { defaultCountry: 'GB', v2: true })) out.push({ kind: 'phone', start: n.startsAt, end: n.endsAt });
    for (const m of linkify.match(text) ?? []) out.push({ kind: m.schema === 'mailto:' ? 'email' : 'url', start: m.index, end: m.lastIndex });
    return out;
  },
};

// redact-pii replaces what it finds with a placeholder named after its built-in rule; the placeholder
// tells us the kind. DIGITS (4+ digits) is its catch-all for numbers, so it counts as phone.
const PLACEHOLDER_KINDS: Record<string, string> = {
  PHONE_NUMBER: 'phone',
  DIGITS: 'phone',
  US_SOCIAL_SECURITY_NUMBER: 'phone',
  EMAIL_ADDRESS: 'email',
  URL: 'url',
  IP_ADDRESS: 'url',
  STREET_ADDRESS: 'address',
  ZIPCODE: 'address',
  CREDIT_CARD_NUMBER: 'payment',
  USERNAME: 'credentials',
  PASSWORD: 'credentials',
  CREDENTIALS: 'credentials',
  PERSON_NAME: 'name',
};
const PLACEHOLDER_RE = new RegExp(`\\b(?:${Object.keys(PLACEHOLDER_KINDS).join('|')})\\b`, 'g');

const redactor = new redactPii.SyncRedactor();

/**
 * Baseline 2: redact-pii 3.4.0 with its defaults. A message is flagged when the output differs from
 * the input; kinds come from the placeholders that appeared. redact-pii reports no spans, so every
 * finding carries the span where input and output first and last differ.
 */
export const redactPiiScanner: BenchScanner = {
  name: 'redact-pii',
  scan(text) {
    const out = redactor.redact(text);
    if (out === text) return [];
    let start = 0;
    while (start < text.length && start < out.length && text[start] === out[start]) start++;
    let tail = 0;
    while (tail < text.length - start && tail < out.length - start && text[text.length - 1 - tail] === out[out.length - 1 - tail]) tail++;
    const before = new Set(text.match(PLACEHOLDER_RE) ?? []);
    const kinds = new Set<string>();
    for (const p of out.match(PLACEHOLDER_RE) ?? []) if (!before.has(p)) kinds.add(PLACEHOLDER_KINDS[p]);
    if (!kinds.size) kinds.add('other');
    return [...kinds].map((kind) => ({ kind, start, end: text.length - tail }));
  },
};

/** Both baselines, in table order. */
export const BASELINES: readonly BenchScanner[] = [libphonenumberLinkify, redactPiiScanner];
