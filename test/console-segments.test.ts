/**
 * The console's highlighting core (console/src/segments.ts): cutting a text into runs by caught
 * spans. Cases are in test/fixtures/console-segments.jsonl, one per line with the reason it exists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { placeholderSpans, segment, type Span } from '../console/src/segments.ts';

const FIXTURE = new URL('./fixtures/console-segments.jsonl', import.meta.url);
const lines = readFileSync(FIXTURE, 'utf8').split('\n');

lines.forEach((line, i) => {
  if (!line.trim()) return;
  const c = JSON.parse(line) as { why: string; text: string; spans: Span[]; expect: [string, string[]][] };
  test(`console-segments.jsonl:${i + 1} ${c.why}`, () => {
    const got = segment(c.text, c.spans).map((s) => [s.text, s.spans.map((x) => x.kind)]);
    assert.deepEqual(got, c.expect);
  });
});

test('segments always rebuild the text exactly and cover every span character with that span', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 40 }),
      fc.array(fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }), kind: fc.constantFrom('phone', 'email') }), { maxLength: 6 }),
      (text, spans) => {
        const segs = segment(text, spans);
        assert.equal(segs.map((s) => s.text).join(''), text);
        for (const s of segs) {
          assert.equal(text.slice(s.start, s.end), s.text);
          for (const sp of spans) {
            const inside = sp.start <= s.start && sp.end >= s.end && sp.end > sp.start;
            assert.equal(s.spans.includes(sp), inside && s.end > s.start);
          }
        }
      },
    ),
  );
});

test('placeholderSpans finds the engine redaction labels and nothing else', () => {
  const text = 'call [phone removed] or [email removed]; [not removed] [phone]';
  const spans = placeholderSpans(text);
  assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.kind]), [['[phone removed]', 'phone'], ['[email removed]', 'email']]);
});
