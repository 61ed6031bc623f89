/**
 * Pure helpers that turn a text plus caught spans into segments to render, so that overlapping
 * findings (a phone inside a request) still show every kind and no character is drawn twice.
 * No DOM here: tested with node:test in test/console-segments.test.ts.
 */

/** A span to highlight: half-open `[start, end)` UTF-16 offsets into the text. */
export interface Span {
  start: number;
  end: number;
  kind: string;
}

/** A run of text and the spans that cover it (empty when nothing was caught there). */
export interface Segment<S extends Span = Span> {
  start: number;
  end: number;
  text: string;
  spans: S[];
}

/**
 * Cut `text` at every span boundary. Spans are clamped to the text (a stale or cross-message span
 * must never throw or draw outside the text); empty spans are ignored.
 * @example segment('call 0770', [{start:5,end:9,kind:'phone'}]) // ['call ', '0770'(phone)]
 */
export function segment<S extends Span>(text: string, spans: readonly S[]): Segment<S>[] {
  const len = text.length;
  const valid = spans
    .map((s) => ({ s, start: clamp(s.start, len), end: clamp(s.end, len) }))
    .filter((v) => v.end > v.start);
  const cuts = new Set<number>([0, len]);
  for (const v of valid) {
    cuts.add(v.start);
    cuts.add(v.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid.filter((v) => v.start <= start && v.end >= end).map((v) => v.s);
    const last = out[out.length - 1];
    // Merge neighbouring plain runs so the DOM stays small.
    if (last && covering.length === 0 && last.spans.length === 0) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      out.push({ start, end, text: text.slice(start, end), spans: covering });
    }
  }
  return out;
}

function clamp(n: number, len: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.max(0, Math.min(len, Math.trunc(n)));
}

/**
 * The redaction labels the engine writes (`[phone removed]`, the default `label` strategy) as spans,
 * so a redacted text shows where something was caught without ever having the original.
 */
export function placeholderSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\[(phone|email|url|social|platform|payment|address|request) removed\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, kind: m[1] });
  return out;
}
