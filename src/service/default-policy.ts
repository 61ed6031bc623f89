/**
 * The policy the service uses when none is passed: src/policy's default policy, loaded once.
 * While src/policy does not yet export `decide`, a minimal stand-in keeps the service usable
 * (contact details redacted, requests warned, contact details to an under-13 held).
 */
import { redact } from '../engine/redact.js';
import type { Finding } from '../engine/types.js';
import type { Decision, DecisionContext, Standing } from '../policy/types.js';
import type { PolicyPort, StrikeRecord } from './policy-port.js';

const CONTACT = new Set(['phone', 'email', 'url', 'social', 'address', 'payment', 'platform']);

function stubDecide(findings: Finding[], ctx: DecisionContext): Decision {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  const base = { findings, strike: null, recipientSuggestion: null } as const;
  if (kinds.length === 0 || ctx.senderRole === 'moderator' || ctx.senderRole === 'platform') {
    return { ...base, action: 'allow', reasons: [], concern: null, severity: 0, nudge: null };
  }
  const contact = kinds.filter((k) => CONTACT.has(k));
  if (contact.length === 0) {
    return {
      ...base,
      action: 'warn',
      reasons: [{ rule: 'stub-request', text: 'Asking for contact details is against the Code of Conduct.', kinds }],
      concern: 'leakage',
      severity: 20,
      nudge: { id: 'stub-request', text: 'Please keep the conversation on the platform.' },
      recipientSuggestion: ctx.recipientRole === 'tutor' ? { id: 'stub-polite-reply', text: 'Thanks for asking! For everyone’s safety I keep all contact on the platform.' } : null,
    };
  }
  const hold = ctx.studentAge === 'under13' || ctx.standing?.level === 'hold_all';
  return {
    ...base,
    action: hold ? 'hold' : 'redact',
    reasons: [{ rule: hold ? 'stub-safeguarding' : 'stub-contact', text: 'Sharing contact details is against the Code of Conduct.', kinds: contact }],
    concern: hold ? 'safeguarding' : 'leakage',
    severity: hold ? 80 : 50,
    strike: { weight: 1, reason: 'shared contact details' },
    nudge: { id: 'stub-contact', text: 'For your safety, contact details are removed. Please keep the conversation on the platform.' },
  };
}

function stubStanding(strikes: StrikeRecord[], now: Date): Standing {
  const window = 90 * 86_400_000;
  let points = 0;
  for (const s of strikes) {
    if (s.removed) continue;
    const age = now.getTime() - Date.parse(s.at);
    if (age < window) points += s.weight * (1 - Math.max(0, age) / window);
  }
  const level = points >= 10 ? 'suspended' : points >= 6 ? 'hold_all' : points >= 3 ? 'warned' : 'none';
  return { points: Math.round(points * 100) / 100, level };
}

/** The stand-in port (no src/policy needed). */
export function stubPolicyPort(): PolicyPort {
  return {
    decide: stubDecide,
    deliveredText: (text, findings, decision) =>
      decision.action === 'hold' || decision.action === 'block' ? null : decision.action === 'redact' ? redact(text, findings) : text,
    standing: stubStanding,
  };
}

/** The default policy port: src/policy when it exports `decide`, else the stand-in. */
export async function defaultPolicyPort(): Promise<PolicyPort> {
  let mod: Record<string, any> | null = null;
  try {
    const path = '../policy/index.js';
    mod = (await import(path)) as Record<string, any>;
  } catch {
    mod = null;
  }
  if (!mod || typeof mod.decide !== 'function') return stubPolicyPort();
  const policy = typeof mod.defaultPolicy === 'function' ? mod.defaultPolicy() : mod.DEFAULT_POLICY;
  return {
    decide: (findings, ctx) => mod!.decide(findings, ctx, policy),
    deliveredText: (text, findings, decision) => mod!.deliveredText(text, findings, decision, policy),
    standing: (strikes, now) => mod!.standing(strikes, now, policy),
  };
}
