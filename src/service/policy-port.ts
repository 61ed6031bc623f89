/**
 * The service's view of the policy layer: the three calls it makes per message. The default port
 * wraps src/policy (decide, deliveredText, standing); tests and deployments may pass their own.
 * Nothing here decides anything itself beyond the fallback used while src/policy has no `decide`.
 */
import type { Finding } from '../engine/types.js';
import type { ScanOptions } from '../engine/scan.js';
import type { CueRouting, CueRoutingInput } from '../policy/cues.js';
import type { Priority, PriorityInput } from '../policy/priority.js';
import type { Decision, DecisionContext, ReviewSettings, Standing } from '../policy/types.js';

/** A strike as the policy's `standing` reads it. */
export interface StrikeRecord {
  weight: number;
  at: string;
  removed?: boolean;
}

/** The policy in brief, as admins read it (never the templates' full texts). */
export interface PolicySummary {
  name: string;
  review: ReviewSettings;
  priority: Record<string, unknown>;
  safeguardingCues?: { routeThreshold: number };
  rules: { id: string; description?: string; action: string; concern?: string; severity: number }[];
  escalation: { level: string; minPoints: number; onFinding?: string; onClean?: string }[];
}

/** What the service needs from a policy. */
export interface PolicyPort {
  decide(findings: Finding[], context: DecisionContext): Decision;
  /** What the recipient sees: null when nothing is delivered (hold, block). */
  deliveredText(text: string, findings: Finding[], decision: Decision): string | null;
  standing(strikes: StrikeRecord[], now: Date): Standing;
  /** Engine options the policy implies (allow-lists, thresholds). */
  scanOptions?: ScanOptions;
  /** How held messages are reviewed (default: only a safeguarding lead releases a safeguarding hold). */
  review?: ReviewSettings;
  /** A hold's queue priority (default: its severity). */
  priority?(input: PriorityInput): Priority;
  /**
   * What a conversation's safeguarding-cue risk does after a message: open a flag for a lead, attach
   * the message to the open flag, or nothing (default: nothing, cues are only kept on the message).
   */
  cueRouting?(input: CueRoutingInput): CueRouting;
  /** What the policy says, for admins (GET /v1/policy): its name, rules, ladder, review and priority settings. */
  summary?(): PolicySummary;
}
