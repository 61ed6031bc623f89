import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { KINDS, type Finding, type Kind } from '../engine/types.js';
import { decide } from './decide.js';
import { contextFromLine, decideForLine } from './decide-for-line.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { parsePolicy } from './load-policy.js';
import { PolicyError } from './policy-error.js';
import { ACTIONS, AGE_BANDS, ROLES, STAGES, type DecisionContext } from './types.js';

const policy = DEFAULT_POLICY;
const rank = (a: string) => ACTIONS.indexOf(a as (typeof ACTIONS)[number]);
const finding = (kind: Kind, score: number): Finding => ({ kind, detector: 'prop', start: 0, end: 1, text: 'x', score, why: [] });

const arbFinding = fc.record({ kind: fc.constantFrom(...KINDS), score: fc.double({ min: 0, max: 1, noNaN: true }) }).map((f) => finding(f.kind, f.score));
const arbContext: fc.Arbitrary<DecisionContext> = fc.record(
  {
    senderRole: fc.constantFrom(...ROLES),
    recipientRole: fc.constantFrom(...ROLES),
    studentAge: fc.constantFrom(...AGE_BANDS),
    stage: fc.constantFrom(...STAGES),
    standing: fc.record({ points: fc.double({ min: 0, max: 20, noNaN: true }), level: fc.constant('') }),
    text: fc.constantFrom('', 'the video keeps freezing', 'see you soon', 'my mic is not working'),
  },
  { requiredKeys: ['senderRole'] },
);

test('any findings and context: a decision that explains itself, never a throw', () => {
  fc.assert(
    fc.property(fc.array(arbFinding, { maxLength: 5 }), arbContext, (findings, ctx) => {
      const d = decide(findings, ctx, policy);
      assert.ok(ACTIONS.includes(d.action));
      assert.ok(d.severity >= 0 && d.severity <= 100);
      if (d.action === 'allow') assert.equal(d.nudge, null);
      else {
        assert.ok(d.nudge && !/\{\w+\}/.test(d.nudge.text));
        assert.ok(d.reasons.length > 0 && d.concern !== null);
      }
      const ruleIds = new Set(policy.rules.map((r) => r.id));
      for (const r of d.reasons) assert.ok(ruleIds.has(r.rule) || r.rule.startsWith('escalation:'), r.rule);
    }),
  );
});

test('another finding never makes the action milder; a worse standing never does either', () => {
  fc.assert(
    fc.property(fc.array(arbFinding, { maxLength: 4 }), arbFinding, arbContext, (findings, extra, ctx) => {
      const base = decide(findings, ctx, policy);
      assert.ok(rank(decide([...findings, extra], ctx, policy).action) >= rank(base.action));
      const worse = { ...ctx, standing: { points: (ctx.standing?.points ?? 0) + 5, level: '' } };
      assert.ok(rank(decide(findings, worse, policy).action) >= rank(base.action));
    }),
  );
});

test("moderators' and the platform's messages are always delivered as written", () => {
  fc.assert(
    fc.property(fc.array(arbFinding, { maxLength: 5 }), arbContext, fc.constantFrom('moderator', 'platform' as const), (findings, ctx, role) => {
      assert.equal(decide(findings, { ...ctx, senderRole: role }, policy).action, 'allow');
    }),
  );
});

test('a standing level name not in the ladder is read from the points', () => {
  const top = policy.escalation[policy.escalation.length - 1];
  const d = decide([], { senderRole: 'tutor', standing: { points: top.minPoints, level: 'from-another-policy' } }, policy);
  assert.equal(d.action, top.onClean ?? 'allow');
});

test('a words condition needs the text: without it the tech-support route is not assumed', () => {
  const zoom = [finding('platform', 0.9)];
  const withText = decide(zoom, { senderRole: 'parent', recipientRole: 'tutor', text: 'the audio keeps cutting out, zoom?' }, policy);
  const without = decide(zoom, { senderRole: 'parent', recipientRole: 'tutor' }, policy);
  assert.equal(withText.nudge?.id, 'tech-support');
  assert.notEqual(without.nudge?.id, 'tech-support');
  assert.equal(without.action, 'redact');
});

test('a strike is added for every non-allow decision of the default policy, weighted by severity', () => {
  const light = decide([finding('request', 0.9)], { senderRole: 'parent', recipientRole: 'tutor' }, policy);
  const heavy = decide([finding('phone', 0.95)], { senderRole: 'tutor', recipientRole: 'student', studentAge: 'under13' }, policy);
  assert.ok(light.strike && heavy.strike);
  assert.ok(heavy.strike.weight > light.strike.weight);
  assert.ok(heavy.severity > light.severity);
});

test('a rule can set its own strike, including none', () => {
  const p = parsePolicy(`
version: 1
templates: { n: { text: "Hi {senderName}, we removed the {detail}." } }
rules:
  - { id: gentle, when: { kinds: [request] }, then: { action: warn, reason: Someone asked for contact details., nudge: n, strike: 0 } }
  - { id: harsh, when: { kinds: [phone] }, then: { action: hold, reason: A phone number was held., nudge: n, strike: 7 } }
`);
  assert.equal(decide([finding('request', 0.9)], { senderRole: 'parent' }, p).strike, null);
  assert.equal(decide([finding('phone', 0.9)], { senderRole: 'parent' }, p).strike?.weight, 7);
});

test('decideForLine reads the scan input fields and rejects bad values with their field name', () => {
  const line = { text: 'ring 07700 900123', sender_role: 'tutor', recipient_role: 'student', student_age: '13-17', stage: 'booked' };
  const f = { ...finding('phone', 0.95), start: 5, end: 17, text: '07700 900123' };
  const out = decideForLine({ findings: [f] }, line, policy);
  assert.equal(out.action, 'hold');
  assert.equal(out.concern, 'safeguarding');
  assert.equal(out.redacted, null);
  assert.equal(decideForLine({ findings: [f] }, { ...line, sender_role: 'parent', recipient_role: 'tutor' }, policy).redacted, 'ring [phone removed]');
  assert.equal(contextFromLine({ text: 'x' }).senderRole, 'parent');
  try {
    contextFromLine({ text: 'x', sender_role: 'teacher', student_age: '12' });
    assert.fail('expected a PolicyError');
  } catch (e) {
    assert.ok(e instanceof PolicyError && e.code === 'context_invalid');
    assert.deepEqual(e.issues.map((i) => i.path).sort(), ['sender_role', 'student_age']);
  }
});
