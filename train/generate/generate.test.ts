/**
 * Tests of the training-data generator: determinism, labels, coverage, and the data modules.
 * Run: node --import tsx --test train/generate/generate.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate, templateId, toJsonl, type Example } from './generate.js';
import { compose } from './compose.js';
import { parseFrame } from './compose.js';
import { ACTS } from './parts/index.js';
import { KINDS, LANGS } from './parts/types.js';
import { Rng } from './prng.js';

const SEED = 20240601;
let full: Example[] | null = null;
/** The default run (26,000 messages), generated once for the tests that need the whole set. */
function fullRun(): Example[] {
  full ??= generate(SEED);
  return full;
}

test('same seed gives byte-identical output', () => {
  const a = toJsonl(generate(7, { count: 3000 }));
  const b = toJsonl(generate(7, { count: 3000 }));
  assert.equal(a, b);
});

test('different seeds give different output', () => {
  const a = toJsonl(generate(7, { count: 1000 }));
  const b = toJsonl(generate(8, { count: 1000 }));
  assert.notEqual(a, b);
});

test('a prefix of a longer run is the shorter run (the stream does not depend on count)', () => {
  const short = generate(11, { count: 500 });
  const long = generate(11, { count: 1500 });
  assert.deepEqual(long.slice(0, 500), short);
});

test('default run: size, share of positives, distinct texts', () => {
  const ex = fullRun();
  assert.ok(ex.length >= 25000, `only ${ex.length}`);
  const pos = ex.filter((e) => e.labels.length > 0).length / ex.length;
  assert.ok(pos > 0.4 && pos < 0.5, `positive share ${pos}`);
  assert.equal(new Set(ex.map((e) => e.text)).size, ex.length);
});

test('labels are allowed kinds, in canonical order, without duplicates', () => {
  for (const e of fullRun()) {
    for (const k of e.labels) assert.ok((KINDS as readonly string[]).includes(k), `${k} in ${e.text}`);
    const sorted = KINDS.filter((k) => e.labels.includes(k));
    assert.deepEqual(e.labels, sorted);
    assert.equal(e.source, 'gen');
    assert.ok(['tutor', 'parent', 'student'].includes(e.sender_role));
  }
});

test('every language, pure and code-switched with English, has positives and negatives', () => {
  const seen = new Map<string, { pos: number; neg: number }>();
  for (const e of fullRun()) {
    const s = seen.get(e.lang) ?? { pos: 0, neg: 0 };
    if (e.labels.length) s.pos++;
    else s.neg++;
    seen.set(e.lang, s);
  }
  const expected = [...LANGS, ...LANGS.filter((l) => l !== 'en').map((l) => `en+${l}`)];
  for (const l of expected) {
    const s = seen.get(l);
    assert.ok(s && s.pos > 50 && s.neg > 50, `${l}: ${JSON.stringify(s)}`);
  }
  const en = (seen.get('en')!.pos + seen.get('en')!.neg) / fullRun().length;
  assert.ok(en > 0.55 && en < 0.65, `English share ${en}`);
});

test('messages are 1 to 60 words', () => {
  for (const e of fullRun()) {
    const n = e.text.split(/\s+/).filter(Boolean).length;
    assert.ok(n >= 1 && n <= 60, `${n} words: ${e.text}`);
  }
});

test('UK mobile numbers in messages are all from the Ofcom drama range', () => {
  const mobile = /(?<![\d])(?:\+44\s?|\(?0)7\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{3}(?![\d])/g;
  for (const e of fullRun()) {
    for (const m of e.text.matchAll(mobile)) {
      const digits = m[0].replace(/\D/g, '').replace(/^44/, '0');
      assert.ok(digits.startsWith('07700900'), `${m[0]} in ${e.text}`);
    }
  }
});

test('enough frame families (templates) for hold-out evaluation', () => {
  let pos = 0;
  let neg = 0;
  for (const l of LANGS) {
    const ids = new Set<string>();
    for (const f of ACTS[l].positives) { ids.add(templateId(l, true, f)); pos++; }
    for (const f of ACTS[l].negatives) { ids.add(templateId(l, false, f)); neg++; }
    assert.equal(ids.size, ACTS[l].positives.length + ACTS[l].negatives.length, `duplicate family id in ${l}`);
  }
  assert.ok(pos >= 60, `${pos} positive families`);
  assert.ok(neg >= 60, `${neg} negative families`);
});

test('every positive act has at least 10 frames in every language', () => {
  for (const l of LANGS) {
    const perAct = new Map<string, number>();
    for (const f of ACTS[l].positives) if (!f.mix) perAct.set(f.act, (perAct.get(f.act) ?? 0) + f.frames.length);
    for (const act of ['ask_number', 'ask_email', 'ask_social', 'ask_platform', 'propose_platform', 'pay_off', 'meet', 'share', 'third_party', 'tech_pretext', 'indirect']) {
      assert.ok((perAct.get(act) ?? 0) >= 10, `${l} ${act}: ${perAct.get(act) ?? 0} frames`);
    }
  }
});

test('every frame of every family composes (no unknown slots, non-empty, labelled as its family says)', () => {
  const rng = new Rng(1);
  for (const l of LANGS) {
    for (const positive of [true, false]) {
      for (const family of positive ? ACTS[l].positives : ACTS[l].negatives) {
        family.frames.forEach((frame, frameIndex) => {
          const role = parseFrame(frame, family).roles[0];
          const ex = compose(rng, { frameLang: l, wrapLang: l, wrapScript: null, langLabel: l, forceWrapper: false, positive, family, frameIndex, role, extraParts: [] }, templateId(l, positive, family));
          assert.ok(ex.text.length > 0);
          if (positive) {
            assert.ok(ex.labels.length > 0, `positive without a label: ${frame}`);
            for (const k of family.labels) assert.ok(ex.labels.includes(k), `${k} missing: ${frame}`);
          } else assert.deepEqual(ex.labels, [], `negative with labels: ${frame}`);
        });
      }
    }
  }
});
