/**
 * Webmail providers, in one place for every part of the engine that knows them: the email detector
 * (an address at one of them needs no top-level domain: "jane.doe@gmail"), the at/dot normaliser
 * (when a spoken "at" is rewritten to "@"), and conversation memory (a provider named in one message
 * gives the next its meaning). A deployment adds providers through `EngineConfig.webmailProviders`.
 */

/** Providers an address may be "at" without a top-level domain. */
export const WEBMAIL_PROVIDERS: readonly string[] = [
  'gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'ymail', 'icloud', 'live', 'msn', 'aol', 'protonmail', 'gmx',
  'btinternet', 'btopenworld', 'sky', 'virginmedia', 'talktalk', 'zoho', 'yandex', 'tutanota', 'fastmail', 'ntlworld',
  'blueyonder', 'tiscali', 'rocketmail',
  // Not here on purpose: "me", "mac", "mail", "hey", "pm" — ordinary words after "at".
];

/**
 * The providers people name when they give an address ("I use Outlook", "it's on Hotmail"): a
 * mention of one is a cue. Not the ones that are everyday words ("live", "sky") or rare.
 */
export const NAMED_PROVIDERS: readonly string[] = ['gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'icloud', 'protonmail', 'aol'];

/** `NAMED_PROVIDERS` as a regex alternation (plain words, no escaping needed). */
export const NAMED_PROVIDERS_ALTERNATION = NAMED_PROVIDERS.join('|');
