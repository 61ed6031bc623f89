import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { decide } from './decide.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { parsePolicy } from './load-policy.js';
import { queuePriority, type PriorityInput } from './priority.js';
import type { Finding } from '../engine/types.js';

const finding = (kind: Finding['kind'], score = 0.95): Finding => ({ kind, detector: 't', start: 0, end: 1, text: 'x', score, why: [] });

/**
 * A fixed set of holds, each decided by the default policy with its context (severity from the
 * policy, then the queue priority). The expected order is the one a safeguarding lead would work in.
 */
const HOLDS: { name: string; findings: Finding[]; input: Omit<PriorityInput, 'severity'> }[] = [
  {
    name: "first-time parent's email to a tutor",
    findings: [finding('email')],
    input: { senderRole: 'parent', recipientRole: 'tutor', studentAge: '13-17', stage: 'enquiry', standing: { points: 0, level: 'none' } },
  },
  {
    // "no need to tell her, it's our little study club on discord": nothing caught, held by the ladder.
    name: 'suspended tutor to an under-13, nothing caught',
    findings: [],
    input: { senderRole: 'tutor', recipientRole: 'student', studentAge: 'under13', stage: 'booked', standing: { points: 11, level: 'suspended' } },
  },
  {
    name: 'tutor in good standing gives a 15-year-old a phone number',
    findings: [finding('phone')],
    input: { senderRole: 'tutor', recipientRole: 'student', studentAge: '13-17', stage: 'booked', standing: { points: 0, level: 'none' } },
  },
  {
    name: 'parent proposes paying cash',
    findings: [finding('payment')],
    input: { senderRole: 'parent', recipientRole: 'tutor', studentAge: 'under13', stage: 'booked', standing: { points: 0, level: 'none' } },
  },
  {
    name: 'tutor moves a 15-year-old\'s lessons to Zoom through the parent',
    findings: [finding('platform')],
    input: { senderRole: 'tutor', recipientRole: 'parent', studentAge: '13-17', stage: 'booked', standing: { points: 0, level: 'none' } },
  },
];

function ranked(policy = DEFAULT_POLICY) {
  return HOLDS.map((h) => {
    const d = decide(h.findings, { ...h.input, senderRole: h.input.senderRole as 'tutor' }, policy);
    return { name: h.name, action: d.action, concern: d.concern, severity: d.severity, ...queuePriority({ ...h.input, severity: d.severity }, policy) };
  }).sort((a, b) => b.priority - a.priority);
}

test('queue order for a fixed set of holds: a suspended tutor to an under-13 comes before a first-time parent’s email', () => {
  const order = ranked();
  assert.deepEqual(
    order.map((o) => o.name),
    [
      'suspended tutor to an under-13, nothing caught',
      'tutor in good standing gives a 15-year-old a phone number',
      "tutor moves a 15-year-old's lessons to Zoom through the parent",
      'parent proposes paying cash',
      "first-time parent's email to a tutor",
    ],
    JSON.stringify(order.map((o) => [o.name, o.severity, o.priority])),
  );
  const suspended = order[0];
  assert.equal(suspended.action, 'hold');
  assert.equal(suspended.concern, 'safeguarding');
  assert.ok(suspended.severity <= 40, 'the message alone is not severe: the order comes from who sends it to whom');
  assert.ok(suspended.parts.some((p) => /suspended/.test(p.label)) && suspended.parts.some((p) => /under 13/.test(p.label)));
  const parent = order.at(-1)!;
  assert.ok(suspended.priority > parent.priority);
});

test('every part of the priority has plain words and points that sum to the priority', () => {
  for (const o of ranked()) {
    assert.equal(o.parts.reduce((n, p) => n + p.points, 0), o.priority);
    for (const p of o.parts) assert.ok(p.label.length > 3 && Number.isFinite(p.points));
  }
});

test('conversation risk is an input of its own: 0..1, scaled by the policy, absent adds nothing', () => {
  const base = { severity: 50, senderRole: 'tutor', recipientRole: 'student', studentAge: '13-17' as const };
  const none = queuePriority(base).priority;
  assert.equal(queuePriority({ ...base, conversationRisk: 0 }).priority, none);
  assert.equal(queuePriority({ ...base, conversationRisk: 1 }).priority, none + DEFAULT_POLICY.priority.conversationRisk);
  assert.equal(queuePriority({ ...base, conversationRisk: 7 }).priority, none + DEFAULT_POLICY.priority.conversationRisk, 'clamped to 1');
  assert.ok(queuePriority({ ...base, conversationRisk: 1 }).parts.some((p) => /safeguarding cues/.test(p.label)));
});

test('the policy file sets the weights and the review settings; absent sections take the defaults', () => {
  const text = `version: 1
review: { safeguardingRelease: lead_or_four_eyes, holdAfterDeliveredFragments: true }
priority: { standing: { suspended: 90 }, studentAge: { under13: 0 } }
templates: { t: { text: hi } }
rules: [{ id: r, when: { kinds: [phone] }, then: { action: hold, reason: x, nudge: t } }]
`;
  const p = parsePolicy(text);
  assert.equal(p.review.safeguardingRelease, 'lead_or_four_eyes');
  assert.equal(p.review.holdAfterDeliveredFragments, true);
  assert.equal(p.priority.standing.suspended, 90);
  assert.equal(p.priority.standing.warned, 10, 'unnamed levels keep their default');
  assert.equal(p.priority.studentAge.under13, 0);
  assert.equal(DEFAULT_POLICY.review.safeguardingRelease, 'lead');
  assert.throws(() => parsePolicy(text.replace('lead_or_four_eyes', 'anyone')), /safeguardingRelease/);
});

test('holdAfterDeliveredFragments: with an open hold of assembled fragments, the sender’s next clean message is held, told why', () => {
  const on = parsePolicy(`version: 1
review: { holdAfterDeliveredFragments: true }
templates: { t: { text: hi } }
rules: [{ id: r, when: { kinds: [phone] }, then: { action: hold, reason: x, nudge: t } }]
`);
  const ctx = { senderRole: 'tutor' as const, recipientRole: 'student' as const, openFragmentHold: 'safeguarding' as const };
  const d = decide([], ctx, on);
  assert.equal(d.action, 'hold');
  assert.equal(d.concern, 'safeguarding');
  assert.ok(d.reasons.some((r) => r.rule === 'review:delivered-fragments'));
  assert.ok(d.nudge && /held/.test(d.nudge.text));
  assert.equal(decide([], { ...ctx, openFragmentHold: undefined }, on).action, 'allow');
  assert.equal(decide([], ctx, DEFAULT_POLICY).action, 'allow', 'off in the default policy');
});
