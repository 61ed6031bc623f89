/**
 * Normalised text with a map back to the original. Transformers never edit text directly: they
 * return `Edit`s, and `applyEdits` produces the next text and composes the offset map, so that every
 * span found in normalised text can be reported in the original (half-open UTF-16 offsets).
 */

/** Normalised text plus, for each UTF-16 unit, the original span it came from. */
export interface Normalised {
  readonly original: string;
  readonly text: string;
  /** `starts[i]`/`ends[i]`: original span of normalised unit i. `null` while text === original. */
  readonly starts: Int32Array | null;
  readonly ends: Int32Array | null;
}

/**
 * Replace `[start, end)` of the current text with `replacement`. When the replacement has the same
 * length and `atomic` is not set, unit i maps to source unit start+i (precise spans); otherwise every
 * replacement unit maps to the whole source range.
 */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  atomic?: boolean;
}

/** The identity normalisation of `text`. */
export function identity(text: string): Normalised {
  return { original: text, text, starts: null, ends: null };
}

/** Original start of normalised offset `i` (`i` may equal text.length). */
export function originalStart(n: Normalised, i: number): number {
  if (!n.starts) return i;
  if (i >= n.text.length) return n.original.length;
  return n.starts[i];
}

/** Original end of the normalised unit just before offset `i` (`i` > 0). */
export function originalEnd(n: Normalised, i: number): number {
  if (!n.ends) return i;
  if (i <= 0) return 0;
  return n.ends[Math.min(i, n.text.length) - 1];
}

/**
 * Map a normalised half-open span to the original. The result always satisfies
 * `0 <= start <= end <= original.length`.
 */
export function toOriginalSpan(n: Normalised, start: number, end: number): [number, number] {
  if (end <= start) {
    const s = originalStart(n, start);
    return [s, s];
  }
  const s = originalStart(n, start);
  const e = originalEnd(n, end);
  return [Math.min(s, e), Math.max(s, e)];
}

/**
 * Apply sorted, non-overlapping edits to `n.text` and compose the offset map.
 * Edits that overlap an earlier edit are skipped (first wins), so a transformer cannot corrupt the map.
 */
export function applyEdits(n: Normalised, edits: readonly Edit[]): Normalised {
  if (edits.length === 0) return n;
  const src = n.text;
  // Sized up front so the map is written straight into typed arrays: long texts copy whole runs.
  const length = editedLength(src.length, edits);
  const map: MapWriter = { src: n, starts: new Int32Array(length), ends: new Int32Array(length), at: 0 };
  let out = '';
  let pos = 0;
  for (const edit of edits) {
    if (!isApplicable(edit, pos, src.length)) continue;
    out += src.slice(pos, edit.start);
    copyMap(map, pos, edit.start);
    out += edit.replacement;
    mapReplacement(map, edit);
    pos = edit.end;
  }
  out += src.slice(pos);
  copyMap(map, pos, src.length);
  return { original: n.original, text: out, starts: map.starts, ends: map.ends };
}

/** An edit is applied when it lies inside the text and starts at or after the end of the last one applied. */
function isApplicable(edit: Edit, pos: number, srcLength: number): boolean {
  return edit.start >= pos && edit.end >= edit.start && edit.end <= srcLength;
}

/** Length of the text `applyEdits` produces: the edits it applies, by the same rule. */
function editedLength(srcLength: number, edits: readonly Edit[]): number {
  let length = srcLength;
  let pos = 0;
  for (const edit of edits) {
    if (!isApplicable(edit, pos, srcLength)) continue;
    length += edit.replacement.length - (edit.end - edit.start);
    pos = edit.end;
  }
  return length;
}

/** The offset map being written: the source normalisation, the arrays, and the next unit to write. */
interface MapWriter {
  readonly src: Normalised;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  at: number;
}

/** Below this many units a plain loop beats making two subarray views for `set`. */
const BLOCK_COPY_MIN = 32;

/** Units [from, to) of the source are kept: carry their original spans over. */
function copyMap(map: MapWriter, from: number, to: number): void {
  if (to <= from) return;
  copyColumn(map.starts, map.at, map.src.starts, from, to, 0);
  copyColumn(map.ends, map.at, map.src.ends, from, to, 1);
  map.at += to - from;
}

/** Copy source entries [from, to) to `out` at `at`; a null source is the identity (i + identityOffset). */
function copyColumn(out: Int32Array, at: number, src: Int32Array | null, from: number, to: number, identityOffset: number): void {
  const shift = at - from;
  if (!src) {
    for (let i = from; i < to; i++) out[i + shift] = i + identityOffset;
  } else if (to - from >= BLOCK_COPY_MIN) {
    out.set(src.subarray(from, to), at);
  } else {
    for (let i = from; i < to; i++) out[i + shift] = src[i];
  }
}

/** Write the spans of an applied edit's replacement units. */
function mapReplacement(map: MapWriter, edit: Edit): void {
  const src = map.src;
  const len = edit.end - edit.start;
  const count = edit.replacement.length;
  if (len === 0) {
    // Pure insertion: anchor it to the position it was inserted at.
    const at = edit.start < src.text.length ? sourceStart(src, edit.start) : src.original.length;
    // Keep the map monotone: the unit before may already reach past `at` (an atomic edit).
    const until = edit.start > 0 ? Math.max(at, sourceEnd(src, edit.start - 1)) : at;
    fillMap(map, count, Math.min(at, until), until);
  } else if (count === len && !edit.atomic) {
    copyMap(map, edit.start, edit.end);
  } else {
    fillMap(map, count, sourceStart(src, edit.start), sourceEnd(src, edit.end - 1));
  }
}

/** `count` units that all map to the original span [start, end). */
function fillMap(map: MapWriter, count: number, start: number, end: number): void {
  const at = map.at;
  map.starts.fill(start, at, at + count);
  map.ends.fill(end, at, at + count);
  map.at = at + count;
}

/** Original start of source unit i (the source map, or the identity). */
function sourceStart(n: Normalised, i: number): number {
  return n.starts ? n.starts[i] : i;
}

/** Original end of source unit i (the source map, or the identity). */
function sourceEnd(n: Normalised, i: number): number {
  return n.ends ? n.ends[i] : i + 1;
}
