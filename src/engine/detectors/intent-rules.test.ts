/**
 * The shared machinery of the intent detectors: leetspeak folding and skeletons keep offsets,
 * context windows stop at sentence ends and turns, and each detector's word list can be extended by
 * a deployment through `config.extraWords[detectorId]`.
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeEngineConfig } from '../config.js';
import { DEFAULT_DETECTORS } from './registry.js';
import { scan } from '../scan.js';
import { contextAround, foldLeet, fromSkeleton, skeletonOf } from './intent-rules.js';

describe('foldLeet', () => {
  test('folds digits and symbols inside words, keeps numbers', () => {
    assert.equal(foldLeet('wh4ts ur numb3r'), 'whats ur number');
    assert.equal(foldLeet('call 07700 900123'), 'call 07700 900123');
  });
  test('keeps the length (offsets stay valid)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => foldLeet(s.toLowerCase()).length === s.toLowerCase().length));
  });
});

describe('skeletonOf', () => {
  test('closes spaced letters, folds leetspeak, cuts tripled letters', () => {
    assert.equal(skeletonOf('try s . k . y . p . e')?.text, 'try skype');
    assert.equal(skeletonOf('t3l3gr4m is best')?.text, 'telegram is best');
    assert.equal(skeletonOf('zooom link')?.text, 'zoom link');
    assert.equal(skeletonOf('nothing to change here'), null);
  });
  test('each skeleton character is the source character its map points at, tripled letters cut to two', () => {
    const piece = fc.constantFrom('s', 'k', 'y', 'p', 'e', 'z', 'o', 'ooo', 'ppp', ' ', ' . ', '-', '_', '*', '3', '4', '@', '0', '1', '!', 'a', 'x', 'yy');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const lower = parts.join('').toLowerCase();
        const sk = skeletonOf(lower);
        if (!sk) return;
        const folded = foldLeet(lower);
        assert.equal(sk.map.length, sk.text.length);
        for (let i = 0; i < sk.text.length; i++) {
          assert.equal(sk.text[i], folded[sk.map[i]], `character ${i} of ${JSON.stringify(lower)}`);
          if (i > 0) assert.ok(sk.map[i] > sk.map[i - 1], 'the map increases');
          if (i > 1 && /[a-z]/.test(sk.text[i])) assert.ok(!(sk.text[i] === sk.text[i - 1] && sk.text[i] === sk.text[i - 2]), 'no letter three times');
        }
      }),
      { numRuns: 3000 },
    );
  });
  test('maps every skeleton span back inside the source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const lower = raw.toLowerCase();
        const sk = skeletonOf(lower);
        if (!sk || !sk.text.length) return;
        const s = a % sk.text.length;
        const e = s + 1 + (b % (sk.text.length - s));
        const [os, oe] = fromSkeleton(sk, s, e);
        assert.ok(0 <= os && os < oe && oe <= lower.length);
      }),
    );
  });
});

describe('contextAround', () => {
  test('stops at the sentence end and at "but"', () => {
    const text = "i can't today. i know we should stay on here but zoom is easier, i'll send a link";
    const at = text.indexOf('zoom');
    const ctx = contextAround(text, at, at + 4);
    assert.equal(ctx.clause.includes("can't"), false);
    assert.equal(ctx.clause.includes('stay on here'), false);
    assert.ok(ctx.after.includes('is easier'));
  });
  test('knows a question', () => {
    const text = 'ok. are you on skype';
    assert.equal(contextAround(text, text.indexOf('skype'), text.length).question, true);
  });
});

describe('deployment words (config.extraWords)', () => {
  test('a new platform name counts once added', () => {
    const text = "let's switch to Jitsi tomorrow";
    // The rules alone do not know Jitsi (the learned model may well generalise to it; not tested here).
    const rules = DEFAULT_DETECTORS.filter((d) => d.id !== 'model');
    assert.equal(scan(text, { detectors: rules }).kinds.includes('platform'), false);
    const config = makeEngineConfig({ extraWords: { platform: ['jitsi'] } });
    assert.ok(scan(text, { config }).kinds.includes('platform'));
  });
  test('a new payment provider counts once added', () => {
    const text = 'just send it on Paym, my number is on there';
    const config = makeEngineConfig({ extraWords: { payment: ['paym'] } });
    assert.ok(scan(text, { config }).kinds.includes('payment'));
  });
  test('a new request phrase counts once added', () => {
    const text = 'hmu later x';
    const config = makeEngineConfig({ extraWords: { request: ['hmu'] } });
    assert.ok(scan(text, { config }).kinds.includes('request'));
  });
  test('a new street-type word counts once added', () => {
    const text = 'we live at 12 Hauptstrasse, come round';
    const config = makeEngineConfig({ extraWords: { address: ['hauptstrasse'] } });
    const found = scan('come to 12 Linden Strasse please', { config: makeEngineConfig({ extraWords: { address: ['strasse'] } }) });
    assert.ok(found.kinds.includes('address'));
    assert.ok(scan(text, { config }).kinds.includes('address'));
  });
});
