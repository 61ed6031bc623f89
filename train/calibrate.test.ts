import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseThreshold, fitPlatt } from './calibrate.js';
import { mulberry32 } from './prng.js';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

test('Platt scaling recovers a known calibration, even from large, saturated margins', () => {
  const rand = mulberry32(7);
  const z: number[] = [];
  const y: number[] = [];
  // True probability σ(0.25·z − 1) over margins spread ±30 (an overconfident model).
  for (let i = 0; i < 4000; i++) {
    const m = (rand() * 2 - 1) * 30;
    z.push(m);
    y.push(rand() < sigmoid(0.25 * m - 1) ? 1 : 0);
  }
  const [a, b] = fitPlatt(z, y, z.map(() => 1));
  assert.ok(Math.abs(a - 0.25) < 0.05, `a = ${a}`);
  assert.ok(Math.abs(b + 1) < 0.3, `b = ${b}`);
});

test('the threshold is the lowest that reaches the target precision', () => {
  const p = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.55, 0.52];
  const y = [1, 1, 1, 0, 1, 0, 0, 1];
  const c = chooseThreshold(p, y, 0.5, 0.8);
  assert.equal(c.threshold, 0.625); // at 0.6 two of six are negatives; at 0.625 one of five
  assert.ok(c.precision >= 0.8);
});
