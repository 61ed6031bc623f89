/**
 * The engine's public vocabulary: kinds of finding, the Finding shape, and the Detector interface.
 * Pure types; no I/O anywhere in src/engine.
 */
import type { Normalised } from './normalise/normalised.js';

/** What a finding is about. See DESIGN.md, "Kinds of finding". */
export type Kind = 'phone' | 'email' | 'url' | 'social' | 'platform' | 'payment' | 'address' | 'request';

/** Every kind, in a stable order (used for reports and schema enums). */
export const KINDS: readonly Kind[] = ['phone', 'email', 'url', 'social', 'platform', 'payment', 'address', 'request'];

/**
 * One thing the engine found. Spans are half-open `[start, end)` UTF-16 offsets in the ORIGINAL text,
 * so `text === original.slice(start, end)` always holds and redaction edits only the original.
 */
export interface Finding {
  kind: Kind;
  /** Id of the detector that produced it. */
  detector: string;
  start: number;
  end: number;
  /** `original.slice(start, end)`. */
  text: string;
  /** Canonical form: E.164 phone, lower-case email, normalised URL, handle. */
  value?: string;
  /** Confidence, 0..1. */
  score: number;
  /** Human-readable reasons: the pattern, the validation, the context words. */
  why: string[];
  /** Set when the finding was assembled from several messages of one conversation. */
  messageIds?: string[];
  /**
   * Set when the finding comes from an attachment (src/attachments): the attachment's index in the
   * message. `start`/`end`/`text` are then positions in that attachment's recognised text (the unit
   * named by `source` and `page`), not in the message text, and redaction never applies them to it.
   */
  attachment?: number;
  /** Attachment findings: the 1-based PDF page, when the attachment is a PDF. */
  page?: number;
  /** Attachment findings: where on the image (or rendered page, in PDF points) the detail is, when known. */
  box?: { x: number; y: number; width: number; height: number };
  /** Attachment findings: how the text was obtained (`ocr`, `qr`, `pdf-text`, `pdf-link`). */
  source?: 'ocr' | 'qr' | 'pdf-text' | 'pdf-link';
}

/**
 * Grooming-risk cues (issue 20; O'Connell's stages, NSPCC and KCSIE guidance): what a safeguarding
 * finding names. They are not contact details: they never redact, block or nudge, they raise a
 * conversation's risk for a human safeguarding lead.
 */
export type Cue = 'secrecy' | 'special_relationship' | 'isolation' | 'checking_privacy' | 'photo_request' | 'gifts_money' | 'meet_alone' | 'personal_probing' | 'private_channel';

export const CUES: readonly Cue[] = ['secrecy', 'special_relationship', 'isolation', 'checking_privacy', 'photo_request', 'gifts_money', 'meet_alone', 'personal_probing', 'private_channel'];

/** A safeguarding finding: a cue in one message, with the same span, score and `why` as any finding. */
export interface CueFinding extends Omit<Finding, 'kind'> {
  kind: 'safeguarding';
  cue: Cue;
}

/** Settings that a deployment may change; every field has a default (see `engine/config.ts`). */
export interface EngineConfig {
  /** Domains (registrable or full host) that are never reported as links: the platform's own, educational sites. */
  allowedDomains: string[];
  /** Educational sites whose links are never reported (educational-sites.ts); replaceable as a whole. */
  educationalSites: string[];
  /** Email addresses that are never reported (the platform's support address). */
  allowedEmails: string[];
  /** Link shorteners: always reported, even when otherwise unknown. */
  shortenerDomains: string[];
  /** Webmail providers: `name at gmail` counts as an email even with no TLD. */
  webmailProviders: string[];
  /** Default region for phone numbers written without an international prefix. */
  defaultCountry: string;
  /**
   * The regions of the platform's users, in order: a national number that is not valid in the
   * default region is tried in these when phone words or a country's name are near it.
   */
  phoneRegions: string[];
  /** Findings scoring below this are dropped. */
  minScore: number;
  /**
   * Below this calibrated probability that a message leaves the platform, the model overrules the
   * word rules' intent findings (never a verified detail). 0 turns the veto off.
   */
  modelVeto: number;
  /** Extra words per detector that a deployment adds (documented per detector). */
  extraWords: Record<string, string[]>;
}

/** What every detector receives: the original text, its normalised form and the configuration. */
export interface DetectorInput {
  original: string;
  normalised: Normalised;
  /** `normalised.text.toLowerCase()`, computed once per message. */
  lower: string;
  config: EngineConfig;
  /**
   * Findings of the detectors that ran before this one, in registry order. The model detector runs
   * last and reads the rules' verdicts as features (a verified phone number, a link, a handle).
   */
  prior?: readonly Finding[];
}

/**
 * A detector: a plain object in the registry. `find` must be pure, deterministic, never throw on
 * any string, and run in time linear in the input (bounded regexes only).
 */
export interface Detector {
  id: string;
  kinds: readonly Kind[];
  /** Cheap test on the lower-cased normalised text; when false, `find` is skipped. */
  pretest?: (lower: string) => boolean;
  find(input: DetectorInput): Finding[];
}
