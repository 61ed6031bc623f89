/**
 * The documented word data of the `payment` detector: payment providers and apps, the phrases that
 * move paying off the platform, and the cash/cheque/voucher wordings. A deployment adds provider
 * names with `config.extraWords.payment` (scored like the built-in providers).
 *
 * Harmless senses are kept out by context rather than by listing sentences: "cash flow", "spending
 * cash", "PayPal is a good example of a tertiary business", "a savings account paying 3%", and the
 * platform's own prices ("paid for the next block on the app") carry no off-platform cue.
 */

/** Payment providers and apps (fuzzed for leetspeak, separators and look-alikes). */
export const PAYMENT_PROVIDERS: readonly { name: string; variants?: string[] }[] = [
  { name: 'paypal', variants: ['pay pal', 'paypall', 'paypl'] },
  { name: 'venmo' },
  { name: 'revolut', variants: ['revolute'] },
  { name: 'monzo' },
  { name: 'cashapp', variants: ['cash app'] },
  { name: 'zelle' },
  { name: 'apple pay' },
  { name: 'google pay', variants: ['gpay'] },
  { name: 'banking app', variants: ['bank app', 'bank transfer', 'bacs', 'faster payment', 'standing order', 'bank details', 'bank account details'] },
  { name: 'crypto', variants: ['bitcoin', 'btc', 'ethereum', 'usdt', 'cryptocurrency'] },
  { name: 'western union', variants: ['moneygram', 'wise transfer'] },
];

/** Words that, near a provider, make it a way of paying someone (not a mention). */
export const PAY_CUE =
  /\b(?:pay|paid|paying|payment|send|sent|sending|transfer|bung|take|taking|accept|accepts|fine|ok|okay|me|you|u|instead|easier|quicker|details|deposit|link|request|square|invoice|refund|prefer)\b|[£$€]\s?\d|@[a-z0-9_.-]{2,}|:\s*\S/;

/** Maths and lessons about money: lowers a provider or bank word ("bank transfer question: …"). */
export const MONEY_LESSON =
  /\b(?:question|calculate|work out|how much|how many|interest|compound|balance|formula|equation|solve|savings|loan|borrow(?:ed|s)?|spends?|spent|deposited|withdraws?|piggy)\b/;

/**
 * Off-platform phrases that make any mention of paying, prices or lessons a payment finding
 * ("outside of here it's £25", "book privately", "skip the fees", "between ourselves").
 */
export const OFF_PLATFORM_STRONG =
  /\b(?:outside (?:of )?(?:here|this|the (?:app|site|website|platform|system)|mytutor)|off (?:the |this )?(?:app|site|website|platform|books|system|record|grid)|not (?:go(?:ing)? )?(?:through|via|on) (?:here|this|the (?:site|app|website|platform|system)|mytutor)|(?:didn'?t|don'?t|do not|did not|won'?t|wouldn'?t) go through (?:here|this|the (?:site|app|website|platform|system)|mytutor)|didn'?t go through|(?:rather than|instead of) (?:booking |paying |going |doing it )?(?:through|on|via|in) (?:here|this|the (?:site|app|website|platform)|mytutor)|instead of booking|between (?:us|ourselves|you and me|the two of us)|privately|private (?:rates?|prices?|lessons?|sessions?|arrangement|basis)|(?:arrange|book|sort|organise|organize|do)\w* (?:\w+ ){0,3}(?:ourselves|between us)|pay\w* (?:(?:you|u|me|us|him|her|them) )?(?:directly|direct)\b|directly with (?:you|me|us)|skip (?:the )?(?:site'?s? )?(?:fees?|commission|booking)|avoid (?:the )?(?:fees?|commission)|saves? (?:the |on )?(?:booking |site )?(?:fees?|commission)|cut out (?:the )?(?:middle ?man|fees?|site|app)|neither of us (?:loses|pays)|not paying (?:these|the|their|those) fees|(?:their|the site'?s|the app'?s|mytutor'?s) cut|cancel (?:the|your|our) booking|no need to book (?:them |it |these )?(?:on|through) here|(?:another|other|different|usual|old|same) way (?:of|to) pay(?:ing)?|pay(?:ing)? (?:you |u |it )?the way we did|off the books|mates'? rates?|friends'? rates?|cash in hand|(?:invoice|bill|pay|charge)\w* (?:\w+ ){0,3}separately)\b/;

/** What counts as money or booking talk next to an off-platform phrase. */
export const MONEY_WORD =
  /\b(?:pay|paid|paying|payment|payments|money|rates?|prices?|cheaper|cheap|fees?|invoices?|invoicing|cost|costs|charges?|book|booking|discount|knock|transfer|deposit|commission|lessons?|sessions?|tutoring|loses|cut|regulars|rates?)\b|[£$€]\s?\d|\d\s?%/;

/** "Cheaper there / on my own site". */
export const CHEAPER_ELSEWHERE =
  /\b(?:cheaper|discount|lower (?:rate|price)s?)\b[^.?!\n]{0,30}\b(?:there|on my (?:own )?(?:site|website|page))\b(?!\s+(?:is|was|are|were|will|would|might|may)\b)|\b(?:(?:booking|book|rates?|prices?|lessons?|it'?s|paying) there|on my (?:own )?(?:site|website|page))\b[^.?!\n]{0,30}\b(?:cheaper|discount)\b/;

/** Paying a person directly: "pay me directly", "pay you by bank transfer", "transfer me the £30". */
export const PAY_PERSON =
  /\b(?:pay|paying|send|sending|transfer|bung|give) (?:it |the money |the £\d+ |£\d+ )?(?:to )?(?:me|you|u)\b(?: (?:\w+ ){0,2})?(?:directly|direct|privately|in cash|cash|by|via|through my|into|outside|instead|separately|the way)\b|\btransfer (?:it |the money |the £?\d+ )?(?:to )?(?:me|you)\b|\bpay (?:me|you|u) (?:back )?(?:£|\$)|\bpay direct(?:ly)?\b|\b(?:send|sending|transfer|transferring|pay|paying|put|putting)\w* (?:(?:it|the money|the fee|the fees|the £?\d+|payment|money) )?(?:straight |directly |right )?(?:to|into|in) (?:your|my|ur) (?:bank|account|bank account)\b/;

/** Cash, cheques and vouchers offered as payment (not "cash flow", "spending cash"). */
export const CASH =
  /\b(?:pay|paying|paid) (?:you |u )?(?:in )?cash\b|\bcash (?:payment|in hand|only|instead|is (?:fine|ok|easier)|for (?:you|the lessons?)|at the end)\b|\b(?:got|have|bring|brought|leave|left|put|hand|give)\w* (?:you |him |her )?(?:some |the )?cash (?:for|to) (?:you|u)\b|[£$]\d+(?:\.\d\d)? (?:in )?cash\b|\bcash in (?:his|her|their|an|the|your) (?:\w+ )?(?:envelope|pencil case|bag|book|pocket)\b|\b(?:post|send|give|write|hand)\w* (?:you |u )?(?:a |the )?cheques?\b|\bby cheque\b|\b(?:take|takes|accept|accepts|prefer|prefers)(?: payment)? (?:in )?cash\b|\b(?:money|cash|payment|fees?) in person\b|\bin person (?:payment|cash)\b|\b(?:take|accept|pay (?:you |u )?(?:in|with)|give (?:you|u))\b[^.?!]{0,25}\b(?:amazon|gift|itunes|apple) (?:vouchers?|cards?)\b|\b(?:amazon|gift|itunes|apple) (?:vouchers?|cards?) instead\b/;

/** Payment links (a `url` too; reported here because they are a way of paying). */
export const PAYMENT_LINK = /(?<![a-z0-9.-])(?:paypal\.me|paypal\.com\/(?:paypalme|donate)|monzo\.me|revolut\.me|venmo\.com|cash\.app|buymeacoffee\.com|ko-fi\.com)(?:\/[^\s]{0,60})?/g;

/** Sort code keyword then six digits (or digit words); account keyword then eight digits. */
export const SORT_CODE =
  /(?<!bubble |merge |insertion |quick |selection |heap |radix )\b(?:sort ?code|s\/c|sc)\b\s*(?:is|:|-|–|=|no\.?)?\s*(?:(?:\d[\s\-–.]{0,2}){5}\d|(?:(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double)[\s,\-–]{1,3}){3,})/g;
export const ACCOUNT_NUMBER = /\b(?:account|acc|acct|a\/c)\b(?: (?:no|number|num))?\.?\s*(?:is|:|-|–|=)?\s*(?:\d[\s\-]?){7}\d(?!\d)/g;
/** A dashed sort code followed closely by an 8-digit account number ("40-11-62 / 71234509"). */
export const SORT_THEN_ACCOUNT = /(?<![\d-])\d{2}[-–]\d{2}[-–]\d{2}(?![\d-])[^a-z0-9]{1,8}\d{8}(?!\d)/g;
/** An IBAN candidate (upper-cased text): country, check digits, then groups. */
export const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ \n]?[A-Z0-9]){10,32}/g;

/** "There's another way (though)" after talk of prices: an unnamed way of paying off the platform. */
export const ANOTHER_WAY = /\bthere(?:'s| is| are) (?:another|an other|a different|a cheaper|other|different|cheaper) (?:way|option|route|ways|options)\b/;
