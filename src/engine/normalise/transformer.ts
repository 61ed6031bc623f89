import type { Edit } from './normalised.js';

/**
 * One step of normalisation. `edits` reads the current text and returns the replacements to make
 * (sorted, non-overlapping); `pretest`, when given, lets the pipeline skip the step cheaply.
 */
export interface Transformer {
  id: string;
  /** True when the step only ever changes non-ASCII characters: skipped for plain ASCII text. */
  nonAsciiOnly?: boolean;
  pretest?: (text: string) => boolean;
  edits(text: string): Edit[];
}

/** Collect the edits of a global regex: each match is replaced by `replace(match)` (null keeps it). */
export function regexEdits(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null, atomic = false): Edit[] {
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r !== null && r !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement: r, atomic });
  }
  return edits;
}
