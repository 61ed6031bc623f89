/**
 * How stored rows are shown: findings without their text (contact details are never echoed), the
 * decision as the API returns it, and a message as each audience may see it.
 */
import type { Finding, Kind } from '../engine/types.js';
import type { Decision, Nudge, Reason } from '../policy/types.js';

/** A finding as stored and returned: spans and reasons, never the matched text or its value. */
export interface PublicFinding {
  kind: Kind;
  detector: string;
  start: number;
  end: number;
  score: number;
  why: string[];
  messageIds?: string[];
  /** From an attachment (issue 18): its index, how the text was read, the PDF page and the box. */
  attachment?: number;
  source?: Finding['source'];
  page?: number;
  box?: Finding['box'];
}

/** The decision as stored and returned. */
export interface DecisionView {
  action: string;
  concern: string | null;
  severity: number;
  reasons: Reason[];
  nudge: Nudge | null;
  kinds: Kind[];
  findings: PublicFinding[];
  recipientSuggestion: Nudge | null;
  strike?: { weight: number; reason: string } | null;
}

/**
 * Drop `text` and `value` from findings. Reasons are written by detectors as descriptions ("handle
 * after 'snap'"), but should one ever quote the detail itself, it is masked here too.
 */
export function publicFindings(findings: readonly Finding[]): PublicFinding[] {
  return findings.map((f) => {
    const secrets = [f.text, f.value].filter((x): x is string => !!x && x.trim().length >= 3);
    const why = secrets.length ? f.why.map((w) => secrets.reduce((acc, sec) => acc.split(sec).join('[…]'), w)) : f.why;
    const out: PublicFinding = { kind: f.kind, detector: f.detector, start: f.start, end: f.end, score: f.score, why };
    if (f.messageIds) out.messageIds = f.messageIds;
    if (f.attachment !== undefined) {
      out.attachment = f.attachment;
      if (f.source) out.source = f.source;
      if (f.page !== undefined) out.page = f.page;
      if (f.box) out.box = f.box;
    }
    return out;
  });
}

/** Distinct kinds in first-seen order. */
export function kindsOf(findings: readonly { kind: Kind }[]): Kind[] {
  const out: Kind[] = [];
  for (const f of findings) if (!out.includes(f.kind)) out.push(f.kind);
  return out;
}

/** The decision without any contact detail text. */
export function decisionView(decision: Decision): DecisionView {
  return {
    action: decision.action,
    concern: decision.concern,
    severity: decision.severity,
    reasons: decision.reasons,
    nudge: decision.nudge,
    kinds: kindsOf(decision.findings),
    findings: publicFindings(decision.findings),
    recipientSuggestion: decision.recipientSuggestion,
    strike: decision.strike,
  };
}

/** The status a message gets from its action. */
export function statusFor(action: string): 'delivered' | 'delivered_redacted' | 'held' | 'blocked' {
  if (action === 'hold') return 'held';
  if (action === 'block') return 'blocked';
  if (action === 'redact') return 'delivered_redacted';
  return 'delivered';
}

/** What a participant sees in place of a message that was not delivered. */
export function placeholder(status: string): string {
  return status === 'held' ? '[message held for review]' : '[message not delivered]';
}

/** Parse stored JSON (the store writes it; a broken value is reported, not thrown). */
export function parseJson<T>(text: string | null, fallback: T): T {
  if (text == null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
