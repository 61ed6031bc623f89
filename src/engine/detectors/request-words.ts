/**
 * The documented phrasings of the `request` detector: asking the other person for their contact
 * details, to contact or meet outside the platform, or to move the conversation elsewhere — polite
 * ("Would you mind sharing your mobile number?") or pushy ("I need your number."). A deployment adds
 * phrases with `config.extraWords.request` (each found phrase is a request).
 *
 * Each rule is a bounded regex over the lower-cased, leet-folded text; `needsQuestion` rules only
 * count when the sentence asks something, and `offPlatformOnly` rules do not count when the same
 * clause keeps things on the platform ("message me on here").
 */

/** Words after "number"/"email" that make it something else ("number line", "email password"). */
const NOT_A_DETAIL =
  String.raw`(?!\s*(?:password|passwords|login|log-?in|settings?|inbox|signature|subject|notifications?|line|lines|plate|of|one|bond|bonds|grid|sense|pattern|sequence|system|format|square|machine|skills|question|questions|answer|answers))`;

/** What can be asked for (after "your"). */
const DETAIL =
  String.raw`(?:(?:personal|private|own|mobile|home|best|direct|work|real|actual|new|proper|phone|cell|whatsapp|contact|email|e-mail|snapchat|instagram|insta|discord|skype|telegram|facebook)\s+){0,2}(?:numbers?|no\.?|num|digits|mobile|email|e-mail|email address|e-mail address|address|postcode|post code|details|contact|contacts|contact details|contact info|socials?|@|handle|user|username|snap|snapchat|insta|instagram|ig|whatsapp|discord|skype|telegram|facebook|fb|tiktok|twitter|deets|addy|gmail|hotmail|outlook)(?![a-z0-9])${NOT_A_DETAIL}`;

/** A request rule. */
export interface RequestRule {
  re: RegExp;
  score: number;
  why: string;
  /** Only counts when the sentence is a question (or starts like one). */
  needsQuestion?: boolean;
  /** Does not count when the same clause keeps the contact on the platform. */
  offPlatformOnly?: boolean;
  /** Run on the text before leetspeak folding (the rule needs a real "@"). */
  unfolded?: boolean;
  /** `detail`: the rule asks for a named contact detail (a handle may also be `social`). */
  asksFor?: 'detail';
  /** Cheap pretest: the rule can only match when one of these words is in the message. */
  words: readonly string[];
}

/** Off-platform places and manners ("somewhere else", "outside the app", "directly with you"). */
const ELSEWHERE =
  String.raw`(?:somewhere (?:else|less\b|more private|private|other)|elsewhere|anywhere else|outside (?:of )?(?:here|this|the (?:app|site|platform|website|lessons?)|mytutor|lessons?)|off (?:the )?(?:app|site|platform|here)|offline|(?:stay|keep|be|get) in touch|directly with (?:you|u|me)|(?:arrange|book|pay|deal|sort|organise|organize)\w* (?:\w+ ){0,3}directly|(?:contact|message|text|call|email|speak (?:to|with)|talk (?:to|with)|chat (?:to|with)) (?:you|u|me) directly|privately|away from (?:here|the app|this|the site)|take (?:this|it|things) (?:to|somewhere|elsewhere|offline|outside|off)|not (?:on|through) here|that (?:isn'?t|is not|isnt) (?:this|here|the app)|other than (?:here|this|the app)|less\W{0,4}monitored|more private|between (?:us|ourselves))`;

/** The default rules. */
export const REQUEST_RULES: readonly RequestRule[] = [
  {
    // "what's your number", "can i get ur snap", "drop ur digits", "would you mind sharing your mobile number"
    re: new RegExp(
      String.raw`\b(?:what'?s|whats|wats|wots|what is|what are|wat is|wat'?s|(?:can|could|may) (?:i|we|she|he|they|my (?:mum|mom|dad|husband|wife|partner|son|daughter|sister|brother|friend)) (?:possibly |please |just |maybe )?(?:get|have|take|grab|ask for)|(?:can|could|will|would) (?:you|u) (?:please |pls )?(?:give|send|share|text|dm|drop|pass|tell|pm|pop|fill in|enter|write down|leave)(?: me| us)?|would (?:you|u) mind (?:giving|sending|sharing|passing)(?: me| us)?|give me|giv me|gimme|send me|drop|share|pass me|tell me|let me have|(?:i|we|he|she|they) (?:need|want|would like|'d like)|(?:wants|wanted|asked for|asks for)|have (?:you|u) got|do (?:you|u) have|swap|exchange|take)\b(?:\s+(?:me|us|just|quickly|please|pls|plz))?\s+(?:(?:\w+\s+){0,2}?)(?:your|ur|yr|ya|you'?re)\s+${DETAIL}`,
      'g',
    ),
    words: ['your', 'ur', 'yr', 'ya', 're'],
    score: 0.75,
    why: 'asks for their contact details',
    asksFor: 'detail',
  },
  {
    // "have you got a personal email?", "do you have a number I can…"
    re: /\b(?:have (?:you|u) got|do (?:you|u) have|got|is there)\s+(?:a|an|any)\s+(?:(?:personal|private|other|direct|mobile|home|work|different|best|phone)\s+){0,2}(?:number|email|e-mail|email address|mobile|phone number|whatsapp|snap|insta)\b(?!\s*(?:password|login|settings?|line|lines|plate|of|one|bond|bonds|grid|sense|pattern|sequence|system|format|square|machine|skills))/g,
    words: ['got', 'have', 'there'],
    score: 0.7,
    why: 'asks whether they have a contact detail',
    needsQuestion: true,
  },
  {
    // "swap numbers", "exchange emails"
    re: /\b(?:swap|exchange|share|trade|swop)\s+(?:our\s+)?(?:numbers|emails|details|contacts|socials|snaps|instas)\b/g,
    words: ['swap', 'exchange', 'share', 'trade', 'swop'],
    score: 0.7,
    why: 'proposes swapping contact details',
  },
  {
    // "what's the best number to get you on?", "is there a way to message u that isn't this"
    re: /\b(?:number|email|e-mail|email address|mobile)\b[^.?!\n]{0,30}?\b(?:reach|contact|get hold of|get|message|text|call|ring|email|talk to|chat (?:to|with)|speak to|whatsapp|dm)\s+(?:you|u|ya)\b/g,
    words: ['reach', 'contact', 'hold', 'get', 'message', 'text', 'call', 'ring', 'email', 'talk', 'chat', 'speak', 'whatsapp', 'dm'],
    score: 0.7,
    why: 'asks how to reach them directly',
    needsQuestion: true,
  },
  {
    re: new RegExp(String.raw`\b(?:way|place|app|somewhere|how)\b[^.?!\n]{0,30}?\b(?:reach|contact|get hold of|message|text|call|ring|email|talk to|chat (?:to|with)|speak to)\s+(?:you|u|ya)\b[^.?!\n]{0,40}?${ELSEWHERE}`, 'g'),
    words: ['reach', 'contact', 'hold', 'message', 'text', 'call', 'ring', 'email', 'talk', 'chat', 'speak'],
    score: 0.7,
    why: 'asks how to reach them outside the platform',
    needsQuestion: true,
  },
  {
    // "can we talk somewhere else?", "would you be happy to stay in touch directly?", "let's take this to DMs"
    re: new RegExp(
      String.raw`\b(?:can|could|shall|should|why don'?t|how about|is there|are there|let'?s|lets|would (?:you|u)|would it be|happy to|do (?:you|u) (?:do|offer|teach|tutor)|any chance)\b[^.?!\n]{0,50}?${ELSEWHERE}`,
      'g',
    ),
    words: ['somewhere', 'elsewhere', 'anywhere', 'outside', 'off', 'offline', 'touch', 'directly', 'privately', 'away', 'take', 'not', 'isn', 'isnt', 'other', 'monitored', 'private', 'between'],
    score: 0.65,
    why: 'asks to move somewhere else',
  },
  {
    // "can you call me instead?", "please text me when you get this"
    re: /\b(?:(?:can|could|would|will) (?:you|u)(?: please| pls)?|pls|please|plz|would (?:you|u) mind)\s+(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|txt|email(?:ing)?|e-mail(?:ing)?|whatsapp(?:ing)?|dm(?:ing)?|facetim(?:e|ing)|contact(?:ing)?|snap(?:ping)?)\s+(?:me|us|her|him|my)\b/g,
    words: ['call', 'calling', 'ring', 'ringing', 'phone', 'phoning', 'text', 'texting', 'txt', 'email', 'emailing', 'e', 'whatsapp', 'whatsapping', 'dm', 'dming', 'facetime', 'facetiming', 'contact', 'contacting', 'snap', 'snapping'],
    score: 0.7,
    why: 'asks to be contacted outside the platform',
    offPlatformOnly: true,
  },
  {
    re: /\b(?:(?:can|could|may|shall)\s+(?:i|we)|(?:ok|okay|alright|fine|all right) if (?:i|we)|mind if (?:i|we))\s+(?:call|ring|phone|text|txt|email|e-mail|whatsapp|dm|facetime|add|snap|contact)\s+(?:(?:the|this|my|it|them)(?:\s+\w+)?\s+to\s+)?(?:you|u)\b/g,
    words: ['call', 'ring', 'phone', 'text', 'txt', 'email', 'e', 'whatsapp', 'dm', 'facetime', 'add', 'snap', 'contact'],
    score: 0.7,
    why: 'asks to contact them outside the platform',
    offPlatformOnly: true,
  },
  {
    re: /\b(?:can|could|would|will) (?:you|u)(?: please| pls)? message (?:me|us|her|him) (?:there|on (?:that|this|my|her|his|the) (?:number|mobile|phone))\b/g,
    words: ['message'],
    score: 0.7,
    why: 'asks to be messaged on a phone',
  },
  {
    // "could you send the worksheets to name@example.com?"
    re: /\b(?:(?:can|could|would|will) (?:you|u)|pls|please|plz)\s(?:send|email|e-mail|forward|post|text)\b[^.?!\n]{0,40}?\bto\s+[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\.[a-z]{2,}/g,
    words: ['send', 'email', 'e', 'forward', 'post', 'text'],
    score: 0.7,
    why: 'asks to be sent something at an outside address',
    unfolded: true,
  },
  {
    // "send it to my personal email instead", "can you forward the worksheet to my gmail": asks for
    // things to go to the sender's own address or phone rather than through the platform
    re: /(?:^|[,.!?;:]\s*|\b(?:(?:can|could|would|will) (?:you|u)|pls|please|plz|just)\s+)(?:send|email|e-mail|forward|text|whatsapp)\s+(?:it|them|this|that|these|those|me\s+(?:it|them|the\s+\w+)|the\s+\w+(?:\s+\w+)?)\s+(?:over\s+)?to\s+my\s+(?:personal\s+|private\s+|own\s+|home\s+|other\s+|work\s+|real\s+)?(?:email(?:\s+address)?|e-mail|inbox|gmail|hotmail|outlook|yahoo|icloud|phone|mobile|number|whatsapp)\b/g,
    words: ['send', 'email', 'e', 'forward', 'text', 'whatsapp'],
    score: 0.7,
    why: 'asks to be sent something at their own address or number, off the platform',
    offPlatformOnly: true,
  },
  {
    // meeting in person
    re: /\b(?:could|can|would|will) (?:you|u) come (?:to|round|over|here|by)\b|\bcome (?:round|over) (?:to )?(?:ours|mine|my place|our place|my house|our house)\b|\bcome to (?:ours|mine|my (?:house|place|flat)|our (?:house|place|flat))\b|\bwhere(?:abouts)? do (?:you|u) live\b|\bwhere (?:do|are) (?:you|u) (?:based|located)\b|\bmeet (?:me|up|you) (?:at|in|outside|by|near)\b|\b(?:grab|get) a coffee\b|\bcome by\b|\bpop (?:round|over|by)\b|\bi could come to (?:yours|your house|your place|you)\b|\b(?:do (?:it |them |lessons |sessions )?|lessons? |sessions? )in person\b/g,
    words: ['come', 'live', 'based', 'located', 'meet', 'coffee', 'pop', 'person'],
    score: 0.65,
    why: 'asks to meet in person',
    offPlatformOnly: true,
  },
  {
    // "is there any other way to contact you?"
    re: /\b(?:any|another|other|different|better|easier|quicker|best|easiest) (?:way|means|place|app|number|email) (?:to|i can|we can|of|i could|we could) (?:contact|reach|message|talk to|chat (?:to|with)|speak to|get hold of|get in touch with|call|text|email) (?:you|u|ya)\b/g,
    words: ['way', 'means', 'place', 'app', 'number', 'email'],
    score: 0.65,
    why: 'asks for another way to reach them',
    needsQuestion: true,
    offPlatformOnly: true,
  },
  {
    // "easier to explain on the phone": moving the conversation to a call
    re: /\b(?:easier|quicker|better|simpler) (?:to (?:explain|talk|chat|discuss|sort (?:it|this|that) out|go through)(?: it| this| that)? )?(?:on|over) the phone\b|\b(?:can|could|shall|should) (?:we|i) (?:speak|talk|chat|catch up) (?:on|over|by) (?:the )?phone\b|\b(?:give (?:me|you|u) a|have a quick) (?:call|ring|bell)\b/g,
    words: ['phone', 'call', 'ring', 'bell'],
    score: 0.65,
    why: 'moves the conversation to a phone call',
    offPlatformOnly: true,
  },
  {
    // getting away from moderation
    re: /\b(?:nobody|no one|noone|no1) (?:reads|checks|monitors|will see|sees|is reading|looks at)\b|\bless\W{0,4}monitored\b|\b(?:these|our|the) messages (?:being )?(?:read|monitored|checked|watched)\b|\bwithout (?:mytutor|them|the app|anyone) (?:seeing|knowing|reading)\b/g,
    words: ['nobody', 'one', 'noone', 'no', 'monitored', 'messages', 'without'],
    score: 0.7,
    why: 'wants to avoid the platform seeing the conversation',
  },
];

/** Language lessons and quotes: asking "what's your number" in French is practice, not a request. */
export const LANGUAGE_PRACTICE = /\b(?:how do (?:you|u|i) say|in (?:french|spanish|german|italian|welsh|mandarin)|translate|translation|role-?play|vocab|phrase|the question says|the text says|the (?:writer|author|narrator|speaker|poet|character)|in the (?:letter|poem|text|extract|story|novel|play|article))\b/;
