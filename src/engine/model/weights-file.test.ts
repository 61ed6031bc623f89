import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeModel, encodeModel, quantiseColumns, quantiseRows, tensor } from './weights-file.js';

const header = { format: 'chaperone-linear' as const, featureVersion: 4, buckets: 4, labels: ['platform', 'request'], platt: [[1, 0], [1, 0]] as [number, number][], threshold: [0.5, 0.6] };

test('a weights file round-trips: header and tensors as written', () => {
  const w = quantiseColumns(Float32Array.from([0.5, -1, 0, 2, -0.25, 1, 0.125, -2]), 4, 2);
  const bias = Float32Array.from([-1, 0.5]);
  const m = decodeModel(encodeModel(header, [{ name: 'weights', data: w.q }, { name: 'scale', data: w.scale }, { name: 'bias', data: bias }]));
  assert.deepEqual(m.header.labels, header.labels);
  assert.deepEqual(m.header.threshold, header.threshold);
  assert.deepEqual(tensor(m, 'weights', Int8Array), w.q);
  assert.deepEqual(tensor(m, 'bias', Float32Array), bias);
});

test('quantisation keeps every weight within half a step of its scale', () => {
  const w = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 5)));
  for (const { q, scale, step } of [
    { ...quantiseRows(w, 8, 8), step: (i: number) => Math.floor(i / 8) },
    { ...quantiseColumns(w, 8, 8), step: (i: number) => i % 8 },
  ]) {
    for (let i = 0; i < w.length; i++) assert.ok(Math.abs(q[i]! * scale[step(i)]! - w[i]!) <= scale[step(i)]! / 2 + 1e-6, `weight ${i}`);
  }
});

test('encoding is deterministic: the same weights give the same bytes', () => {
  const t = [{ name: 'w1', data: Float32Array.from({ length: 8 }, (_, i) => Math.sin(i)) }];
  assert.deepEqual(encodeModel(header, t), encodeModel(header, t));
});

test('anything that is not a weights file is refused with a clear error', () => {
  assert.throws(() => decodeModel(new Uint8Array([1, 2, 3])), /not a Chaperone model file/);
  const good = encodeModel(header, [{ name: 'bias', data: new Float32Array(2) }]);
  assert.throws(() => decodeModel(good.subarray(0, good.length - 4)), /truncated/);
  assert.throws(() => tensor(decodeModel(good), 'weights', Int8Array), /lacks the weights tensor/);
});

test('a file read into a Node Buffer (a view of a larger pool) decodes the same', () => {
  const bytes = encodeModel(header, [{ name: 'bias', data: Float32Array.from([1, 2]) }, { name: 'w1', data: Float32Array.from([3, 4, 5]) }]);
  const pooled = Buffer.concat([Buffer.alloc(3), Buffer.from(bytes)]).subarray(3);
  assert.deepEqual([...tensor(decodeModel(pooled), 'w1', Float32Array)], [3, 4, 5]);
});
