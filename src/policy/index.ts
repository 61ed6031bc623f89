/**
 * The policy layer's public API: decide what happens to a message, load and check policy files,
 * render nudges, compute a sender's standing from strikes. Pure except `loadPolicy` (one file read)
 * and the default policy, read once at import.
 */
export { decide, deliveredText } from './decide.js';
export { decideForLine, contextFromLine, DEFAULT_SENDER_ROLE, type LineContext, type LineDecision } from './decide-for-line.js';
export { DEFAULT_POLICY, DEFAULT_POLICY_PATH } from './default-policy.js';
export { engineConfigFromPolicy } from './engine-config-from-policy.js';
export { loadPolicy, parsePolicy, safeParsePolicy, formatPath, PLACEHOLDERS, DEFAULT_DETAILS, type PolicyFormat, type PolicyParseResult } from './load-policy.js';
export { renderNudge, fillPlaceholders, detailFor, namesFor, type NudgeValues } from './nudges.js';
export { PolicyError, type PolicyIssue, type PolicyErrorCode } from './policy-error.js';
export { POLICY_SCHEMA } from './schema.js';
export { standing, decayFactor, levelFor, strikeWeight, type Strike } from './strikes.js';
export * from './types.js';
export { queuePriority, type Priority, type PriorityInput, type PriorityPart } from './priority.js';
export { DEFAULT_PRIORITY, DEFAULT_REVIEW } from './load-policy.js';
export { cueRouting, cueWords, CUE_WORDS, type CueRouting, type CueRoutingInput } from './cues.js';
export { DEFAULT_SAFEGUARDING_CUES } from './load-policy.js';
