/**
 * The policy layer's vocabulary (issue 4). STUB: these types are the contract other layers code against.
 */
import type { Finding, Kind } from '../engine/types.js';

export type Action = 'allow' | 'warn' | 'redact' | 'hold' | 'block';
export const ACTIONS: readonly Action[] = ['allow', 'warn', 'redact', 'hold', 'block'];
export type Role = 'tutor' | 'parent' | 'student' | 'moderator' | 'platform';
export type AgeBand = 'under13' | '13-17' | 'adult';
export type Stage = 'enquiry' | 'booked' | 'ended';
export type Concern = 'safeguarding' | 'leakage';

/** The sender's standing, computed from strike history by `policy/strikes.ts`. */
export interface Standing {
  /** Decayed strike points now. */
  points: number;
  /** Escalation level name from the policy's ladder ('none', 'warned', 'hold_all', 'suspended'…). */
  level: string;
}

export interface DecisionContext {
  senderRole: Role;
  recipientRole?: Role;
  studentAge?: AgeBand;
  stage?: Stage;
  standing?: Standing;
  senderName?: string;
  recipientName?: string;
}

export interface Reason {
  rule: string;
  /** Plain words: why this rule applied. */
  text: string;
  kinds: Kind[];
}

export interface Nudge {
  id: string;
  text: string;
}

export interface Decision {
  action: Action;
  reasons: Reason[];
  concern: Concern | null;
  /** Severity 0..100 for ordering review queues. */
  severity: number;
  /** Strike to add to the sender, if any. */
  strike: { weight: number; reason: string } | null;
  /** What the sender is told (always set unless the action is allow). */
  nudge: Nudge | null;
  /** Suggested reply offered to the recipient (e.g. the polite refusal for a tutor asked for their number). */
  recipientSuggestion: Nudge | null;
  /** The findings the decision is about (those at or above the policy's thresholds). */
  findings: Finding[];
}
