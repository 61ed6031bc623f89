/**
 * Typed errors of the policy layer. One base error with a `code`; every problem found in a policy
 * file (or a line's context) is an issue with the path to the offending value and a plain message,
 * so a caller can print all of them at once instead of fixing one at a time.
 */

/** One problem: where (`rules[2].action`, `(line 3, column 5)` for syntax errors) and what. */
export interface PolicyIssue {
  path: string;
  message: string;
}

/** Why a policy could not be used. */
export type PolicyErrorCode = 'policy_unreadable' | 'policy_syntax' | 'policy_invalid' | 'context_invalid';

/**
 * A policy file that cannot be read, parsed or validated, or a decision context with bad values.
 * `issues` lists every problem found, each with its path.
 * @example
 * try { loadPolicy('p.yaml') } catch (e) { if (e instanceof PolicyError) for (const i of e.issues) console.error(`${i.path}: ${i.message}`) }
 */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    readonly code: PolicyErrorCode,
    readonly issues: PolicyIssue[],
    message = `${code}: ${issues.length} problem(s): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
  ) {
    super(message);
  }
}
