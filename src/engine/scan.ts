import { makeEngineConfig } from './config.js';
import { DEFAULT_DETECTORS } from './detectors/registry.js';
import { isVetoable, modelVerdict } from './detectors/model.js';
import { dedupeFindings } from './finding.js';
import { normalise } from './normalise/index.js';
import { redact } from './redact.js';
import type { ConversationRisk } from './conversation-risk.js';
import type { CueFinding, Detector, DetectorInput, EngineConfig, Finding, Kind } from './types.js';

/** Options for `scan`. Every field is optional. */
export interface ScanOptions {
  /** A complete configuration (from `makeEngineConfig`); built from defaults when absent. */
  config?: EngineConfig;
  /** Detectors to run; the default registry when absent. */
  detectors?: readonly Detector[];
}

/** What `scan` returns for one message. */
export interface ScanResult {
  findings: Finding[];
  /**
   * Safeguarding cues in this message (grooming-risk signals for a human lead). Kept apart from
   * `findings`: they never redact, block or nudge, and the sender is never told of them.
   */
  cues: CueFinding[];
  /** In a conversation: its accumulated safeguarding risk, once any cue has been seen (conversation-risk.ts). */
  conversationRisk?: ConversationRisk;
  /** Distinct kinds found, in KINDS order of first appearance. */
  kinds: Kind[];
  /** Highest finding score, 0 when nothing was found. */
  risk: number;
  /** Default action before any policy: any finding → `redact`. The policy layer refines this. */
  action: 'allow' | 'redact';
  /** The original text with every finding span replaced by `[kind removed]`. */
  redacted: string;
}

const DEFAULT_CONFIG = makeEngineConfig();

/**
 * Scan one message: normalise, run every detector, keep findings at or above `config.minScore`,
 * drop same-kind duplicates. Pure; never throws on a string.
 * @example scan('ring me on 07700 900123').kinds // ['phone']
 */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const { findings, cues } = detectWithInput(text, options);
  return summarise(text, findings, cues);
}

/** Run the detectors and return the findings only. */
export function detect(text: string, options: ScanOptions = {}): Finding[] {
  return detectWithInput(text, options).findings;
}

/** Run the detectors; return the findings, the cues and the detectors' input (the normalised text), for callers that read it too. */
export function detectWithInput(text: string, options: ScanOptions = {}): { findings: Finding[]; cues: CueFinding[]; input: DetectorInput } {
  const config = options.config ?? DEFAULT_CONFIG;
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  const normalised = normalise(text);
  const input: DetectorInput = { original: text, normalised, lower: normalised.text.toLowerCase(), config };
  const all: Finding[] = [];
  for (const d of detectors) {
    if (d.pretest && !d.pretest(input.lower)) continue;
    input.prior = all;
    for (const f of d.find(input)) if (f.score >= config.minScore) all.push(f);
  }
  // Cues come from the model's pass over the message (when the model is among the detectors), and
  // the model may overrule a word rule it is confident about (see isVetoable).
  if (!detectors.some((d) => d.id === 'model')) return { findings: dedupeFindings(all), cues: [], input };
  const verdict = modelVerdict(input);
  const kept = verdict.leaves < config.modelVeto ? all.filter((f) => !isVetoable(f)) : all;
  return { findings: dedupeFindings(kept), cues: verdict.cues, input };
}

/** Build a ScanResult from findings (also used by the conversation scanner). */
export function summarise(text: string, findings: Finding[], cues: CueFinding[] = []): ScanResult {
  const kinds: Kind[] = [];
  let risk = 0;
  for (const f of findings) {
    if (!kinds.includes(f.kind)) kinds.push(f.kind);
    if (f.score > risk) risk = f.score;
  }
  return { findings, cues, kinds, risk, action: findings.length ? 'redact' : 'allow', redacted: redact(text, findings) };
}
