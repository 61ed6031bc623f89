import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEFAULT_POLICY } from './default-policy.js';
import { parsePolicy } from './load-policy.js';
import { decayFactor, levelFor, standing, strikeWeight } from './strikes.js';

const policy = DEFAULT_POLICY;
const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const window = policy.strikes.windowDays;

test('a strike fades linearly: full when new, half at half the window, nothing at the end', () => {
  const w = 4;
  assert.equal(standing([{ weight: w, at: daysAgo(0) }], NOW, policy).points, w);
  assert.equal(standing([{ weight: w, at: daysAgo(window / 2) }], NOW, policy).points, w / 2);
  assert.equal(standing([{ weight: w, at: daysAgo(window) }], NOW, policy).points, 0);
  assert.equal(standing([{ weight: w, at: daysAgo(window * 3) }], NOW, policy).points, 0);
});

test('points only go down as time passes', () => {
  const strikes = [{ weight: 3, at: daysAgo(10) }, { weight: 1, at: daysAgo(40) }];
  let last = Infinity;
  for (let d = 0; d <= window + 10; d += 5) {
    const p = standing(strikes, new Date(NOW.getTime() + d * 86_400_000), policy).points;
    assert.ok(p <= last, `points rose from ${last} to ${p} after ${d} days`);
    last = p;
  }
  assert.equal(last, 0);
});

test('removed strikes, bad dates and non-positive weights count for nothing; future strikes count in full', () => {
  assert.equal(standing([{ weight: 5, at: daysAgo(1), removed: true }], NOW, policy).points, 0);
  assert.equal(standing([{ weight: 5, at: 'not a date' }], NOW, policy).points, 0);
  assert.equal(standing([{ weight: -2, at: daysAgo(1) }], NOW, policy).points, 0);
  assert.equal(standing([{ weight: 2, at: daysAgo(-3) }], NOW, policy).points, 2);
});

test('the level is the highest rung of the ladder reached', () => {
  const ladder = policy.escalation;
  assert.equal(levelFor(0, policy), 'none');
  for (let i = 0; i < ladder.length; i++) {
    assert.equal(levelFor(ladder[i].minPoints, policy), ladder[i].level);
    assert.equal(levelFor(ladder[i].minPoints - 0.01, policy), i === 0 ? 'none' : ladder[i - 1].level);
  }
  const s = standing([{ weight: ladder[0].minPoints, at: daysAgo(0) }], NOW, policy);
  assert.equal(s.level, ladder[0].level);
});

test('strike weight grows with severity', () => {
  let last = 0;
  for (let sev = 0; sev <= 100; sev += 5) {
    const w = strikeWeight(sev, policy);
    assert.ok(w >= last, `weight fell at severity ${sev}`);
    last = w;
  }
  assert.equal(strikeWeight(0, policy), 0);
});

test('exponential decay halves a strike every third of the window and still ends at the window', () => {
  const exp = parsePolicy(`
version: 1
strikes: { windowDays: 90, decay: exponential }
templates: { n: { text: "Hi" } }
rules: [ { id: r, when: { kinds: [phone] }, then: { action: redact, reason: A number was removed., nudge: n } } ]
`);
  assert.equal(decayFactor(0, exp), 1);
  assert.ok(Math.abs(decayFactor(30, exp) - 0.5) < 1e-9);
  assert.ok(decayFactor(89, exp) > 0);
  assert.equal(decayFactor(90, exp), 0);
});
