/**
 * Social networks and the names people call them, for the social detector. Written in plain
 * letters; the detector also matches them spaced ("s n a p"), dotted and in leetspeak ("5n4p").
 * The list is the code's: the social detector reads no deployment words. A deployment that needs a
 * network of its own names it in `config.extraWords.platform`, where an invitation to it is found
 * (as kind `platform`); handles written after such a name are not looked for.
 */
export const SOCIAL_NAMES = [
  'instagram', 'insta', 'ig', 'snapchat', 'snap', 'sc', 'tiktok', 'tik tok', 'tt', 'twitter', 'x', 'threads', 'facebook',
  'fb', 'bereal', 'discord', 'telegram', 'tg', 'reddit', 'twitch', 'youtube', 'yt', 'linkedin', 'pinterest', 'tumblr',
  'kik', 'wechat', 'line', 'skype', 'gram', 'the gram', 'socials', 'messenger', 'signal', 'whatsapp',
];

/** Names too short or common to count without a handle-like token right after them. */
export const WEAK_NAMES = new Set(['ig', 'sc', 'tt', 'x', 'fb', 'tg', 'yt', 'line', 'gram', 'signal', 'snap', 'threads', 'socials']);
