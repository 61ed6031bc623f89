/**
 * Reading a policy file: parse (YAML or JSON), validate against POLICY_SCHEMA with ajv (every error,
 * each with its path), check what a schema cannot (unknown kinds, templates, word lists, thresholds,
 * duplicate rule ids, ladder order, placeholders), then resolve it into the `Policy` that `decide`
 * applies (kind groups expanded, threshold names turned into numbers, defaults filled in).
 * The only I/O in the policy layer is `loadPolicy`'s one file read.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';
import { KINDS, type Kind } from '../engine/types.js';
import { PolicyError, type PolicyIssue } from './policy-error.js';
import { POLICY_SCHEMA } from './schema.js';
import { ACTIONS, type Action, type EscalationLevel, type KindRedaction, type Policy, type PolicyRule, type PriorityWeights, type ReviewSettings, type SafeguardingCueSettings } from './types.js';

/** Format of a policy text. YAML is a superset of JSON, so `yaml` also reads JSON files. */
export type PolicyFormat = 'yaml' | 'json';

/** The placeholders a template may use; anything else in braces is an error at load. */
export const PLACEHOLDERS = ['recipientName', 'senderName', 'detail'] as const;

/** Plain words for each kind, used as {detail} when the policy file does not say otherwise. */
export const DEFAULT_DETAILS: Record<Kind, string> = {
  phone: 'phone number',
  email: 'email address',
  url: 'link to another website',
  social: 'social media account',
  platform: 'another messaging or video app',
  payment: 'payment outside the platform',
  address: 'home address',
  request: 'contact details',
};

/** Review settings when the file has no `review` section: only a safeguarding lead releases a safeguarding hold. */
export const DEFAULT_REVIEW: ReviewSettings = { safeguardingRelease: 'lead', holdAfterDeliveredFragments: false };

/** Queue-order weights when the file has no `priority` section (policies/README.md explains them). */
export const DEFAULT_PRIORITY: PriorityWeights = {
  standing: { none: 0, warned: 10, hold_all: 20, suspended: 40 },
  strikePoint: 1,
  strikePointsMax: 15,
  studentAge: { under13: 25, '13-17': 15, unknown: 10, adult: 0 },
  stage: { enquiry: 5, booked: 0, ended: 5, unknown: 0 },
  tutorToStudent: 10,
  conversationRisk: 40,
};

/** Cue routing when the file has no `safeguardingCues` section. */
export const DEFAULT_SAFEGUARDING_CUES: SafeguardingCueSettings = { routeThreshold: 0.5 };

/** Severity of a rule that does not set one, by action. */
const DEFAULT_SEVERITY: Record<Action, number> = { allow: 0, warn: 20, redact: 40, hold: 70, block: 90 };

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(POLICY_SCHEMA);

/** Result of `safeParsePolicy`: the policy, or the error with every issue. */
export type PolicyParseResult = { ok: true; policy: Policy } | { ok: false; error: PolicyError };

/**
 * Parse and validate a policy text. Throws `PolicyError` (code `policy_syntax` or `policy_invalid`)
 * listing every problem with its path.
 * @example parsePolicy(readFileSync('policies/default.yaml', 'utf8'), 'yaml').rules.length
 */
export function parsePolicy(text: string, format: PolicyFormat = 'yaml'): Policy {
  const r = safeParsePolicy(text, format);
  if (!r.ok) throw r.error;
  return r.policy;
}

/** Like `parsePolicy`, but returns the error as a value instead of throwing. */
export function safeParsePolicy(text: string, format: PolicyFormat = 'yaml'): PolicyParseResult {
  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const at = /at position (\d+)/.exec(message);
      return fail('policy_syntax', [{ path: at ? lineColumn(text, Number(at[1])) : '(file)', message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` }]);
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      return fail(
        'policy_syntax',
        doc.errors.map((e) => ({
          path: e.linePos ? `(line ${e.linePos[0].line}, column ${e.linePos[0].col})` : '(file)',
          message: `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        })),
      );
    }
    raw = doc.toJS();
  }
  const issues = [...schemaIssues(raw), ...semanticIssues(raw)];
  if (issues.length) return fail('policy_invalid', dedupeIssues(issues));
  return { ok: true, policy: resolve(raw as RawPolicy) };
}

/**
 * Read and parse a policy file; the format follows the extension (`.json` → JSON, else YAML).
 * Throws `PolicyError` with code `policy_unreadable` when the file cannot be read.
 */
export function loadPolicy(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new PolicyError('policy_unreadable', [{ path, message: `cannot read the policy file: ${why}` }]);
  }
  return parsePolicy(text, path.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
}

/** `(line L, column C)` of a character offset, 1-based like editors show it. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `(line ${line}, column ${offset - before.lastIndexOf('\n')})`;
}

function fail(code: 'policy_syntax' | 'policy_invalid', issues: PolicyIssue[]): PolicyParseResult {
  return { ok: false, error: new PolicyError(code, issues) };
}

function dedupeIssues(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Schema errors → issues with readable paths

/** `/rules/2/action` → `rules[2].action`; keys that are not identifiers are quoted. */
export function formatPath(pointer: string, extra?: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(root)';
}

function schemaIssues(raw: unknown): PolicyIssue[] {
  if (validateSchema(raw)) return [];
  const errors = validateSchema.errors ?? [];
  const out: PolicyIssue[] = [];
  for (const e of errors) {
    const issue = describeSchemaError(e);
    if (issue) out.push(issue);
  }
  return out;
}

function describeSchemaError(e: ErrorObject): PolicyIssue | null {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path: formatPath(e.instancePath, String(p.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { path: formatPath(e.instancePath, String(p.additionalProperty)), message: 'is not a known field' };
    case 'enum':
      return { path: formatPath(e.instancePath), message: `must be one of ${(p.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: formatPath(e.instancePath), message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'propertyNames':
      return { path: formatPath(e.instancePath, String(p.propertyName)), message: 'is not a valid name (lower-case letters, digits, - and _)' };
    case 'pattern':
      // The propertyNames keyword already reported this one with a clearer message.
      if (p.propertyName !== undefined || e.schemaPath.includes('propertyNames')) return null;
      return { path: formatPath(e.instancePath), message: `must match ${String(p.pattern)}` };
    default:
      return { path: formatPath(e.instancePath), message: e.message ?? 'is not valid' };
  }
}

// ---------------------------------------------------------------------------------------------
// Semantic checks: written defensively, so they run (and report) even when the schema failed.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function semanticIssues(raw: unknown): PolicyIssue[] {
  if (!isObj(raw)) return [];
  const out: PolicyIssue[] = [];
  const templates = isObj(raw.templates) ? raw.templates : {};
  const groups = isObj(raw.kindGroups) ? raw.kindGroups : {};
  const wordLists = isObj(raw.wordLists) ? raw.wordLists : {};
  const thresholds = isObj(raw.thresholds) ? raw.thresholds : {};

  for (const g of Object.keys(groups)) {
    if ((KINDS as readonly string[]).includes(g) || g === 'any') {
      out.push({ path: `kindGroups.${g}`, message: `a kind group cannot be named like a kind ('${g}')` });
    }
  }
  const templateRef = (path: string, id: unknown) => {
    if (typeof id === 'string' && !(id in templates)) {
      out.push({ path, message: `unknown template '${id}' (templates: ${Object.keys(templates).join(', ') || 'none'})` });
    }
  };

  const placeholders = (path: string, text: unknown) => {
    if (typeof text !== 'string') return;
    for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(m[1])) {
        out.push({ path, message: `unknown placeholder {${m[1]}} (use ${PLACEHOLDERS.map((x) => `{${x}}`).join(', ')})` });
      }
    }
    if (/[{}]/.test(text.replace(/\{[^{}]*\}/g, ''))) out.push({ path, message: 'has an unbalanced { or }' });
  };
  for (const [id, t] of Object.entries(templates)) if (isObj(t)) placeholders(`templates.${id}.text`, t.text);

  const rules = Array.isArray(raw.rules) ? raw.rules : [];
  const firstAt = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!isObj(rule)) return;
    const at = `rules[${i}]`;
    if (typeof rule.id === 'string') {
      const prev = firstAt.get(rule.id);
      if (prev !== undefined) out.push({ path: `${at}.id`, message: `duplicate rule id '${rule.id}' (first used at rules[${prev}])` });
      else firstAt.set(rule.id, i);
    }
    const when = isObj(rule.when) ? rule.when : {};
    strings(when.kinds).forEach((k, j) => {
      if (!(KINDS as readonly string[]).includes(k) && !(k in groups) && k !== 'any') {
        out.push({
          path: `${at}.when.kinds[${j}]`,
          message: `unknown kind or kind group '${k}' (kinds: ${KINDS.join(', ')}, any; groups: ${Object.keys(groups).join(', ') || 'none'})`,
        });
      }
    });
    if (typeof when.minScore === 'number' && (when.minScore < 0 || when.minScore > 1)) {
      out.push({ path: `${at}.when.minScore`, message: 'must be between 0 and 1' });
    } else if (typeof when.minScore === 'string' && !(when.minScore in thresholds) && when.minScore !== 'report') {
      out.push({ path: `${at}.when.minScore`, message: `unknown threshold '${when.minScore}' (thresholds: ${Object.keys(thresholds).join(', ') || 'report'})` });
    }
    for (const field of ['words', 'notWords'] as const) {
      strings(when[field]).forEach((w, j) => {
        if (!(w in wordLists)) out.push({ path: `${at}.when.${field}[${j}]`, message: `unknown word list '${w}' (word lists: ${Object.keys(wordLists).join(', ') || 'none'})` });
      });
    }
    const then = isObj(rule.then) ? rule.then : {};
    placeholders(`${at}.then.reason`, then.reason);
    templateRef(`${at}.then.nudge`, then.nudge);
    templateRef(`${at}.then.recipientSuggestion`, then.recipientSuggestion);
    if (typeof then.action === 'string' && then.action !== 'allow' && (ACTIONS as readonly string[]).includes(then.action) && then.nudge === undefined) {
      out.push({ path: `${at}.then.nudge`, message: `is required when the action is ${then.action} (the sender is always told what happened)` });
    }
  });

  const ladder = Array.isArray(raw.escalation) ? raw.escalation : [];
  const levels = new Map<string, number>();
  let lastPoints = -Infinity;
  ladder.forEach((step, i) => {
    if (!isObj(step)) return;
    const at = `escalation[${i}]`;
    if (typeof step.level === 'string') {
      if (step.level === 'none') out.push({ path: `${at}.level`, message: "'none' is reserved for senders below the first level" });
      const prev = levels.get(step.level);
      if (prev !== undefined) out.push({ path: `${at}.level`, message: `duplicate level '${step.level}' (first used at escalation[${prev}])` });
      else levels.set(step.level, i);
    }
    if (typeof step.minPoints === 'number') {
      if (step.minPoints <= lastPoints) out.push({ path: `${at}.minPoints`, message: 'must be greater than the previous level\'s minPoints (the ladder goes up)' });
      lastPoints = step.minPoints;
    }
    templateRef(`${at}.nudge`, step.nudge);
    const raises = [step.onFinding, step.onClean].some((a) => typeof a === 'string' && a !== 'allow');
    if (raises && step.nudge === undefined) out.push({ path: `${at}.nudge`, message: 'is required when the level raises the action (the sender is always told what happened)' });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution: the validated file → the Policy that decide applies.

interface RawRule {
  id: string;
  description?: string;
  final?: boolean;
  when?: { kinds?: string[]; minScore?: number | string; [k: string]: unknown };
  then: { action: Action; severity?: number; [k: string]: unknown };
}
interface RawPolicy {
  version: 1;
  name?: string;
  thresholds?: Record<string, number>;
  engine?: Policy['engine'] & Partial<Policy['engine']>;
  kindGroups?: Record<string, Kind[]>;
  wordLists?: Record<string, string[]>;
  details?: Partial<Record<Kind, string>>;
  redaction?: { default?: KindRedaction; byKind?: Partial<Record<Kind, KindRedaction>> };
  strikes?: Partial<Policy['strikes']>;
  escalation?: (Omit<EscalationLevel, 'severityBoost'> & { severityBoost?: number })[];
  names?: Partial<Policy['names']>;
  review?: Partial<Policy['review']>;
  safeguardingCues?: Partial<SafeguardingCueSettings>;
  priority?: { [K in keyof Policy['priority']]?: Policy['priority'][K] extends number ? number : Partial<Policy['priority'][K]> };
  templates: Record<string, { text: string; audience?: 'sender' | 'recipient'; tip?: boolean }>;
  rules: RawRule[];
}

function resolve(raw: RawPolicy): Policy {
  const thresholds: Policy['thresholds'] = { report: 0.5, ...(raw.thresholds ?? {}) };
  const groups = raw.kindGroups ?? {};
  const expand = (names: string[]): Kind[] => {
    const out: Kind[] = [];
    for (const n of names) {
      const ks: readonly Kind[] = n === 'any' ? KINDS : ((KINDS as readonly string[]).includes(n) ? [n as Kind] : groups[n]);
      for (const k of ks) if (!out.includes(k)) out.push(k);
    }
    return out;
  };
  const redactDefault = raw.redaction?.default ?? 'label';
  const redaction = Object.fromEntries(KINDS.map((k) => [k, raw.redaction?.byKind?.[k] ?? redactDefault])) as Record<Kind, KindRedaction>;
  const rules: PolicyRule[] = raw.rules.map((r) => {
    const w = r.when ?? {};
    const minScore = typeof w.minScore === 'number' ? w.minScore : w.minScore !== undefined ? thresholds[w.minScore] : thresholds.report;
    const { kinds, minScore: _m, ...rest } = w;
    return {
      id: r.id,
      description: r.description,
      final: r.final ?? false,
      when: { ...(rest as Omit<PolicyRule['when'], 'kinds' | 'minScore'>), ...(kinds ? { kinds: expand(kinds) } : {}), minScore },
      then: { ...(r.then as unknown as PolicyRule['then']), severity: r.then.severity ?? DEFAULT_SEVERITY[r.then.action] },
    };
  });
  return {
    version: 1,
    name: raw.name ?? 'unnamed',
    thresholds,
    engine: {
      allowedDomains: raw.engine?.allowedDomains ?? [],
      allowedEmails: raw.engine?.allowedEmails ?? [],
      shortenerDomains: raw.engine?.shortenerDomains ?? [],
      webmailProviders: raw.engine?.webmailProviders ?? [],
      educationalSites: raw.engine?.educationalSites,
      defaultCountry: raw.engine?.defaultCountry,
      phoneRegions: raw.engine?.phoneRegions,
      minScore: raw.engine?.minScore,
    },
    kindGroups: groups,
    wordLists: Object.fromEntries(Object.entries(raw.wordLists ?? {}).map(([k, ws]) => [k, ws.map((w) => w.toLowerCase())])),
    details: { ...DEFAULT_DETAILS, ...(raw.details ?? {}) },
    redaction,
    strikes: {
      windowDays: raw.strikes?.windowDays ?? 90,
      decay: raw.strikes?.decay ?? 'linear',
      weights: [...(raw.strikes?.weights ?? [{ minSeverity: 80, weight: 3 }, { minSeverity: 50, weight: 2 }, { minSeverity: 1, weight: 1 }])].sort(
        (a, b) => b.minSeverity - a.minSeverity,
      ),
    },
    escalation: (raw.escalation ?? []).map((l) => ({ ...l, severityBoost: l.severityBoost ?? 0 })),
    templates: Object.fromEntries(Object.entries(raw.templates).map(([id, t]) => [id, { text: t.text, audience: t.audience ?? 'sender', tip: t.tip ?? false }])),
    names: { recipient: raw.names?.recipient ?? 'there', sender: raw.names?.sender ?? 'there' },
    rules,
    review: {
      safeguardingRelease: raw.review?.safeguardingRelease ?? DEFAULT_REVIEW.safeguardingRelease,
      holdAfterDeliveredFragments: raw.review?.holdAfterDeliveredFragments ?? DEFAULT_REVIEW.holdAfterDeliveredFragments,
    },
    priority: {
      standing: { ...DEFAULT_PRIORITY.standing, ...(raw.priority?.standing ?? {}) } as Record<string, number>,
      strikePoint: raw.priority?.strikePoint ?? DEFAULT_PRIORITY.strikePoint,
      strikePointsMax: raw.priority?.strikePointsMax ?? DEFAULT_PRIORITY.strikePointsMax,
      studentAge: { ...DEFAULT_PRIORITY.studentAge, ...(raw.priority?.studentAge ?? {}) },
      stage: { ...DEFAULT_PRIORITY.stage, ...(raw.priority?.stage ?? {}) },
      tutorToStudent: raw.priority?.tutorToStudent ?? DEFAULT_PRIORITY.tutorToStudent,
      conversationRisk: raw.priority?.conversationRisk ?? DEFAULT_PRIORITY.conversationRisk,
    },
    safeguardingCues: { routeThreshold: raw.safeguardingCues?.routeThreshold ?? DEFAULT_SAFEGUARDING_CUES.routeThreshold },
  };
}
