/**
 * Context for the phone detector: words near a digit run that make it a phone number, and words or
 * shapes that make it something else (a page, an ISBN, a price, a sum). Documented data; a deployment
 * adds words through `config.extraWords.phone` (supporting) and `config.extraWords['phone-not']`.
 */

/** Words that, near a digit run, say it is a phone number. */
export const PHONE_WORDS = [
  'call', 'calls', 'calling', 'ring', 'phone', 'mobile', 'mob', 'cell', 'tel', 'telephone', 'text', 'txt', 'texting',
  'sms', 'number', 'no', 'num', 'digits', 'whatsapp', 'whats app', 'wa', 'reach', 'contact', 'landline', 'dial',
  'signal', 'telegram', 'viber', 'facetime', 'imessage', 'ping', 'buzz', 'message me', 'msg', 'hmu', 'work line',
  'home line', 'office', 'emergencies', 'emergency', 'on', 'is', 'its', "it's",
];

/** Strong phone words (the weak ones above — "on", "is" — only count together with a phone shape). */
export const STRONG_PHONE_WORDS = new Set([
  'call', 'calls', 'calling', 'ring', 'phone', 'mobile', 'mob', 'cell', 'tel', 'telephone', 'text', 'txt', 'texting',
  'sms', 'whatsapp', 'wa', 'reach', 'contact', 'landline', 'dial', 'telegram', 'viber', 'facetime', 'imessage', 'msg',
  'hmu', 'emergencies', 'emergency',
]);

/**
 * Phrases that make "number", "no", "digits" mean a phone number. Alone, "number" is the most common
 * word in maths chat ("the number of people"), so it only counts in these shapes.
 */
export const PHONE_PHRASES = /\b(?:my|your|ur)\s+(?:[a-z]+\s+)?(?:number|no|digits|mob|cell)\b|\b(?:my|your|ur|his|her|our|the best|mum's|dad's|work|home|personal|direct)\s+(?:number|no\.?|num|digits|mob)\b|\b(?:number|no|num|tel|mob)\s*:|\b(?:phone|mobile|contact|whatsapp|cell)\s+(?:number|no)\b|whats\s?app|face\s?time|i\s?message|hit me up|ring me|text me|call me|reach me|message me|get me on|on this number|\bdigits\b/;

/** Words that, just before a digit run, say it is not a phone number. */
export const NOT_PHONE_BEFORE = new Set([
  'isbn', 'page', 'pages', 'pg', 'pp', 'question', 'q', 'questions', 'paper', 'ref', 'reference', 'order', 'invoice',
  'booking', 'ticket', 'id', 'code', 'spec', 'specification', 'unit', 'room', 'year', 'years', 'chapter', 'section',
  'exercise', 'ex', 'mark', 'marks', 'score', 'scores', 'candidate', 'centre', 'center', 'serial', 'model', 'version',
  'account', 'acc', 'sort', 'iban', 'pin', 'postcode', 'zip', 'policy', 'tracking', 'student', 'doi', 'arxiv',
]);

/**
 * Words that name a country near a number ("my Irish mobile", "back home in Pakistan"): the number is
 * read in that country's plan first. Documented data; lower case, matched as whole words.
 */
export const COUNTRY_WORDS: Readonly<Record<string, string>> = {
  ireland: 'IE', irish: 'IE', eire: 'IE', dublin: 'IE',
  india: 'IN', indian: 'IN', pakistan: 'PK', pakistani: 'PK', bangladesh: 'BD', bangladeshi: 'BD',
  poland: 'PL', polish: 'PL', romania: 'RO', romanian: 'RO', nigeria: 'NG', nigerian: 'NG', ghana: 'GH', kenya: 'KE',
  australia: 'AU', australian: 'AU', oz: 'AU', aussie: 'AU', france: 'FR', french: 'FR', spain: 'ES', spanish: 'ES',
  portugal: 'PT', portuguese: 'PT', germany: 'DE', german: 'DE', italy: 'IT', italian: 'IT',
  usa: 'US', american: 'US', states: 'US', canada: 'CA', canadian: 'CA', lithuania: 'LT', lithuanian: 'LT',
  'south africa': 'ZA', 'new zealand': 'NZ',
};

/** A country named in `near`, as a region code, or undefined. */
export function countryNear(near: string): string | undefined {
  const m = COUNTRY_RE.exec(near);
  return m ? COUNTRY_WORDS[m[1].replace(/\s+/g, ' ')] : undefined;
}
const COUNTRY_RE = new RegExp(`\\b(${Object.keys(COUNTRY_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`);
