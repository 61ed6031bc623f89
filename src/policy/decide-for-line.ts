/**
 * The per-line bridge for `chaperone scan --policy FILE`: read the decision context from a JSON Lines
 * input line's snake_case fields, decide on the line's scan result, and say what the recipient sees.
 */
import type { ScanResult } from '../engine/scan.js';
import { decide } from './decide.js';
import { deliveredText } from './delivered-text.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { PolicyError, type PolicyIssue } from './policy-error.js';
import { AGE_BANDS, ROLES, STAGES, type Action, type Concern, type DecisionContext, type Nudge, type Policy, type Reason, type Standing } from './types.js';

/** The fields of an input line that the policy reads. Only `text` is required. */
export interface LineContext {
  text: string;
  sender_role?: string;
  recipient_role?: string;
  student_age?: string;
  stage?: string;
  sender_name?: string;
  recipient_name?: string;
  /** The sender's standing, when the caller tracks strikes (the scan CLI does not). */
  standing?: Standing;
}

/** What `decideForLine` adds to a scan output line. */
export interface LineDecision {
  action: Action;
  reasons: Reason[];
  concern: Concern | null;
  nudge: Nudge | null;
  /** The reply suggested to the recipient (e.g. the polite refusal), when there is one. */
  recipientSuggestion: Nudge | null;
  /** What the recipient sees: redacted by the policy's strategies, the text as is, or null when not delivered. */
  redacted: string | null;
}

/** Role assumed when a line has no `sender_role`: a parent, so nothing is held without a reason about the sender. */
export const DEFAULT_SENDER_ROLE = 'parent';

/**
 * Build the decision context from a line; throws `PolicyError` (code `context_invalid`) naming every
 * field with a value outside its list, so the caller can report that line and go on.
 */
export function contextFromLine(line: LineContext): DecisionContext {
  const issues: PolicyIssue[] = [];
  const pick = <T extends string>(field: keyof LineContext, allowed: readonly T[]): T | undefined => {
    const v = line[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    issues.push({ path: field, message: `must be one of ${allowed.join(', ')}` });
    return undefined;
  };
  const senderRole = pick('sender_role', ROLES) ?? DEFAULT_SENDER_ROLE;
  const ctx: DecisionContext = {
    senderRole: senderRole as DecisionContext['senderRole'],
    recipientRole: pick('recipient_role', ROLES),
    studentAge: pick('student_age', AGE_BANDS),
    stage: pick('stage', STAGES),
    text: line.text,
  };
  if (typeof line.sender_name === 'string') ctx.senderName = line.sender_name;
  if (typeof line.recipient_name === 'string') ctx.recipientName = line.recipient_name;
  if (line.standing) ctx.standing = line.standing;
  if (issues.length) throw new PolicyError('context_invalid', issues);
  return ctx;
}

/**
 * Decide one scanned line under `policy` (the default policy when absent).
 * @example
 * const r = scan(line.text, { config: engineConfigFromPolicy(policy) });
 * const d = decideForLine(r, line, policy); // { action, reasons, concern, nudge, recipientSuggestion, redacted }
 */
export function decideForLine(scanResult: Pick<ScanResult, 'findings'>, line: LineContext, policy: Policy = DEFAULT_POLICY): LineDecision {
  const context = contextFromLine(line);
  const d = decide(scanResult.findings, context, policy);
  return {
    action: d.action,
    reasons: d.reasons,
    concern: d.concern,
    nudge: d.nudge,
    recipientSuggestion: d.recipientSuggestion,
    redacted: deliveredText(line.text, scanResult.findings, d, policy),
  };
}
