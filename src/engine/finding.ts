import { toOriginalSpan } from './normalise/index.js';
import type { DetectorInput, Finding, Kind } from './types.js';

/**
 * Build a Finding from a span of the NORMALISED text: the span is mapped back to the original, so
 * `text` is always `original.slice(start, end)`.
 */
export function findingFromNormalised(
  input: DetectorInput,
  span: { start: number; end: number },
  props: { kind: Kind; detector: string; score: number; why: string[]; value?: string },
): Finding {
  const [start, end] = toOriginalSpan(input.normalised, span.start, span.end);
  const f: Finding = { kind: props.kind, detector: props.detector, start, end, text: input.original.slice(start, end), score: clamp01(props.score), why: props.why };
  if (props.value !== undefined) f.value = props.value;
  return f;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : Math.round(x * 1000) / 1000;
}

/**
 * Drop duplicates: of two findings of the same kind whose spans overlap, keep the higher score
 * (then the longer span). Findings of different kinds are all kept; redaction merges their spans.
 */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const clash = kept.some((k) => k.kind === f.kind && f.start < k.end && k.start < f.end);
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
