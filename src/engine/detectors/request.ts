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
      if (score >= min) out.push(findingFromNormalised(input, { start, end }, { kind: 'request', detector: ID, score, why }));
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

/** The request detector (kind request). */
export const requestDetector: Detector = {
  id: ID,
  kinds: ['request'],
  find(input: DetectorInput): Finding[] {
    try {
      return findRequests(input);
    } catch {
      return []; // a detector never throws; a bug here must not lose the message
    }
  },
};
