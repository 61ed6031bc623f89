#!/usr/bin/env node
// Writes dist/policies/default.json: the default policy parsed and validated once at build time,
// keyed by the SHA-256 of policies/default.yaml (see src/policy/default-policy.ts). Run after tsc.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const { parsePolicy } = await import('../dist/src/policy/load-policy.js');
const { DEFAULT_POLICY_PATH, DEFAULT_POLICY_CACHE_PATH, defaultPolicyCache } = await import('../dist/src/policy/default-policy.js');
const text = readFileSync(DEFAULT_POLICY_PATH, 'utf8');
const cache = defaultPolicyCache(text, parsePolicy(text, 'yaml'));
mkdirSync(dirname(DEFAULT_POLICY_CACHE_PATH), { recursive: true });
writeFileSync(DEFAULT_POLICY_CACHE_PATH, JSON.stringify(cache));
