/**
 * The address tagger: tokens → hashed features → Viterbi over the tags O, B, I (first order, the
 * previous tag is a feature) → address spans with a calibrated score and their strongest features.
 * Pure apart from the lazy model load (see model.ts).
 *
 * Cheap on ordinary chat: only tokens within `WINDOW` tokens of a trigger (a digit, a street-type,
 * town, flat or meeting-place word) are tagged, and a message with no trigger costs one tokenising
 * pass. Linear in the message.
 *
 * Example: tagAddresses("we're at 64 Hawthorn Road, near the park") →
 *   [{ start: 9, end: 25, score: 0.97, explain: () => ['street-type word "Road"', …], … }]
 */
import { C, describeFeature, dynamicFeatures, staticFeatures, T, tokenize, type Token } from './features.js';
import { loadAddressModel, TAGS, type AddressModel } from './model.js';

/** An address span found by the tagger, in offsets of the text given. */
export interface TaggedSpan {
  start: number;
  end: number;
  /** Calibrated confidence, 0..1. */
  score: number;
  /** Mean margin of the span's tags over O (before calibration). */
  margin: number;
  /** The strongest features, readable (computed on first call: most spans never need it). */
  explain: () => string[];
  /** OR of the class bits (`C`) of the span's tokens: what it is made of, for verification. */
  cls: number;
}

/** Tokens either side of a trigger (a street-type, meeting-place or flat word, a postcode, ZIP or Eircode shape) that are tagged. */
export const WINDOW = 10;

const TRIGGER = C.TRIGGER;
const NUMBERISH = C.HOUSE_NUM | C.NUMWORD;

/** Which tokens to tag: those near a trigger. Null when there is none. */
export function activeTokens(tokens: readonly Token[]): Uint8Array | null {
  const n = tokens.length;
  let want: Uint8Array | null = null;
  let until = -1;
  for (let i = 0; i < n; i++) {
    const cls = tokens[i].cls;
    // A common street word ("way", "close") wakes it too when a house number is just before it.
    const numbered = cls & C.STREET && ((i > 0 && tokens[i - 1].cls & NUMBERISH) || (i > 1 && tokens[i - 2].cls & NUMBERISH) || (i > 2 && tokens[i - 3].cls & NUMBERISH));
    const zip = cls & C.ZIP && i > 0 && (tokens[i - 1].cls & C.STATE || (i > 1 && tokens[i - 2].cls & C.STATE));
    if (cls & TRIGGER || numbered || zip) {
      want ??= new Uint8Array(n);
      for (let k = Math.max(0, i - WINDOW, until + 1); k <= i; k++) want[k] = 1;
      until = Math.min(n - 1, i + WINDOW);
    }
    if (i <= until && want) want[i] = 1;
  }
  return want;
}

const NEG = -1e30;

/** Tokens of a span weighed for its explanation (see explainSpan). */
const EXPLAIN_TOKENS = 64;

/**
 * Viterbi decoding of tokens `[from, to)` given their static scores (`scores[i*3 + tag]`). Returns
 * the tags and, per token, the local margin of the chosen tag over O. `O → I` is not allowed.
 */
export function viterbi(tokens: readonly Token[], from: number, to: number, scores: Float64Array, w: ArrayLike<number>, mask: number, tags: Uint8Array, margins: Float64Array): void {
  const len = to - from;
  if (len <= 0) return;
  const delta = new Float64Array(len * TAGS);
  const back = new Uint8Array(len * TAGS);
  const local = new Float64Array(len * TAGS * TAGS); // local[(k*3 + prev)*3 + tag]
  const dyn: number[] = [];
  for (let k = 0; k < len; k++) {
    const i = from + k;
    const t = tokens[i];
    const prevs = k === 0 ? [3] : [0, 1, 2];
    for (const p of prevs) {
      dynamicFeatures(t, p, dyn);
      let s0 = scores[i * 3];
      let s1 = scores[i * 3 + 1];
      let s2 = scores[i * 3 + 2];
      for (const h of dyn) {
        const b = (h & mask) * 3;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
      }
      const row = (k * TAGS + (p === 3 ? 0 : p)) * TAGS;
      local[row] = s0;
      local[row + 1] = s1;
      local[row + 2] = s2;
    }
    for (let tag = 0; tag < TAGS; tag++) {
      let best = NEG;
      let arg = 0;
      if (k === 0) {
        best = tag === 2 ? NEG : local[tag];
      } else {
        for (let p = 0; p < TAGS; p++) {
          if (tag === 2 && p === 0) continue;
          const v = delta[(k - 1) * TAGS + p] + local[(k * TAGS + p) * TAGS + tag];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      delta[k * TAGS + tag] = best;
      back[k * TAGS + tag] = arg;
    }
  }
  let last = 0;
  for (let tag = 1; tag < TAGS; tag++) if (delta[(len - 1) * TAGS + tag] > delta[(len - 1) * TAGS + last]) last = tag;
  for (let k = len - 1; k >= 0; k--) {
    tags[from + k] = last;
    const prev = k === 0 ? 0 : back[k * TAGS + last];
    const row = (k * TAGS + prev) * TAGS;
    margins[from + k] = local[row + last] - local[row];
    last = prev;
  }
}

/** Static scores of the wanted tokens. */
export function staticScores(tokens: readonly Token[], want: Uint8Array | undefined, w: ArrayLike<number>, mask: number): Float64Array {
  const scores = new Float64Array(tokens.length * TAGS);
  staticFeatures(
    tokens,
    (i, h) => {
      const b = (h & mask) * 3;
      scores[i * 3] += w[b];
      scores[i * 3 + 1] += w[b + 1];
      scores[i * 3 + 2] += w[b + 2];
    },
    want,
  );
  return scores;
}

/** Decode every wanted region; `tags[i]` is 0 (O) outside them. */
export function decode(tokens: readonly Token[], want: Uint8Array | undefined, w: ArrayLike<number>, mask: number): { tags: Uint8Array; margins: Float64Array } {
  const n = tokens.length;
  const tags = new Uint8Array(n);
  const margins = new Float64Array(n);
  const scores = staticScores(tokens, want, w, mask);
  let i = 0;
  while (i < n) {
    if (want && !want[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (!want || want[j])) j++;
    viterbi(tokens, i, j, scores, w, mask, tags, margins);
    i = j;
  }
  return { tags, margins };
}

/**
 * Spans `[first token, last token]` from BIO tags. A span never ends on punctuation and never runs
 * over a sentence end: "!", "?", or "." after a word longer than an abbreviation ("Co.", "Apt.",
 * "Rd." stay inside).
 */
export function spansOf(tokens: readonly Token[], tags: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  const close = (end: number): void => {
    let e = end;
    while (e >= open && tokens[e].cls & C.PUNCT) e--;
    if (e >= open) out.push([open, e]);
    open = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 1) {
      if (open >= 0) close(i - 1);
      open = i;
    } else if (tags[i] === 0 && open >= 0) close(i - 1);
    else if (open >= 0 && isSentenceEnd(tokens, i)) close(i);
  }
  if (open >= 0) close(tags.length - 1);
  return out;
}

function isSentenceEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  if (t === '!' || t === '?' || t === '\n') return true;
  return t === '.' && i > 0 && tokens[i - 1].text.length > 3 && !(tokens[i - 1].cls & C.DIGIT);
}

/** Calibrated score of a mean margin. */
export function calibrated(model: AddressModel, margin: number): number {
  const { a, b } = model.header.calibration;
  return 1 / (1 + Math.exp(-(a * margin + b)));
}

/** The strongest features of a span (for `why`): summed per feature, named only for the top few. */
export function explainSpan(model: AddressModel, tokens: readonly Token[], tags: Uint8Array, first: number, last: number): string[] {
  // Its first EXPLAIN_TOKENS tokens explain a span: a real address is a dozen tokens, and weighing
  // every token of a span that runs through a whole 64 KiB message of address-like words cost more
  // than tagging it.
  last = Math.min(last, first + EXPLAIN_TOKENS - 1);
  const want = new Uint8Array(tokens.length);
  for (let i = first; i <= last; i++) want[i] = 1;
  // key: template, class bit index and token index packed in one number.
  const contrib = new Map<number, number>();
  staticFeatures(
    tokens,
    (i, h, template, bit) => {
      const b = (h & model.mask) * 3;
      const v = model.weights[b + tags[i]] - model.weights[b];
      if (v <= 0) return;
      const key = (template * 32 + (bit ? 31 - Math.clz32(bit) : 0)) * 4096 + (i & 4095);
      contrib.set(key, (contrib.get(key) ?? 0) + v);
    },
    want,
  );
  const named = new Map<string, number>();
  for (const [key, v] of [...contrib.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 12)) {
    const i = key % 4096;
    const rest = Math.floor(key / 4096);
    const template = Math.floor(rest / 32);
    const bitIndex = rest % 32;
    const bit = template === T.CLS || template === T.CLS_M1 || template === T.CLS_M2 || template === T.CLS_P1 || template === T.CLS_P2 ? 2 ** bitIndex : 0;
    const name = describeFeature(template, bit, tokens[i], tokens, i);
    if (name) named.set(name, (named.get(name) ?? 0) + v);
  }
  return [...named.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 3)
    .map(([name]) => name);
}

/**
 * Address spans in `text` (offsets of `text`). `model` defaults to the shipped one; with no model,
 * no spans.
 */
export function tagAddresses(text: string, model: AddressModel | null = loadAddressModel()): TaggedSpan[] {
  if (!model) return [];
  const tokens = tokenize(text);
  const want = activeTokens(tokens);
  if (!want) return [];
  const { tags, margins } = decode(tokens, want, model.weights, model.mask);
  const out: TaggedSpan[] = [];
  for (const [first, last] of spansOf(tokens, tags)) {
    let sum = 0;
    for (let i = first; i <= last; i++) sum += margins[i];
    const margin = sum / (last - first + 1);
    let cls = 0;
    for (let i = first; i <= last; i++) cls |= tokens[i].cls;
    out.push({
      cls,
      start: tokens[first].start,
      end: tokens[last].end,
      margin,
      score: calibrated(model, margin),
      explain: () => explainSpan(model, tokens, tags, first, last),
    });
  }
  return out;
}
