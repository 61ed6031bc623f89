/**
 * The documented word data of the `address` detector: UK postcode areas, street-type words, and
 * the cues that make an address one to meet at ("I live at", "come to ours", "we're at number 9").
 * A deployment adds street-type words (other countries' "strasse", "calle") with
 * `config.extraWords.address`.
 */

/** The 121 UK postcode areas (outward code letters). A postcode must start with one of these. */
export const UK_POSTCODE_AREAS: ReadonlySet<string> = new Set(
  ('AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE ' +
    'NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ ' +
    'TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE').split(' '),
);

/**
 * A full UK postcode in lower-cased text: area, district, optional space (or a line break when
 * the two halves come in separate messages), sector digit and two unit letters (never C I K M O V).
 */
export const POSTCODE = /(?<![a-z0-9])([a-z]{1,2})(\d[a-z\d]?)[ \t\n]{0,3}(\d[abd-hjlnp-uw-z]{2})(?![a-z0-9])/g;

/** Street-type words that end a street name. */
export const STREET_TYPES = [
  'road', 'rd', 'street', 'st', 'lane', 'ln', 'avenue', 'ave', 'close', 'way', 'drive', 'dr', 'grove', 'crescent',
  'place', 'court', 'gardens', 'gdns', 'terrace', 'walk', 'mews', 'hill', 'row', 'square', 'sq', 'park', 'rise',
  'view', 'green', 'parade', 'boulevard', 'wharf', 'yard', 'vale', 'croft', 'fold', 'gate', 'chase', 'meadows',
  'cottages', 'estate', 'high street',
];

/** Cues that an address is shared to meet or to send things to (raise the score). */
export const ADDRESS_CUE =
  /\b(?:live|lives|living|we'?re at|we are at|i'?m at|come (?:to|round|over|by)|pop (?:round|over|by)|drop (?:off|round|by)|ours|my place|our place|my house|our house|address|postcode|post code|house|flat|door|gate|(?:send|post|deliver|drop|bring)\w* (?:\w+ ){0,3}(?:to|there)\b|deliver|tutor from home|from home|meet|near|opposite|behind|next to|can'?t miss)\b/;

/** Texts about famous or fictional addresses and lessons (lower the score). */
export const ADDRESS_MENTION =
  /\b(?:residence|prime minister|question|extract|novel|story|character|famous|fictional|museum|history|case study|citizenship|landmark|description|poem|chapter)\b/;

/** "I live at …", "my address is …", "we're (at) number 14". */
export const LIVE_AT =
  /\b(?:i|we|they|she|he|my \w+|our \w+) (?:live|lives) (?:at \S|in (?:flat|number|no\.?|house) [a-z0-9])|\b(?:my|our|her|his|the|nan'?s|mum'?s|dad'?s|home) (?:home )?address(?:'s| is|:)\s*\S|\b(?:we'?re|we are|i'?m|i am)(?: at)? (?:number|no\.?) \d{1,4}\b/g;

/** "Our postcode is …" (even spelled out: "ell ess six, three dee ex"). */
export const POSTCODE_STATEMENT = /\b(?:my|our|her|his|the|home|nan'?s|mum'?s|dad'?s) post ?code(?:'s| is|:)\s*[a-z0-9]/g;

/** The keyword before a postcode written with a space between every character ("M 2 0 6 R H"). */
export const POSTCODE_KEYWORD = /\bpost ?code\b(?:'s| is|:)?\s*/g;

/** what3words locations and map links to a place. */
export const LOCATION_LINK = /\/\/\/[a-z]{2,20}\.[a-z]{2,20}\.[a-z]{2,20}\b|(?<![a-z0-9.-])(?:maps\.app\.goo\.gl|goo\.gl\/maps|maps\.google\.[a-z.]{2,6}|google\.[a-z.]{2,6}\/maps|maps\.apple\.com)(?:\/[^\s]{0,60})?/g;

/** A meeting place on a named street ("meet me at the Costa on Bold Street"). */
export const MEET_ON_STREET =
  /\b(?:meet (?:me|you|us|up)|see (?:you|u) (?:at|in)|i'?ll be (?:at|in|by)|come (?:to|round|over|by))\b[^.?!\n]{0,40}?\b(?:on|in|at|off) (?:[a-z'’-]{2,20} ){1,2}(?:street|road|lane|avenue|square|high street|park)\b/g;

/** A house described on a named street ("we're the last house on Elm Close"). */
export const HOUSE_ON_STREET =
  /\b(?:we'?re|we are|i'?m|i am|we live|i live|our|my)\b[^.?!\n]{0,40}?\b(?:house|flat|door|cottage|bungalow|place)\b[^.?!\n]{0,30}?\b(?:on|in|at|off) (?:[a-z'’-]{2,20} ){1,2}(?:road|street|lane|avenue|close|way|drive|grove|crescent|place|court|gardens|terrace|walk|mews|hill|row|square|rise|view|green|parade)\b/g;

/** A room in halls or a block ("I'm in Lupton, block C"). */
export const HALLS = /\b(?:i'?m|we'?re|i am|we are) in [a-z'’-]{2,20},? (?:block|flat|room|house|halls?) [a-z0-9]{1,4}\b/g;
