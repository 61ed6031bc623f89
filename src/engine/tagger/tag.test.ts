import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { C, tokenize } from './features.js';
import { activeTokens, spansOf, tagAddresses } from './tag.js';

test('tokens keep their offsets and classes', () => {
  const text = "we're at 64 Hawthorn Road, LS6 2AB";
  const toks = tokenize(text);
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  const by = (s: string) => toks.find((t) => t.text === s)!;
  assert.ok(by('64').cls & C.HOUSE_NUM);
  assert.ok(by('Road').cls & C.STREET);
  assert.ok(by('LS6').cls & C.UK_OUT);
  assert.ok(by('2AB').cls & C.UK_IN);
  assert.ok(tokenize('Sixty-one')[0].cls & C.NUMWORD);
});

test('ordinary chat wakes nothing', () => {
  assert.equal(activeTokens(tokenize('can we do fractions again on thursday, 4 questions left')), null);
  assert.equal(activeTokens(tokenize('another way to close the bracket')), null); // common words alone
  assert.notEqual(activeTokens(tokenize('17 orchard way')), null); // after a house number they count
});

test('spans end at a sentence end, not at an abbreviation', () => {
  const toks = tokenize('the cafe shop. On Main Street');
  const tags = new Uint8Array(toks.length).fill(2);
  tags[0] = 1;
  assert.deepEqual(spansOf(toks, tags), [[0, 2]]);
  const ie = tokenize('Naas, Co. Kildare');
  const t2 = new Uint8Array(ie.length).fill(2);
  t2[0] = 1;
  assert.deepEqual(spansOf(ie, t2), [[0, ie.length - 1]]);
});

test('with no model there are no spans (never an error)', () => {
  assert.deepEqual(tagAddresses('64 Hawthorn Road', null), []);
});

test('the shipped model tags a street address and its postcode as one span', () => {
  const text = 'Send the books to 9 Orchard Way, Tadcaster, LS24 9FP please';
  const spans = tagAddresses(text);
  assert.ok(spans.some((s) => text.slice(s.start, s.end) === '9 Orchard Way, Tadcaster, LS24 9FP'), JSON.stringify(spans));
});
