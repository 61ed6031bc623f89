/**
 * The shipped default policy, read from policies/default.yaml once, when this module is first
 * imported. The YAML file stays the single source (the platform edits it; `policy check` validates it).
 *
 * Finding the file: we walk up from this module's folder to the first folder holding
 * `policies/default.yaml`. That works from src/policy/ under tsx (two levels up) and from
 * dist/src/policy/ after `tsc` (three levels up) without copying the file into dist, and from an
 * installed package (the repository root is the package root). A broken default policy throws here,
 * so nothing starts with a policy that does not validate.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from './load-policy.js';
import type { Policy } from './types.js';

/** Absolute path of the shipped default policy file. */
export const DEFAULT_POLICY_PATH: string = findDefaultPolicyFile();

/** The shipped default policy (policies/default.yaml), loaded and validated at module init. */
export const DEFAULT_POLICY: Policy = loadPolicy(DEFAULT_POLICY_PATH);

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
