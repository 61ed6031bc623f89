import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractFeatures, type FeatureSource } from './features.js';

const B = 1 << 18;
const features = (s: string): FeatureSource[] => {
  const out: FeatureSource[] = [];
  extractFeatures(s, B, () => {}, out);
  return out;
};
const ids = (s: string): number[] => {
  const out: number[] = [];
  extractFeatures(s, B, (id) => out.push(id));
  return out;
};

test('leet and stretched spellings fold onto the plain word', () => {
  const names = features('add me on wh4tsaaapp').map((f) => f.name);
  assert.ok(names.includes('f|whatsap'));
  assert.ok(features('whatsapp').some((f) => f.name === 'f|whatsap'));
});

test('numbers count only by their length, so no digit string is learned', () => {
  const a = ids('ring 07700 900123');
  const b = ids('ring 01632 960001');
  assert.deepEqual(a, b);
});

test('a skip-bigram joins words one apart ("send me your number" and "send your number" share one)', () => {
  const a = new Set(features('send me your number').map((f) => f.name));
  assert.ok(a.has('k|me _ number'));
  assert.ok(features('give me ur number').some((f) => f.name === 'k|me _ number'));
});

test('with or without names, the same ids in the same order; spans inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
      const lower = s.toLowerCase();
      const named = features(lower);
      assert.deepEqual(named.map((f) => f.id), ids(lower));
      for (const f of named) assert.ok(f.start >= 0 && f.end <= lower.length && f.start <= f.end);
    }),
    { numRuns: 300 },
  );
});

test('other scripts make tokens of their own (Urdu, Devanagari, Polish)', () => {
  for (const s of ['آپ کا نمبر کیا ہے', 'आपका नंबर क्या है', 'podaj mi swój numer']) {
    assert.ok(features(s).filter((f) => f.name.startsWith('w|')).length >= 4, s);
  }
});
