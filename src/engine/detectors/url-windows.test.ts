import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LinkifyIt } from 'linkify-it';
import { FUZZY_TLDS } from './url-sites.js';
import { addGluedLinks, linkCandidates, linkifyMatches } from './url.js';

// The url detector hands long texts to linkify-it in windows around link seeds; on any text that
// must give exactly what one call over the whole text gives (same links, same offsets).
const whole = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false });
whole.tlds([...FUZZY_TLDS].filter((t) => !t.includes('.')), true);
const expected = (text: string) => (whole.match(text) ?? []).map((m) => ({ index: m.index, lastIndex: m.lastIndex, raw: m.raw, url: m.url, schema: m.schema }));

const PIECES = [
  'see', 'www.', 'example', '.com', '.co.uk', 'http://', 'https://', '//', 'mailto:', 'bob@', 'tutor.me', 'x.yz', 'a.b', '/path?q=1',
  'bit.ly/abc', '0$.com', '~.uk', '3.14', 'e.g.', 'i.e.', 'end.It', 'пример.рф', 'ü.de', '(', ')', '"', ',', '.', ':', '-', '_', '@', '#', '|', '<', '>',
  ' ', ' ', ' ', '\n', '\t', '\u00a0', '\u2003', '\u200b', 'zoom.us/j/123', 'wa.me/447700900123', 'x'.repeat(40), 'infowww.site.org', 'experiencehttp://a.co', 'http//b.com/x', 'WWW.', 'Http://',
];
const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) });
// Long enough to be windowed (over 1 KiB), with links far apart and close together.
const longText = fc.array(piece, { minLength: 300, maxLength: 900 }).map((p) => p.join(''));

// Links far apart in plain text, so that they fall into separate windows.
const FILLER = 'So the answer is 3/4 of 12, which is 9. Next question, please. ';
const sparseText = fc
  .array(fc.oneof(fc.constant(FILLER.repeat(5)), fc.constantFrom(...PIECES), fc.constantFrom('experiencehttp://site.co.uk/p', 'sawhttps://x.io', 'go http//b.com/x ')), { minLength: 10, maxLength: 60 })
  .map((p) => p.join(' '));

test('windowed linkify-it finds the same links as one whole-text call', () => {
  fc.assert(
    fc.property(fc.oneof(longText, sparseText), (text) => {
      assert.deepEqual(linkifyMatches(text), expected(text));
    }),
    { numRuns: 400 },
  );
});

test('a long text with links at both ends and in the middle', () => {
  const filler = 'The answer is 3/4 of 12, which is 9. '.repeat(60);
  const text = `https://a.example.com/x ${filler} see tinyurl.com/abc ${filler}\nwww.end.co.uk`;
  const links = linkifyMatches(text);
  assert.deepEqual(links, expected(text));
  assert.equal(links.length, 3);
});

// Glued links ("infowww.example.com", "http//…") are looked for in the same windows; the whole-text
// reference applies the same rule to the whole text at once.
function wholeTextCandidates(text: string) {
  const found = expected(text);
  if (/www\.|https?:?\/\//i.test(text)) addGluedLinks(text, 0, found);
  return found;
}

test('glued links found in the windows are those found in the whole text', () => {
  fc.assert(
    fc.property(fc.oneof(longText, sparseText), (text) => {
      assert.deepEqual(linkCandidates(text), wholeTextCandidates(text));
    }),
    { numRuns: 400 },
  );
});
