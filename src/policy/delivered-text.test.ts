import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Finding, Kind } from '../engine/types.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { deliveredText } from './delivered-text.js';
import type { Policy } from './types.js';

const text = 'call 07700 900123 or what is your email?';
const f = (kind: Kind, part: string, score = 0.9): Finding => {
  const start = text.indexOf(part);
  return { kind, detector: 't', start, end: start + part.length, text: part, score, why: [] };
};
const findings = [f('phone', '07700 900123'), f('request', 'what is your email?')];
const withStrategy = (kind: Kind, s: Policy['redaction'][Kind]): Policy => ({ ...DEFAULT_POLICY, redaction: { ...DEFAULT_POLICY.redaction, [kind]: s } });

test('allow and warn deliver the text as written; hold and block deliver nothing', () => {
  assert.equal(deliveredText(text, findings, { action: 'allow' }, DEFAULT_POLICY), text);
  assert.equal(deliveredText(text, findings, { action: 'warn' }, DEFAULT_POLICY), text);
  assert.equal(deliveredText(text, findings, { action: 'hold' }, DEFAULT_POLICY), null);
  assert.equal(deliveredText(text, findings, { action: 'block' }, DEFAULT_POLICY), null);
});

test('redact uses the policy strategy per kind: label, mask, remove, or none', () => {
  const labelled = deliveredText(text, findings, { action: 'redact' }, DEFAULT_POLICY)!;
  assert.ok(labelled.includes('[phone removed]') && !labelled.includes('07700'));
  assert.ok(labelled.includes('what is your email?'), 'the default policy leaves requests as written');
  const masked = deliveredText(text, findings, { action: 'redact' }, withStrategy('phone', 'mask'))!;
  assert.equal(masked.length, text.length, 'mask keeps the length');
  assert.ok(!/\d/.test(masked));
  const removed = deliveredText(text, findings, { action: 'redact' }, withStrategy('phone', 'remove'))!;
  assert.equal(removed, text.replace('07700 900123', ''));
  const requestLabelled = deliveredText(text, findings, { action: 'redact' }, withStrategy('request', 'label'))!;
  assert.ok(requestLabelled.endsWith('[request removed]'));
});

test('findings below the report threshold are not redacted', () => {
  const weak = [f('phone', '07700 900123', DEFAULT_POLICY.thresholds.report / 2)];
  assert.equal(deliveredText(text, weak, { action: 'redact' }, DEFAULT_POLICY), text);
});
