import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Finding, Kind } from '../engine/types.js';
import { DEFAULT_POLICY } from './default-policy.js';
import { detailFor, fillPlaceholders, namesFor, renderNudge } from './nudges.js';

const policy = DEFAULT_POLICY;
const request = (text: string): Finding => ({ kind: 'request', detector: 't', start: 0, end: text.length, text, score: 0.9, why: [] });
const of = (kind: Kind): Finding => ({ kind, detector: 't', start: 0, end: 1, text: 'x', score: 0.9, why: [] });

test('a request reads as what it asked for', () => {
  assert.equal(detailFor([request("what's your number?")], ['request'], policy), policy.details.phone);
  assert.equal(detailFor([request('can I have your e-mail')], ['request'], policy), policy.details.email);
  assert.equal(detailFor([request('are you on insta')], ['request'], policy), policy.details.social);
  assert.equal(detailFor([request('can we talk somewhere else')], ['request'], policy), policy.details.request);
});

test('shared details are named by kind; two are joined, more become the general phrase', () => {
  assert.equal(detailFor([of('phone')], ['phone'], policy), policy.details.phone);
  assert.equal(detailFor([of('phone'), of('email')], ['phone', 'email'], policy), `${policy.details.phone} and ${policy.details.email}`);
  assert.equal(detailFor([], ['phone', 'email', 'social'], policy), policy.details.request);
});

test('every template renders without placeholders, greeting the names given or the fallback', () => {
  for (const id of Object.keys(policy.templates)) {
    const n = renderNudge(policy, id, { senderName: 'Ana', recipientName: 'Sam', detail: 'phone number' });
    assert.ok(!/\{\w+\}/.test(n.text), `${id}: ${n.text}`);
    assert.ok(n.text.length > 40, `${id} is too short to explain anything`);
  }
  const names = namesFor({ senderRole: 'parent' }, policy);
  assert.equal(names.senderName, policy.names.sender);
  assert.equal(namesFor({ senderRole: 'parent', senderName: '  Ana ' }, policy).senderName, 'Ana');
});

test('fillPlaceholders leaves other braces and text alone', () => {
  assert.equal(fillPlaceholders('Hi {senderName}, {x}', { senderName: 'A', recipientName: 'B', detail: 'd' }), 'Hi A, {x}');
});

test('the polite reply follows the seed: Code of Conduct, safety, support address and live chat', () => {
  const t = renderNudge(policy, 'polite-reply', { senderName: 'Mrs Patel', recipientName: 'Sam', detail: 'phone number' }).text;
  for (const must of ['Mrs Patel', 'phone number', 'Code of Conduct', 'support@mytutor.co.uk', 'live chat', 'safe']) assert.ok(t.includes(must), `missing ${must}`);
  const tech = renderNudge(policy, 'tech-support', { senderName: 'A', recipientName: 'B', detail: 'x' }).text;
  assert.ok(tech.includes('Tech Support Session'));
});
