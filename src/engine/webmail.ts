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

/**
 * The canonical domain of each provider, for the `value` of an address written without one
 * ("jane.doe at gmail" → jane.doe@gmail.com). The most common domain is chosen where a provider has
 * several (Hotmail and Yahoo also have .co.uk): the value is a best reading, the span is the evidence.
 */
export const PROVIDER_DOMAINS: Readonly<Record<string, string>> = {
  gmail: 'gmail.com', googlemail: 'googlemail.com', hotmail: 'hotmail.com', outlook: 'outlook.com', yahoo: 'yahoo.com',
  ymail: 'ymail.com', icloud: 'icloud.com', live: 'live.com', msn: 'msn.com', aol: 'aol.com', protonmail: 'protonmail.com',
  gmx: 'gmx.com', btinternet: 'btinternet.com', btopenworld: 'btopenworld.com', sky: 'sky.com', virginmedia: 'virginmedia.com',
  talktalk: 'talktalk.net', zoho: 'zoho.com', yandex: 'yandex.com', tutanota: 'tutanota.com', fastmail: 'fastmail.com',
  ntlworld: 'ntlworld.com', blueyonder: 'blueyonder.co.uk', tiscali: 'tiscali.co.uk', rocketmail: 'rocketmail.com',
};

/**
 * How people describe a provider instead of naming its domain ("the google one", "the BT one", "my
 * outlook", "the apple email"): the described name → the provider's domain. Documented data.
 */
export const DESCRIBED_PROVIDERS: Readonly<Record<string, string>> = {
  google: 'gmail.com', gmail: 'gmail.com', 'g mail': 'gmail.com', 'gee mail': 'gmail.com', 'google mail': 'gmail.com', googlemail: 'googlemail.com',
  bt: 'btinternet.com', btinternet: 'btinternet.com', 'bt internet': 'btinternet.com',
  outlook: 'outlook.com', microsoft: 'outlook.com', hotmail: 'hotmail.com', live: 'live.com',
  yahoo: 'yahoo.com', apple: 'icloud.com', icloud: 'icloud.com', 'i cloud': 'icloud.com',
  sky: 'sky.com', virgin: 'virginmedia.com', 'virgin media': 'virginmedia.com', talktalk: 'talktalk.net', 'talk talk': 'talktalk.net',
  aol: 'aol.com', proton: 'protonmail.com', protonmail: 'protonmail.com', gmx: 'gmx.com', yandex: 'yandex.com',
};

/** The provider's domain for a name written without its top-level domain, or undefined. */
export function providerDomain(name: string): string | undefined {
  return PROVIDER_DOMAINS[name.toLowerCase()];
}

/**
 * The provider a misspelt name stands for ("gmial", "hotmal", "outlok", "yahooo"): one letter
 * added, dropped, changed or two swapped, in a name of five letters or more (shorter ones, "aol",
 * "msn", "sky", would match ordinary words). Returns the provider, or undefined.
 */
export function nearProvider(label: string): string | undefined {
  const l = label.toLowerCase();
  if (l.length < 4 || l.length > 16) return undefined;
  for (const p of WEBMAIL_PROVIDERS) if (p.length >= 5 && Math.abs(p.length - l.length) <= 1 && withinOneEdit(l, p)) return p;
  return undefined;
}

/** Damerau–Levenshtein distance of at most one (insert, delete, substitute, or swap two neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
