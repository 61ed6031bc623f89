/**
 * The build's precompiled default policy (dist/policies/default.json) must be exactly the policy
 * parsed from policies/default.yaml: the cache is keyed by the YAML's hash and restores the
 * properties JSON drops (undefined values).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEFAULT_POLICY, DEFAULT_POLICY_PATH, defaultPolicyCache, policySourceKey } from './default-policy.js';
import { parsePolicy } from './load-policy.js';

test('DEFAULT_POLICY is the policy parsed from policies/default.yaml (from the cache or not)', () => {
  assert.deepStrictEqual(DEFAULT_POLICY, parsePolicy(readFileSync(DEFAULT_POLICY_PATH, 'utf8'), 'yaml'));
});

test('the cache record survives JSON: same policy, undefined properties restored, keyed by the YAML hash', () => {
  const text = readFileSync(DEFAULT_POLICY_PATH, 'utf8');
  const policy = parsePolicy(text, 'yaml');
  const record = JSON.parse(JSON.stringify(defaultPolicyCache(text, policy))) as ReturnType<typeof defaultPolicyCache>;
  assert.equal(record.sourceSha256, policySourceKey(text));
  for (const path of record.undefinedPaths) {
    let o = record.policy as unknown as Record<string, unknown>;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[path[path.length - 1]!] = undefined;
  }
  assert.deepStrictEqual(record.policy, policy);
  assert.notEqual(policySourceKey(text + ' '), record.sourceSha256, 'an edited YAML misses the cache');
});
