/**
 * Site lists for the url detector. Documented data: a deployment extends allow-lists and shorteners in
 * its configuration (`EngineConfig`); these lists say what a host IS, not whether it is allowed.
 */

/** Social networks: a link to one is a profile, so it is reported as `social` as well as `url`. */
export const SOCIAL_SITES = [
  'instagram.com', 'instagr.am', 'facebook.com', 'fb.com', 'fb.me', 'm.me', 'tiktok.com', 'snapchat.com', 'twitter.com',
  'x.com', 'linkedin.com', 'youtube.com', 'youtu.be', 'threads.net', 'linktr.ee', 'reddit.com', 'pinterest.com',
  'tumblr.com', 'twitch.tv', 'bsky.app', 'mastodon.social', 'vk.com', 'beacons.ai', 'bio.link', 'carrd.co',
];

/**
 * Top-level domains accepted for a link written without a scheme or "www.". Curated: the full list
 * turns file names and joined sentences ("script.py", "task.next", "it.It") into links.
 */
export const FUZZY_TLDS = new Set([
  'com', 'net', 'org', 'uk', 'io', 'co', 'me', 'ly', 'gg', 'app', 'info', 'biz', 'xyz', 'site', 'online', 'dev', 'ai',
  'tv', 'ie', 'edu', 'gov', 'ac', 'link', 'page', 'us', 'de', 'fr', 'au', 'ca', 'nz', 'store', 'shop', 'club', 'gl',
  'gle', 'ee', 'gd', 'gy', 'to', 'cc', 'sh', 'im', 'am', 'fm', 'es', 'nl', 'eu', 'in', 'website', 'blog', 'tech',
  'uk.com', 'sch', 'ws', 'xxx', 'рф',
  // Not here on purpose: vanity TLDs that are everyday words ("tutor", "school", "chat", "zoom"),
  // which turn "lucy.brennan.tutor" or "go.zoom" into links.
]);

/** TLDs that are also English words: such a link needs a path or a known site to count. */
export const WORDLIKE_TLDS = new Set([
  'me', 'to', 'in', 'am', 'so', 'is', 'it', 'at', 'no', 'us', 'be', 'do', 'go', 'my', 'an', 'as', 'by', 'he', 'hi', 'if',
  'of', 'on', 'or', 'we', 'im', 'sh', 'es', 'co', 'ly', 'page', 'link', 'blog', 'shop', 'store', 'club', 'site',
  'online', 'app', 'dev', 'tech', 'website',
]);
