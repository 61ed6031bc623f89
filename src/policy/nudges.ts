/**
 * Nudges: the policy's templates rendered with plain-words values. Placeholders are {senderName},
 * {recipientName} (the ORIGINAL message's sender and recipient; the policy's `names` are the
 * fallbacks) and {detail} (what was shared or asked for, e.g. "phone number"). The loader rejects
 * any other placeholder, so a rendered nudge never shows braces.
 */
import type { Finding, Kind } from '../engine/types.js';
import type { DecisionContext, Nudge, Policy } from './types.js';

/** The values a template is filled with. */
export interface NudgeValues {
  senderName: string;
  recipientName: string;
  detail: string;
}

/**
 * Render template `id` of `policy`. Throws if the id is unknown (the loader has already checked every
 * id a rule or ladder level refers to, so this only fires on a programming error).
 * @example renderNudge(policy, 'polite-reply', { senderName: 'Sam', recipientName: 'Ana', detail: 'phone number' })
 */
export function renderNudge(policy: Policy, id: string, values: NudgeValues): Nudge {
  const t = policy.templates[id];
  if (!t) throw new Error(`policy '${policy.name}' has no template '${id}'`);
  return { id, text: fillPlaceholders(t.text, values) };
}

/** Replace {senderName}, {recipientName} and {detail} in `text`; other text is left as written. */
export function fillPlaceholders(text: string, values: NudgeValues): string {
  return text.replace(/\{(senderName|recipientName|detail)\}/g, (_, k: keyof NudgeValues) => values[k]);
}

/** The names to greet with: the context's, else the policy's fallbacks ("there" → "Hi there,"). */
export function namesFor(context: DecisionContext, policy: Policy): Pick<NudgeValues, 'senderName' | 'recipientName'> {
  return {
    senderName: context.senderName?.trim() || policy.names.sender,
    recipientName: context.recipientName?.trim() || policy.names.recipient,
  };
}

// What a request asked for, read from the request's own words (or its canonical value when a detector
// sets one to a kind). Generic vocabulary of contact channels, not phrases from any one message.
const ASKED_FOR: [RegExp, Kind][] = [
  [/\b(e-?mail|gmail|hotmail|outlook)/i, 'email'],
  [/\b(number|phone|mobile|digits|ring|call|text|whats\s*app|sms)\b/i, 'phone'],
  [/\b(snap|snapchat|insta|instagram|ig|facebook|fb|tiktok|twitter|handle|socials?)\b/i, 'social'],
  [/\b(address|postcode|post code|where do you live|live near)\b/i, 'address'],
];

/**
 * Plain words for what the findings of `kinds` shared or asked for, e.g. "phone number and email
 * address". A request reads as what it asked for when its words say so, else the policy's
 * `details.request` ("contact details").
 */
export function detailFor(findings: readonly Finding[], kinds: readonly Kind[], policy: Policy): string {
  const parts: string[] = [];
  const add = (s: string) => {
    if (!parts.includes(s)) parts.push(s);
  };
  for (const kind of kinds) {
    if (kind !== 'request') {
      add(policy.details[kind]);
      continue;
    }
    for (const f of findings) {
      if (f.kind !== 'request') continue;
      const asked = askedFor(f);
      add(asked ? policy.details[asked] : policy.details.request);
    }
    if (!findings.some((f) => f.kind === 'request')) add(policy.details.request);
  }
  if (parts.length === 0) return policy.details.request;
  // Two named details read naturally; more become the generic phrase.
  return parts.length <= 2 ? parts.join(' and ') : policy.details.request;
}

function askedFor(f: Finding): Kind | null {
  if (f.value && f.value !== 'request' && f.value in { phone: 1, email: 1, url: 1, social: 1, platform: 1, payment: 1, address: 1 }) {
    return f.value as Kind;
  }
  for (const [re, kind] of ASKED_FOR) if (re.test(f.text)) return kind;
  return null;
}
