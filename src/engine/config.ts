import type { EngineConfig } from './types.js';
import { WEBMAIL_PROVIDERS } from './webmail.js';

/**
 * The default engine configuration: the platform's own domains and support address, well-known
 * educational sites (from the corpus README's allowed list), link shorteners and webmail providers.
 * A deployment extends these in its policy file; nothing here is specific to one message.
 */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  allowedDomains: [
    'mytutor.co.uk', 'mytutor.com',
    'bbc.co.uk', 'khanacademy.org', 'desmos.com', 'geogebra.org', 'wikipedia.org', 'wikimedia.org',
    'aqa.org.uk', 'ocr.org.uk', 'pearson.com', 'qualifications.pearson.com', 'wjec.co.uk', 'eduqas.co.uk',
    'physicsandmathstutor.com', 'senecalearning.com', 'quizlet.com', 'mathsgenie.co.uk', 'corbettmaths.com',
    'savemyexams.com', 'gov.uk', 'nhs.uk', 'ccea.org.uk', 'sqa.org.uk', 'cambridgeinternational.org',
  ],
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
  extraWords: {},
};

/** Merge a partial configuration over the defaults; lists are extended, not replaced. */
export function makeEngineConfig(partial: Partial<EngineConfig> = {}): EngineConfig {
  const d = DEFAULT_ENGINE_CONFIG;
  return {
    allowedDomains: unique([...d.allowedDomains, ...(partial.allowedDomains ?? [])]),
    allowedEmails: unique([...d.allowedEmails, ...(partial.allowedEmails ?? [])].map((e) => e.toLowerCase())),
    shortenerDomains: unique([...d.shortenerDomains, ...(partial.shortenerDomains ?? [])]),
    webmailProviders: unique([...d.webmailProviders, ...(partial.webmailProviders ?? [])]),
    defaultCountry: partial.defaultCountry ?? d.defaultCountry,
    phoneRegions: partial.phoneRegions ?? d.phoneRegions,
    minScore: partial.minScore ?? d.minScore,
    extraWords: { ...d.extraWords, ...(partial.extraWords ?? {}) },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
