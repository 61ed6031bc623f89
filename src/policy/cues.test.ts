import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { cueRouting, cueWords, CUE_WORDS } from './cues.js';
import { decide } from './decide.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { parsePolicy, safeParsePolicy } from './load-policy.js';
import { queuePriority } from './priority.js';
import { CUES } from '../engine/types.js';
import { scan } from '../engine/scan.js';

const withCues = (yaml: string) => parsePolicy(`version: 1\ntemplates: { t: { text: hi } }\nrules: [{ id: r, then: { action: allow, reason: ok } }]\n${yaml}`, 'yaml');

test('cue routing: a conversation is flagged once, when its risk crosses the threshold', () => {
  assert.equal(DEFAULT_POLICY.safeguardingCues.routeThreshold, 0.5);
  assert.equal(cueRouting({ before: 0.3, after: 0.55, cues: 1, openFlag: false }), 'open');
  assert.equal(cueRouting({ before: undefined, after: 0.5, cues: 2, openFlag: false }), 'open');
  // Below the threshold: nothing.
  assert.equal(cueRouting({ before: 0.1, after: 0.3, cues: 1, openFlag: false }), 'none');
  // Already above (its flag was closed): no new flag on every later message.
  assert.equal(cueRouting({ before: 0.6, after: 0.7, cues: 1, openFlag: false }), 'none');
  // An open flag: later cue messages attach to it; messages without cues do not.
  assert.equal(cueRouting({ before: 0.6, after: 0.7, cues: 1, openFlag: true }), 'attach');
  assert.equal(cueRouting({ before: 0.6, after: 0.59, cues: 0, openFlag: true }), 'none');
});

test('cue routing: the threshold comes from the policy file, and is checked', () => {
  const p = withCues('safeguardingCues: { routeThreshold: 0.8 }');
  assert.equal(p.safeguardingCues.routeThreshold, 0.8);
  assert.equal(cueRouting({ before: 0.3, after: 0.7, cues: 1, openFlag: false }, p), 'none');
  assert.equal(cueRouting({ before: 0.7, after: 0.85, cues: 1, openFlag: false }, p), 'open');
  assert.equal(withCues('').safeguardingCues.routeThreshold, 0.5);
  for (const bad of ['safeguardingCues: { routeThreshold: 1.5 }', 'safeguardingCues: { routeThreshold: 0 }', 'safeguardingCues: { threshold: 0.5 }']) {
    const r = safeParsePolicy(`version: 1\ntemplates: { t: { text: hi } }\nrules: [{ id: r, then: { action: allow, reason: ok } }]\n${bad}`, 'yaml');
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.ok(r.error.issues.some((i) => i.path.startsWith('safeguardingCues')), bad);
  }
});

test('cues never block and are never named to the sender: decide sees only contact findings', () => {
  const text = "no need to tell your mum, it's our little secret";
  const result = scan(text);
  const d = decide(result.findings, { text, senderRole: 'tutor', recipientRole: 'student', studentAge: 'under13', stage: 'booked' });
  assert.notEqual(d.action, 'block');
  assert.notEqual(d.action, 'hold');
  const said = JSON.stringify([d.nudge ?? null, d.reasons]).toLowerCase();
  for (const cue of CUES) assert.ok(!said.includes(cue.replace(/_/g, ' ')) && !said.includes(cue), cue);
  assert.ok(!/secre|grooming|safeguarding cue/.test(said), said);
});

test('the conversation risk sorts a hold: risk × the policy weight', () => {
  const base = { severity: 30, senderRole: 'tutor', recipientRole: 'student', studentAge: 'under13' as const };
  const none = queuePriority(base).priority;
  const high = queuePriority({ ...base, conversationRisk: 0.75 });
  assert.equal(high.priority - none, 30);
  assert.ok(high.parts.some((p) => p.label === 'safeguarding cues in the conversation' && p.points === 30));
});

test('every cue has plain words', () => {
  for (const cue of CUES) assert.ok(CUE_WORDS[cue] && !CUE_WORDS[cue].includes('_'), cue);
  assert.equal(cueWords('something_new'), 'something new');
});
