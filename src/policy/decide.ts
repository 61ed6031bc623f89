/**
 * `decide`: findings + context → decision, by the rules of a policy. Pure: no I/O, no clock.
 *
 * How rules combine (the policy file says the same in its header):
 * 1. Findings below `thresholds.report` are ignored.
 * 2. Every rule whose conditions hold applies; a rule with `kinds` needs at least one finding of those
 *    kinds at or above its `minScore`. A `final` rule that applies stops the rules after it and the
 *    escalation ladder (exemptions such as the platform's own staff).
 * 3. The most severe action wins (allow < warn < redact < hold < block); the first applied rule with
 *    that action is the deciding rule: its nudge is the sender's, its strike override is used.
 *    Nudges of other applied rules whose template is marked `tip` are added as `tips`.
 * 4. The sender's standing (escalation ladder) may raise the action, never lower it; when it does, its
 *    nudge becomes the sender's and the deciding rule's nudge is kept as the first tip.
 * 5. Concern is safeguarding when any applied rule says so (never downgraded), else leakage.
 *    Severity is the highest applied severity plus the ladder's boost; the strike's weight comes from
 *    the rules' severity (not the boost, so strikes do not compound themselves).
 */
import type { Finding, Kind } from '../engine/types.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { detailFor, namesFor, renderNudge } from './nudges.js';
import { strikeWeight, levelFor } from './strikes.js';
import { ACTIONS, type Action, type Concern, type Decision, type DecisionContext, type Nudge, type Policy, type PolicyRule, type Reason } from './types.js';

export { deliveredText } from './delivered-text.js';

/** A rule that applied to a message, with the findings and kinds that made it apply. */
interface Applied {
  rule: PolicyRule;
  findings: Finding[];
  kinds: Kind[];
}

const rank = (a: Action) => ACTIONS.indexOf(a);

/** The template (if the policy has it) and words for a message held behind an earlier hold of assembled fragments. */
const FRAGMENT_HOLD_NUDGE = 'conversation-held';
const FRAGMENT_HOLD_FALLBACK = 'Your message is being held for review while a moderator looks at an earlier message of yours in this conversation.';
const FRAGMENT_HOLD_REASON = 'An earlier message from this sender is held, and part of its detail was already delivered in other messages; the next messages wait for the moderator.';
const FRAGMENT_HOLD_SEVERITY = 50;

/**
 * Decide what happens to a message.
 * @param findings the engine's findings for the message (from `scan` or `scanInConversation`)
 * @param context who sends to whom, the student's age band, the stage, the sender's standing, and
 *   optionally the text (for the policy's context word lists)
 * @param policy a loaded policy; the shipped default (policies/default.yaml) when absent
 * @example decide(scan('call me on 07700 900123').findings, { senderRole: 'parent', recipientRole: 'tutor' }).action // 'redact'
 */
export function decide(findings: readonly Finding[], context: DecisionContext, policy: Policy = DEFAULT_POLICY): Decision {
  const reportable = findings.filter((f) => f.score >= policy.thresholds.report);
  // The text is folded for word lists only when a rule gets as far as asking (most messages: never).
  let folded: string | undefined | null = null;
  const text = (): string | undefined => (folded === null ? (folded = context.text === undefined ? undefined : foldForWords(context.text)) : folded);
  const applied: Applied[] = [];
  let finalHit = false;
  // Without findings only the rules with no `kinds` condition can apply: skip the others.
  for (const rule of reportable.length ? policy.rules : kindlessRules(policy)) {
    const hit = applies(rule, reportable, context, text, policy);
    if (!hit) continue;
    applied.push(hit);
    if (rule.final) {
      finalHit = true;
      break;
    }
  }

  let deciding: Applied | null = null;
  for (const a of applied) if (!deciding || rank(a.rule.then.action) > rank(deciding.rule.then.action)) deciding = a;
  let action: Action = deciding?.rule.then.action ?? 'allow';
  const names = namesFor(context, policy);
  // The deciding rule's reason first, then the others in policy order.
  const ordered = deciding ? [deciding, ...applied.filter((a) => a !== deciding)] : applied;
  const reasons: Reason[] = ordered.map((a) => ({
    rule: a.rule.id,
    text: renderText(a.rule.then.reason, { ...names, detail: detailFor(a.findings, a.kinds, policy) }),
    kinds: a.kinds,
  }));
  const ruleSeverity = Math.max(0, ...applied.filter((a) => a.rule.then.action !== 'allow').map((a) => a.rule.then.severity));
  let severity = ruleSeverity;
  let concern: Concern | null = applied.some((a) => a.rule.then.action !== 'allow' && a.rule.then.concern === 'safeguarding')
    ? 'safeguarding'
    : (deciding?.rule.then.concern ?? null);
  const allKinds = unique(applied.flatMap((a) => a.kinds));
  const detail = detailFor(reportable, deciding && deciding.kinds.length ? deciding.kinds : allKinds, policy);
  let nudge: Nudge | null =
    deciding && deciding.rule.then.nudge ? renderNudge(policy, deciding.rule.then.nudge, { ...names, detail }) : null;

  // The escalation ladder: the sender's standing may raise the action (never for final exemptions).
  let replacedNudge: Nudge | null = null;
  if (!finalHit && context.standing) {
    const levelName = policy.escalation.some((l) => l.level === context.standing!.level)
      ? context.standing.level
      : levelFor(context.standing.points, policy);
    const level = policy.escalation.find((l) => l.level === levelName);
    if (level) {
      const floor = reportable.length ? level.onFinding : level.onClean;
      severity += level.severityBoost;
      if (floor && rank(floor) > rank(action)) {
        action = floor;
        reasons.push({ rule: `escalation:${level.level}`, text: level.reason, kinds: unique(reportable.map((f) => f.kind)) });
        if (level.nudge) {
          // The rule's own nudge still says what was wrong with this message: keep it as a tip.
          if (nudge) replacedNudge = nudge;
          nudge = renderNudge(policy, level.nudge, { ...names, detail });
        }
        concern = level.concern === 'safeguarding' || concern === 'safeguarding' ? 'safeguarding' : (level.concern ?? concern ?? 'leakage');
      } else if (level.concern === 'safeguarding' && action !== 'allow') {
        concern = 'safeguarding';
      }
    }
  }

  // A detail assembled from messages already delivered: the recipient holds part of it, so the
  // sender's next messages wait for the moderator too (when the policy asks for that).
  if (!finalHit && context.openFragmentHold && policy.review.holdAfterDeliveredFragments && rank(action) < rank('hold')) {
    action = 'hold';
    reasons.push({ rule: 'review:delivered-fragments', text: FRAGMENT_HOLD_REASON, kinds: [] });
    concern = context.openFragmentHold === 'safeguarding' || concern === 'safeguarding' ? 'safeguarding' : 'leakage';
    severity = Math.max(severity, FRAGMENT_HOLD_SEVERITY);
    if (nudge) replacedNudge = nudge;
    nudge = policy.templates[FRAGMENT_HOLD_NUDGE]
      ? renderNudge(policy, FRAGMENT_HOLD_NUDGE, { ...names, detail })
      : { id: FRAGMENT_HOLD_NUDGE, text: FRAGMENT_HOLD_FALLBACK };
  }

  if (action === 'allow') {
    return { action, reasons, concern: null, severity: 0, strike: null, nudge: null, recipientSuggestion: null, findings: reportable, tips: [] };
  }

  const weight = deciding ? (deciding.rule.then.strike ?? strikeWeight(ruleSeverity, policy)) : 0;
  const delivered = action === 'warn' || action === 'redact';
  // The recipient only gets a suggested reply when they receive the message.
  const suggestionRule = delivered ? applied.find((a) => a.rule.then.recipientSuggestion) : undefined;
  const recipientSuggestion = suggestionRule
    ? renderNudge(policy, suggestionRule.rule.then.recipientSuggestion!, { ...names, detail: detailFor(suggestionRule.findings, suggestionRule.kinds, policy) })
    : null;
  const tips: Nudge[] = replacedNudge ? [replacedNudge] : [];
  for (const a of applied) {
    const id = a.rule.then.nudge;
    // Only templates marked `tip` are added: other rules' nudges would repeat the same message.
    if (!id || !policy.templates[id]?.tip || id === nudge?.id || tips.some((t) => t.id === id)) continue;
    tips.push(renderNudge(policy, id, { ...names, detail: detailFor(a.findings, a.kinds, policy) }));
  }
  return {
    action,
    reasons,
    concern: concern ?? 'leakage',
    severity: Math.min(100, Math.max(0, Math.round(severity))),
    strike: weight > 0 ? { weight, reason: deciding!.rule.id } : null,
    nudge,
    recipientSuggestion,
    findings: reportable,
    tips,
  };
}

function applies(rule: PolicyRule, findings: readonly Finding[], ctx: DecisionContext, foldedText: () => string | undefined, policy: Policy): Applied | null {
  const w = rule.when;
  if (!inList(w.senderRole, ctx.senderRole)) return null;
  if (!inList(w.recipientRole, ctx.recipientRole)) return null;
  if (!inList(w.studentAge, ctx.studentAge)) return null;
  if (!inList(w.stage, ctx.stage)) return null;
  // Every condition must hold, so the cheap ones go first: kinds before word lists.
  const matched = w.kinds
    ? findings.filter((f) => w.kinds!.includes(f.kind) && f.score >= w.minScore && (w.attachment === undefined || (f.attachment !== undefined) === w.attachment))
    : [];
  if (w.kinds && matched.length === 0) return null;
  if (w.words || w.notWords) {
    const text = foldedText();
    // Without the text, a "words" condition cannot be known to hold, and a "notWords" one is assumed to.
    if (w.words && (text === undefined || !w.words.some((name) => wordsRegex(policy, name).test(text)))) return null;
    if (w.notWords && text !== undefined && w.notWords.some((name) => wordsRegex(policy, name).test(text))) return null;
  }
  if (!w.kinds) return { rule, findings: [], kinds: [] };
  return { rule, findings: matched, kinds: unique(matched.map((f) => f.kind)) };
}

/** The policy's rules without a `kinds` condition (the only ones a message without findings can meet). */
const kindless = new WeakMap<Policy, readonly PolicyRule[]>();
function kindlessRules(policy: Policy): readonly PolicyRule[] {
  let rules = kindless.get(policy);
  if (!rules) kindless.set(policy, (rules = policy.rules.filter((r) => !r.when.kinds)));
  return rules;
}

/** A condition list matches when absent, or when it holds the value (`unknown` stands for an absent value). */
function inList(list: readonly string[] | undefined, value: string | undefined): boolean {
  return !list || list.includes(value ?? 'unknown');
}

function renderText(text: string, values: { senderName: string; recipientName: string; detail: string }): string {
  return text.replace(/\{(senderName|recipientName|detail)\}/g, (_, k: keyof typeof values) => values[k]);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Lower case, curly apostrophes straightened, so word lists can be written plainly. */
function foldForWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

const wordCache = new WeakMap<Policy, Map<string, RegExp>>();

/** One regex per word list: whole words or phrases, any run of spaces between a phrase's words. */
function wordsRegex(policy: Policy, name: string): RegExp {
  let perPolicy = wordCache.get(policy);
  if (!perPolicy) wordCache.set(policy, (perPolicy = new Map()));
  let re = perPolicy.get(name);
  if (!re) {
    const words = policy.wordLists[name] ?? [];
    const alternatives = words.map((w) => w.trim().split(/\s+/).map(escapeRegex).join('\\s+'));
    re = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u') : /(?!)/;
    perPolicy.set(name, re);
  }
  return re;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
