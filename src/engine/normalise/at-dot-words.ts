/**
 * Data for the at-dot transformer. Kept beside it. The webmail providers are the engine's list
 * (webmail.ts); a deployment's extra providers count for detection, not for rewriting a spoken "at".
 */
import { WEBMAIL_PROVIDERS as PROVIDERS } from '../webmail.js';

/** Webmail providers: "name at gmail" is an email address even with no top-level domain. */
export const WEBMAIL_PROVIDERS: ReadonlySet<string> = new Set(PROVIDERS);

/**
 * Top-level domains that people actually say aloud in chat ("dot com", "dot co dot uk"). Short and
 * curated on purpose: the full IANA list makes "task.next" and "script.py" look like links.
 */
export const SPOKEN_TLDS: ReadonlySet<string> = new Set([
  'com', 'co', 'uk', 'org', 'net', 'io', 'ly', 'gg', 'tv', 'app', 'info', 'biz', 'xyz', 'ac', 'edu', 'gov',
  'ie', 'de', 'fr', 'es', 'it', 'nl', 'au', 'ca', 'nz', 'us', 'me', 'site', 'online', 'link', 'page', 'dev',
  'ai', 'cc', 'to', 'gd', 'store', 'shop', 'club', 'live', 'email', 'im', 'sh', 'so', 'fm', 'ng', 'in', 'pk',
]);
