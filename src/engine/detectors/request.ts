/**
 * The `request` detector: the sender asks the other person for their contact details, to contact or
 * meet them outside the platform, or to move the conversation elsewhere. A refusal that quotes the
 * rules ("I can't share my number, it's against the Code of Conduct") is not a request, and nor is
 * contact on the platform ("message me on here"). Questions about moving to a named platform or
 * paying off the platform are reported by the platform and payment detectors, which know the names.
 *
 * Candidates → verification → context score:
 *  1. candidates: the phrasings in `REQUEST_RULES`, run on the leet-folded text ("wh4ts ur numb3r");
 *  2. verification: rules that only make sense as questions need a question sentence;
 *  3. context score: refusals, on-platform contact and language practice lower the score.
 */
import { findingFromNormalised } from '../finding.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { MENTION, ON_PLATFORM, REFUSAL, cachedPattern, contextAround, eachMatch, foldLeet, mayBeDisguised, wordGroup, wordMask } from './intent-rules.js';
import { LANGUAGE_PRACTICE, REQUEST_RULES } from './request-words.js';

const ID = 'request';


const extraCache = new WeakMap<readonly string[], RegExp | null>();

/** The detail asked for is a social handle ("what's ur @", "can i get ur snap"). */
const SOCIAL_ASK = /(?:@|\b(?:handle|user|username|snap|snapchat|insta|instagram|ig|tiktok|twitter|facebook|fb|socials?))$/;
const CALL_NAME = /\bcall (?:you|u|me)$/;
/** Words that may follow "call you" in a real request to phone ("call you later?"). */
const CALL_FOLLOWERS = new Set(['later', 'tonight', 'tomorrow', 'now', 'back', 'after', 'when', 'in', 'at', 'on', 'this', 'about', 'instead', 'please', 'pls', 'quickly', 'today', 'soon', 'sometime', 'if', 'to', 're', 'and', 'or', 'then', 'before', 'for', 'real', 'quick', 'up']);

/** True when a single name-like word follows ("call you Sam?", "call you Mrs P"). */
function namesAfter(text: string, end: number): boolean {
  const m = /^\s+(mr|mrs|ms|miss|sir|dr|[a-z]+)\b\s*(?:[?!.,]|$|[a-z]+\s*[?!.,]?$)/.exec(text.slice(end, end + 30));
  return m !== null && !CALL_FOLLOWERS.has(m[1]);
}

/** True when `[start, end)` sits inside quotation marks on its line. */
function isQuotedAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  const opens = (before.match(/(?:^|[\s(])['"‘“]/g) ?? []).length;
  const closes = (before.match(/[a-z0-9?!.,]['"’”](?=[\s,.;:!?)]|$)/g) ?? []).length;
  return opens > closes && /['"’”]/.test(text.slice(end, end + 40));
}

/** The pretest bit of each rule's words. */
const RULE_BITS = REQUEST_RULES.map((r) => wordGroup(r.words));

function findRequests(input: DetectorInput): Finding[] {
  const lower = input.lower;
  const folded = mayBeDisguised(lower) ? foldLeet(lower) : lower;
  const words = wordMask(folded);
  const out: Finding[] = [];
  const min = input.config.minScore;
  for (let r = 0; r < REQUEST_RULES.length; r++) {
    const rule = REQUEST_RULES[r];
    if (!(words & RULE_BITS[r])) continue;
    const text = rule.unfolded ? lower : folded;
    eachMatch(rule.re, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const ctx = contextAround(folded, start, end);
      if (rule.needsQuestion && !ctx.question) return;
      if (isQuotedAt(text, start, end)) return; // a question quoted from a text or a role-play card
      // "Can I call you Sam?" asks about a name, not for a phone call.
      if (CALL_NAME.test(m[0]) && namesAfter(text, end)) return;
      let score = rule.score;
      const why = [rule.why];
      if (REFUSAL.test(ctx.clause)) {
        score -= 0.6;
        why.push('refusal in the same clause');
      }
      if (rule.offPlatformOnly && ON_PLATFORM.test(ctx.clause)) {
        score -= 0.5;
        why.push('keeps contact on the platform');
      }
      if (LANGUAGE_PRACTICE.test(ctx.sentence) || (MENTION.test(ctx.sentence) && /\b(?:quote|extract|the story|character|poem|novel)\b/.test(ctx.sentence))) {
        score -= 0.5;
        why.push('quoted or practised, not asked');
      }
      if (score < min) return;
      out.push(findingFromNormalised(input, { start, end }, { kind: 'request', detector: ID, score, why }));
      // Asking for a social handle names a social network as the place to be contacted.
      if (rule.asksFor === 'detail' && SOCIAL_ASK.test(m[0])) {
        out.push(findingFromNormalised(input, { start, end }, { kind: 'social', detector: ID, score, why: [...why, 'asks for a social handle'] }));
      }
    });
  }
  const extra = cachedPattern(extraCache, input.config.extraWords[ID]);
  if (extra) {
    eachMatch(extra, folded, (m) => {
      const ctx = contextAround(folded, m.index, m.index + m[0].length);
      if (REFUSAL.test(ctx.clause)) return;
      out.push(findingFromNormalised(input, { start: m.index, end: m.index + m[0].length }, { kind: 'request', detector: ID, score: 0.65, why: ['deployment phrase'] }));
    });
  }
  return out;
}

/** The request detector (kinds request, and social when a social handle is asked for). */
export const requestDetector: Detector = {
  id: ID,
  kinds: ['request', 'social'],
  find(input: DetectorInput): Finding[] {
    try {
      return findRequests(input);
    } catch {
      return []; // a detector never throws; a bug here must not lose the message
    }
  },
};
