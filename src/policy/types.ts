/**
 * The policy layer's vocabulary (issue 4): the decision context, the decision, and the resolved
 * policy that `decide` applies. Pure types and constants; the service, store and CLI code against them.
 */
import type { Finding, Kind } from '../engine/types.js';
import type { RedactionStrategyName } from '../engine/redact.js';

export type Action = 'allow' | 'warn' | 'redact' | 'hold' | 'block';
/** Every action, from least to most severe: the index is the severity rank used to pick the winner. */
export const ACTIONS: readonly Action[] = ['allow', 'warn', 'redact', 'hold', 'block'];
export type Role = 'tutor' | 'parent' | 'student' | 'moderator' | 'platform';
/** Every role, in a stable order (schema enums, input validation). */
export const ROLES: readonly Role[] = ['tutor', 'parent', 'student', 'moderator', 'platform'];
export type AgeBand = 'under13' | '13-17' | 'adult';
/** Every age band of the student in the tutoring relationship. */
export const AGE_BANDS: readonly AgeBand[] = ['under13', '13-17', 'adult'];
export type Stage = 'enquiry' | 'booked' | 'ended';
/** Every relationship stage: before a booking, while lessons are booked, after lessons have ended. */
export const STAGES: readonly Stage[] = ['enquiry', 'booked', 'ended'];
export type Concern = 'safeguarding' | 'leakage';
/** The two review queues. */
export const CONCERNS: readonly Concern[] = ['safeguarding', 'leakage'];

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
  /**
   * The message text (optional). Only used for the policy's context word lists (e.g. tech-trouble
   * words that turn "let's use Zoom" into the route to tech support); never logged or stored here.
   */
  text?: string;
  /**
   * Set by the service when this sender already has an open hold in this conversation whose finding
   * was assembled from messages that were delivered before it (the recipient has part of a detail):
   * the queue of that hold. With `review.holdAfterDeliveredFragments` the policy holds this message too.
   */
  openFragmentHold?: Concern;
}

/**
 * How held messages are reviewed (the policy file's `review` section).
 * `safeguardingRelease`: who may deliver the original of a safeguarding hold — `lead` (a safeguarding
 * lead only) or `lead_or_four_eyes` (also two different moderators: one asks, another approves).
 * `holdAfterDeliveredFragments`: when a held message's finding was assembled from messages already
 * delivered, the same sender's next messages in that conversation are held until it is decided.
 */
export interface ReviewSettings {
  safeguardingRelease: 'lead' | 'lead_or_four_eyes';
  holdAfterDeliveredFragments: boolean;
}

/**
 * Safeguarding cues (the policy file's `safeguardingCues` section). Cues never block a message and are
 * never named to its sender; they raise the conversation's risk (0..1), and when that risk reaches
 * `routeThreshold` the conversation is flagged to the safeguarding queue for a lead (once per
 * crossing), sorted by that risk.
 */
export interface SafeguardingCueSettings {
  /** The conversation risk (0..1) at which a conversation is flagged for a safeguarding lead. */
  routeThreshold: number;
}

/**
 * Weights that order the review queues (the policy file's `priority` section): a hold's priority is
 * its decision's severity plus these points. See `queuePriority`.
 */
export interface PriorityWeights {
  /** Points by the sender's escalation level ('none', 'warned', 'hold_all', 'suspended', …). */
  standing: Record<string, number>;
  /** Points per decayed strike point of the sender, up to `strikePointsMax`. */
  strikePoint: number;
  strikePointsMax: number;
  /** Points by the student's age band when a child may be on the receiving end (see queuePriority). */
  studentAge: Record<AgeBand | Unknown, number>;
  /** Points by the relationship stage. */
  stage: Record<Stage | Unknown, number>;
  /** Points when a tutor writes to a student (or to a recipient of unknown role). */
  tutorToStudent: number;
  /** Points for a conversation risk of 1 (scaled linearly; the risk is 0..1). */
  conversationRisk: number;
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
  /** Further advice for the sender from other rules that matched (e.g. the tech-support route beside a hold). */
  tips?: Nudge[];
}

/** Values a rule condition may list besides the real ones: `unknown` matches a context field that is absent. */
export type Unknown = 'unknown';

/** A rule's conditions after loading: kinds expanded from groups, thresholds resolved to numbers. */
export interface RuleWhen {
  /** Matches when at least one finding at or above `minScore` has one of these kinds; absent = no finding needed. */
  kinds?: Kind[];
  minScore: number;
  senderRole?: (Role | Unknown)[];
  recipientRole?: (Role | Unknown)[];
  studentAge?: (AgeBand | Unknown)[];
  stage?: (Stage | Unknown)[];
  /** Names of word lists; matches when the message text contains a word of any of them. */
  words?: string[];
  /** Matches when the message text contains none of the words of these lists. */
  notWords?: string[];
  /**
   * With `kinds`: true counts only findings read from an attachment (an image or PDF, which cannot
   * be redacted in part), false only findings in the message text; absent counts both.
   */
  attachment?: boolean;
}

/** What a rule does when it matches. */
export interface RuleThen {
  action: Action;
  concern?: Concern;
  severity: number;
  /** Plain-words reason; may use {detail}. */
  reason: string;
  /** Template id of the sender's nudge. */
  nudge?: string;
  /** Template id of the reply suggested to the recipient. */
  recipientSuggestion?: string;
  /** Strike points to add instead of the severity table's weight (0 = no strike). */
  strike?: number;
}

/** One rule of a resolved policy. */
export interface PolicyRule {
  id: string;
  description?: string;
  when: RuleWhen;
  then: RuleThen;
  /** When this rule matches, later rules and the escalation ladder are not applied (exemptions). */
  final: boolean;
}

/** One rung of the escalation ladder. */
export interface EscalationLevel {
  level: string;
  minPoints: number;
  /** Least action for a message with any finding from a sender at this level. */
  onFinding?: Action;
  /** Least action for a message with no finding from a sender at this level. */
  onClean?: Action;
  concern?: Concern;
  severityBoost: number;
  /** Template id of the nudge when the ladder raises the action. */
  nudge?: string;
  /** Plain words: what this level means. */
  reason: string;
}

/** Redaction per kind: one of the engine's strategies, or `none` to leave that kind's spans as written. */
export type KindRedaction = RedactionStrategyName | 'none';

/** A loaded, validated, resolved policy: what `decide` applies. Build one with `parsePolicy`/`loadPolicy`. */
export interface Policy {
  version: 1;
  name: string;
  thresholds: Record<string, number> & { report: number };
  engine: {
    allowedDomains: string[];
    allowedEmails: string[];
    shortenerDomains: string[];
    webmailProviders: string[];
    /** When given, replaces the engine's default educational allow-list. */
    educationalSites?: string[];
    defaultCountry?: string;
    /** The regions of the platform's users, in order (replaces the engine's default list). */
    phoneRegions?: string[];
    minScore?: number;
  };
  kindGroups: Record<string, Kind[]>;
  wordLists: Record<string, string[]>;
  /** Plain words for each kind, used as {detail} in nudges ("phone number"). */
  details: Record<Kind, string>;
  redaction: Record<Kind, KindRedaction>;
  strikes: {
    windowDays: number;
    decay: 'linear' | 'exponential';
    /** Weight of a strike by the decision's severity: the first row whose minSeverity ≤ severity. */
    weights: { minSeverity: number; weight: number }[];
  };
  escalation: EscalationLevel[];
  templates: Record<string, { text: string; audience: 'sender' | 'recipient'; tip: boolean }>;
  /** Fallback names for {recipientName}/{senderName} when the context has none. */
  names: { recipient: string; sender: string };
  rules: PolicyRule[];
  /** How held messages are reviewed and released. */
  review: ReviewSettings;
  /** How the review queues are ordered. */
  priority: PriorityWeights;
  /** When a conversation's safeguarding cues route it to a lead. */
  safeguardingCues: SafeguardingCueSettings;
}
