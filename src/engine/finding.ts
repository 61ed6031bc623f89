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
 * Drop duplicates: of two findings of the same kind whose spans overlap, keep the one whose span
 * holds the other (with the higher of the two scores), else the higher score (then the longer span). Findings of different kinds are all kept; redaction merges their spans.
 * A sweep per kind over findings sorted by start: O(n log n), so a pathological message with
 * thousands of findings stays cheap.
 */
const MODEL = 'model';

export function dedupeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastByKind = new Map<string, number>(); // kind → index in `kept` of its last kept finding
  const kept: (Finding | null)[] = [];
  for (const f of sorted) {
    const at = lastByKind.get(f.kind);
    const last = at === undefined ? null : kept[at];
    if (last && f.start < last.end) {
      // A rule and the model on the same detail: the rule verified it and knows its exact span (and,
      // in a conversation, the messages it came from); keep it, at the higher score.
      if ((f.detector === MODEL) !== (last.detector === MODEL)) {
        const rule = f.detector === MODEL ? last : f;
        kept[at!] = { ...rule, score: Math.max(f.score, last.score) };
        continue;
      }
      // One span inside the other: keep the wider one (it holds the whole detail) at the higher score.
      if (f.start >= last.start && f.end <= last.end) kept[at!] = f.score > last.score ? { ...last, score: f.score } : last;
      else if (last.start >= f.start && last.end <= f.end) kept[at!] = last.score > f.score ? { ...f, score: last.score } : f;
      else if (better(f, last)) kept[at!] = f;
      continue;
    }
    lastByKind.set(f.kind, kept.length);
    kept.push(f);
  }
  return (kept.filter((f) => f !== null) as Finding[]).sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

function better(a: Finding, b: Finding): boolean {
  return a.score > b.score || (a.score === b.score && a.end - a.start > b.end - b.start);
}
