import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MEETING_LINK, MEETING_SEED } from './detectors/platform-words.js';
import { seedWindows } from './text-runs.js';

// A pattern that never matches across a space finds the same matches in the seed windows as in the
// whole text, when every match holds a seed: the meeting-link pattern, on generated long text.
const PIECES = ['zoom.us/j/123', 'us05web.zoom.us/j/9', 'meet.google.com/abc-defg', 'wa.me/447700900123', 't.me/tutor', 'discord.gg/x', 'x.webex.com',
  'teams.live.com', '.com', '.us', '.me', '.gg', 'chat', 'www.', '/', '-', '.', ' ', ' ', '\n', '\t', '\u00a0', '\u2003', 'a', '7'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 400 }).map((p) => p.join('').toLowerCase());

function matches(re: RegExp, s: string, offset: number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index + offset, m[0]]);
  return out;
}

test('meeting links found in the seed windows are those found in the whole text', () => {
  fc.assert(
    fc.property(text, fc.nat(300), (s, gap) => {
      const windowed = seedWindows(s, MEETING_SEED, gap).flatMap(([from, to]) => matches(MEETING_LINK, s.slice(from, to), from));
      assert.deepEqual(windowed, matches(MEETING_LINK, s, 0));
    }),
    { numRuns: 3000 },
  );
});

test('windows start and end at spaces or the ends of the text, and do not overlap', () => {
  fc.assert(
    fc.property(text, (s) => {
      let prevEnd = -1;
      for (const [from, to] of seedWindows(s, MEETING_SEED, 0)) {
        assert.ok(from === 0 || /[ \t\n\r\u00a0]/.test(s[from - 1]), 'starts after a cut');
        assert.ok(to === s.length || /[ \t\n\r\u00a0]/.test(s[to]), 'ends before a cut');
        assert.ok(from > prevEnd, 'in order, apart');
        prevEnd = to;
      }
    }),
  );
});
