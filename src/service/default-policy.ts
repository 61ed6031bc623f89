/**
 * The policy the service applies: src/policy's `decide`, `deliveredText` and `standing` over one
 * loaded policy (the default policy, or a policy file from $CHAPERONE_POLICY / `policyFile`), with
 * the engine configured from the same policy (allow-lists, thresholds).
 */
import { DEFAULT_POLICY, cueRouting, decide, deliveredText, engineConfigFromPolicy, loadPolicy, queuePriority, standing } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import type { PolicyPort } from './policy-port.js';

/** A policy port over `policy`. */
export function policyPort(policy: Policy = DEFAULT_POLICY): PolicyPort {
  return {
    decide: (findings, ctx) => decide(findings, ctx, policy),
    deliveredText: (text, findings, decision) => deliveredText(text, findings, decision, policy),
    standing: (strikes, now) => standing(strikes, now, policy),
    scanOptions: { config: engineConfigFromPolicy(policy) },
    review: policy.review,
    priority: (input) => queuePriority(input, policy),
    cueRouting: (input) => cueRouting(input, policy),
    summary: () => ({
      name: policy.name,
      review: policy.review,
      priority: policy.priority as unknown as Record<string, unknown>,
      safeguardingCues: policy.safeguardingCues,
      rules: policy.rules.map((r) => ({ id: r.id, description: r.description, action: r.then.action, concern: r.then.concern, severity: r.then.severity })),
      escalation: policy.escalation.map((l) => ({ level: l.level, minPoints: l.minPoints, onFinding: l.onFinding, onClean: l.onClean })),
    }),
  };
}

/** The port for a policy file (throws the policy's own error, with every problem, when it is invalid), else the default. */
export function defaultPolicyPort(policyFile = process.env.CHAPERONE_POLICY): PolicyPort {
  return policyPort(policyFile ? loadPolicy(policyFile) : DEFAULT_POLICY);
}
