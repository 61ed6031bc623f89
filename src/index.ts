/**
 * Chaperone's library entry point. The engine (scan, redact, normalise) and the policy (decide) are
 * pure; the store, service and CLI build on them.
 */
export { scan, detect, summarise, type ScanOptions, type ScanResult } from './engine/scan.js';
export { redact, mergeOverlaps, REDACTION_STRATEGIES, type RedactionStrategy, type RedactionStrategyName } from './engine/redact.js';
export { normalise, DEFAULT_TRANSFORMERS, toOriginalSpan, type Normalised } from './engine/normalise/index.js';
export { DEFAULT_DETECTORS } from './engine/detectors/registry.js';
export { DEFAULT_ENGINE_CONFIG, makeEngineConfig } from './engine/config.js';
export { KINDS, type Kind, type Finding, type Detector, type DetectorInput, type EngineConfig } from './engine/types.js';
export { decide, deliveredText, decideForLine, contextFromLine, loadPolicy, parsePolicy, safeParsePolicy, PolicyError, DEFAULT_POLICY, POLICY_SCHEMA, engineConfigFromPolicy, renderNudge, standing, ACTIONS, ROLES, AGE_BANDS, STAGES, type Policy, type Decision, type DecisionContext, type Action, type Role, type AgeBand, type Stage, type Concern, type Standing, type Nudge, type Reason, type Strike, type PolicyIssue, type LineContext, type LineDecision } from './policy/index.js';
