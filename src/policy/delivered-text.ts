/**
 * What the recipient sees for a decided message: the text as written (allow, warn), the text with
 * the decision's findings rewritten by the policy's per-kind strategy (redact), or nothing (hold,
 * block). Rewriting uses the engine's composable strategies, so only finding spans change.
 */
import { REDACTION_STRATEGIES, redact, type RedactionStrategy } from '../engine/redact.js';
import type { Finding, Kind } from '../engine/types.js';
import type { Decision, Policy } from './types.js';

/**
 * The text delivered to the recipient, or null when the message is not delivered.
 * Findings below the policy's report threshold, and kinds whose strategy is `none`, are left as written.
 * @example deliveredText('call 07700 900123', findings, { action: 'redact', … }, policy) // 'call [phone removed]'
 */
export function deliveredText(text: string, findings: readonly Finding[], decision: Pick<Decision, 'action'>, policy: Policy): string | null {
  switch (decision.action) {
    case 'allow':
    case 'warn':
      return text;
    case 'hold':
    case 'block':
      return null;
    case 'redact': {
      const strategies: Partial<Record<Kind, RedactionStrategy>> = {};
      for (const [kind, name] of Object.entries(policy.redaction) as [Kind, string][]) {
        if (name !== 'none') strategies[kind] = REDACTION_STRATEGIES[name as keyof typeof REDACTION_STRATEGIES];
      }
      // Findings from attachments have spans in the attachment's text, not in this one.
      const spans = findings.filter((f) => f.attachment === undefined && f.score >= policy.thresholds.report && policy.redaction[f.kind] !== 'none');
      return redact(text, spans, strategies);
    }
  }
}
