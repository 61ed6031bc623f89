/**
 * The contract every detector keeps (see `Detector` in src/engine/types.ts), run against EVERY
 * detector in the default registry, so a detector added later is covered without touching this file:
 * spans inside the text with `text === original.slice(start, end)`, scores in [0, 1], kinds the
 * detector declares, deterministic output, no throw on arbitrary Unicode or on 1 MB of input, and
 * bounded work on pathological input (no timing assertions: a generous per-test timeout catches a hang).
 */
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { makeEngineConfig } from '../src/engine/config.js';
import { DEFAULT_DETECTORS } from '../src/engine/detectors/registry.js';
import { normalise } from '../src/engine/normalise/index.js';
import { scan } from '../src/engine/scan.js';
import type { Detector, DetectorInput, Finding } from '../src/engine/types.js';
import { KINDS } from '../src/engine/types.js';

const config = makeEngineConfig();
const HANG_TIMEOUT = 20_000;

function inputFor(text: string): DetectorInput {
  const normalised = normalise(text);
  return { original: text, normalised, lower: normalised.text.toLowerCase(), config };
}

/** Every property a single finding must have; the message names the detector and the finding. */
function assertWellFormed(d: Detector, text: string, f: Finding): void {
  const where = `${d.id}: ${JSON.stringify({ kind: f.kind, start: f.start, end: f.end })}`;
  assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${where} offsets are integers`);
  assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length, `${where} is a non-empty span inside a text of length ${text.length}`);
  assert.equal(f.text, text.slice(f.start, f.end), `${where} text is original.slice(start, end)`);
  assert.ok(Number.isFinite(f.score) && f.score >= 0 && f.score <= 1, `${where} score ${f.score} in [0, 1]`);
  assert.ok(KINDS.includes(f.kind), `${where} kind is one of KINDS`);
  assert.ok(d.kinds.includes(f.kind), `${where} kind is declared in the detector's kinds [${d.kinds.join(', ')}]`);
  assert.equal(f.detector, d.id, `${where} names its detector`);
  assert.ok(Array.isArray(f.why) && f.why.length > 0 && f.why.every((w) => typeof w === 'string' && w.length > 0), `${where} explains itself in why[]`);
  if (f.value !== undefined) assert.equal(typeof f.value, 'string', `${where} value is a string`);
}

/** Run the detector as the engine would (pretest, then find) and check every finding. */
function runChecked(d: Detector, text: string, input: DetectorInput = inputFor(text)): Finding[] {
  if (d.pretest && !d.pretest(input.lower)) return [];
  const findings = d.find(input);
  assert.ok(Array.isArray(findings), `${d.id}: find returns an array`);
  for (const f of findings) assertWellFormed(d, text, f);
  return findings;
}

// Pieces that steer random text into the detectors' interesting paths: digits and separators,
// at/dot words, platform words, invisible and bidi characters, other scripts, surrogates.
const PIECES = [
  '0', '7', '07700', ' 900123', '+44', '(0)', '-', '.', ' ', '\n', '/', '@', ' at ', ' dot ', '[at]', '(dot)', '[.]',
  'oh', ' seven', ' double', ' triple', 'nought', 'O', 'l', 'gmail', '.com', '.co.uk', 'www.', 'http://', 'hxxps://',
  'bit.ly/', 'insta: ', 'snap me ', 'my tiktok is ', '@jane_', 'instagram.com/', 'jane', '_', '\u200b', '\u00ad',
  '\u202e', '\u202c', '\u200f', '\u0301', '\ufe0f', '😀', '👩‍👩‍👧', '٠٧٧', '०७७', '０７７', '①', '²', 'а', 'о', 'Ο',
  'مرحبا', 'שלום', '\ud800', '\udc00', '\uffff', '\u0000',
];
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), // includes lone surrogates
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const MB = 1024 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

/** Inputs built to provoke backtracking or quadratic scans; each about 1 MB. */
const PATHOLOGICAL: [string, string][] = [
  ['digits and separators', fill('0 1-2.3 (4) ')],
  ['digits only', fill('0123456789')],
  ['@ and . noise', fill('@.')],
  ['"a at b dot " repeated', fill('a at b dot ')],
  ['a single word character', fill('a')],
  ['number words', fill('one two three four five six seven eight nine oh double ')],
  ['domain-like labels', fill('a.')],
  ['handles', fill('@a_')],
  ['a scheme then one endless word', 'http://' + fill('a')],
  ['spaced characters', fill('a ')],
  ['plus and brackets', fill('+(0)')],
  ['realistic messages', fill('call me on 07700 900123 or jane.doe@example.com, see bit.ly/x, insta: jane_tutor, £35/h 8300/1H. ')],
];

describe('detector registry', () => {
  test('has detectors with unique ids and known kinds', () => {
    assert.ok(DEFAULT_DETECTORS.length > 0);
    const ids = DEFAULT_DETECTORS.map((d) => d.id);
    assert.equal(new Set(ids).size, ids.length, `unique ids: ${ids.join(', ')}`);
    for (const d of DEFAULT_DETECTORS) {
      assert.ok(d.kinds.length > 0, `${d.id} declares its kinds`);
      for (const k of d.kinds) assert.ok(KINDS.includes(k), `${d.id}: kind ${k}`);
    }
  });
});

for (const d of DEFAULT_DETECTORS) {
  describe(`detector contract: ${d.id}`, () => {
    test('findings are well-formed on examples of every kind', () => {
      const examples = [
        'call me on 07700 900123', 'email jane.doe@example.com', 'see calendly.com/jane', 'insta: jane_tutor',
        "let's switch to WhatsApp", 'PayPal me', 'I live at 12 Elm Road, LS6 2AB', "what's your number?",
        'oh seven seven double oh nine double oh one two three', 'jane dot doe at gmail dot com', '',
      ];
      for (const text of examples) runChecked(d, text);
    });

    test('never throws, and findings are well-formed, on arbitrary Unicode', () => {
      fc.assert(fc.property(anyText, (text) => void runChecked(d, text)), { numRuns: 400 });
    });

    test('is deterministic: the same input gives the same findings, also on a reused input', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const input = inputFor(text);
          const first = runChecked(d, text, input);
          assert.deepEqual(runChecked(d, text, input), first, 'same DetectorInput twice');
          assert.deepEqual(runChecked(d, text), first, 'freshly normalised input');
        }),
        { numRuns: 200 },
      );
    });

    for (const [name, text] of PATHOLOGICAL) {
      test(`finishes on 1 MB of ${name}`, { timeout: HANG_TIMEOUT }, () => {
        runChecked(d, text);
      });
    }
  });
}

describe('normalise and scan on pathological input', () => {
  for (const [name, text] of PATHOLOGICAL) {
    test(`scan finishes on 1 MB of ${name}, with spans inside the text`, { timeout: HANG_TIMEOUT * 2 }, () => {
      const result = scan(text);
      for (const f of result.findings) assert.equal(f.text, text.slice(f.start, f.end));
      assert.equal(typeof result.redacted, 'string');
    });
  }
});
