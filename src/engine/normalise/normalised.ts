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
  const srcStarts = n.starts;
  const srcEnds = n.ends;
  const startOf = (i: number): number => (srcStarts ? srcStarts[i] : i);
  const endOf = (i: number): number => (srcEnds ? srcEnds[i] : i + 1);

  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  const copy = (from: number, to: number): void => {
    out += src.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(startOf(i));
      ends.push(endOf(i));
    }
  };
  for (const edit of edits) {
    if (edit.start < pos || edit.end < edit.start || edit.end > src.length) continue;
    copy(pos, edit.start);
    const r = edit.replacement;
    const len = edit.end - edit.start;
    out += r;
    if (len === 0) {
      // Pure insertion: anchor it to the position it was inserted at.
      const at = edit.start < src.length ? startOf(edit.start) : n.original.length;
      // Keep the map monotone: the unit before may already reach past `at` (an atomic edit).
      const until = edit.start > 0 ? Math.max(at, endOf(edit.start - 1)) : at;
      for (let k = 0; k < r.length; k++) {
        starts.push(Math.min(at, until));
        ends.push(until);
      }
    } else if (r.length === len && !edit.atomic) {
      for (let k = 0; k < len; k++) {
        starts.push(startOf(edit.start + k));
        ends.push(endOf(edit.start + k));
      }
    } else {
      const s = startOf(edit.start);
      const e = endOf(edit.end - 1);
      for (let k = 0; k < r.length; k++) {
        starts.push(s);
        ends.push(e);
      }
    }
    pos = edit.end;
  }
  copy(pos, src.length);
  return { original: n.original, text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
