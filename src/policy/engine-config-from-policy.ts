/**
 * The bridge from a policy file's `engine` section to the engine's configuration: the platform's
 * support address and domains, shorteners and webmail providers extend the engine's defaults.
 */
import { makeEngineConfig } from '../engine/config.js';
import type { EngineConfig } from '../engine/types.js';
import type { Policy } from './types.js';

/**
 * Engine configuration for scanning under `policy` (pass it to `scan(text, { config })`).
 * @example scan(text, { config: engineConfigFromPolicy(loadPolicy('my-policy.yaml')) })
 */
export function engineConfigFromPolicy(policy: Policy): EngineConfig {
  const e = policy.engine;
  return makeEngineConfig({
    allowedDomains: e.allowedDomains,
    allowedEmails: e.allowedEmails,
    shortenerDomains: e.shortenerDomains,
    webmailProviders: e.webmailProviders,
    ...(e.educationalSites ? { educationalSites: e.educationalSites } : {}),
    ...(e.defaultCountry ? { defaultCountry: e.defaultCountry } : {}),
    ...(e.phoneRegions ? { phoneRegions: e.phoneRegions } : {}),
    ...(e.minScore !== undefined ? { minScore: e.minScore } : {}),
  });
}
