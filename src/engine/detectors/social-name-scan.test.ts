import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FOLDED_NAME, PLAIN_NAME, leet, nameSigns, nameSignsWithoutTables } from './social-name-scan.js';
import { SOCIAL_NAMES } from './social-words.js';

// The definitions the automaton answers, written as the regexes the detector used before it.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '|': 'l', '!': 'i' };
const referenceLeet = (s: string): string => s.replace(/[0134578$|!]|(?<=[a-z])@(?=[a-z])/g, (c) => LEET[c] ?? c);
const PLAIN_RE = new RegExp(`\\b(?:${SOCIAL_NAMES.map((n) => n.replace(/ /g, '\\s?')).join('|')})\\b`);
const spaced = (name: string): string => [...name.replace(/ /g, '')].join('[ .\\-*_]?');
const FOLDED_RE = new RegExp(`(?:^|[^a-z])(?:${SOCIAL_NAMES.map(spaced).join('|')})(?![a-z])`);
const reference = (s: string): number => (PLAIN_RE.test(s) ? PLAIN_NAME : 0) | (FOLDED_RE.test(referenceLeet(s)) ? FOLDED_NAME : 0);

function agrees(s: string): void {
  const want = reference(s);
  assert.equal(nameSigns(s), want, `nameSigns(${JSON.stringify(s)})`);
  assert.equal(nameSignsWithoutTables(s), want, `nameSignsWithoutTables(${JSON.stringify(s)})`);
  assert.equal(leet(s), referenceLeet(s), `leet(${JSON.stringify(s)})`);
}

// Names written plainly, spaced, dotted, in leetspeak or in capitals, among words, digits and symbols.
const LEETS: Record<string, string[]> = { a: ['4', '@'], b: ['8'], e: ['3'], i: ['1', '!'], l: ['|'], o: ['0'], s: ['5', '$'], t: ['7'] };
const SEPARATORS = ['', ' ', '.', '-', '*', '_', '  ', '\t', '\u00a0', '\u3000', '\u200b', '/', '#', '@'];
const disguisedName = fc
  .tuple(fc.constantFrom(...SOCIAL_NAMES), fc.array(fc.nat(99), { minLength: 12, maxLength: 12 }))
  .map(([name, dice]) =>
    [...name]
      .map((ch, i) => {
        const d = dice[i % dice.length];
        const letter = d % 4 === 0 && LEETS[ch] ? LEETS[ch][d % LEETS[ch].length] : d % 9 === 0 ? ch.toUpperCase() : ch;
        return ch === ' ' ? SEPARATORS[d % SEPARATORS.length] : letter + (d % 3 === 0 ? SEPARATORS[d % SEPARATORS.length] : '');
      })
      .join(''),
  );
const token = fc.oneof(
  { weight: 3, arbitrary: disguisedName },
  { weight: 3, arbitrary: fc.constantFrom('my', 'is', 'x', '3x', 'y=2x+1', 'line', 'the', 'gram', 'tik', 'tok', 'a b c', 's n a p', 'e.g', '@jo_22', '£4.50', '7pm', 'İ', '😀') },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z0-9_.@ \-*$|!#:'\t]{1,6}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const message = fc.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { maxLength: 10 }).map((parts) => parts.map(([t, sep]) => t + sep).join(''));

test('nameSigns and leet agree with the regexes they replace', () => {
  fc.assert(fc.property(message, (s) => {
    agrees(s);
    agrees(s.toLowerCase());
  }), { numRuns: 20000 });
});

test('every UTF-16 code unit is classed as the regexes class it', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [`tik${ch}tok`, `x${ch}`, `${ch}ig`, `s${ch}c`, `sn${ch}p`]) assert.equal(nameSigns(s), reference(s), `code unit ${c.toString(16)} in ${JSON.stringify(s)}`);
  }
});

test('examples', () => {
  assert.equal(nameSigns('add me on insta'), PLAIN_NAME | FOLDED_NAME);
  assert.equal(nameSigns('my 5napch4t is kai_b2008'), FOLDED_NAME);
  assert.equal(nameSigns('s n a p me'), FOLDED_NAME);
  assert.equal(nameSigns('tik\ttok'), PLAIN_NAME);
  assert.equal(nameSigns('snapped 3xy'), 0);
  assert.equal(leet('sn@p 4@b me@ 5'), 'snap a@b me@ s');
});
