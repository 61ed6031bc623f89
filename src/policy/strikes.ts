/**
 * Strikes and standing. Each decision that is not `allow` may add a strike whose weight comes from
 * the decision's severity (policy `strikes.weights`). A strike fades over `strikes.windowDays`:
 *
 * - `linear` (the default): weight × (1 − age/window), so a 3-point strike counts 1.5 after half the
 *   window and nothing after the whole window. Chosen because it is easy to explain to a sender
 *   ("strikes fade out over 90 days") and a strike really does expire.
 * - `exponential`: weight × 2^(−age/(window/3)), i.e. a half-life of a third of the window; it never
 *   quite reaches zero, so strikes older than the window are dropped to keep the same promise.
 *
 * Strikes a moderator removed (`removed: true`) count for nothing. A strike dated in the future
 * (clock skew between services) counts in full. The standing's level is the highest rung of the
 * policy's escalation ladder whose `minPoints` the points reach, else `none`.
 */
import type { Policy, Standing } from './types.js';

/** One strike as stored: its weight, when it was given (ISO string or Date), and whether it was overturned. */
export interface Strike {
  weight: number;
  at: string | Date;
  removed?: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The sender's standing at `now` from their strike history.
 * @example standing([{ weight: 3, at: '2026-01-01T00:00:00Z' }], new Date('2026-02-15T00:00:00Z'), policy) // { points: 1.5, level: 'none' }
 */
export function standing(strikes: readonly Strike[], now: Date | string, policy: Policy): Standing {
  const nowMs = new Date(now).getTime();
  let points = 0;
  for (const s of strikes) {
    if (s.removed) continue;
    const at = new Date(s.at).getTime();
    if (!Number.isFinite(at) || !(s.weight > 0)) continue;
    points += s.weight * decayFactor(Math.max(0, nowMs - at) / DAY_MS, policy);
  }
  points = Math.round(points * 100) / 100;
  return { points, level: levelFor(points, policy) };
}

/** The fraction of a strike's weight left after `ageDays`, under the policy's decay. */
export function decayFactor(ageDays: number, policy: Policy): number {
  const window = policy.strikes.windowDays;
  if (ageDays >= window) return 0;
  if (policy.strikes.decay === 'exponential') return Math.pow(2, -ageDays / (window / 3));
  return 1 - ageDays / window;
}

/** The escalation level for `points`: the highest rung reached, else `none`. */
export function levelFor(points: number, policy: Policy): string {
  let level = 'none';
  for (const rung of policy.escalation) if (points >= rung.minPoints) level = rung.level;
  return level;
}

/** The strike weight for a decision of `severity` (0 when the table gives none). */
export function strikeWeight(severity: number, policy: Policy): number {
  for (const row of policy.strikes.weights) if (severity >= row.minSeverity) return row.weight;
  return 0;
}
