import type { Finding, Kind } from './types.js';

/**
 * Redaction: rewrite only the finding spans of the ORIGINAL text. Strategies compose: a strategy
 * decides the replacement for one span; `redact` handles overlaps by merging overlapping spans
 * (a named step, `mergeOverlaps`) before replacing, so no character is replaced twice.
 */
export type RedactionStrategy = (span: { kind: Kind; text: string; kinds: Kind[] }) => string;

/** `[phone removed]`: says what was removed. The default. */
export const label: RedactionStrategy = ({ kind }) => `[${kind} removed]`;
/** `•••••`: keeps the length, hides every character. */
export const mask: RedactionStrategy = ({ text }) => '•'.repeat([...text].length);
/** Removes the span entirely. */
export const remove: RedactionStrategy = () => '';

export const REDACTION_STRATEGIES = { label, mask, remove } as const;
export type RedactionStrategyName = keyof typeof REDACTION_STRATEGIES;

/** A span after overlap merging: the union of overlapping findings, with all their kinds. */
export interface MergedSpan {
  start: number;
  end: number;
  kinds: Kind[];
}

/** Merge overlapping (or touching) finding spans; the first kind by start wins as the label. */
export function mergeOverlaps(findings: readonly Pick<Finding, 'start' | 'end' | 'kind'>[]): MergedSpan[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MergedSpan[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (!last.kinds.includes(f.kind)) last.kinds.push(f.kind);
    } else {
      out.push({ start: f.start, end: f.end, kinds: [f.kind] });
    }
  }
  return out;
}

/**
 * Replace exactly the finding spans of `original`.
 * `strategy` may be one strategy or a per-kind choice (kinds without an entry use `label`).
 * @example redact('call 07700 900123', [{kind:'phone', start:5, end:17}]) // 'call [phone removed]'
 */
export function redact(
  original: string,
  findings: readonly Pick<Finding, 'start' | 'end' | 'kind'>[],
  strategy: RedactionStrategy | Partial<Record<Kind, RedactionStrategy>> = label,
): string {
  if (!findings.length) return original;
  const spans = mergeOverlaps(findings);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    const kind = s.kinds[0];
    const pick = typeof strategy === 'function' ? strategy : (strategy[kind] ?? label);
    out += original.slice(pos, s.start) + pick({ kind, text: original.slice(s.start, s.end), kinds: s.kinds });
    pos = s.end;
  }
  return out + original.slice(pos);
}
