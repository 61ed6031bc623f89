/**
 * A conversation's safeguarding risk (issue 20): grooming-risk cues accumulate across a
 * conversation, decaying with time, weighted by who says them to whom. One cue in a long, ordinary
 * conversation stays low; a few cues from an adult to a child in a week rise past the policy's
 * threshold and route the conversation to the safeguarding lead, sorted by this risk.
 *
 *   raw' = raw · ½^(Δt / half-life) + Σ weight(sender, age band, stage) · p(cue)
 *   score = 1 − e^(−raw)        (0..1, so policy thresholds read like probabilities)
 *
 * Pure; the state is plain JSON inside the conversation state.
 */
import type { Cue, CueFinding } from './types.js';

/** How fast old cues fade: a cue a fortnight ago counts half as much as one now. */
export const RISK_HALF_LIFE_MS = 14 * 24 * 60 * 60 * 1000;
/** Evidence kept per conversation (the latest). */
export const MAX_EVIDENCE = 20;

export interface CueEvidence {
  messageId: string;
  cue: Cue;
  /** The cue's calibrated probability in that message. */
  score: number;
  /** What it added to the risk (probability × who-to-whom weight). */
  weight: number;
  sentAt: string;
}

export interface ConversationRisk {
  /** 0..1: 1 − e^(−raw). */
  score: number;
  raw: number;
  /** When `raw` was last updated (ms since the epoch). */
  at: number;
  /** The messages that carried cues, oldest first. */
  evidence: CueEvidence[];
}

/** Who says a cue to whom, as the risk weighs it. All optional: an unknown weighs as a possible child. */
export interface CueContext {
  senderRole?: string;
  /** The student's age band: under13, 13-17, adult (unknown counts as a possible child). */
  studentAge?: string;
  /** enquiry, booked, ended. */
  stage?: string;
}

const SENDER: Record<string, number> = { tutor: 1, parent: 0.5, student: 0.35 };
const AGE: Record<string, number> = { under13: 1, '13-17': 0.85, adult: 0.3 };
const STAGE: Record<string, number> = { enquiry: 1, booked: 0.85, ended: 1.1 };

/**
 * The weight of one cue: an adult (a tutor) to a child weighs most; a student's own words weigh
 * less (they may be telling of someone else, which a lead still wants to see); an adult learner
 * least. A relationship that has ended and carries on, or that has not started, weighs more than a
 * booked one.
 */
export function cueWeight(c: CueContext): number {
  const sender = SENDER[c.senderRole ?? ''] ?? 0.6;
  const age = AGE[c.studentAge ?? ''] ?? 0.85;
  const stage = STAGE[c.stage ?? ''] ?? 0.9;
  return sender * age * stage;
}

/** The risk after one more message (with its cues, possibly none). */
export function updateRisk(prev: ConversationRisk | undefined, cues: readonly CueFinding[], message: { id: string; sentAt: string; at: number }, context: CueContext): ConversationRisk | undefined {
  if (!prev && !cues.length) return undefined;
  const dt = prev ? Math.max(0, message.at - prev.at) : 0;
  let raw = prev ? prev.raw * Math.pow(0.5, dt / RISK_HALF_LIFE_MS) : 0;
  const evidence = prev ? [...prev.evidence] : [];
  const w = cueWeight(context);
  for (const c of cues) {
    const add = w * c.score;
    raw += add;
    evidence.push({ messageId: message.id, cue: c.cue, score: c.score, weight: round(add), sentAt: message.sentAt });
  }
  return { score: round(1 - Math.exp(-raw)), raw: round(raw), at: message.at, evidence: evidence.slice(-MAX_EVIDENCE) };
}

/** Is `x` a risk state this version can read (a stored state may be old or hand-edited)? */
export function isRisk(x: unknown): x is ConversationRisk {
  const r = x as ConversationRisk;
  return !!r && typeof r === 'object' && Number.isFinite(r.raw) && Number.isFinite(r.at) && Array.isArray(r.evidence);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
