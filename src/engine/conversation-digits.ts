/**
 * Split phone numbers with chatter in between, for conversation memory: "07700" … "lol no that's
 * the first bit of my number. 900 then 654", or "first five: 07700" / "next three: nine hundred" /
 * "last three: 083". The joined-window scan misses these because words sit between the groups.
 *
 * Rule (deliberately narrow, so maths answers are not read as numbers): take the sender's recent
 * messages, read the digit groups of 3–5 figures in each (after normalisation; "<digit> hundred" reads
 * as three figures), and accept when the last groups, spread over at least two messages and ending in
 * the current one, join into exactly a UK mobile number (07 + 9 digits).
 */
import { normalise } from './normalise/index.js';

const UNITS: Record<string, string> = { zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
const GROUP = /(?<!\d)(?<!\d[.,:/])\d{3,5}(?!\d)(?![.,:/]\d)|\b(zero|oh|nought|one|two|three|four|five|six|seven|eight|nine) hundred\b/g;

/** One digit group found in a message: its digits and its span in that message's original text. */
export interface DigitGroup {
  message: number;
  digits: string;
  start: number;
  end: number;
}

/** Digit groups of 3–5 figures in `text`, spans in the original text. */
export function digitGroups(text: string, message: number): DigitGroup[] {
  if (!/\d|hundred/i.test(text)) return [];
  const n = normalise(text);
  const lower = n.text.toLowerCase();
  const out: DigitGroup[] = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(lower); m; m = GROUP.exec(lower)) {
    const digits = m[1] ? `${UNITS[m[1]]}00` : m[0];
    const s = n.starts ? n.starts[m.index] : m.index;
    const e = n.ends ? n.ends[m.index + m[0].length - 1] : m.index + m[0].length;
    out.push({ message, digits, start: s, end: e });
  }
  return out;
}

/**
 * The UK mobile number assembled from the last digit groups of `texts` (oldest first; the last is
 * the current message), or null. Returns the groups used so the caller can attribute the finding.
 */
export function assembleSplitMobile(texts: readonly string[]): { digits: string; groups: DigitGroup[] } | null {
  const last = texts.length - 1;
  const current = digitGroups(texts[last], last);
  if (!current.length) return null;
  const all: DigitGroup[] = [];
  for (let i = 0; i < last; i++) all.push(...digitGroups(texts[i], i));
  all.push(...current);
  // Walk back from the last group until 11 digits are gathered.
  let digits = '';
  const used: DigitGroup[] = [];
  for (let i = all.length - 1; i >= 0 && digits.length < 11; i--) {
    digits = all[i].digits + digits;
    used.unshift(all[i]);
  }
  if (digits.length !== 11 || !/^07\d{9}$/.test(digits)) return null;
  if (new Set(used.map((g) => g.message)).size < 2) return null; // one message alone is the phone detector's job
  if (used[used.length - 1].message !== last) return null;
  return { digits, groups: used };
}
