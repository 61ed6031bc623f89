/**
 * Runs the specification fixtures in test/fixtures/: `<kind>.match.jsonl` (what must be found) and
 * `<kind>.nomatch.jsonl` (what must not be), one test per line, named by file and line number so a
 * failure points straight at the case. Any kind's files are picked up, so new kinds need no code.
 *
 * must-match line: {"text", "spans": [{"kind"?, "text", "value"?} | {"kind"?, "start", "end", "value"?}], "why", "slack"?,
 *   "detail"?}
 *   With "value", some covering finding carries exactly that canonical value (E.164 phone, lower-case
 *   email, handle). "detail" is the labelled detail itself (a string in the text): some finding of
 *   the file's kind must cover it whole; without "spans", it is the span.
 *   Each expected span must be covered by findings of its kind (default: the file's kind), apart
 *   from punctuation and spaces at its edges (a finding may leave out the brackets of "(0121)"), and
 *   no covering finding may reach more than `slack` (default 20) characters beyond it: a finding may
 *   take in the words that announce the detail ("my insta is"), but redacting the whole message is
 *   not finding the detail.
 * must-not-match line: {"text", "why", "none_at_all"?}
 *   No finding of the file's kind; with `none_at_all`, no finding of any kind.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scan } from '../src/engine/scan.js';
import { KINDS, type Finding, type Kind } from '../src/engine/types.js';
import { REPO_ROOT } from './helpers/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const DEFAULT_SLACK = 20;

interface SpanSpec {
  kind?: string;
  text?: string;
  start?: number;
  end?: number;
  value?: string;
}
interface FixtureLine {
  text: string;
  why: string;
  spans?: SpanSpec[];
  slack?: number;
  none_at_all?: boolean;
  detail?: string;
}

const show = (fs: Finding[]): string => JSON.stringify(fs.map((f) => ({ kind: f.kind, text: f.text, start: f.start, end: f.end, score: f.score, why: f.why })));

/** Resolve an expected span to offsets; throws (a fixture error) when it is ambiguous or absent. */
function resolveSpan(line: FixtureLine, spec: SpanSpec): [number, number] {
  if (typeof spec.start === 'number' && typeof spec.end === 'number') {
    assert.ok(0 <= spec.start && spec.start < spec.end && spec.end <= line.text.length, 'fixture error: [start, end) outside the text');
    return [spec.start, spec.end];
  }
  assert.equal(typeof spec.text, 'string', 'fixture error: a span needs "text" or "start"/"end"');
  const at = line.text.indexOf(spec.text!);
  assert.ok(at >= 0, `fixture error: span ${JSON.stringify(spec.text)} is not in the text`);
  assert.equal(line.text.indexOf(spec.text!, at + 1), -1, `fixture error: span ${JSON.stringify(spec.text)} occurs twice; use start/end`);
  return [at, at + spec.text!.length];
}

const EDGE = /[\s\p{P}]/u;

/** The span without punctuation and spaces at either end: the part that must be covered. */
function core(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s])) s++;
  while (e > s && EDGE.test(text[e - 1])) e--;
  return s < e ? [s, e] : [start, end];
}

function checkMatch(line: FixtureLine, fileKind: Kind): void {
  if (!line.spans && typeof line.detail === 'string') line = { ...line, spans: [{ text: line.detail }] };
  assert.ok(Array.isArray(line.spans) && line.spans.length > 0, 'fixture error: a must-match line needs "spans"');
  const { findings } = scan(line.text);
  if (typeof line.detail === 'string') {
    // The labelled detail must lie inside one finding's text: a finding of "live at 1" does not cover "12 Elm Road".
    const [ds, de] = resolveSpan(line, { text: line.detail });
    const [cs, ce] = core(line.text, ds, de);
    assert.ok(findings.some((f) => f.kind === fileKind && f.start <= cs && f.end >= ce), `detail ${JSON.stringify(line.detail)} not covered by one ${fileKind} finding; findings: ${show(findings)}`);
  }
  const slack = line.slack ?? DEFAULT_SLACK;
  for (const spec of line.spans) {
    const kind = (spec.kind ?? fileKind) as Kind;
    assert.ok(KINDS.includes(kind), `fixture error: unknown kind ${kind}`);
    const [start, end] = resolveSpan(line, spec);
    const [coreStart, coreEnd] = core(line.text, start, end);
    const label = `${kind} ${JSON.stringify(line.text.slice(start, end))}`;
    const touching = findings.filter((f) => f.kind === kind && f.start < end && start < f.end);
    assert.ok(touching.length > 0, `${label} not found; findings: ${show(findings)}`);
    // Covered: every character of the expected span lies in some finding of that kind.
    let reached = coreStart;
    for (const f of [...touching].sort((a, b) => a.start - b.start)) if (f.start <= reached) reached = Math.max(reached, f.end);
    assert.ok(reached >= coreEnd, `${label} only partly covered; findings: ${show(touching)}`);
    if (spec.value !== undefined) {
      assert.ok(touching.some((f) => f.value === spec.value), `${label}: no finding with value ${JSON.stringify(spec.value)}; values: ${JSON.stringify(touching.map((f) => f.value))}`);
    }
    for (const f of touching) {
      assert.ok(f.start >= start - slack && f.end <= end + slack, `${label}: finding ${JSON.stringify(f.text)} reaches more than ${slack} characters beyond the detail`);
    }
  }
}

function checkNoMatch(line: FixtureLine, fileKind: Kind): void {
  const { findings } = scan(line.text);
  const unwanted = line.none_at_all ? findings : findings.filter((f) => f.kind === fileKind);
  assert.equal(unwanted.length, 0, `${line.none_at_all ? 'no finding of any kind' : `no ${fileKind} finding`} expected; got ${show(unwanted)}`);
}

const files = readdirSync(FIXTURES)
  .filter((f) => /^[a-z]+\.(match|nomatch)\.jsonl$/.test(f))
  .sort();

for (const file of files) {
  const [kindName, mode] = file.split('.') as [string, 'match' | 'nomatch'];
  describe(file, () => {
    test(`${file}: the kind is one of the engine's kinds`, () => assert.ok(KINDS.includes(kindName as Kind), `no kind '${kindName}'`));
    const kind = kindName as Kind;
    readFileSync(join(FIXTURES, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        if (raw.trim() === '') return;
        const lineNo = i + 1;
        let line: FixtureLine | null = null;
        try {
          line = JSON.parse(raw) as FixtureLine;
        } catch {
          line = null;
        }
        const name = `${file}:${lineNo} ${line?.why ?? ''}`.trim();
        test(name, () => {
          assert.ok(line, `fixture error: ${file}:${lineNo} is not valid JSON`);
          assert.equal(typeof line.text, 'string', 'fixture error: "text" must be a string');
          assert.ok(typeof line.why === 'string' && line.why.length > 0, 'fixture error: every case says why it exists');
          if (mode === 'match') checkMatch(line, kind);
          else checkNoMatch(line, kind);
        });
      });
  });
}
