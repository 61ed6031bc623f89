/**
 * The decision table (test/fixtures/decisions.jsonl) against the default policy, plus the default
 * policy on the development corpus.
 *
 * Each fixture row gives a context (the scan CLI's snake_case input fields), a message, explicit
 * findings (kind, score and the text they cover) and the expected action, concern, nudge id and
 * deciding rule. Every row is tested twice:
 *  1. on its explicit findings, so the table does not depend on detector quality (always asserted);
 *  2. on the real engine's findings for the text: asserted when the engine finds exactly the row's
 *     kinds, otherwise skipped with a visible message (detectors are being improved concurrently).
 *     Rows without findings are must-not-match cases: the engine finding anything there fails.
 * Every decision must explain itself: plain-words reasons, a nudge without unfilled placeholders.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { emptyConversationState, scanInConversation } from '../src/engine/conversation.js';
import { scan } from '../src/engine/scan.js';
import type { Finding, Kind } from '../src/engine/types.js';
import { readShared, TUTORING_SETS, type LabelledConversation, type LabelledMessage } from '../src/eval/datasets.js';
import {
  contextFromLine,
  decide,
  deliveredText,
  DEFAULT_POLICY,
  engineConfigFromPolicy,
  standing,
  type Decision,
  type DecisionContext,
  type LineContext,
} from '../src/policy/index.js';

interface Row {
  id: string;
  why: string;
  context: Omit<LineContext, 'text'>;
  text: string;
  strikes?: { weight: number; days_ago: number; removed?: boolean }[];
  /** `attachment`: the finding was read from that attachment (its text is the attachment's, not the message's). */
  findings: { kind: Kind; score: number; text?: string; attachment?: number }[];
  expect: {
    action: Decision['action'];
    concern: Decision['concern'];
    nudge: string | null;
    suggestion?: string | null;
    rule?: string;
    tips?: string[];
    detail?: string;
    names?: string[];
    delivered?: string | null;
    level?: string;
  };
}

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(here, 'fixtures', 'decisions.jsonl');
const NOW = new Date('2026-06-01T12:00:00Z');
const policy = DEFAULT_POLICY;
const engineConfig = engineConfigFromPolicy(policy);

const rows: { line: number; row: Row }[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .map((text, i) => ({ text, line: i + 1 }))
  .filter(({ text }) => text.trim() && !text.trimStart().startsWith('//'))
  .map(({ text, line }) => ({ line, row: JSON.parse(text) as Row }));

/** Explicit findings of a row, with spans located in the text (whole text when no `text` is given). */
function explicitFindings(row: Row): Finding[] {
  return row.findings.map((f) => {
    if (f.attachment !== undefined) {
      const text = f.text ?? '';
      return { kind: f.kind, detector: 'fixture', start: 0, end: text.length, text, score: f.score, why: ['fixture'], attachment: f.attachment, source: 'ocr' as const };
    }
    const start = f.text === undefined ? 0 : row.text.indexOf(f.text);
    assert.ok(start >= 0, `fixture ${row.id}: finding text ${JSON.stringify(f.text)} is not in the message`);
    const end = f.text === undefined ? row.text.length : start + f.text.length;
    return { kind: f.kind, detector: 'fixture', start, end, text: row.text.slice(start, end), score: f.score, why: ['fixture'] };
  });
}

function contextOf(row: Row): DecisionContext {
  const ctx = contextFromLine({ ...row.context, text: row.text });
  if (row.strikes) {
    const strikes = row.strikes.map((s) => ({ weight: s.weight, removed: s.removed, at: new Date(NOW.getTime() - s.days_ago * 86_400_000) }));
    ctx.standing = standing(strikes, NOW, policy);
  }
  return ctx;
}

const PLACEHOLDER = /\{[A-Za-z]+\}/;

/** A decision explains itself in plain words, and its parts agree with each other. */
function assertExplainsItself(d: Decision, where: string): void {
  assert.ok(d.severity >= 0 && d.severity <= 100, `${where}: severity ${d.severity} out of 0..100`);
  for (const r of d.reasons) {
    assert.ok(r.rule.length > 0, `${where}: a reason without a rule id`);
    assert.ok(r.text.trim().split(/\s+/).length >= 5, `${where}: reason ${r.rule} is not plain words: ${r.text}`);
    assert.ok(!PLACEHOLDER.test(r.text), `${where}: reason ${r.rule} has an unfilled placeholder: ${r.text}`);
  }
  if (d.action === 'allow') {
    assert.equal(d.nudge, null, `${where}: an allowed message nudges nobody`);
    assert.equal(d.concern, null, `${where}: an allowed message is in no queue`);
    assert.equal(d.strike, null, `${where}: an allowed message adds no strike`);
    return;
  }
  assert.ok(d.reasons.length > 0, `${where}: ${d.action} without a reason`);
  assert.ok(d.nudge, `${where}: the sender must be told (never silently)`);
  assert.ok(d.nudge.text.length > 60 && !PLACEHOLDER.test(d.nudge.text), `${where}: nudge ${d.nudge.id} is empty or has a placeholder: ${d.nudge.text}`);
  assert.ok(d.concern === 'safeguarding' || d.concern === 'leakage', `${where}: no concern for ${d.action}`);
  for (const n of [d.recipientSuggestion, ...(d.tips ?? [])]) {
    if (n) assert.ok(!PLACEHOLDER.test(n.text), `${where}: ${n.id} has an unfilled placeholder`);
  }
  if (d.recipientSuggestion) assert.ok(d.action === 'warn' || d.action === 'redact', `${where}: a suggestion for a message the recipient never sees`);
  if (d.strike) assert.ok(d.strike.weight > 0 && d.strike.reason, `${where}: a strike needs a weight and a reason`);
}

function assertExpected(d: Decision, row: Row, where: string, findings: Finding[], exactSpans = true): void {
  const e = row.expect;
  assert.equal(d.action, e.action, `${where}: action (${row.why})`);
  assert.equal(d.concern, e.concern, `${where}: concern (${row.why})`);
  assert.equal(d.nudge?.id ?? null, e.nudge, `${where}: nudge (${row.why})`);
  assert.equal(d.recipientSuggestion?.id ?? null, e.suggestion ?? null, `${where}: recipient suggestion (${row.why})`);
  if (e.rule) assert.equal(d.reasons[0]?.rule, e.rule, `${where}: deciding rule (${row.why})`);
  for (const tip of e.tips ?? []) assert.ok(d.tips?.some((t) => t.id === tip), `${where}: tip ${tip} missing`);
  if (e.detail) assert.ok(d.nudge?.text.includes(e.detail), `${where}: the nudge should name the ${e.detail}: ${d.nudge?.text}`);
  if (e.detail && d.recipientSuggestion) assert.ok(d.recipientSuggestion.text.includes(e.detail), `${where}: the suggested reply should name the ${e.detail}`);
  for (const name of e.names ?? []) {
    assert.ok(d.nudge?.text.includes(name), `${where}: the nudge should greet ${name}`);
    if (d.recipientSuggestion) assert.ok(d.recipientSuggestion.text.includes(name), `${where}: the suggested reply should greet ${name}`);
  }
  // The engine's spans may be wider or narrower than the fixture's, so exact text is checked on fixture spans only.
  if ('delivered' in e && exactSpans) assert.equal(deliveredText(row.text, findings, d, policy), e.delivered, `${where}: what the recipient sees`);
  const delivered = deliveredText(row.text, findings, d, policy);
  if (d.action === 'hold' || d.action === 'block') assert.equal(delivered, null, `${where}: a ${d.action} delivers nothing`);
  else assert.equal(typeof delivered, 'string', `${where}: ${d.action} delivers the message`);
}

for (const { line, row } of rows) {
  const where = `decisions.jsonl:${line} ${row.id}`;
  test(`${where} (explicit findings)`, () => {
    const ctx = contextOf(row);
    if (row.expect.level) assert.equal(ctx.standing?.level ?? 'none', row.expect.level, `${where}: standing level`);
    const findings = explicitFindings(row);
    const d = decide(findings, ctx, policy);
    assertExplainsItself(d, where);
    assertExpected(d, row, where, findings);
  });

  test(`${where} (scanned by the engine)`, (t) => {
    const found = scan(row.text, { config: engineConfig }).findings.filter((f) => f.score >= policy.thresholds.report);
    const foundKinds = [...new Set(found.map((f) => f.kind))].sort();
    const wantKinds = [...new Set(row.findings.filter((f) => f.score >= policy.thresholds.report).map((f) => f.kind))].sort();
    if (wantKinds.length === 0) {
      // A must-not-match row: the engine must find nothing that the policy would act on.
      assert.deepEqual(foundKinds, [], `${where}: the engine finds ${foundKinds.join(', ')} in a clean message`);
    } else if (foundKinds.join() !== wantKinds.join()) {
      t.skip(`engine finds [${foundKinds.join(', ')}], the row is about [${wantKinds.join(', ')}]`);
      return;
    }
    const d = decide(found, contextOf(row), policy);
    assertExplainsItself(d, where);
    // Scores differ from the fixture's, so only rows whose decision does not hinge on a threshold are compared in full.
    assert.equal(d.action === 'allow', row.expect.action === 'allow', `${where}: allowed or not`);
    if (found.every((f) => f.score >= (policy.thresholds.hold ?? 0)) === row.findings.every((f) => f.score >= (policy.thresholds.hold ?? 0))) {
      assertExpected(d, row, `${where} (scanned)`, found, false);
    }
  });
}

test('the table covers every rule, template and escalation level of the default policy', () => {
  const decisions = rows.map(({ row }) => decide(explicitFindings(row), contextOf(row), policy));
  const rulesSeen = new Set(decisions.flatMap((d) => d.reasons.map((r) => r.rule)));
  for (const rule of policy.rules) assert.ok(rulesSeen.has(rule.id), `no fixture row applies rule ${rule.id}`);
  const decidingSeen = new Set(rows.map(({ row }) => row.expect.rule));
  for (const rule of policy.rules) assert.ok(decidingSeen.has(rule.id), `no fixture row where rule ${rule.id} decides`);
  const templatesSeen = new Set(decisions.flatMap((d) => [d.nudge?.id, d.recipientSuggestion?.id, ...(d.tips ?? []).map((t) => t.id)]));
  for (const id of Object.keys(policy.templates)) assert.ok(templatesSeen.has(id), `no fixture row uses template ${id}`);
  for (const level of policy.escalation) {
    assert.ok(rows.some(({ row }) => row.expect.level === level.level), `no fixture row for escalation level ${level.level}`);
  }
  const combos = new Set(rows.map(({ row }) => `${row.context.sender_role}`));
  for (const role of ['tutor', 'parent', 'student', 'moderator', 'platform']) assert.ok(combos.has(role), `no row for sender ${role}`);
  const ages = new Set(rows.map(({ row }) => row.context.student_age ?? 'unknown'));
  for (const age of ['under13', '13-17', 'adult', 'unknown']) assert.ok(ages.has(age), `no row for student age ${age}`);
  const stages = new Set(rows.map(({ row }) => row.context.stage ?? 'unknown'));
  for (const stage of ['enquiry', 'booked', 'ended', 'unknown']) assert.ok(stages.has(stage), `no row for stage ${stage}`);
});

test('the default policy on the development corpus: no positive with findings is allowed, at most 1% of negatives held or blocked', (t) => {
  const corpus = readShared<LabelledMessage>('corpus/messages.jsonl');
  if (!corpus) {
    if (process.env.CHAPERONE_REQUIRE_SHARED === '1') assert.fail('shared corpus/messages.jsonl not found and CHAPERONE_REQUIRE_SHARED=1');
    t.skip('shared corpus not found (set CHAPERONE_SHARED or put shared/ beside the repository)');
    return;
  }
  const allowedPositives: string[] = [];
  const heldNegatives: string[] = [];
  const counts = { positives: 0, positivesWithFindings: 0, negatives: 0, negativesWithFindings: 0 };
  const actions: Record<string, Record<string, number>> = { positive: {}, negative: {} };
  for (const m of corpus) {
    if (m.label !== 'positive' && m.label !== 'negative') continue;
    const { findings } = scan(m.text, { config: engineConfig });
    // The corpus gives only the sender's role; everything else is unknown, as on a first message.
    const d = decide(findings, contextFromLine({ text: m.text, sender_role: m.sender_role }), policy);
    actions[m.label][d.action] = (actions[m.label][d.action] ?? 0) + 1;
    if (m.label === 'positive') {
      counts.positives++;
      if (findings.length) counts.positivesWithFindings++;
      if (findings.length && d.action === 'allow') allowedPositives.push(m.id);
    } else {
      counts.negatives++;
      if (findings.length) counts.negativesWithFindings++;
      if (d.action === 'hold' || d.action === 'block') heldNegatives.push(`${m.id} [${[...new Set(findings.map((f) => f.kind))].join(',')}]`);
    }
  }
  t.diagnostic(`positives ${counts.positives} (with findings ${counts.positivesWithFindings}), negatives ${counts.negatives} (with findings ${counts.negativesWithFindings})`);
  t.diagnostic(`actions on positives ${JSON.stringify(actions.positive)}; on negatives ${JSON.stringify(actions.negative)}`);
  t.diagnostic(`positives with findings allowed: ${allowedPositives.length}; negatives held or blocked: ${heldNegatives.length}`);
  assert.deepEqual(allowedPositives, [], 'positives with findings must never be allowed');
  // Issue 13's budget for the development set: at most 1% of negatives flagged (here: held or blocked).
  assert.ok(heldNegatives.length <= counts.negatives * 0.01, `negatives held or blocked: ${heldNegatives.join(', ')}`);
});

test('the default policy on the development conversations: no message with findings is allowed, no negative conversation has a hold', (t) => {
  const conversations = readShared<LabelledConversation>('corpus/conversations.jsonl');
  if (!conversations) {
    if (process.env.CHAPERONE_REQUIRE_SHARED === '1') assert.fail('shared corpus/conversations.jsonl not found and CHAPERONE_REQUIRE_SHARED=1');
    t.skip('shared corpus not found (set CHAPERONE_SHARED or put shared/ beside the repository)');
    return;
  }
  const allowedWithFindings: string[] = [];
  const heldNegatives: string[] = [];
  let positives = 0;
  let positivesActedOn = 0;
  for (const c of conversations) {
    let state = emptyConversationState();
    let actedOn = false;
    c.messages.forEach((m, i) => {
      const { result, state: next } = scanInConversation(state, { id: String(i), text: m.text, senderRole: m.sender_role });
      state = next;
      const d = decide(result.findings, contextFromLine({ text: m.text, sender_role: m.sender_role }), policy);
      if (d.action !== 'allow') actedOn = true;
      if (result.findings.length && d.action === 'allow') allowedWithFindings.push(`${c.id}#${i}`);
      if (c.label === 'negative' && (d.action === 'hold' || d.action === 'block')) heldNegatives.push(`${c.id}#${i}`);
    });
    if (c.label === 'positive') {
      positives++;
      if (actedOn) positivesActedOn++;
    }
  }
  t.diagnostic(`positive conversations with at least one message acted on: ${positivesActedOn}/${positives}`);
  t.diagnostic(`messages with findings allowed: ${allowedWithFindings.length}; messages of negative conversations held or blocked: ${heldNegatives.length}`);
  assert.deepEqual(allowedWithFindings, [], 'a message with findings must never be allowed');
  assert.deepEqual(heldNegatives, [], 'negative conversations must never have a message held or blocked');
});

test('the default policy on real tutoring chat (MathDial, Bridge, CIMA negatives): at most 0.05% held or blocked', (t) => {
  let messages = 0;
  const held: string[] = [];
  for (const set of TUTORING_SETS) {
    const rows = readShared<{ id: string; text: string; label: string; role?: string }>(set);
    if (!rows) {
      if (process.env.CHAPERONE_REQUIRE_SHARED === '1') assert.fail(`shared ${set} not found and CHAPERONE_REQUIRE_SHARED=1`);
      t.diagnostic(`skipped ${set}: not found`);
      continue;
    }
    for (const r of rows) {
      if (r.label !== 'negative') continue;
      // Teachers are tutors; the word-problem statements and anything else are read as a student's.
      const role = r.role === 'teacher' || r.role === 'tutor' ? 'tutor' : 'student';
      messages++;
      const { findings } = scan(r.text, { config: engineConfig });
      if (!findings.length) continue;
      const d = decide(findings, contextFromLine({ text: r.text, sender_role: role }), policy);
      if (d.action === 'hold' || d.action === 'block') held.push(`${r.id} [${[...new Set(findings.map((f) => f.kind))].join(',')}]`);
    }
  }
  if (messages === 0) {
    t.skip('shared real tutoring data not found');
    return;
  }
  t.diagnostic(`real tutoring messages: ${messages}; held or blocked: ${held.length}`);
  // Issue 13's budget for real tutoring chat: at most 0.05% of messages flagged (here: held or blocked).
  assert.ok(held.length <= messages * 0.0005, `ordinary tutoring messages held or blocked: ${held.join(', ')}`);
});

test("the seed article's example: tech trouble as the reason to move to Zoom is never let through, and gets the Tech Support route", () => {
  const text = 'The video keeps freezing, shall we move to Zoom?';
  const { findings } = scan(text, { config: engineConfig });
  assert.ok(findings.some((f) => f.kind === 'platform'), JSON.stringify(findings));
  const cases = [
    { senderRole: 'tutor', recipientRole: 'student', studentAge: '13-17' },
    { senderRole: 'tutor', recipientRole: 'parent', studentAge: 'under13' },
    { senderRole: 'parent', recipientRole: 'tutor', studentAge: '13-17' },
    { senderRole: 'student', recipientRole: 'tutor', studentAge: 'adult' },
  ] as const;
  for (const c of cases) {
    const d = decide(findings, { ...c, stage: 'booked', text }, policy);
    assert.notEqual(d.action, 'allow', JSON.stringify(c));
    const route = [d.nudge?.id, ...(d.tips ?? []).map((t) => t.id)];
    assert.ok(route.includes('tech-support'), `${JSON.stringify(c)}: ${d.action} ${JSON.stringify(route)}`);
  }
});
