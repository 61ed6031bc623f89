/**
 * Safeguarding cues in the policy (issue 20). Pure: no I/O, no clock.
 *
 * A cue (secrecy, isolation, a photo request…) never blocks a message and is never named to its
 * sender: `decide` does not see cues at all, so the message is decided on its contact findings alone.
 * What cues do is raise the conversation's risk (measured by the engine across the conversation);
 * `cueRouting` says what the service does with that risk:
 *
 * - `open`: the risk has just reached the policy's `safeguardingCues.routeThreshold` (it was below
 *   before this message) and no cue review of the conversation is open → open one in the
 *   safeguarding queue for a lead, without holding anything (a "flag");
 * - `attach`: a cue review of the conversation is open and this message carries cues → the message
 *   joins its timeline and the review is re-sorted by the new risk;
 * - `none`: otherwise (below the threshold, or above it with no new cues and no crossing).
 *
 * Once per crossing: a conversation that stays above the threshold after its flag was closed is not
 * flagged again on every later message; it is flagged again when its risk falls below the threshold
 * (cues fade with time) and rises to it once more.
 *
 * @example
 * cueRouting({ before: 0.3, after: 0.62, cues: 1, openFlag: false }, policy) // 'open'
 */
import type { Cue } from '../engine/types.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { Policy } from './types.js';

/** What the service knows when a message has been scanned. */
export interface CueRoutingInput {
  /** The conversation's risk before this message (0..1; absent: no cue yet). */
  before?: number;
  /** The conversation's risk after this message (0..1; absent: no cue yet). */
  after?: number;
  /** How many cues this message carries. */
  cues: number;
  /** Is a cue review of this conversation open? */
  openFlag: boolean;
}

export type CueRouting = 'open' | 'attach' | 'none';

/** What to do with a conversation's cue risk after one message. */
export function cueRouting(input: CueRoutingInput, policy: Policy = DEFAULT_POLICY): CueRouting {
  const t = policy.safeguardingCues.routeThreshold;
  const after = input.after ?? 0;
  if (input.openFlag) return input.cues > 0 ? 'attach' : 'none';
  return (input.before ?? 0) < t && after >= t ? 'open' : 'none';
}

/** Each cue in plain words, as a safeguarding lead reads it in the review. */
export const CUE_WORDS: Record<Cue, string> = {
  secrecy: 'asks for secrecy (keeping things from parents or others)',
  special_relationship: 'claims a special relationship',
  isolation: 'isolates the child from parents or friends',
  checking_privacy: 'checks whether anyone else reads the chat',
  photo_request: "asks for photos of the child",
  gifts_money: 'offers gifts or money',
  meet_alone: 'suggests meeting alone',
  personal_probing: 'personal questions unrelated to learning',
  private_channel: 'moves to a private channel framed as secret',
};

/** A cue's plain words (the cue's own name when it is not known). */
export function cueWords(cue: string): string {
  return (CUE_WORDS as Record<string, string>)[cue] ?? cue.replace(/_/g, ' ');
}
