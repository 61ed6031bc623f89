/**
 * The `address` detector: a home or street address or a full UK postcode, shared so that people can
 * meet or send things. Partial postcodes ("we're in LS6") and famous addresses in lessons ("221B
 * Baker Street" in the extract) are not findings.
 *
 * Two sources, merged:
 *  - the address tagger (src/engine/tagger/, trained by train/address/): a learned BIO tagger whose
 *    spans are the address itself ("12 Elm Road, LS6 2AB", "the Costa on Bold Street"), with a
 *    calibrated score and its strongest features in `why`;
 *  - the rules below. Where a rule's finding overlaps a tagger span, the tagger's span is kept (it is
 *    the detail; "I live at f" is not), at the higher of the two scores, with both reasons.
 *
 * Rules: candidates → verification → context score:
 *  1. candidates: full postcodes, "number + name + street type", "I live at…", "our postcode is…",
 *     "we're at number 9", what3words and map links, "meet me at … on Bold Street";
 *  2. verification: the postcode area must be a real UK area and the unit letters valid;
 *  3. context score: a street address alone is weak; living/meeting/sending cues or a postcode in
 *     the same sentence raise it; refusals and lesson mentions lower it.
 */
import { findingFromNormalised } from '../finding.js';
import { C } from '../tagger/features.js';
import { loadAddressModel } from '../tagger/model.js';
import { tagAddresses, type TaggedSpan } from '../tagger/tag.js';

/** True when the tagger's model is there (else the rules work alone, as before it). */
const taggerOn = (): boolean => loadAddressModel() !== null;
import type { Detector, DetectorInput, Finding } from '../types.js';
import { MENTION, REFUSAL, contextAround, eachMatch, escapeRegExp, wordGroup, wordMask, type ContextWindow } from './intent-rules.js';
import { COMMON_PLACE_WORDS, FLAT_WORDS, MEETING_PLACES, MEET_TRIGGERS, STREET_TYPES as TAGGER_STREET_TYPES } from '../tagger/gazetteer.js';
import {
  ADDRESS_CUE, ADDRESS_MENTION, HALLS, HOUSE_ON_STREET, LIVE_AT, LOCATION_LINK, MEET_ON_STREET, POSTCODE, POSTCODE_KEYWORD, POSTCODE_STATEMENT, STREET_TYPES,
  UK_POSTCODE_AREAS,
} from './address-words.js';

const ID = 'address';

function streetPattern(types: readonly string[]): RegExp {
  const alt = [...types].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s')).join('|');
  return new RegExp(`(?<![a-z0-9£$.,/:-])\\d{1,4}[a-z]?,?\\s{1,2}(?:[a-z'’-]{2,20}\\s{1,2}){1,3}(?:${alt})\\b`, 'g');
}
const STREET = streetPattern(STREET_TYPES);
const streetCache = new WeakMap<readonly string[], RegExp>();

const PHRASE_WORDS = ['address', 'post', 'postcode', 'live', 'lives', 'number', 'no', 'maps', 'meet', 'see', 'be', 'come', 'block', 'flat', 'room', 'house', 'hall', 'halls', 'door', 'cottage', 'bungalow', 'place'];
/** A letter then a digit: every postcode has one ("LS6", "M20"). */
const POSTCODE_PRETEST = /[a-z]\d/;
/** A street-type word: every street address has one. */
const STREET_BIT = wordGroup(STREET_TYPES.map((t) => t.split(' ').pop() ?? t));
const PHRASE_BIT = wordGroup(PHRASE_WORDS);
/**
 * Words that make the tagger worth running on a message without a digit: street types, meeting
 * places, flat markers (the tagger's gazetteer, less the words too common to be a signal alone).
 */
const TAGGER_WORDS = [...new Set([...TAGGER_STREET_TYPES, ...MEETING_PLACES, ...FLAT_WORDS])].filter((w) => !COMMON_PLACE_WORDS.includes(w)).concat(MEET_TRIGGERS);
const TAGGER_BIT = wordGroup(TAGGER_WORDS);
/** Common street words ("way", "close"): they wake the tagger only with a digit in the message. */
const COMMON_STREET_BIT = wordGroup(TAGGER_STREET_TYPES.filter((w) => COMMON_PLACE_WORDS.includes(w)));
/** A whole UK postcode or an Eircode (lower case). */
const CODE_SHAPE = /\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}\b|\b[a-z]\d[\dw]\s?[a-z\d]{4}\b/;
/** A state code and ZIP, as written ("TX 78731"): capitals, so "to 87121" in an SMS is not one. */
const STATE_ZIP = /\b[A-Z]{2},? \d{5}\b/;

/** True when the tagger is worth running on the message: a street, place or flat word, or a code shape. */
function worthTagging(lower: string, text: string): boolean {
  const mask = wordMask(lower);
  if (mask & TAGGER_BIT) return true;
  if (!/\d/.test(lower)) return false;
  return (mask & COMMON_STREET_BIT) !== 0 || CODE_SHAPE.test(lower) || STATE_ZIP.test(text);
}
/** Tagger spans scoring at least this lend their span to an overlapping rule finding. */
const SPAN_FLOOR = 0.15;

/** An invitation to meet somewhere, in the same sentence as a meeting place. */
const MEET_CUE = /\b(?:meet(?:ing)?|see (?:you|u|ya)|i'?ll be|we'?ll be|i'?m at|come (?:to|down|along|over|round|find)|wait(?:ing)? (?:for|by|at|outside)|let'?s|shall we|how about|why not|we could|you could|join|pop (?:in|by|down|over)|find (?:me|us)|bring|drop (?:you|him|her|them|off))\b/;

/** A day or a time in the sentence: a place proposed for a lesson ("Sunday at 11", "thursdays", "3pm"). */
const WHEN = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|sat|sun|tomorrow|tonight|weekends?|(?:at|from|by) (?:\d{1,2}|half|noon)|\d{1,2}(?::\d\d)? ?(?:am|pm))\b/;

/**
 * Verify a tagger span by what it is made of: a number and a street type, a whole postcode, ZIP or
 * Eircode, a number with a town; or a meeting place with an invitation to meet in its sentence.
 * Returns the reason, or null (the span is then dropped).
 */
function verifySpan(s: TaggedSpan, ctx: ContextWindow): string | null {
  const has = (bits: number): boolean => (s.cls & bits) !== 0;
  if (has(C.HOUSE_NUM | C.NUMWORD) && has(C.STREET)) return 'number and street type';
  if (has(C.UK_FULL) || (has(C.UK_OUT) && has(C.UK_IN))) return 'UK postcode shape';
  if (has(C.EIR_KEY) && has(C.EIR_ID)) return 'Eircode shape';
  if (has(C.ZIP) && has(C.STATE)) return 'state and ZIP';
  if (has(C.DIGIT) && has(C.TOWN) && has(C.CAP)) return 'number and town';
  if (has(C.STREET) && has(C.CAP) && has(C.FLAT | C.HOUSE_NUM | C.NUMWORD)) return 'named street with a number';
  if (has(C.MEET | C.STREET) && MEET_CUE.test(ctx.sentence)) return 'meeting place with an invitation to meet';
  if (has(C.MEET | C.STREET) && (ctx.question || WHEN.test(ctx.sentence))) return 'meeting place with a day or time';
  return null;
}

/** Tagger spans as findings (before the minimum score), with the context adjustments of the rules. */
function taggerFindings(input: DetectorInput, adjust: (ctx: ContextWindow, score: number, why: string[]) => number): Finding[] {
  const { lower } = input;
  if (!worthTagging(lower, input.normalised.text)) return [];
  const out: Finding[] = [];
  for (const s of tagAddresses(input.normalised.text)) {
    if (s.score < SPAN_FLOOR) continue;
    const ctx = contextAround(lower, s.start, s.end);
    const verified = verifySpan(s, ctx);
    if (!verified) continue;
    const why = [`address tagger (${s.score.toFixed(2)}): ${verified}`, ...s.explain()];
    const score = adjust(ctx, s.score, why);
    out.push(findingFromNormalised(input, { start: s.start, end: s.end }, { kind: 'address', detector: ID, score, why }));
  }
  return out;
}

/**
 * Merge rule findings into tagger findings: a rule finding that overlaps a tagger span gives it its
 * score (when higher) and reason and is dropped; the others stay, but a bare postcode the tagger
 * read and left out loses some score unless the sentence shares it.
 */
function mergeWithTagger(lower: string, tagged: Finding[], rules: Finding[], min: number, taggerRan: boolean): Finding[] {
  const out: Finding[] = [];
  for (const r of rules) {
    const t = tagged.find((f) => f.start < r.end && r.start < f.end);
    if (!t) {
      // A postcode with no address cue that the tagger read in its sentence and left out (a lesson,
      // a fun fact, a regex task).
      if (taggerRan && r.why[0] === 'full UK postcode' && !SHARED_CUE.test(contextAround(lower, r.start, r.end).sentence)) {
        r.score = Math.round((r.score - UNCONFIRMED_POSTCODE) * 1000) / 1000;
        r.why.push('not tagged as shared by the address tagger');
      }
      out.push(r);
      continue;
    }
    if (r.score > t.score) t.score = r.score;
    if (r.value !== undefined && t.value === undefined && r.start >= t.start && r.end <= t.end) t.value = r.value;
    t.why.push(`rule: ${r.why[0]}`);
  }
  for (const t of tagged) if (t.score >= min) out.push(t);
  return out;
}

/** Someone's own postcode or address, or a sharing verb: a postcode in such a sentence is not penalised. */
const SHARED_CUE = /\b(?:my|our|his|her|your|nan'?s|mum'?s|dad'?s|home) (?:home )?(?:post ?code|address)\b|\b(?:we'?re|we are|i'?m|i am|live|lives|come|comes|coming|came|visit|pop|send|post|deliver|drop|to us|to ours)\b/;

/** How much a rule's postcode loses when the tagger, which read the whole sentence, did not tag it. */
const UNCONFIRMED_POSTCODE = 0.35;

function findAddresses(input: DetectorInput): Finding[] {
  const { lower } = input;
  // Cheap exit for the usual message: no digit, no address word, no what3words.
  if (!/\d/.test(lower) && !(wordMask(lower) & (PHRASE_BIT | TAGGER_BIT)) && !lower.includes('///') && !input.config.extraWords[ID]?.length) return [];
  const out: Finding[] = [];
  const min = input.config.minScore;
  // Rule findings are kept down to the tagger's floor when a tagger span may take them in.
  let floor = min;
  const push = (start: number, end: number, score: number, why: string[], value?: string): void => {
    if (score >= floor) out.push(findingFromNormalised(input, { start, end }, { kind: 'address', detector: ID, score, why, value }));
  };
  const adjust = (ctx: ContextWindow, score: number, why: string[]): number => {
    if (REFUSAL.test(ctx.clause)) {
      why.push('refusal in the same clause');
      score -= 0.6;
    }
    if (ADDRESS_MENTION.test(ctx.sentence) || MENTION.test(ctx.sentence)) {
      why.push('mentioned in a lesson');
      score -= 0.4;
    }
    return score;
  };
  const tagged = taggerFindings(input, adjust);
  if (taggerOn()) floor = Math.min(min, SPAN_FLOOR);

  // Full postcodes (validated area).
  const hasPostcode = new Set<number>();
  if (POSTCODE_PRETEST.test(lower)) {
    POSTCODE.lastIndex = 0;
    for (let m = POSTCODE.exec(lower); m; m = POSTCODE.exec(lower)) {
      const area = m[1].toUpperCase();
      if (!UK_POSTCODE_AREAS.has(area)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const ctx = contextAround(lower, start, end);
      const why = ['full UK postcode'];
      let score = 0.8;
      if (ADDRESS_CUE.test(ctx.sentence)) {
        score += 0.1;
        why.push('address cue');
      }
      hasPostcode.add(start);
      push(start, end, adjust(ctx, score, why), why, `${area}${m[2]} ${m[3]}`.toUpperCase());
    }
  }
  // Street addresses: number, name, street type. With the tagger on, it decides these (it weighs the
  // context the rule cannot: fiction, maths, examples) unless a deployment added street words.
  const extra = input.config.extraWords[ID];
  if (/\d/.test(lower) && (extra?.length || (!taggerOn() && wordMask(lower) & STREET_BIT))) {
    let street = STREET;
    if (extra && extra.length) {
      let cached = streetCache.get(extra);
      if (!cached) streetCache.set(extra, (cached = streetPattern([...STREET_TYPES, ...extra.map((w) => w.toLowerCase())])));
      street = cached;
    }
    eachMatch(street, lower, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      const ctx = contextAround(lower, start, end);
      const why = ['number, name and street type'];
      let score = 0.45;
      if (ADDRESS_CUE.test(ctx.sentence)) {
        score += 0.35;
        why.push('living, meeting or sending cue');
      }
      if (/[a-z]{1,2}\d[a-z\d]?\s{0,3}\d[a-z]{2}\b/.test(ctx.sentence)) {
        score += 0.3;
        why.push('postcode in the same sentence');
      }
      push(start, end, adjust(ctx, score, why), why);
    });
  }
  findPhrases(input, lower, out, push, adjust, hasPostcode);
  const merged = mergeWithTagger(lower, tagged, out, min, taggerOn() && worthTagging(lower, input.normalised.text));
  return merged.filter((f) => f.score >= min);
}

/**
 * The detail announced by a cue match that ends on its first character: from that character (or
 * from "flat"/"number"/"house" in "live in flat 3") to the end of the clause, at most 60 characters.
 * A postcode's clause runs over commas ("ell ess six, three dee ex"); an address's stops at one
 * after its first digit group ("flat 3b 112 kingsway, come round" → "flat 3b 112 kingsway").
 */
function detailAfterCue(lower: string, m: RegExpExecArray, overCommas: boolean): [number, number] {
  const matchEnd = m.index + m[0].length;
  if (!/\s$|[:\s]\S$/.test(m[0]) || /\d$/.test(m[0]) && /number|no\.?\s\d+$/.test(m[0])) return [m.index, matchEnd];
  const inFlat = /\bin ((?:flat|number|no\.?|house) [a-z0-9])$/.exec(m[0]);
  const start = inFlat ? matchEnd - inFlat[1].length : matchEnd - 1;
  let end = start;
  const limit = Math.min(lower.length, start + 60);
  let sawDigit = false;
  for (; end < limit; end++) {
    const c = lower[end];
    if (c === '\n' || c === '!' || c === '?' || c === ';') break;
    if (c === '.' && (end + 1 >= lower.length || lower[end + 1] === ' ')) break;
    if ((c === '–' || c === '—' || (c === '-' && lower[end - 1] === ' ')) && end > start) break;
    if (c >= '0' && c <= '9') sawDigit = true;
    if (c === ',' && !overCommas && sawDigit) break;
  }
  while (end > start && /[\s,]/.test(lower[end - 1])) end--;
  return end > start ? [start, end] : [m.index, matchEnd];
}

type Push = (start: number, end: number, score: number, why: string[], value?: string) => void;

function findPhrases(input: DetectorInput, lower: string, out: Finding[], push: Push, adjust: (ctx: ContextWindow, score: number, why: string[]) => number, hasPostcode: Set<number>): Finding[] {
  void input;
  if (!(wordMask(lower) & PHRASE_BIT) && !lower.includes('///')) return out;
  for (const [re, score, reason, pre] of [
    [LIVE_AT, 0.8, 'says where they live', /live|address|number|no\./],
    [POSTCODE_STATEMENT, 0.75, 'gives a postcode', /post ?code/],
    [LOCATION_LINK, 0.85, 'what3words or map link to a place', /\/\/\/|maps/],
    [MEET_ON_STREET, 0.65, 'meeting place on a named street', /meet|see (?:you|u)|i'?ll be|come/],
    [HALLS, 0.6, 'room or block in halls', /block|flat|room|house|hall/],
    [HOUSE_ON_STREET, 0.7, 'house described on a named street', /house|flat|door|cottage|bungalow|place/],
  ] as const) {
    if (!pre.test(lower)) continue;
    eachMatch(re, lower, (m) => {
      let start = m.index;
      let end = start + m[0].length;
      const ctx = contextAround(lower, start, end);
      const why: string[] = [reason];
      // "I live at f…", "our postcode is S…": the span is the detail that follows the cue, to the end
      // of its clause, not the cue and one letter.
      if (re === LIVE_AT || re === POSTCODE_STATEMENT) [start, end] = detailAfterCue(lower, m, re === POSTCODE_STATEMENT);
      push(start, end, adjust(ctx, score, why), why);
    });
  }

  // A postcode written with a space between every character, after the word "postcode".
  if (/post ?code/.test(lower)) eachMatch(POSTCODE_KEYWORD, lower, (m) => {
    const from = m.index + m[0].length;
    const tail = lower.slice(from, from + 24);
    let compact = '';
    let used = 0;
    for (; used < tail.length && compact.length < 7; used++) {
      const ch = tail[used];
      if (/[a-z0-9]/.test(ch)) compact += ch;
      else if (ch !== ' ') break;
    }
    const pc = /^([a-z]{1,2})(\d[a-z\d]?)(\d[abd-hjlnp-uw-z]{2})/.exec(compact);
    if (!pc || !UK_POSTCODE_AREAS.has(pc[1].toUpperCase())) return;
    const letters = pc[0].length;
    let end = from;
    for (let seen = 0; end < lower.length && seen < letters; end++) if (lower[end] !== ' ') seen++;
    if (hasPostcode.has(from)) return;
    const ctx = contextAround(lower, m.index, end);
    const why = ['postcode spelled with spaces'];
    push(m.index, end, adjust(ctx, 0.8, why), why, pc[0].toUpperCase());
  });
  return out;
}

/** The address detector (kind address). */
export const addressDetector: Detector = {
  id: ID,
  kinds: ['address'],
  find(input: DetectorInput): Finding[] {
    try {
      return findAddresses(input);
    } catch {
      return []; // a detector never throws; a bug here must not lose the message
    }
  },
};
