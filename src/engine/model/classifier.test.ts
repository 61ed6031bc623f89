/**
 * The hidden-layer model keeps each word's summed features between messages (classifier.ts). That
 * cache is only an optimisation: with it or without it, every message gets the same margins, in any
 * order, whatever was scanned before, and once the cache is emptied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { HiddenLayerClassifier } from './classifier.js';
import { shippedClassifier } from './shipped-model.js';

const clf = shippedClassifier();

function assertSame(a: Float64Array, b: Float64Array, text: string): void {
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i]! - b[i]!) < 1e-9, `${text}: label ${i} ${a[i]} vs ${b[i]}`);
}

test('the shipped model is the hidden-layer family (the cached path is the one that runs)', () => {
  assert.ok(clf instanceof HiddenLayerClassifier);
});

test('cached and uncached margins agree, for repeated words, repeated messages and any order', () => {
  const mlp = clf as HiddenLayerClassifier;
  const texts = [
    'can you send me your number, my number is on the flyer',
    'no no no, the number the number the number',
    'whatsapp me on 07700 900123',
    'can you send me your number, my number is on the flyer',
    '',
    '!!! ??? ...',
    'آپ کا نمبر کیا ہے',
    'wh4tsaaapp?? add me add me',
  ];
  for (const order of [texts, [...texts].reverse()]) {
    for (const t of order) assertSame(mlp.margins(t, ['phone']), mlp.uncachedMargins(t, ['phone']), t);
  }
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: 1, maxLength: 4 }), (batch) => {
      for (const raw of batch) {
        const t = raw.toLowerCase();
        assertSame(mlp.margins(t), mlp.uncachedMargins(t), t);
      }
    }),
    { numRuns: 200 },
  );
});
