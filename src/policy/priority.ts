/**
 * `queuePriority`: how urgently a held message needs a person. Pure: no I/O, no clock.
 *
 * A decision's severity says how bad the message is; the queue also needs to know who is at risk
 * and from whom. The priority is the severity plus points (the policy's `priority` weights) for:
 * the sender's standing (escalation level, and decayed strike points up to a cap), the student's age
 * band when a child may be on the receiving end, the relationship stage, a tutor writing to a
 * student, and the conversation's safeguarding risk (a 0..1 number supplied by whoever measures
 * grooming cues across the conversation; absent counts as 0). Each part is returned with plain
 * words, so the console can say why an item sits where it does.
 *
 * @example
 * queuePriority({ severity: 30, senderRole: 'tutor', recipientRole: 'student', studentAge: 'under13',
 *                 standing: { level: 'suspended', points: 11 } }).priority // 30 + 40 + 11 + 25 + 10 = 116
 */
import { DEFAULT_POLICY } from './default-policy.js';
import type { AgeBand, Policy, Role, Stage, Standing } from './types.js';

/** What the priority is computed from. */
export interface PriorityInput {
  /** The decision's severity (0..100). */
  severity: number;
  senderRole: Role | string;
  recipientRole?: Role | string;
  studentAge?: AgeBand;
  stage?: Stage;
  /** The sender's standing before this message. */
  standing?: Standing;
  /**
   * The conversation's safeguarding risk, 0..1 (secrecy, isolation, gifts… weighed across the
   * conversation). The input for the conversation-risk component; absent or 0 adds nothing.
   */
  conversationRisk?: number;
}

/** One part of a priority, in plain words. */
export interface PriorityPart {
  label: string;
  points: number;
}

/** The priority and its parts (the severity first). */
export interface Priority {
  priority: number;
  parts: PriorityPart[];
}

const AGE_WORDS: Record<string, string> = { under13: 'under 13', '13-17': '13–17', adult: 'adult', unknown: 'age unknown' };

/** Could a child be on the receiving end? A tutor writing, or a student (or unknown) recipient. */
function childMayReceive(input: PriorityInput): boolean {
  return input.senderRole === 'tutor' || input.recipientRole === 'student' || input.recipientRole === undefined || input.recipientRole === 'unknown';
}

/** The priority of a hold: higher is more urgent. */
export function queuePriority(input: PriorityInput, policy: Policy = DEFAULT_POLICY): Priority {
  const w = policy.priority;
  const parts: PriorityPart[] = [{ label: 'severity of the finding', points: Math.round(input.severity) }];
  const add = (label: string, points: number) => {
    if (points > 0) parts.push({ label, points: Math.round(points) });
  };
  if (input.standing) {
    add(`sender's standing: ${input.standing.level.replace(/_/g, ' ')}`, w.standing[input.standing.level] ?? 0);
    add(`sender's strikes (${Math.round(input.standing.points * 10) / 10} points)`, Math.min(w.strikePointsMax, input.standing.points * w.strikePoint));
  }
  if (childMayReceive(input)) {
    const band = input.studentAge ?? 'unknown';
    add(`student ${AGE_WORDS[band]}`, w.studentAge[band] ?? 0);
  }
  add(`stage: ${input.stage ?? 'unknown'}`, w.stage[input.stage ?? 'unknown'] ?? 0);
  if (input.senderRole === 'tutor' && (input.recipientRole === 'student' || input.recipientRole === undefined || input.recipientRole === 'unknown')) {
    add('a tutor writing to a student', w.tutorToStudent);
  }
  const risk = Math.max(0, Math.min(1, input.conversationRisk ?? 0));
  add('safeguarding cues in the conversation', risk * w.conversationRisk);
  return { priority: parts.reduce((n, p) => n + p.points, 0), parts };
}
