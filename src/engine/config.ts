import type { EngineConfig } from './types.js';
import { EDUCATIONAL_SITES } from './educational-sites.js';
import { WEBMAIL_PROVIDERS } from './webmail.js';

/**
 * The default engine configuration: the platform's own domains and support address, well-known
 * educational sites (educational-sites.ts), link shorteners and webmail providers.
 * A deployment extends these in its policy file; nothing here is specific to one message.
 */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  allowedDomains: ['mytutor.co.uk', 'mytutor.com'],
  educationalSites: [...EDUCATIONAL_SITES],
  allowedEmails: ['support@mytutor.co.uk'],
  shortenerDomains: [
    'bit.ly', 'tinyurl.com', 'rb.gy', 'is.gd', 't.co', 'goo.gl', 'ow.ly', 'buff.ly', 'cutt.ly', 'shorturl.at',
    'tiny.cc', 'rebrand.ly', 'linktr.ee', 'lnkd.in', 'v.gd', 'bl.ink', 'shorturl.com', 's.id', 'qr.codes',
  ],
  webmailProviders: [...WEBMAIL_PROVIDERS],
  defaultCountry: 'GB',
  // UK families' other home countries first, then the English-speaking ones.
  phoneRegions: ['IE', 'US', 'CA', 'IN', 'PK', 'PL', 'RO', 'NG', 'AU', 'FR', 'ES', 'PT', 'DE', 'IT', 'BD', 'ZA', 'NZ', 'GH', 'KE', 'LT'],
  minScore: 0.5,
  modelVeto: 0.05,
  extraWords: {},
};

/** Merge a partial configuration over the defaults; lists are extended, not replaced. */
export function makeEngineConfig(partial: Partial<EngineConfig> = {}): EngineConfig {
  const d = DEFAULT_ENGINE_CONFIG;
  return {
    allowedDomains: unique([...d.allowedDomains, ...(partial.allowedDomains ?? [])]),
    // The educational list is replaced, not extended, when given: a deployment may want fewer.
    educationalSites: unique(partial.educationalSites ?? d.educationalSites),
    allowedEmails: unique([...d.allowedEmails, ...(partial.allowedEmails ?? [])].map((e) => e.toLowerCase())),
    shortenerDomains: unique([...d.shortenerDomains, ...(partial.shortenerDomains ?? [])]),
    webmailProviders: unique([...d.webmailProviders, ...(partial.webmailProviders ?? [])]),
    defaultCountry: partial.defaultCountry ?? d.defaultCountry,
    phoneRegions: partial.phoneRegions ?? d.phoneRegions,
    minScore: partial.minScore ?? d.minScore,
    modelVeto: partial.modelVeto ?? d.modelVeto,
    extraWords: { ...d.extraWords, ...(partial.extraWords ?? {}) },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
