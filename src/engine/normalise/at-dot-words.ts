/**
 * Data for the at-dot transformer. Kept beside it; a deployment adds providers through
 * `EngineConfig.webmailProviders` for detection (this list only decides when a spelled-out
 * "at" is rewritten).
 */

/** Webmail providers: "name at gmail" is an email address even with no top-level domain. */
export const WEBMAIL_PROVIDERS: ReadonlySet<string> = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'ymail', 'icloud', 'msn', 'aol', 'protonmail', 'gmx',
  'btinternet', 'btopenworld', 'virginmedia', 'talktalk', 'zoho', 'yandex', 'tutanota', 'fastmail', 'ntlworld',
  'blueyonder', 'tiscali', 'rocketmail', 'live', 'sky',
  // Not here on purpose: "me", "mac", "mail", "hey", "pm" — ordinary words after "at".
]);

/**
 * Top-level domains that people actually say aloud in chat ("dot com", "dot co dot uk"). Short and
 * curated on purpose: the full IANA list makes "task.next" and "script.py" look like links.
 */
export const SPOKEN_TLDS: ReadonlySet<string> = new Set([
  'com', 'co', 'uk', 'org', 'net', 'io', 'ly', 'gg', 'tv', 'app', 'info', 'biz', 'xyz', 'ac', 'edu', 'gov',
  'ie', 'de', 'fr', 'es', 'it', 'nl', 'au', 'ca', 'nz', 'us', 'me', 'site', 'online', 'link', 'page', 'dev',
  'ai', 'cc', 'to', 'gd', 'store', 'shop', 'club', 'live', 'email', 'im', 'sh', 'so', 'fm', 'ng', 'in', 'pk',
]);
