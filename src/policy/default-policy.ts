/**
 * The shipped default policy, read from policies/default.yaml once, when this module is first
 * imported. The YAML file stays the single source (the platform edits it; `policy check` validates it).
 *
 * Finding the file: we walk up from this module's folder to the first folder holding
 * `policies/default.yaml`. That works from src/policy/ under tsx (two levels up) and from
 * dist/src/policy/ after `tsc` (three levels up) without copying the file into dist, and from an
 * installed package (the repository root is the package root). A broken default policy throws here,
 * so nothing starts with a policy that does not validate.
 *
 * Start-up: parsing YAML and compiling the JSON Schema (yaml + ajv, about sixty CommonJS modules)
 * is most of what a one-line `chaperone scan` used to spend before its first message. The build
 * (`scripts/build-default-policy.mjs`) therefore writes the resolved policy to
 * `dist/policies/default.json`, keyed by the SHA-256 of the YAML it came from. When that key matches
 * the YAML on disk, the policy is read from the JSON; otherwise (no build, or the YAML was edited
 * since) it is parsed and validated from the YAML as before — a stale cache is never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Policy } from './types.js';

/** Absolute path of the shipped default policy file. */
export const DEFAULT_POLICY_PATH: string = findDefaultPolicyFile();

/** Where the build writes the resolved default policy (package root `dist/policies/default.json`). */
export const DEFAULT_POLICY_CACHE_PATH: string = join(dirname(DEFAULT_POLICY_PATH), '..', 'dist', 'policies', 'default.json');

/** The build's record of the resolved default policy. */
export interface DefaultPolicyCache {
  /** SHA-256 (hex) of the YAML text the policy was resolved from. */
  sourceSha256: string;
  policy: Policy;
  /** Paths of properties whose value is `undefined` (JSON drops them; they are restored). */
  undefinedPaths: string[][];
}

/** SHA-256 (hex) of a policy text: the cache key. */
export function policySourceKey(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The cache record for a resolved policy (used by the build script). */
export function defaultPolicyCache(text: string, policy: Policy): DefaultPolicyCache {
  const undefinedPaths: string[][] = [];
  const walk = (v: unknown, path: string[]): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if (child === undefined) undefinedPaths.push([...path, k]);
      else walk(child, [...path, k]);
    }
  };
  walk(policy, []);
  return { sourceSha256: policySourceKey(text), policy, undefinedPaths };
}

function fromCache(text: string): Policy | null {
  let cache: DefaultPolicyCache;
  try {
    cache = JSON.parse(readFileSync(DEFAULT_POLICY_CACHE_PATH, 'utf8')) as DefaultPolicyCache;
  } catch {
    return null;
  }
  if (cache.sourceSha256 !== policySourceKey(text)) return null;
  for (const path of cache.undefinedPaths) {
    let o = cache.policy as unknown as Record<string, unknown>;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[path[path.length - 1]!] = undefined;
  }
  return cache.policy;
}

async function loadDefaultPolicy(): Promise<Policy> {
  const text = readFileSync(DEFAULT_POLICY_PATH, 'utf8');
  const cached = fromCache(text);
  if (cached) return cached;
  const { parsePolicy } = await import('./load-policy.js');
  return parsePolicy(text, 'yaml');
}

/** The shipped default policy (policies/default.yaml), loaded and validated at module init. */
export const DEFAULT_POLICY: Policy = await loadDefaultPolicy();

function findDefaultPolicyFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'policies', 'default.yaml');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('chaperone: policies/default.yaml not found above ' + dirname(fileURLToPath(import.meta.url)));
}
