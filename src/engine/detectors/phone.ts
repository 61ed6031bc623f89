import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { checkHomeNumber, checkNationalNumber, nationalPrefixOf, type PlanResult } from './phone-plan.js';
import { findingFromNormalised } from '../finding.js';
import type { Detector, DetectorInput, Finding } from '../types.js';
import { NOT_PHONE_BEFORE, PHONE_PHRASES, STRONG_PHONE_WORDS, countryNear } from './phone-context.js';

/**
 * Phone numbers, every country, UK first.
 *
 * Candidates: runs of digits with light separators (space, dash, dot, brackets; "+" or "00" in front)
 * in the normalised text, where spelled-out digits, letter O, other-script digits and invisible
 * characters have already been folded. Verification: libphonenumber-js (max metadata) parses each
 * plausible sub-run; a run that is a sum, a date, a time, a decimal, an ISBN or a code is rejected.
 * Context: phone words nearby ("call", "text", "number", "WhatsApp") raise the score; a number that
 * is only *possible* (such as the Ofcom drama range 07700 900xxx) or has no UK/international shape
 * needs that context to count.
 */
export const phoneDetector: Detector = {
  id: 'phone',
  kinds: ['phone'],
  pretest: (lower) => DIGIT_RUN_TEST.test(lower) || LOOSE_START.test(lower),
  find: findPhones,
};

const DIGIT_RUN_TEST = /\d(?:\D{0,3}\d){6}/;
/**
 * A candidate: optional "+"/"(", then digits joined by at most 4 separator characters: the light
 * ones, and the ones people use to break a number up so a filter misses it (underscores, pipes,
 * bullets, emoji).
 */
const CANDIDATE = /(?<![\d+])(?:\+\s?|\(\s?\+?)?\d(?:[ \t\r\n\u00a0\-.()/,_|\u2022\u00b7\u2023\u25aa-\u25cf\u2600-\u27bf\ufe0f\ud800-\udfff]{0,4}\d){6,22}\)?/g;
/** Regions tried, in order, for a national number that is not British, when context says "phone". */
const OTHER_REGIONS: CountryCode[] = [
  'US', 'AU', 'FR', 'IE', 'IN', 'NG', 'PK', 'DE', 'ES', 'CA', 'ZA', 'NZ', 'CN', 'IL', 'SG', 'HK', 'MY', 'PH', 'AE', 'IT',
  'NL', 'BE', 'PL', 'PT', 'BR', 'MX', 'JP', 'KR', 'TR', 'RU', 'KE', 'GH', 'BD', 'LK', 'SA', 'EG',
];

/** A 3-3-4 grouping with no phone words is tried as North American only. */
const NANP_REGIONS = ['US', 'CA'];

interface Group {
  digits: string;
  start: number; // offset in normalised text
  end: number;
}

function findPhones(input: DetectorInput): Finding[] {
  const text = input.normalised.text;
  const lower = input.lower;
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  const backwards = /backwards|reverse/.test(lower);
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const groups = splitGroups(m[0], m.index);
    const plus = m[0].trimStart().startsWith('+') || m[0].startsWith('(+');
    if (!plus && !backwards && cannotBePhone(input, groups, m.index, m.index + m[0].length)) continue;
    let found = bestNumbers(input, groups, plus);
    // With an instruction to reverse, the reversed reading wins when it is a number at all.
    if (backwards && !plus) {
      // "read this backwards: 321 009 00770" — the reader is told to reverse it.
      const reversed = groups.map((g) => g.digits).join('').split('').reverse().join('');
      const f = judge(input, groups, reversed, false, lower);
      if (f) {
        f.why.push('written backwards, with an instruction to reverse it');
        found = [f];
      }
    }
    for (const f of found) out.push(f);
  }
  if (LOOSE_START.test(text)) for (const f of looseNumbers(input, out)) out.push(f);
  return out;

  /** Try sub-runs of whole groups; keep the best non-overlapping numbers. */
  function bestNumbers(inp: DetectorInput, groups: Group[], plus: boolean): Finding[] {
    const results: Finding[] = [];
    let i = 0;
    while (i < groups.length) {
      let best: { f: Finding; j: number } | null = null;
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 16; j++) {
        digits += groups[j].digits;
        if (digits.length < 7) continue;
        // A number run into other digits ("0871277810910p/min"): try its first 11 or 10 digits.
        if (j === i && digits.length > 11 && /^0[1-9]/.test(digits)) {
          for (const len of [11, 10]) {
            const g = { ...groups[i], digits: digits.slice(0, len), end: groups[i].start + len };
            const f = judge(inp, [g], g.digits, false, lower);
            if (f && (!best || f.score > best.f.score)) best = { f, j };
          }
        }
        if (!plausibleLength(digits, plus && i === 0, inp.config.defaultCountry)) continue;
        const f = judge(inp, groups.slice(i, j + 1), digits, plus && i === 0, lower);
        if (f && (!best || f.score > best.f.score || (f.score === best.f.score && j > best.j))) best = { f, j };
      }
      if (best) {
        results.push(best.f);
        i = best.j + 1;
      } else i++;
    }
    return results;
  }
}

/**
 * A cheap verdict before any parsing, for the digits of a sum or a count ("20.25 - 4.50 = 15.75",
 * "1 048 576"): with the default UK region, a run in which no group starts with 0, with no "+", no
 * North American grouping, no disguise and no phone words nearby can never score enough (see
 * `judge`), so libphonenumber is not asked.
 */
function cannotBePhone(input: DetectorInput, groups: Group[], start: number, end: number): boolean {
  if (input.config.defaultCountry !== 'GB') return false;
  if (groups.some((g) => g.digits[0] === '0')) return false;
  const raw = input.normalised.text.slice(start, end);
  if (/\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}/.test(raw)) return false;
  if (spelledOut(input, start, end)) return false;
  const lower = input.lower;
  const near = lower.slice(Math.max(0, start - 40), start) + ' ' + lower.slice(end, end + 40);
  return !hasStrongWord(near, input.config.extraWords.phone);
}

/**
 * A national number read in another region's plan: the `named` region first (possible is enough:
 * the sender said which country), then each of `regions` in order (it must be valid there). A UK
 * mobile shape and an 11-figure UK number that the home plan finds possible (the drama ranges) stay
 * British unless a country is named.
 */
function otherRegion(digits: string, named: string | undefined, regions: readonly string[], home: string, homePossible: boolean): Verdict | null {
  if (named && named !== home) {
    const v = regionNumber(digits, named);
    if (v?.possible) return v;
  }
  if (home === 'GB' && homePossible && /^0\d{10}$/.test(digits)) return null;
  if (/^07\d{9}$/.test(digits)) return null;
  for (const r of regions) {
    if (r === home || r === named) continue;
    const v = regionNumber(digits, r);
    if (v?.valid) return v;
  }
  return null;
}

/** `digits` as a national number of `region`, with or without its national prefix. */
function regionNumber(digits: string, region: string): Verdict | null {
  const direct = homeVerdict(digits, region, false);
  if (direct?.valid) return direct;
  const prefixed = /^[1-9]/.test(digits) ? homeVerdict(nationalPrefixOf(region) + digits, region, false) : null;
  if (prefixed?.valid || (prefixed?.possible && !direct?.possible)) return prefixed;
  if (direct) return direct.possible ? direct : prefixed;
  // Regions without a national prefix (Spain, Portugal…): the figures are the national number.
  return checkNationalNumber(digits, region);
}

/** Lengths a phone number can have, by how it starts; others are not worth parsing. */
function plausibleLength(digits: string, plus: boolean, home: string): boolean {
  const n = digits.length;
  if (plus || digits.startsWith('00')) return n >= 8 && n <= 17;
  // British national numbers are 10–11 digits with the 0; other countries' run longer (AR, MX).
  if (digits.startsWith('0')) return n >= 9 && n <= (home === 'GB' ? 11 : 13);
  return n >= 7 && n <= 12;
}

/** What the phone detector needs to know of a parsed number. */
type Verdict = PlanResult;

function fromLibrary(p: PhoneNumber | undefined): Verdict | null {
  if (!p) return null;
  const possible = p.isPossible();
  return { possible, valid: possible && p.isValid(), number: p.number, country: p.country ?? '' };
}

/**
 * Verdicts are pure in (digits, region), and a message of one short pattern repeated ("0 1 0 1…",
 * "07700 07700…") asks for the same few thousands of times: parsing each again made 64 KiB take
 * 0.4 s. A bounded memo, shared across messages (the answers never change); verdicts are read-only.
 */
const verdictMemo = new Map<string, Verdict | null>();
function memoVerdict(key: string, compute: () => Verdict | null): Verdict | null {
  const hit = verdictMemo.get(key);
  if (hit !== undefined) return hit;
  const v = compute();
  if (verdictMemo.size >= 20_000) verdictMemo.clear();
  verdictMemo.set(key, v);
  return v;
}
/** `checkHomeNumber`, memoised. */
function homeVerdict(digits: string, region: string, international: boolean): Verdict | null {
  return memoVerdict(`h${international ? '+' : ''}|${region}|${digits}`, () => checkHomeNumber(digits, region, international));
}
/** libphonenumber-js's reading of `text` (in `region` when given), memoised. */
function libraryVerdict(text: string, region?: CountryCode): Verdict | null {
  return memoVerdict(`l|${region ?? ''}|${text}`, () => fromLibrary(parsePhoneNumberFromString(text, region as CountryCode)));
}

// The look-ahead is lazy on purpose: the same test, but it stops at the first three digits (at the
// latest the next "07xxx") instead of running to the end of the digit run and back from every
// prefix, which made 64 KiB of "07700 " quadratic.
const LOOSE_START = /(?<!\d)(?:\+\s?44\s?7\d{3}|07\d{3})(?![\d\s.\-]*?\d{3})/;
const LOOSE = /(?<![\d+])(?:\+\s?44\s?7\d{3}|07\d{3})(?!\d)/g;

/**
 * A UK mobile prefix standing alone ("07700 … then 900 and the last bit is 931", "07700 📞 900 📞
 * 375"): gather the digit groups that follow within a short window, across words or emoji, until
 * they make a whole number.
 */
function looseNumbers(input: DetectorInput, already: Finding[]): Finding[] {
  const text = input.normalised.text;
  const out: Finding[] = [];
  LOOSE.lastIndex = 0;
  for (let m = LOOSE.exec(text); m; m = LOOSE.exec(text)) {
    const start = m.index;
    let digits = m[0].replace(/\D/g, '');
    const groups: Group[] = [{ digits, start, end: start + m[0].length }];
    const want = digits.startsWith('44') ? 12 : 11;
    const re = /\d+/g;
    re.lastIndex = start + m[0].length;
    let last = start + m[0].length;
    let maths = false;
    for (let g = re.exec(text); g && digits.length < want; g = re.exec(text)) {
      if (g.index - last > 40) break;
      // "07700 = 900123", "x 07700 + 900123": parts of a sum, not of a number.
      if (/[=+×*÷^<>]|\sx\s/.test(text.slice(last, g.index)) && !hasStrongWord(input.lower, input.config.extraWords.phone)) {
        maths = true;
        break;
      }
      digits += g[0];
      groups.push({ digits: g[0], start: g.index, end: g.index + g[0].length });
      last = g.index + g[0].length;
    }
    if (maths || digits.length !== want || groups.length < 2) continue;
    const [s0] = [start];
    if (already.some((f) => f.kind === 'phone' && f.start <= s0 && s0 < f.end)) continue;
    const parsed = parsePhoneNumberFromString(digits.startsWith('44') ? '+' + digits : digits, 'GB');
    if (!parsed?.isPossible()) continue;
    out.push(findingFromNormalised(input, { start, end: last }, { kind: 'phone', detector: 'phone', score: 0.8, why: ['UK mobile prefix followed by the rest of the number, split by words or symbols', 'possible GB number (libphonenumber)'], value: parsed.number }));
  }
  return out;
}

function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  const re = /\d+/g;
  for (let m = re.exec(run); m; m = re.exec(run)) groups.push({ digits: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return groups;
}

/** Decide whether the digits of `groups` form a phone number; return the finding or null. */
function judge(input: DetectorInput, groups: Group[], digits: string, plus: boolean, lower: string): Finding | null {
  const text = input.normalised.text;
  let start = groups[0].start;
  const end = groups[groups.length - 1].end;
  if (plus) {
    // Include the "+" (and an opening bracket) in the span.
    let s = start;
    while (s > 0 && /[+(]/.test(text[s - 1]) && start - s < 3) s--;
    if (text.slice(s, start).includes('+')) start = s;
  }
  // "(0121) 496 0777": the opening bracket of an area code belongs to the number.
  if (start > 0 && text[start - 1] === '(' && text.slice(start, end).includes(')')) start--;
  const raw = text.slice(start, end);
  // Written with number words, letter O, other scripts…: asked by several checks below, computed once.
  const disguised = spelledOut(input, start, end);
  const why: string[] = [];
  // Digits on several lines are one number only when each line is a short group ("07700\n900132").
  if (/\n[^\n]*\n[^\n]*\n/.test(raw)) return null;

  if (isSequential(digits) || /(\d)\1{5,}/.test(digits)) return null;
  // A rising list of numbers ("0 1 1 2 3 5 8 13 21", "2019 2020 2021") is a sequence, not a phone.
  // (Not a French-style number in pairs, "06 12 34 56 78", whose pairs may happen to rise.)
  const pairs = groups.length === 5 && groups.every((g) => g.digits.length === 2) && digits[0] === '0';
  if (groups.length >= 4 && !pairs && groups.every((g, k) => k === 0 || Number(g.digits) >= Number(groups[k - 1].digits))) return null;
  // The fractional part of a decimal ("2.7182818284", "0.0769230769").
  if (start >= 2 && text[start - 1] === '.' && /\d/.test(text[start - 2])) return null;
  if (isIsbn10(raw, digits)) return null;
  // A date inside the run ("2012-01-02 08"), or a bracket that is never closed ("213(3734253").
  if (/(?<!\d)(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2})(?!\d)/.test(raw)) return null;
  if ((raw.match(/\(/g)?.length ?? 0) !== (raw.match(/\)/g)?.length ?? 0) && !/^\(?\+/.test(raw)) return null;
  const seps = raw.replace(/[\d+]/g, '');
  // Shapes that are something else.
  if (/^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}$/.test(raw) || /^\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}$/.test(raw)) return null; // date
  if (/^97[89][\-\s]?\d/.test(digits) && (digits.length === 13 || /isbn/.test(lower))) return null; // ISBN
  if (/^\d+\.\d+$/.test(raw) || /\d\.\d{1,2}(?:\D|$)/.test(raw) && /[=+×*÷^]/.test(windowAround(lower, start, end, 6))) return null; // decimals in sums
  if (/\d\s?[-–]\s?\d/.test(raw) && groups.length === 2 && digits.length <= 8) return null; // a range
  if (seps.includes(',') && !/(?:\d ){4}/.test(raw) && !disguised) return null; // a list
  // Fractions, codes and dates use slashes; a phone written with slashes has long groups.
  if (seps.includes('/') && !disguised && groups.some((g) => g.digits.length < 3)) return null;

  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 40);
  const near = before + ' ' + after;
  // Maths next to the number: "= 07700…" is an answer only if phone words say otherwise.
  const mathsAround = /[=×*÷^<>]\s*$/.test(before.slice(-3)) || /^\s*(?:[=×*÷^<>+]|x\s*\d)/.test(after) || /\d\s*x\s*$/.test(before.slice(-6)) || /[+\-]\s*$/.test(before.slice(-3)) && !plus;
  const prevWord = /([a-z]+)[\s:#.]*$/.exec(before)?.[1] ?? '';
  const currency = /[£$€¥]\s*$/.test(before) || /^\s?(?:%|p\b|pence|pounds|dollars|kg|km|cm|mm|m\b|g\b|ml|mph)/.test(after);
  const strongContext = hasStrongWord(near, input.config.extraWords.phone);
  const letterGlued = /[a-z]$/.test(before) && !plus;

  // "+44 (0) 7700…": the bracketed trunk zero is not dialled after the country code.
  if ((plus || digits.startsWith('00')) && /^(?:00)?440[1-9]\d{8,9}$/.test(digits)) digits = digits.replace(/^((?:00)?44)0/, '$1');
  // "seven seven zero zero nine…": a UK mobile read out without its leading zero.
  if (/^7[1-9]\d{8}$/.test(digits) && !plus && (strongContext || disguised)) {
    digits = '0' + digits;
    why.push('UK mobile without its leading zero');
  }
  // Parse: the home region first (through the compiled fast path), then international, then
  // other regions when context supports it (libphonenumber-js itself).
  const nanpShape = /^\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}$/.test(raw);
  const home = input.config.defaultCountry;
  const international = plus || digits.startsWith('00');
  let verdict: Verdict | null = homeVerdict(international ? digits.replace(/^00/, '') : digits, home, international);
  // The fast path answers "possible" for the plain cases; national rules it does not model (e.g.
  // Argentina's mobile token) are left to the library.
  if (!verdict?.possible) verdict = international ? libraryVerdict('+' + digits.replace(/^00/, '')) : libraryVerdict(digits, home as CountryCode);
  // A North American grouping that is not a number of the home region: try it as one.
  if (nanpShape && !plus && !digits.startsWith('0') && !verdict?.possible) verdict = libraryVerdict(digits, 'US') ?? verdict;
  if (!verdict?.possible && strongContext && !plus) {
    for (const r of OTHER_REGIONS) {
      const p = libraryVerdict(digits, r);
      if (p?.possible) {
        verdict = { ...p, country: p.country || r };
        break;
      }
    }
  }
  // Not a valid number of the home region: read it in the plan of a country named nearby, else (with
  // phone words) in the regions of the platform's users, and keep the first that makes it valid.
  let foreign = false;
  // (A UK mobile shape is British whatever the words around it; most numbers are, so skip the look-up.)
  const noTrunk = !digits.startsWith(nationalPrefixOf(home) || '0');
  const named = international || /^07\d{9}$/.test(digits) || !(strongContext || noTrunk || !verdict?.valid) ? undefined : countryNear(near);
  // A British number is written with its 0; without it ("98123 45678") the GB reading is a guess.
  // (Only a whole national number, nine figures or more, is worth reading in other plans.)
  if (!international && digits.length >= 9 && (!verdict?.valid || (named && named !== home) || noTrunk)) {
    const alt = otherRegion(digits, named, named || strongContext ? input.config.phoneRegions : nanpShape ? NANP_REGIONS : [], home, verdict?.possible ?? false);
    // Long enough to be a whole national number, in groups of two or more (not "to 85555 16").
    if (alt && digits.length >= 9 && groups.every((g) => g.digits.length >= 2)) {
      verdict = alt;
      foreign = true;
      why.push(named ? `read as a ${alt.country} number (the country is named nearby)` : `read as a ${alt.country} number (one of the platform's users' regions)`);
    }
  }
  const region = verdict?.country ?? '';
  const possible = verdict?.possible ?? false;
  const valid = verdict?.valid ?? false;
  if (!verdict || !possible) return null;
  const nationalUk = /^0[1-9]\d{8,9}$/.test(digits) && region === 'GB';
  const ukMobile = /^(?:07\d{9}|(?:\+?44|0044)7\d{9})$/.test(digits.replace(/^\+/, ''));
  const intl = plus || digits.startsWith('00');
  // A deployment in another country: a valid, grouped national number of its own region counts as
  // the UK national shape does for the default deployment.
  const nationalHome = home !== 'GB' && !intl && region === home && (valid ? groups.length >= 2 : groups.length >= 3);

  // A short code and a stray figure ("text CHANCE to 85555 16", "txt PT2 to 87575. 1"): a number
  // that is neither British, international nor North American ends with a group of three or more,
  // and never runs across the end of a sentence.
  if (!ukMobile && !nationalUk && !intl && !nanpShape && !disguised && !foreign && (groups[groups.length - 1].digits.length < 3 || /\.\s/.test(raw))) return null;

  let score: number;
  if (ukMobile) {
    score = 0.9;
    why.push('UK mobile shape (07…, 11 digits)');
  } else if (nationalUk) {
    score = valid ? 0.85 : 0.7;
    why.push('UK national number shape (0 + 9–10 digits)');
  } else if (nationalHome) {
    score = 0.8;
    why.push(`${home} national number, written grouped`);
  } else if (foreign) {
    score = 0.75;
    why.push(`${region} national number shape`);
  } else if (intl) {
    score = valid ? 0.9 : 0.72;
    why.push('international prefix');
  } else if (nanpShape) {
    score = 0.7;
    why.push('North American grouping (3-3-4)');
  } else {
    score = 0.45;
    why.push('digit run of phone length');
  }
  why.push(valid ? `valid ${region} number (libphonenumber)` : `possible ${region || 'international'} number (libphonenumber)`);
  if (strongContext) {
    score += 0.15;
    why.push('phone words nearby');
  }
  if (disguised) {
    score += 0.1;
    why.push('written with number words or disguised digits');
  }
  if (NOT_PHONE_BEFORE.has(prevWord) || hasWord(near, input.config.extraWords['phone-not'])) {
    score -= ukMobile || intl ? 0.3 : 0.5;
    why.push(`"${prevWord}" before it`);
  }
  if (mathsAround && !strongContext) {
    score -= 0.5;
    why.push('maths around it');
  }
  if (currency) {
    score -= 0.5;
    why.push('currency or unit next to it');
  }
  if (letterGlued && !ukMobile) score -= 0.2;
  if (!strongContext && !ukMobile && !nationalUk && !nationalHome && !intl && !(foreign && countryNear(near))) score -= 0.2;
  if (score < 0.5) return null;
  return findingFromNormalised(input, { start, end }, { kind: 'phone', detector: 'phone', score, why, value: verdict.number });
}

function hasStrongWord(near: string, extra: string[] | undefined): boolean {
  const words = near.match(/[a-z]+/g) ?? [];
  for (const w of words) if (STRONG_PHONE_WORDS.has(w)) return true;
  if (PHONE_PHRASES.test(near)) return true;
  return hasWord(near, extra);
}

function hasWord(near: string, extra: string[] | undefined): boolean {
  if (!extra) return false;
  return extra.some((w) => near.includes(w.toLowerCase()));
}

function windowAround(lower: string, start: number, end: number, n: number): string {
  return lower.slice(Math.max(0, start - n), end + n);
}

/** True when the original text of this span differs from the normalised digits (words, O for 0, other scripts). */
function spelledOut(input: DetectorInput, start: number, end: number): boolean {
  if (!input.normalised.starts) return false;
  const s = input.normalised.starts[start];
  const e = input.normalised.ends![end - 1];
  const orig = input.original.slice(s, e);
  return /[^\d\s\-.()+/,]/.test(orig);
}

/** ISBN-10 written with hyphens or spaces ("0-19-832574-6"), checksum verified. */
function isIsbn10(raw: string, digits: string): boolean {
  if (digits.length !== 10 || !/^\d{1,5}[-\s]\d{1,7}[-\s]\d{1,7}[-\s][\dX]$/i.test(raw)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * Number(digits[i]);
  return sum % 11 === 0;
}

function isSequential(d: string): boolean {
  if (d.length < 7) return false;
  return '0123456789012345678901'.includes(d) || '9876543210987654321098'.includes(d) || '1234567890123456789'.includes(d);
}

