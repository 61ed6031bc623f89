/**
 * The documented word data of the `platform` detector: other communication and video platforms and
 * social networks, their usual misspellings, and the indirect hints people use instead of a name.
 *
 * - `ambiguous` names are also ordinary words ("zoom in", "teams of three", "signal processing",
 *   "a snap decision", "real discord"): they need a clear invitation around them to count.
 * - Unambiguous names (WhatsApp, Skype…) count with a weaker cue ("my whatsapp", "on WhatsApp").
 * - `social` networks are reported as kind `social` (a place to be contacted), the rest as `platform`.
 * - Every name also matches leetspeak, spaced letters and tripled letters (the detector matches on
 *   the text's skeleton, see `skeletonOf`); `variants` add misspellings the skeleton does not undo.
 *
 * A deployment adds names with `config.extraWords.platform` (treated as unambiguous platforms).
 */

/** One platform or network. */
export interface PlatformWord {
  /** Canonical lower-case name, as reported in `value`. */
  name: string;
  kind: 'platform' | 'social';
  /** True when the name is also an ordinary word and needs an invitation to count. */
  ambiguous: boolean;
  /** Other spellings (lower case); each is fuzzed like the name. */
  variants?: string[];
  /** Only match when written in capitals in the original (abbreviations such as "FT", "WA"). */
  upperOnly?: boolean;
  /** Match literally: no leetspeak or separators (short or risky words). */
  literal?: boolean;
}

/** The default list. */
export const PLATFORM_WORDS: readonly PlatformWord[] = [
  { name: 'whatsapp', kind: 'platform', ambiguous: false, variants: ['whatsap', 'whatapp', 'watsapp', 'watsap', 'wotsapp', 'whatsaap', 'whats app', 'whats ap', 'wats app', 'whattsapp'] },
  { name: 'skype', kind: 'platform', ambiguous: false, variants: ['skipe', 'skyp'] },
  { name: 'telegram', kind: 'platform', ambiguous: true, variants: ['telegramm', 'telegran'] },
  { name: 'wechat', kind: 'platform', ambiguous: false },
  { name: 'imessage', kind: 'platform', ambiguous: false, variants: ['imsg'] },
  { name: 'facetime', kind: 'platform', ambiguous: false, variants: ['facetym', 'face time'] },
  { name: 'viber', kind: 'platform', ambiguous: false },
  { name: 'google meet', kind: 'platform', ambiguous: false, variants: ['gmeet', 'g meet', 'hangouts', 'google hangouts', 'google duo'] },
  { name: 'microsoft teams', kind: 'platform', ambiguous: false, variants: ['ms teams'] },
  { name: 'webex', kind: 'platform', ambiguous: false },
  { name: 'whereby', kind: 'platform', ambiguous: true, literal: true },
  { name: 'zoom', kind: 'platform', ambiguous: true },
  { name: 'teams', kind: 'platform', ambiguous: true },
  { name: 'signal', kind: 'platform', ambiguous: true },
  { name: 'discord', kind: 'platform', ambiguous: true, variants: ['discrod'] },
  { name: 'messenger', kind: 'platform', ambiguous: true, variants: ['fb messenger', 'facebook messenger'] },
  { name: 'kik', kind: 'platform', ambiguous: true, literal: true },
  { name: 'ft', kind: 'platform', ambiguous: true, upperOnly: true, literal: true },
  { name: 'wa', kind: 'platform', ambiguous: true, upperOnly: true, literal: true },
  { name: 'snapchat', kind: 'social', ambiguous: false, variants: ['snap chat', 'snapchap'] },
  { name: 'instagram', kind: 'social', ambiguous: false, variants: ['insta gram', 'instagramm'] },
  { name: 'tiktok', kind: 'social', ambiguous: false, variants: ['tik tok', 'tic toc', 'tiktock'] },
  { name: 'bereal', kind: 'social', ambiguous: false, literal: true },
  { name: 'linkedin', kind: 'social', ambiguous: false, variants: ['linked in'] },
  { name: 'snap', kind: 'social', ambiguous: true },
  { name: 'insta', kind: 'social', ambiguous: true, variants: ['instaa'] },
  { name: 'ig', kind: 'social', ambiguous: true, literal: true },
  { name: 'the gram', kind: 'social', ambiguous: true, literal: true },
  { name: 'facebook', kind: 'social', ambiguous: true, variants: ['face book'] },
  { name: 'fb', kind: 'social', ambiguous: true, literal: true },
  { name: 'twitter', kind: 'social', ambiguous: true },
  { name: 'youtube', kind: 'social', ambiguous: true, variants: ['you tube'] },
  { name: 'dms', kind: 'social', ambiguous: true, literal: true },
];

/**
 * Indirect hints: a platform described rather than named ("the green app", "the yellow ghost",
 * "the one with the paper plane logo", "the Microsoft one", "the app where messages disappear").
 * Each pattern is bounded; `kind` says which kind the hinted platform is.
 */
export const PLATFORM_HINTS: readonly { re: RegExp; kind: 'platform' | 'social'; why: string; score: number }[] = [
  // colour + icon noun: "green phone icon", "yellow ghost app", "blue video-call one"
  {
    re: /\b(?:green|yellow|blue|purple|pink|white|black)[ -](?:(?:little|video|phone)[ -])?(?:ghost|clock|bird|music note)\b/g,
    kind: 'social', why: 'indirect hint: coloured icon of a social app', score: 0.75,
  },
  {
    re: /\b(?:green|yellow|blue|purple|pink)[ -](?:phone|camera|video[ -]?camera|video(?:[ -]call)?|paper[ -]plane|plane|speech bubble|chat bubble)(?:[ -](?:icon|logo|app|one|thing))?\b/g,
    kind: 'platform', why: 'indirect hint: coloured icon of a messaging or video app', score: 0.75,
  },
  { re: /\b(?:app|one|icon|logo) with (?:the|a) (?:little )?(?:ghost|clock|bird|music note)\b/g, kind: 'social', why: 'indirect hint: app described by its icon', score: 0.75 },
  { re: /\b(?:app|one|icon|logo) with (?:the|a) (?:little )?(?:phone|camera|paper plane|plane|speech bubble)\b/g, kind: 'platform', why: 'indirect hint: app described by its icon', score: 0.75 },
  { re: /\b(?:ghost|clock) (?:app|logo|icon)\b/g, kind: 'social', why: 'indirect hint: app described by its icon', score: 0.75 },
  { re: /\b(?:paper plane|speech bubble) (?:app|logo|icon|one)\b/g, kind: 'platform', why: 'indirect hint: app described by its icon', score: 0.75 },
  { re: /\bthe (?:green|yellow|blue|purple) app\b/g, kind: 'platform', why: 'indirect hint: "the <colour> app"', score: 0.7 },
  { re: /\b(?:the|that) (?:microsoft|google|apple) one\b|\b(?:one|app) (?:that )?microsoft (?:makes|make|do|does)\b/g, kind: 'platform', why: 'indirect hint: "the Microsoft one"', score: 0.6 },
  { re: /\b(?:app|one) (?:where|that) (?:the )?(?:messages?|texts?|chats?) (?:disappear|vanish|delete)/g, kind: 'platform', why: 'indirect hint: disappearing-messages app', score: 0.7 },
  { re: /\b(?:app|one) (?:where|that) (?:the )?(?:pictures?|pics|photos?|snaps) (?:disappear|vanish|delete)/g, kind: 'social', why: 'indirect hint: disappearing-pictures app', score: 0.7 },
  { re: /\badd (?:you|u|him|her|them) to (?:the|our|my|a) (?:\w+ )?group(?: chat)?\b/g, kind: 'platform', why: 'offers to add to an outside group chat', score: 0.6 },
  { re: /\b(?:g|google )?meet (?:link|invite|code)\b/g, kind: 'platform', why: 'a Google Meet link or invite', score: 0.6 },
];

/**
 * A hint that needs a conversation around it: "the green one" means an app only when an app, group
 * or chat was just mentioned (used on joined conversation windows as well as single messages).
 */
export const COLOUR_ONE = /\bthe (?:green|yellow|blue|purple) one\b/g;
/** Words that make "the green one" an app. */
export const COMMS_CONTEXT = /\b(?:app|apps|group|chat|message|messaging|call|calls|video|icon|logo|use for)\b/;

/**
 * Links to meetings and chats on other platforms: a platform finding as well as a link. Every host
 * here contains ".us", ".com", ".me" or ".gg", and the detector runs this regex only on the runs
 * of text holding one (MEETING_SEED): a host under another domain must be added there too.
 */
export const MEETING_LINK =
  /(?<![a-z0-9.-])(?:(?:[a-z0-9-]+\.)?zoom\.us|meet\.google\.com|teams\.(?:microsoft|live)\.com|join\.skype\.com|chat\.whatsapp\.com|api\.whatsapp\.com|wa\.me|t\.me|telegram\.me|discord\.gg|discord\.com\/invite|m\.me|whereby\.com|[a-z0-9-]+\.webex\.com)(?![a-z0-9-])(?:\/[^\s]{0,80})?/g;
/** What every host of MEETING_LINK holds. */
export const MEETING_SEED = /\.(?:us|com|me|gg)/g;
