/**
 * A text with its caught spans drawn as `<mark>`s, each naming its kind (visually and for screen
 * readers) and numbered to match the findings table. The text is rendered as text (never as HTML).
 */
import type { Finding } from '../api-types.ts';
import { percent } from '../format.ts';
import { placeholderSpans, segment, type Span } from '../segments.ts';

interface Numbered extends Span {
  n?: number;
  finding?: Finding;
}

/** `text` with `findings` highlighted; with `placeholders`, redaction labels are highlighted too. */
export function HighlightedText({ text, findings = [], placeholders = false, className }: {
  text: string;
  findings?: readonly Finding[];
  placeholders?: boolean;
  className?: string;
}) {
  const spans: Numbered[] = findings.map((f, i) => ({ start: f.start, end: f.end, kind: f.kind, n: i + 1, finding: f }));
  if (placeholders) spans.push(...placeholderSpans(text));
  const segs = segment(text, spans);
  return (
    <p className={`message-text ${className ?? ''}`}>
      {segs.map((s) => {
        if (s.spans.length === 0) return <span key={s.start}>{s.text}</span>;
        const kinds = [...new Set(s.spans.map((x) => x.kind))];
        const numbers = s.spans.map((x) => x.n).filter((n): n is number => n !== undefined);
        const title = s.spans
          .map((x) => (x.finding ? `${x.finding.kind} ${percent(x.finding.score)}: ${x.finding.why.join('; ')}` : `${x.kind} (redacted)`))
          .join('\n');
        return (
          <mark key={s.start} className={`hl kind-${kinds[0]}`} data-kind={kinds.join(' ')} title={title}>
            {s.text}
            <span className="hl-tag" aria-hidden="true">{kinds.join('+')}{numbers.length ? ` ${numbers.join(',')}` : ''}</span>
            <span className="sr-only"> (caught: {kinds.join(', ')})</span>
          </mark>
        );
      })}
    </p>
  );
}
