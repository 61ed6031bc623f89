import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueWeight, RISK_HALF_LIFE_MS, updateRisk } from './conversation-risk.js';
import type { CueFinding } from './types.js';

const cue = (score: number): CueFinding => ({ kind: 'safeguarding', cue: 'secrecy', detector: 'model', start: 0, end: 3, text: 'abc', score, why: [] });
const at = (ms: number) => ({ id: `m${ms}`, sentAt: new Date(ms).toISOString(), at: ms });

test('no cue, no risk: an ordinary conversation carries no risk state at all', () => {
  assert.equal(updateRisk(undefined, [], at(0), { senderRole: 'tutor' }), undefined);
});

test('an adult to a child weighs more than a student to a tutor, and more than an adult learner', () => {
  const tutorToChild = cueWeight({ senderRole: 'tutor', studentAge: 'under13', stage: 'booked' });
  assert.ok(tutorToChild > cueWeight({ senderRole: 'student', studentAge: 'under13', stage: 'booked' }));
  assert.ok(tutorToChild > cueWeight({ senderRole: 'tutor', studentAge: 'adult', stage: 'booked' }));
  // Unknown age counts as a possible child, not as an adult.
  assert.ok(cueWeight({ senderRole: 'tutor' }) > cueWeight({ senderRole: 'tutor', studentAge: 'adult' }));
});

test('cues accumulate: three strong cues from a tutor to a child pass a risk one cue does not', () => {
  const ctx = { senderRole: 'tutor', studentAge: 'under13', stage: 'booked' };
  const one = updateRisk(undefined, [cue(0.9)], at(0), ctx)!;
  let r = one;
  for (let i = 1; i < 3; i++) r = updateRisk(r, [cue(0.9)], at(i * 60_000), ctx)!;
  assert.ok(r.score > one.score);
  assert.ok(r.score > 0.85 && one.score < 0.6, `${one.score} → ${r.score}`);
  assert.deepEqual(r.evidence.map((e) => e.messageId), ['m0', 'm60000', 'm120000']);
});

test('risk decays with time: half after one half-life, and a message with no cue keeps it decaying', () => {
  const ctx = { senderRole: 'tutor', studentAge: '13-17' };
  const r0 = updateRisk(undefined, [cue(0.8)], at(0), ctx)!;
  const r1 = updateRisk(r0, [], at(RISK_HALF_LIFE_MS), ctx)!;
  assert.ok(Math.abs(r1.raw - r0.raw / 2) < 1e-3);
  assert.equal(r1.evidence.length, 1);
});
