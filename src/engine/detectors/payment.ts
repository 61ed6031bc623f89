/**
 * The `payment` detector: paying or being paid outside the platform. When asked as a question
 * ("Can I pay cash instead?", "Is PayPal ok?") it also reports a `request`.
 *
 * Candidates → verification → context score:
 *  1. candidates: payment providers (fuzzed names), payment links, bank details (sort code, account
 *     number, IBAN), cash/cheque/voucher phrases, "pay me directly", and off-platform phrases next to
 *     money or booking words ("outside of here it's £25", "book privately and skip the fees");
 *  2. verification: IBAN country length and mod-97 checksum; a sort code needs its keyword or an
 *     account number beside it;
 *  3. context score: a provider needs a paying cue ("PayPal me", "£20 on Monzo", "is PayPal ok");
 *     refusals ("Bank transfers aren't something I can do"), academic mentions ("Monzo is a good
 *     example of a challenger bank") and money lessons ("a savings account paying 3%") lower it.
 */
import { findingFromNormalised } from '../finding.js';
import { toOriginalSpan } from '../normalise/index.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { MENTION, REFUSAL, cachedPattern, contextAround, eachMatch, escapeRegExp, fromSkeleton, skeletonOf, isDisguised, mayBeDisguised, wordGroup, wordMask, type ContextWindow } from './intent-rules.js';
import { IBAN_LENGTHS, isValidIban } from './payment-iban.js';
import {
  ACCOUNT_NUMBER, ANOTHER_WAY, CASH, CHEAPER_ELSEWHERE, IBAN_CANDIDATE, MONEY_LESSON, MONEY_WORD, OFF_PLATFORM_STRONG, PAY_CUE, PAY_PERSON,
  PAYMENT_LINK, PAYMENT_PROVIDERS, SORT_CODE, SORT_THEN_ACCOUNT,
} from './payment-words.js';

const ID = 'payment';

const PROVIDER_NAMES = PAYMENT_PROVIDERS.flatMap((p) => [p.name, ...(p.variants ?? [])]);
/**
 * Providers spelled plainly. Disguises are undone before matching: look-alike letters and invisible
 * characters by the normaliser, leetspeak and spaced letters by `skeletonOf` ("p@ypal", "P a y P a l").
 */
const PROVIDER_RE = new RegExp(
  `(?<![a-z0-9_@.\\-])(?:${[...PROVIDER_NAMES].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, '\\s?')).join('|')})(?![a-z0-9_])`,
  'g',
);
const PLAIN = new Set(PROVIDER_NAMES.map((n) => n.replace(/\s/g, '')));

/** Sentence-level phrases, each with a score and a reason. */
const PHRASES: readonly { re: RegExp; score: number; why: string; bit: number; personal?: boolean; moneyBefore?: boolean }[] = [
  { re: global(PAY_PERSON), score: 0.7, why: 'paying a person directly', bit: wordGroup(['pay', 'paying', 'send', 'sending', 'transfer', 'bung', 'give']) },
  { re: global(CASH), score: 0.7, why: 'cash, cheque or vouchers offered as payment', bit: wordGroup(['cash', 'cheque', 'cheques', 'vouchers', 'voucher', 'cards', 'card', 'person']), personal: true },
  { re: global(CHEAPER_ELSEWHERE), score: 0.65, why: 'cheaper elsewhere', bit: wordGroup(['cheaper', 'discount', 'lower']) },
  { re: global(ANOTHER_WAY), score: 0.6, why: 'another way of paying, after money talk', bit: wordGroup(['another', 'other', 'different', 'cheaper']), moneyBefore: true },
];
const OFF_GLOBAL = global(OFF_PLATFORM_STRONG);
/** Every off-platform phrase has one of these words. */
const OFF_WORDS = [
  'outside', 'off', 'not', 'rather', 'instead', 'between', 'privately', 'private', 'ourselves', 'directly', 'direct', 'skip', 'avoid', 'save',
  'saves', 'cut', 'neither', 'cancel', 'need', 'way', 'books', 'rates', 'rate', 'hand', 'separately', 'didn', 'didnt', 'don', 'dont', 'won', 'wouldn',
];
const PROVIDER_WORDS = ['pay', 'pal', 'paypal', 'venmo', 'revolut', 'revolute', 'monzo', 'cash', 'cashapp', 'zelle', 'apple', 'google', 'gpay', 'banking', 'bank', 'bacs', 'faster', 'standing', 'crypto', 'bitcoin', 'btc', 'ethereum', 'usdt', 'cryptocurrency', 'western', 'moneygram', 'wise', 'paypl', 'paypall'];
const BANK_BIT = wordGroup(['sort', 'sortcode', 'sc', 'code', 'account', 'acc', 'acct']);
const PROVIDER_BIT = wordGroup(PROVIDER_WORDS);
const OFF_BIT = wordGroup(OFF_WORDS);
/** Words of payment-link hosts other than *.me (venmo., cash.app, coffee., ko-fi). */
const LINK_BIT = wordGroup(['venmo', 'cash', 'coffee', 'fi']);
/** Any word that some payment rule needs. */
const ANY_BIT = PHRASES.reduce((m, p) => m | p.bit, BANK_BIT | PROVIDER_BIT | OFF_BIT | LINK_BIT);

function global(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}

const extraCache = new WeakMap<readonly string[], RegExp | null>();

function findPayments(input: DetectorInput): Finding[] {
  const { lower } = input;
  // Cheap exit for the usual message: no payment word, digit, link or disguise.
  if (!(wordMask(lower) & ANY_BIT) && !/\d/.test(lower) && !lower.includes('.me') && !mayBeDisguised(lower) && !input.config.extraWords[ID]?.length) return [];
  const out: Finding[] = [];
  const min = input.config.minScore;
  const push = (start: number, end: number, score: number, why: string[], ctx: ContextWindow | null, value?: string): void => {
    if (score < min) return;
    out.push(findingFromNormalised(input, { start, end }, { kind: 'payment', detector: ID, score, why, value }));
    if (ctx && ctx.question && !REFUSAL.test(ctx.clause)) {
      out.push(findingFromNormalised(input, { start, end }, { kind: 'request', detector: ID, score: Math.min(score, 0.75), why: [...why, 'asked as a question'] }));
    }
  };
  const scoreProvider = (start: number, end: number, extraWhy?: string): void => {
    const ctx = contextAround(lower, start, end);
    const matched = lower.slice(start, end);
    const why = [`names ${matched}`];
    if (extraWhy) why.push(extraWhy);
    let score = 0.45;
    const orig = input.original.slice(...toOriginalSpan(input.normalised, start, end));
    if (isDisguised(orig, input.normalised.text.slice(start, end), matched) || /[^a-z\s]/.test(matched) || (!PLAIN.has(matched.replace(/\s/g, '')) && !extraWhy)) {
      score += 0.3;
      why.push('disguised spelling');
    }
    const near = ctx.before.slice(-40) + ' ' + ctx.after.slice(0, 40);
    if (PAY_CUE.test(near)) {
      score += 0.3;
      why.push('paying cue');
    }
    if (REFUSAL.test(ctx.clause)) {
      score -= 0.6;
      why.push('refusal in the same clause');
    }
    if (MENTION.test(ctx.sentence) || MONEY_LESSON.test(ctx.sentence)) {
      score -= 0.45;
      why.push('mentioned in a lesson, not offered');
    }
    push(start, end, score, why, ctx, matched);
  };

  const words = wordMask(lower);
  // Plain spellings everywhere; disguised ones ("p@ypal", "P a y P a l") only near a disguise.
  let seenProviders: Set<number> | null = null;
  if (mayBeDisguised(lower)) {
    const sk = skeletonOf(lower);
    if (sk) {
      eachMatch(PROVIDER_RE, sk.text, (m) => {
        const [s, e] = fromSkeleton(sk, m.index, m.index + m[0].length);
        (seenProviders ??= new Set()).add(s);
        scoreProvider(s, e);
      });
    }
  }
  if (words & PROVIDER_BIT) {
    eachMatch(PROVIDER_RE, lower, (m) => {
      if (!seenProviders?.has(m.index)) scoreProvider(m.index, m.index + m[0].length);
    });
  }
  const extra = cachedPattern(extraCache, input.config.extraWords[ID]);
  if (extra) eachMatch(extra, lower, (m) => scoreProvider(m.index, m.index + m[0].length, 'deployment word'));

  if ((lower.includes('.me') || wordMask(lower) & LINK_BIT) && LINK_PRETEST.test(lower)) {
    eachMatch(PAYMENT_LINK, lower, (m) => push(m.index, m.index + m[0].length, 0.9, ['payment link'], null, m[0]));
  }

  if (/\d/.test(lower) && (words & BANK_BIT || DASHED_SORT.test(lower) || lower.includes('a/c'))) {
    for (const [re, why] of [[SORT_CODE, 'sort code'], [ACCOUNT_NUMBER, 'account number'], [SORT_THEN_ACCOUNT, 'sort code and account number']] as const) {
      eachMatch(re, lower, (m) => {
        const ctx = contextAround(lower, m.index, m.index + m[0].length);
        const score = REFUSAL.test(ctx.clause) || MONEY_LESSON.test(ctx.sentence) ? 0.3 : 0.9;
        push(m.index, m.index + m[0].length, score, [`bank details: ${why}`], null);
      });
    }
  }
  if (IBAN_PRETEST.test(lower)) findIbans(input, push);

  // Sentence-level phrases: one finding per sentence at most, spanning the phrase.
  {
    for (const { re, score, why, bit, personal, moneyBefore } of PHRASES) {
      if (!(words & bit)) continue;
      eachMatch(re, lower, (m) => {
        const ctx = contextAround(lower, m.index, m.index + m[0].length);
        if (moneyBefore && !MONEY_WORD.test(lower.slice(Math.max(0, m.index - 150), m.index + m[0].length + 40))) return;
        let s = score;
        if (REFUSAL.test(ctx.clause)) s -= 0.6;
        // Offers are made between people: a third-person sum ("Kenny took $50 in cash") is a lesson.
        if (personal && !PERSONAL.test(ctx.clause)) s -= 0.4;
        push(m.index, m.index + m[0].length, s, [why], ctx);
      });
    }
    if (words & OFF_BIT && MONEY_WORD.test(lower)) eachMatch(OFF_GLOBAL, lower, (m) => {
      const ctx = contextAround(lower, m.index, m.index + m[0].length);
      // Money or booking words in the same sentence or the one either side ("a private arrangement? lower price").
      if (!MONEY_WORD.test(ctx.sentence) && !MONEY_WORD.test(lower.slice(Math.max(0, m.index - 100), m.index + m[0].length + 100))) return;
      let s = 0.7;
      const why = ['off-platform arrangement with money or booking words'];
      if (REFUSAL.test(ctx.clause)) {
        s -= 0.6;
        why.push('refusal in the same clause');
      }
      push(m.index, m.index + m[0].length, s, why, ctx);
    });
  }
  return out;
}

/** First or second person: an offer between the two people chatting. */
const PERSONAL = /\b(?:mine|ours|yours|i|i'?ve|i'?ll|i'?m|i'?d|we|we'?ll|we'?ve|you|u|me|us|ur|your|our|my)\b/;
const LINK_PRETEST = /\.me\b|venmo\.|cash\.app|coffee\.|ko-fi/;
const DASHED_SORT = /\d\d[-–]\d\d[-–]\d\d/;
const IBAN_PRETEST = /[a-z]{2}\d{2}/;

function findIbans(input: DetectorInput, push: (s: number, e: number, score: number, why: string[], ctx: ContextWindow | null, value?: string) => void): void {
  const upper = input.lower.toUpperCase();
  IBAN_CANDIDATE.lastIndex = 0;
  for (let m = IBAN_CANDIDATE.exec(upper); m; m = IBAN_CANDIDATE.exec(upper)) {
    const raw = m[0];
    const country = raw.slice(0, 2);
    // Walk the candidate taking alphanumerics until the country's length is reached.
    const want = IBAN_LENGTHS[country];
    if (!want) continue;
    let compact = '';
    let i = 0;
    for (; i < raw.length && compact.length < want; i++) if (raw[i] !== ' ' && raw[i] !== '\n') compact += raw[i];
    if (compact.length !== want || !isValidIban(compact)) continue;
    push(m.index, m.index + i, 0.95, ['IBAN with a valid mod-97 checksum'], null, compact);
    IBAN_CANDIDATE.lastIndex = m.index + i;
  }
}

/** The payment detector (kinds payment, request). */
export const paymentDetector: Detector = {
  id: ID,
  kinds: ['payment', 'request'],
  find(input: DetectorInput): Finding[] {
    try {
      return findPayments(input);
    } catch {
      return []; // a detector never throws; a bug here must not lose the message
    }
  },
};
