/**
 * The intent detectors (platform, payment, address, request) against their specification fixtures,
 * each detector on its own: test/fixtures/<kind>.match.jsonl must be found BY THE INTENT DETECTORS
 * (not only by a contact detector that happens to overlap), and <kind>.nomatch.jsonl must give no
 * finding of that kind from them. test/fixtures-runner.test.ts runs the same files through the whole
 * `scan`; this file pins the responsibility to the intent side and adds the conversation cases of
 * test/fixtures/conversations.jsonl (split details: which message, which kind, which messages).
 * One test per line, named by file and line.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { emptyConversationState, scanInConversation } from '../src/engine/conversation.js';
import { addressDetector } from '../src/engine/detectors/address.js';
import { paymentDetector } from '../src/engine/detectors/payment.js';
import { platformDetector } from '../src/engine/detectors/platform.js';
import { requestDetector } from '../src/engine/detectors/request.js';
import { detect } from '../src/engine/scan.js';
import type { Finding } from '../src/engine/types.js';
import { REPO_ROOT } from './helpers/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const INTENT = [platformDetector, paymentDetector, addressDetector, requestDetector];

interface FixtureLine {
  text: string;
  why: string;
  spans?: { kind?: string; text?: string }[];
}

function lines<T>(file: string): { line: number; row: T }[] {
  const out: { line: number; row: T }[] = [];
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (l.trim()) out.push({ line: i + 1, row: JSON.parse(l) as T });
    });
  return out;
}

const show = (fs: Finding[]): string => JSON.stringify(fs.map((f) => [f.kind, f.detector, f.text, f.score]));

for (const kind of ['platform', 'payment', 'address', 'request'] as const) {
  describe(`intent fixtures: ${kind}`, () => {
    for (const { line, row } of lines<FixtureLine>(`${kind}.match.jsonl`)) {
      test(`${kind}.match.jsonl:${line} ${row.why}`, () => {
        assert.ok(row.why, 'fixture error: every line says why');
        const findings = detect(row.text, { detectors: INTENT });
        for (const span of row.spans ?? []) {
          const want = span.kind ?? kind;
          const at = row.text.indexOf(span.text ?? '');
          assert.ok(at >= 0, `fixture error: ${JSON.stringify(span.text)} is not in the text`);
          const end = at + (span.text ?? '').length;
          const hit = findings.find((f) => f.kind === want && f.start < end && at < f.end);
          assert.ok(hit, `${want} ${JSON.stringify(span.text)} not found by the intent detectors; got ${show(findings)}`);
          assert.equal(hit.text, row.text.slice(hit.start, hit.end), 'a finding quotes the original text');
          assert.ok(hit.why.length > 0, 'a finding explains itself');
        }
      });
    }
    for (const { line, row } of lines<FixtureLine>(`${kind}.nomatch.jsonl`)) {
      test(`${kind}.nomatch.jsonl:${line} ${row.why}`, () => {
        assert.ok(row.why, 'fixture error: every line says why');
        const findings = detect(row.text, { detectors: INTENT }).filter((f) => f.kind === kind);
        assert.equal(findings.length, 0, `unexpected ${kind}: ${show(findings)}`);
      });
    }
  });
}

interface ConversationLine {
  messages: { sender: string; text: string }[];
  expect: { message: number; kind: string; from?: number[] }[];
  why: string;
}

describe('intent fixtures: conversations', () => {
  for (const { line, row } of lines<ConversationLine>('conversations.jsonl')) {
    test(`conversations.jsonl:${line} ${row.why}`, () => {
      let state = emptyConversationState();
      const results = row.messages.map((m, i) => {
        const out = scanInConversation(state, { id: `m${i}`, text: m.text, sender: m.sender, sentAt: new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString() });
        state = out.state;
        return out.result;
      });
      if (row.expect.length === 0) {
        results.forEach((r, i) => assert.equal(r.findings.length, 0, `message ${i}: unexpected ${show(r.findings)}`));
        return;
      }
      for (const e of row.expect) {
        const r = results[e.message];
        const hit = r.findings.find((f) => f.kind === e.kind);
        assert.ok(hit, `message ${e.message}: no ${e.kind}; got ${show(r.findings)}`);
        assert.equal(hit.text, row.messages[e.message].text.slice(hit.start, hit.end), 'span is in the current message');
        if (e.from) assert.deepEqual(hit.messageIds, e.from.map((i) => `m${i}`), 'attributed to every message involved');
      }
    });
  }
});
